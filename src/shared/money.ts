/**
 * Money is integer minor units (bigint) plus an ISO 4217 currency; amounts
 * cross the API as decimal strings ("12.34"). All rounding rules live here.
 */
import { badInput } from './errors';

/**
 * Decimals the operator chose for its currencies (issue 4.1), by code. The
 * currency table is the truth; this copy lets amounts be parsed and printed
 * synchronously. It is filled at start-up and whenever a currency is created,
 * changed or looked up for a client (billing/billing.service.ts), and a currency's
 * decimals cannot change once anything is priced or billed in it, so a copy
 * is never wrong about a currency in use.
 */
const operatorDecimals = new Map<string, number>();

export function rememberCurrencyDecimals(code: string, decimals: number | undefined): void {
  if (decimals === undefined) operatorDecimals.delete(code);
  else operatorDecimals.set(code, decimals);
}

/** The operator's decimals for the currency, else ISO 4217's (JPY 0, EUR 2, BHD 3). */
export function currencyDecimals(currency: string): number {
  return operatorDecimals.get(currency) ?? isoDecimals(currency);
}

export function isoDecimals(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * The largest amount, and the largest sum (invoice totals, credit balances),
 * the server takes: 10^15 − 1 minor units of any currency, i.e.
 * 9,999,999,999,999.99 in a two-decimal currency. Far below the bigint
 * columns' limit (about 9.2 × 10^18), so sums of many amounts are checked
 * here, in exact bigint arithmetic, before they could overflow a column.
 */
export const MAX_AMOUNT_MINOR = 10n ** 15n - 1n;

/** BAD_USER_INPUT on `field` when `minor` (an amount or a sum) is beyond ±MAX_AMOUNT_MINOR. */
export function assertWithinMaxAmount(minor: bigint, currency: string, field: string, what = field): bigint {
  if (minor > MAX_AMOUNT_MINOR || minor < -MAX_AMOUNT_MINOR) {
    throw badInput(field, `${what} exceeds the largest amount the server accepts (${formatAmount(MAX_AMOUNT_MINOR, currency)} ${currency})`, 'AMOUNT_TOO_LARGE');
  }
  return minor;
}

/** A bigint column's value as bigint (the driver can hand back a string). */
export const minorOf = (value: bigint | number | string | undefined | null): bigint => BigInt(value ?? 0);

/**
 * Issue 17.4: the one parser of an amount given as input: "12.34" in minor
 * units of `currency`. BAD_USER_INPUT on `field` (named `label` in the
 * message, e.g. "Line 3: the amount") when malformed, more precise than the
 * currency allows, beyond MAX_AMOUNT_MINOR, or of a sign `allowed` excludes.
 */
export function amountInput(
  amount: string,
  currency: string,
  { field = 'amount', label = field, allowed = 'positive' }: { field?: string; label?: string; allowed?: 'positive' | 'notNegative' | 'any' } = {},
): bigint {
  const parsed = parseScaled(amount, currencyDecimals(currency));
  if (parsed === undefined) throw badInput(field, `${label} must be a decimal amount with at most the decimals of ${currency}`, 'INVALID_AMOUNT');
  const minor = assertWithinMaxAmount(parsed, currency, field);
  if (allowed === 'positive' && minor <= 0n) throw badInput(field, `${label} must be positive`, 'INVALID_AMOUNT');
  if (allowed === 'notNegative' && minor < 0n) throw badInput(field, `${label} cannot be negative`, 'INVALID_AMOUNT');
  return minor;
}

/** Minor units → "12.34". */
export function formatAmount(minor: bigint, currency: string): string {
  return formatScaled(minor, currencyDecimals(currency));
}

/**
 * The one rounding rule of money, tax and exchange-rate math: divides and
 * rounds half-up on the magnitude (half away from zero: 0.5 → 1, -0.5 → -1),
 * so a credit line rounds like the matching charge. Integers only.
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divideRoundHalfUp(-numerator, -denominator);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/** Parses a decimal string ("12.34", "-0.5") into an integer scaled by 10^scale; undefined when malformed or more precise than `scale`. */
export function parseScaled(text: string, scale: number, maxIntegerDigits = 15): bigint | undefined {
  const match = new RegExp(`^(-)?(\\d{1,${maxIntegerDigits}})(?:\\.(\\d+))?$`).exec(text.trim());
  if (!match) return undefined;
  const fraction = match[3] ?? '';
  if (fraction.length > scale) return undefined;
  const value = BigInt(match[2] + fraction.padEnd(scale, '0'));
  return match[1] ? -value : value;
}

/** An integer scaled by 10^scale → decimal string with exactly `scale` decimals (1234n, 2 → "12.34"). */
export function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale ? `.${digits.slice(-scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
