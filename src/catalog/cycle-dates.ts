/**
 * Due-date arithmetic on calendar dates (YYYY-MM-DD), without time zones:
 * every date here is already a date in the operator's time zone.
 */
import { BillingCycle } from './billing-cycle';

/** Months in one billing cycle; undefined for cycles that do not renew. */
export const CYCLE_MONTHS: Partial<Record<BillingCycle, number>> = {
  [BillingCycle.MONTHLY]: 1,
  [BillingCycle.QUARTERLY]: 3,
  [BillingCycle.SEMI_ANNUALLY]: 6,
  [BillingCycle.ANNUALLY]: 12,
  [BillingCycle.BIENNIALLY]: 24,
  [BillingCycle.TRIENNIALLY]: 36,
};

const parse = (date: string) => date.split('-').map(Number) as [number, number, number];
const format = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addDays(date: string, days: number): string {
  const [y, m, d] = parse(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * `date` plus `months`, on day `anchorDay` of the target month or its last
 * day when the month is shorter: 2027-01-31 + 1 month = 2027-02-28, and with
 * anchor 31 the month after is 2027-03-31 again (the day does not drift).
 */
export function addMonths(date: string, months: number, anchorDay?: number): string {
  const [y, m, d] = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(anchorDay ?? d, daysInMonth(year, month)));
}

/**
 * The due date one cycle after `dueDate`. A due date on the last day of a
 * short month keeps the day the service started on (`registrationDate`):
 * a service started on the 31st is due on the 31st, or the month's last day.
 */
export function nextDueDate(dueDate: string, cycle: BillingCycle, registrationDate?: string): string {
  return byCycles(dueDate, cycle, registrationDate, 1);
}

/**
 * The first due date of a service or addon that starts on `start`: one cycle
 * later (the order's invoice pays the first cycle); none for a cycle that
 * does not renew (one-time, free).
 */
export function firstDueDate(start: string, cycle: BillingCycle): string | undefined {
  return CYCLE_MONTHS[cycle] ? nextDueDate(start, cycle) : undefined;
}

/** `dueDate` moved `direction` cycles, keeping the start day at month ends (see nextDueDate). */
function byCycles(dueDate: string, cycle: BillingCycle, registrationDate: string | undefined, direction: 1 | -1): string {
  const months = CYCLE_MONTHS[cycle];
  if (!months) throw new Error(`A ${cycle} service does not renew`);
  const [y, m, d] = parse(dueDate);
  const started = registrationDate ? parse(registrationDate)[2] : d;
  const anchor = d === daysInMonth(y, m) && started > d ? started : d;
  return addMonths(dueDate, direction * months, anchor);
}

/** DD/MM/YYYY, as invoice lines print periods. */
export function printedDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** The due date one cycle before `dueDate` (the start of the cycle that ends there), with nextDueDate's month-end rule. */
export function previousDueDate(dueDate: string, cycle: BillingCycle, registrationDate?: string): string {
  return byCycles(dueDate, cycle, registrationDate, -1);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [y, m, d] = parse(date);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
