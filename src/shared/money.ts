/**
 * Money is integer minor units (bigint) plus an ISO 4217 currency; amounts
 * cross the API as decimal strings ("12.34"). All rounding rules live here.
 */

/** Number of decimals of an ISO 4217 currency (JPY 0, EUR 2, BHD 3). */
export function currencyDecimals(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Parses "12.34" into minor units; undefined when malformed or more precise than the currency allows. */
export function parseAmount(amount: string, currency: string): bigint | undefined {
  const match = /^(-)?(\d{1,15})(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return undefined;
  const decimals = currencyDecimals(currency);
  const fraction = match[3] ?? '';
  if (fraction.length > decimals) return undefined;
  const minor = BigInt(match[2] + fraction.padEnd(decimals, '0'));
  return match[1] ? -minor : minor;
}

/** Minor units → "12.34". */
export function formatAmount(minor: bigint, currency: string): string {
  const decimals = currencyDecimals(currency);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals ? `.${digits.slice(-decimals)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
