import { divideRoundHalfUp } from '../shared/money';
import { BillingCycle } from './billing-cycle';

/** The terms of a promotion code, as the pure rule needs them. */
export interface PromotionTerms {
  type: 'percent' | 'fixed';
  /** percent: hundredths of a percent (1250 = 12.5%); fixed: minor units of `currency`. */
  value: bigint;
  currency?: string;
  appliesTo: 'first_payment' | 'recurring';
  /** Empty: every product. */
  productIds: readonly number[];
  /** Empty: every cycle. */
  cycles: readonly BillingCycle[];
  startsAt?: Date;
  expiresAt?: Date;
  maxUses?: number;
  uses: number;
}

export interface DiscountRequest {
  productId: number;
  cycle: BillingCycle;
  currency: string;
  /** The amount the code would reduce, minor units of `currency`. */
  amountMinor: bigint;
  at: Date;
  /** True for the first payment, false for a renewal. */
  firstPayment: boolean;
}

export type DiscountRefusal = 'NOT_STARTED' | 'EXPIRED' | 'USED_UP' | 'PRODUCT' | 'CYCLE' | 'CURRENCY' | 'FIRST_PAYMENT_ONLY';
export type DiscountResult = { applies: true; discountMinor: bigint } | { applies: false; reason: DiscountRefusal };

/**
 * Issue 4.3: what a promotion code takes off an amount. Starts at startsAt
 * (inclusive), ends at expiresAt (exclusive); refused once `uses` reached
 * maxUses; restricted to its products and cycles when it lists any. A
 * FIRST_PAYMENT code does not reduce renewals. PERCENT rounds half-up to the
 * minor unit; FIXED never takes off more than the amount and applies only in
 * its own currency.
 */
export function computeDiscount(promo: PromotionTerms, request: DiscountRequest): DiscountResult {
  if (promo.startsAt && request.at < promo.startsAt) return { applies: false, reason: 'NOT_STARTED' };
  if (promo.expiresAt && request.at >= promo.expiresAt) return { applies: false, reason: 'EXPIRED' };
  if (promo.maxUses != null && promo.uses >= promo.maxUses) return { applies: false, reason: 'USED_UP' };
  if (promo.productIds.length && !promo.productIds.includes(request.productId)) return { applies: false, reason: 'PRODUCT' };
  if (promo.cycles.length && !promo.cycles.includes(request.cycle)) return { applies: false, reason: 'CYCLE' };
  if (!request.firstPayment && promo.appliesTo === 'first_payment') return { applies: false, reason: 'FIRST_PAYMENT_ONLY' };
  const amount = request.amountMinor < 0n ? 0n : request.amountMinor;
  if (promo.type === 'percent') return { applies: true, discountMinor: divideRoundHalfUp(amount * promo.value, 10000n) };
  if (promo.currency !== request.currency) return { applies: false, reason: 'CURRENCY' };
  return { applies: true, discountMinor: promo.value < amount ? promo.value : amount };
}
