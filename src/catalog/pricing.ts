import { Field, InputType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Currency } from '../currency/currency.entity';
import { BillingCycle } from './billing-cycle';
import { badInput, type FieldProblems } from '../shared/errors';
import { formatScaled, MAX_AMOUNT_MINOR, parseScaled } from '../shared/money';
import { CurrencyScalar } from '../shared/scalars';
import { PayType } from './product.entity';

/** The cycles a RECURRING price may have. */
export const RECURRING_CYCLES: readonly BillingCycle[] = [
  BillingCycle.MONTHLY,
  BillingCycle.QUARTERLY,
  BillingCycle.SEMI_ANNUALLY,
  BillingCycle.ANNUALLY,
  BillingCycle.BIENNIALLY,
  BillingCycle.TRIENNIALLY,
];

@InputType({ description: 'A price for one cycle in one operator-defined currency; amounts are decimal strings with at most that currency\'s decimals' })
export class PriceInput {
  @Field(() => CurrencyScalar, { description: 'An operator-defined currency (ISO 4217).' })
  currency!: string;

  @Field(() => BillingCycle, { description: 'ONE_TIME for a ONE_TIME pay type, else a recurring cycle' })
  cycle!: BillingCycle;

  @Field({ description: 'The price per cycle (or the one-time price) as a decimal string, e.g. "9.99".' })
  amount!: string;

  @Field({ nullable: true, description: 'Default "0"' })
  setupFee?: string;
}

export interface ResolvedPrice {
  currency: Currency;
  cycle: BillingCycle;
  amountMinor: bigint;
  setupFeeMinor: bigint;
}

/** Parses a non-negative amount with at most `decimals` decimals into minor units; undefined when malformed, negative, too precise or above MAX_AMOUNT_MINOR. */
export function parseMinor(text: string, decimals: number): bigint | undefined {
  const value = parseScaled(text, decimals);
  return value === undefined || value < 0n || value > MAX_AMOUNT_MINOR ? undefined : value;
}

/** The defined currencies among these codes (one query). */
async function currenciesByCode(em: EntityManager, codes: string[]): Promise<Map<string, Currency>> {
  const unique = [...new Set(codes)];
  const rows = unique.length ? await em.find(Currency, { code: { $in: unique } }) : [];
  return new Map(rows.map((c) => [c.code, c]));
}

const notDefined = (code: string) => `Currency ${code} is not defined; add it first`;

/** The currencies with these codes, each of which must be defined in the currency table (else BAD_USER_INPUT on `field`). */
export async function definedCurrencies(em: EntityManager, codes: string[], field = 'currency'): Promise<Map<string, Currency>> {
  const map = await currenciesByCode(em, codes);
  for (const code of new Set(codes)) if (!map.has(code)) throw badInput(field, notDefined(code), 'UNKNOWN_CURRENCY');
  return map;
}

/** Parses `amount` in `currency` (BAD_USER_INPUT on `field` unless a non-negative decimal with at most the currency's decimals). */
export function amountIn(currency: Currency, text: string, field: string): bigint {
  const minor = parseMinor(text, currency.decimals);
  const label = field.split('.').pop();
  if (minor === undefined) throw badInput(field, `${label} must be a non-negative decimal number with at most ${currency.decimals} decimals for ${currency.code}, at most ${formatScaled(MAX_AMOUNT_MINOR, currency.decimals)}`, 'INVALID_AMOUNT');
  return minor;
}

/**
 * Issue 4.3: validates a price list against the pay type. FREE has no prices;
 * ONE_TIME has one ONE_TIME price per currency; RECURRING has at least one
 * price, each for a recurring cycle. One price per (currency, cycle).
 * Every problem goes into `problems`, at its path under `field`.
 */
export async function resolvePrices(em: EntityManager, payType: PayType, inputs: PriceInput[], problems: FieldProblems, field = 'prices'): Promise<ResolvedPrice[]> {
  if (payType === PayType.FREE && inputs.length) problems.add(field, 'A FREE product or addon has no prices', 'CONFLICTING_INPUT');
  if (payType === PayType.RECURRING && !inputs.length) problems.add(field, 'A RECURRING product or addon needs at least one price', 'VALUE_REQUIRED');
  if (payType === PayType.ONE_TIME && !inputs.length) problems.add(field, 'A ONE_TIME product or addon needs a ONE_TIME price', 'VALUE_REQUIRED');
  return resolveEach(em, inputs, problems, field, (input, at) => {
    if (payType === PayType.ONE_TIME && input.cycle !== BillingCycle.ONE_TIME) problems.add(`${at}.cycle`, 'A ONE_TIME pay type takes ONE_TIME prices only', 'CONFLICTING_INPUT');
    if (payType === PayType.RECURRING && !RECURRING_CYCLES.includes(input.cycle)) problems.add(`${at}.cycle`, `${input.cycle} is not a recurring cycle`, 'CONFLICTING_INPUT');
  });
}

/** Prices of configurable options bill with the product: any recurring cycle or ONE_TIME. Problems as resolvePrices. */
export async function resolveOptionPrices(em: EntityManager, inputs: PriceInput[], problems: FieldProblems, field: string): Promise<ResolvedPrice[]> {
  return resolveEach(em, inputs, problems, field, (input, at) => {
    if (input.cycle === BillingCycle.FREE) problems.add(`${at}.cycle`, 'FREE is not a price cycle', 'CONFLICTING_INPUT');
  });
}

/** The checks every price list shares (defined currency, one price per currency and cycle, amounts), plus `check`'s. */
async function resolveEach(em: EntityManager, inputs: PriceInput[], problems: FieldProblems, field: string, check: (input: PriceInput, at: string) => void): Promise<ResolvedPrice[]> {
  const currencies = await currenciesByCode(em, inputs.map((p) => p.currency));
  const seen = new Set<string>();
  return inputs.flatMap((input, i) => {
    const at = `${field}.${i}`;
    check(input, at);
    const key = `${input.currency}/${input.cycle}`;
    if (seen.has(key)) problems.add(at, `Two prices for ${input.currency} ${input.cycle}`, 'DUPLICATE_IN_INPUT');
    seen.add(key);
    const currency = currencies.get(input.currency);
    if (!currency) {
      problems.add(`${at}.currency`, notDefined(input.currency), 'UNKNOWN_CURRENCY');
      return [];
    }
    const amountMinor = problems.collect(() => amountIn(currency, input.amount, `${at}.amount`));
    const setupFeeMinor = problems.collect(() => amountIn(currency, input.setupFee ?? '0', `${at}.setupFee`));
    return amountMinor === undefined || setupFeeMinor === undefined ? [] : [{ currency, cycle: input.cycle, amountMinor, setupFeeMinor }];
  });
}
