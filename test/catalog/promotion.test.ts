import { BillingCycle } from '../../src/catalog/billing-cycle';
import { computeDiscount, type DiscountRequest, type PromotionTerms } from '../../src/catalog/promotion';

const base: PromotionTerms = { type: 'percent', value: 1000n, appliesTo: 'recurring', productIds: [], cycles: [], uses: 0 };
const req: DiscountRequest = { productId: 1, cycle: BillingCycle.MONTHLY, currency: 'EUR', amountMinor: 1000n, at: new Date('2026-06-01T00:00:00Z'), firstPayment: true };

describe('issue 4.3: promotion code discount (pure rule)', () => {
  it.each<[string, Partial<PromotionTerms>, Partial<DiscountRequest>, ReturnType<typeof computeDiscount>]>([
    ['10% of 10.00 is 1.00', {}, {}, { applies: true, discountMinor: 100n }],
    ['12.5% of 0.99 rounds half-up 0.12375 → 0.12', { value: 1250n }, { amountMinor: 99n }, { applies: true, discountMinor: 12n }],
    ['12.5% of 0.04 = 0.005 rounds half-up to 0.01', { value: 1250n }, { amountMinor: 4n }, { applies: true, discountMinor: 1n }],
    ['100% takes everything', { value: 10000n }, { amountMinor: 12345n }, { applies: true, discountMinor: 12345n }],
    ['fixed 3.00 off 10.00', { type: 'fixed', value: 300n, currency: 'EUR' }, {}, { applies: true, discountMinor: 300n }],
    ['fixed never exceeds the amount', { type: 'fixed', value: 5000n, currency: 'EUR' }, {}, { applies: true, discountMinor: 1000n }],
    ['fixed in another currency does not apply', { type: 'fixed', value: 300n, currency: 'USD' }, {}, { applies: false, reason: 'CURRENCY' }],
    ['before startsAt', { startsAt: new Date('2026-06-02T00:00:00Z') }, {}, { applies: false, reason: 'NOT_STARTED' }],
    ['at startsAt (inclusive)', { startsAt: new Date('2026-06-01T00:00:00Z') }, {}, { applies: true, discountMinor: 100n }],
    ['at expiresAt (exclusive)', { expiresAt: new Date('2026-06-01T00:00:00Z') }, {}, { applies: false, reason: 'EXPIRED' }],
    ['max uses reached', { maxUses: 3, uses: 3 }, {}, { applies: false, reason: 'USED_UP' }],
    ['one use left', { maxUses: 3, uses: 2 }, {}, { applies: true, discountMinor: 100n }],
    ['other product', { productIds: [2, 3] }, {}, { applies: false, reason: 'PRODUCT' }],
    ['listed product', { productIds: [1] }, {}, { applies: true, discountMinor: 100n }],
    ['other cycle', { cycles: [BillingCycle.ANNUALLY] }, {}, { applies: false, reason: 'CYCLE' }],
    ['listed cycle', { cycles: [BillingCycle.MONTHLY] }, {}, { applies: true, discountMinor: 100n }],
    ['first-payment code on a renewal', { appliesTo: 'first_payment' }, { firstPayment: false }, { applies: false, reason: 'FIRST_PAYMENT_ONLY' }],
    ['first-payment code on the first payment', { appliesTo: 'first_payment' }, {}, { applies: true, discountMinor: 100n }],
    ['recurring code on a renewal', {}, { firstPayment: false }, { applies: true, discountMinor: 100n }],
    ['JPY (0 decimals) 10% of ¥155 → ¥16 (15.5 half-up)', {}, { currency: 'JPY', amountMinor: 155n }, { applies: true, discountMinor: 16n }],
  ])('issue 4.3: %s', (_title, terms, request, expected) => {
    expect(computeDiscount({ ...base, ...terms }, { ...req, ...request })).toEqual(expected);
  });
});
