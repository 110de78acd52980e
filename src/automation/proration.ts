/**
 * SV-8: the charge (or credit) of an upgrade or downgrade for the rest of the
 * current cycle, with WHMCS's documented formula:
 *
 *   credited = old price / days in cycle × days left
 *   debited  = new price / days in new cycle × days left
 *   amount   = debited − credited
 *
 * Day count: the current cycle runs from the service's last due date (its
 * next due date one cycle back, month ends kept as nextDueDate keeps them) to
 * its next due date; days left run from today to the next due date. When the
 * cycle changes, the new price is spread over the new cycle ending on the same
 * next due date. The next due date never moves.
 *
 * Rounding: the difference is computed exactly (integers over the common
 * denominator) and rounded once, half-up on the magnitude, to the minor unit
 * (divideRoundHalfUp). `credited` and `debited` are shown rounded the same
 * way, for information; `amountMinor` is not their difference but the exact
 * difference rounded once.
 */
import { divideRoundHalfUp } from '../shared/money';
import type { BillingCycle } from '../catalog/billing-cycle';
import { daysBetween, previousDueDate } from '../catalog/cycle-dates';

export interface ProrationInput {
  /** The service's recurring amount now (minor units). */
  oldPriceMinor: bigint;
  oldCycle: BillingCycle;
  /** The recurring amount after the change (minor units). */
  newPriceMinor: bigint;
  newCycle: BillingCycle;
  nextDueDate: string;
  registrationDate?: string;
  /** YYYY-MM-DD, in the operator's time zone. */
  today: string;
}

export interface Proration {
  /** The last due date: the start of the current cycle. */
  cycleStart: string;
  daysInCycle: number;
  daysInNewCycle: number;
  daysLeft: number;
  creditedMinor: bigint;
  debitedMinor: bigint;
  /** Positive: to pay now; negative: credit for the client. */
  amountMinor: bigint;
}

export function prorate(input: ProrationInput): Proration {
  const cycleStart = previousDueDate(input.nextDueDate, input.oldCycle, input.registrationDate);
  const daysInCycle = daysBetween(cycleStart, input.nextDueDate);
  const daysInNewCycle = daysBetween(previousDueDate(input.nextDueDate, input.newCycle, input.registrationDate), input.nextDueDate);
  const daysLeft = daysBetween(input.today, input.nextDueDate);
  if (daysLeft < 0) throw new RangeError('The next due date has passed');
  const left = BigInt(daysLeft);
  const [dOld, dNew] = [BigInt(daysInCycle), BigInt(daysInNewCycle)];
  return {
    cycleStart, daysInCycle, daysInNewCycle, daysLeft,
    creditedMinor: divideRoundHalfUp(input.oldPriceMinor * left, dOld),
    debitedMinor: divideRoundHalfUp(input.newPriceMinor * left, dNew),
    amountMinor: divideRoundHalfUp(input.newPriceMinor * left * dOld - input.oldPriceMinor * left * dNew, dOld * dNew),
  };
}
