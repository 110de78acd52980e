/**
 * CL-13: the pure rule choosing and computing a client's personal discount
 * on one item. When several of the client's discounts apply (the documented
 * priority rule): one for the item's own product beats one for every
 * product; among equals, the one taking most off wins. They never add up.
 */
import { computeDiscount } from '../catalog/promotion';
import type { BillingCycle } from '../catalog/billing-cycle';

export interface ClientDiscountTerms {
  id: number;
  /** Undefined: every product and addon. */
  productId?: number;
  cycle?: BillingCycle;
  type: 'percent' | 'fixed';
  /** percent: hundredths of a percent; fixed: minor units of `currency`. */
  value: bigint;
  currency: string;
  /** YYYY-MM-DD, inclusive. */
  startsOn: string;
  endsOn?: string;
}

export interface DiscountedItem {
  /** Undefined for an addon: only discounts for every product reach it. */
  productId?: number;
  cycle: BillingCycle;
  currency: string;
  /** What the discount reduces, minor units of `currency`. */
  amountMinor: bigint;
  /** The calendar date the invoice is for (YYYY-MM-DD). */
  date: string;
}

/** The discount that applies to `item` (CL-13's priority rule) and what it takes off; undefined when none applies. */
export function personalDiscount(discounts: readonly ClientDiscountTerms[], item: DiscountedItem): { discount: ClientDiscountTerms; discountMinor: bigint } | undefined {
  let best: { discount: ClientDiscountTerms; discountMinor: bigint } | undefined;
  for (const discount of discounts) {
    if (discount.startsOn > item.date || (discount.endsOn !== undefined && discount.endsOn < item.date)) continue;
    if (discount.productId !== undefined && discount.productId !== item.productId) continue;
    if (discount.cycle !== undefined && discount.cycle !== item.cycle) continue;
    const result = computeDiscount(
      { type: discount.type, value: discount.value, currency: discount.currency, appliesTo: 'recurring', productIds: [], cycles: [], uses: 0 },
      { productId: item.productId ?? 0, cycle: item.cycle, currency: item.currency, amountMinor: item.amountMinor, at: new Date(0), firstPayment: true },
    );
    if (!result.applies || result.discountMinor <= 0n) continue;
    const candidate = { discount, discountMinor: result.discountMinor };
    const specific = (d: ClientDiscountTerms) => (d.productId !== undefined ? 1 : 0);
    if (!best || specific(discount) > specific(best.discount) || (specific(discount) === specific(best.discount) && result.discountMinor > best.discountMinor)) best = candidate;
  }
  return best;
}
