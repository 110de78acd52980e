/**
 * Issue 4.2: the tax engine. Pure functions, integers only (amounts in minor
 * units, rates as millionths), no database and no floats.
 *
 * Rules, as documented in README ("Tax"):
 * - Two levels. Each level applies at most one rule: the most specific one
 *   for the client's address — country + state beats country-only beats the
 *   catch-all (no country). Levels match independently (e.g. Canada: GST on
 *   level 1 for the whole country, QST on level 2 for QC only).
 * - Level 2 is either simple (on the net amount, like level 1) or compound
 *   (on net + level-1 tax, Canadian style).
 * - Exclusive mode: line amounts are net, tax is added. Inclusive mode: line
 *   amounts are gross, tax is backed out and the gross stays what it was
 *   (net = gross − tax1 − tax2).
 * - Tax-exempt clients (CL-1) pay no tax at all; lines flagged not taxable
 *   are never taxed.
 * - Rounding: half-up to the currency's minor unit (divideRoundHalfUp in
 *   src/shared/money.ts). Per line: each taxable line's taxes are computed
 *   and rounded, the totals are their sums. Per invoice: the taxes are
 *   computed once on the sum of the taxable lines and rounded once; they are
 *   then spread over the taxable lines in proportion to their amounts so the
 *   lines still add up to the totals exactly.
 * - Compound level 2 is computed on the level-1 tax as rounded at that same
 *   level (line or invoice), which is what appears on the invoice.
 */
import { divideRoundHalfUp, parseScaled } from '../shared/money';

export type TaxMode = 'exclusive' | 'inclusive';
export type TaxRounding = 'per_line' | 'per_invoice';

/** A tax rule as the engine needs it. `rate` is a percentage with at most 4 decimals ("21", "9.975"). */
export interface TaxRuleLike {
  id?: number;
  name: string;
  level: 1 | 2;
  country?: string | null;
  state?: string | null;
  rate: string;
  compound?: boolean;
}

export interface TaxLineInput {
  /** Minor units of the invoice currency; net in exclusive mode, gross in inclusive mode. May be negative (a credit). */
  amount: bigint;
  taxable: boolean;
}

export interface TaxInput<R extends TaxRuleLike = TaxRuleLike> {
  lines: readonly TaxLineInput[];
  client: { country?: string | null; state?: string | null; taxExempt?: boolean };
  /** All the operator's rules; the engine picks the matching ones (see matchTaxRules). */
  rules: readonly R[];
  mode: TaxMode;
  rounding: TaxRounding;
}

export interface TaxLineResult {
  net: bigint;
  tax1: bigint;
  tax2: bigint;
  total: bigint;
}

export interface TaxResult<R extends TaxRuleLike = TaxRuleLike> {
  lines: TaxLineResult[];
  subtotal: bigint;
  tax1: bigint;
  tax2: bigint;
  total: bigint;
  level1?: R;
  level2?: R;
}

/** Rates are carried as millionths of the amount: 21% → 210000, 9.975% → 99750. */
const MILLION = 1_000_000n;

/** "21.5" (percent, ≤ 4 decimals) → 215000 millionths; undefined when malformed or too precise. */
export function percentToMillionths(rate: string): bigint | undefined {
  return parseScaled(rate, 4, 3);
}

const normalise = (value?: string | null) => (value ?? '').trim().toUpperCase();

/**
 * The rule of one level that applies to an address: country + state (case-insensitive)
 * over country-only over catch-all; among equals the lowest id wins (the
 * database holds one rule per level and scope, so this only orders ties in tests).
 */
export function matchTaxRule<R extends TaxRuleLike>(rules: readonly R[], level: 1 | 2, country?: string | null, state?: string | null): R | undefined {
  const c = normalise(country);
  const s = normalise(state);
  const score = (rule: R): number => {
    if (rule.level !== level) return -1;
    const rc = normalise(rule.country);
    const rs = normalise(rule.state);
    if (!rc) return rs ? -1 : 1;
    if (rc !== c) return -1;
    if (!rs) return 2;
    return rs === s ? 3 : -1;
  };
  let best: R | undefined;
  let bestScore = 0;
  for (const rule of rules) {
    const value = score(rule);
    if (value > bestScore || (value === bestScore && value > 0 && best && (rule.id ?? 0) < (best.id ?? 0))) {
      best = rule;
      bestScore = value;
    }
  }
  return best;
}

/** Both levels' matching rules for a client (none for a tax-exempt client, CL-1). */
export function matchTaxRules<R extends TaxRuleLike>(rules: readonly R[], client: TaxInput['client']): { level1?: R; level2?: R } {
  if (client.taxExempt) return {};
  return { level1: matchTaxRule(rules, 1, client.country, client.state), level2: matchTaxRule(rules, 2, client.country, client.state) };
}

interface Rates {
  r1: bigint;
  r2: bigint;
  compound: boolean;
}

/** The two taxes on one base (a line, or the invoice's taxable sum), each rounded half-up to the minor unit. */
export function taxesOnBase(base: bigint, mode: TaxMode, { r1, r2, compound }: Rates): { tax1: bigint; tax2: bigint } {
  if (mode === 'exclusive') {
    const tax1 = divideRoundHalfUp(base * r1, MILLION);
    const tax2 = divideRoundHalfUp((compound ? base + tax1 : base) * r2, MILLION);
    return { tax1, tax2 };
  }
  if (compound) {
    // gross = (net + tax1) × (1 + r2): level 2 is the outer layer and comes off first.
    const tax2 = divideRoundHalfUp(base * r2, MILLION + r2);
    const tax1 = divideRoundHalfUp((base - tax2) * r1, MILLION + r1);
    return { tax1, tax2 };
  }
  // gross = net × (1 + r1 + r2)
  const divisor = MILLION + r1 + r2;
  return { tax1: divideRoundHalfUp(base * r1, divisor), tax2: divideRoundHalfUp(base * r2, divisor) };
}

/**
 * Spreads `total` over `weights` in proportion, exactly (the shares add up to
 * `total`), by rounding the running sum: share_i = round(total·W_i/W) − round(total·W_{i−1}/W).
 */
export function allocate(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map((_, i) => (i === weights.length - 1 ? total : 0n));
  let running = 0n;
  let previous = 0n;
  return weights.map((weight) => {
    running += weight;
    const upTo = divideRoundHalfUp(total * running, sum);
    const share = upTo - previous;
    previous = upTo;
    return share;
  });
}

/** Runs the engine: per-line and total net, tax1, tax2 and total. */
export function calculateTax<R extends TaxRuleLike>(input: TaxInput<R>): TaxResult<R> {
  const { level1, level2 } = matchTaxRules(input.rules, input.client);
  const rates: Rates = {
    r1: level1 ? rateOf(level1) : 0n,
    r2: level2 ? rateOf(level2) : 0n,
    compound: Boolean(level2?.compound),
  };
  const taxed = (line: TaxLineInput) => line.taxable && (rates.r1 !== 0n || rates.r2 !== 0n);

  let taxes: { tax1: bigint; tax2: bigint }[];
  if (input.rounding === 'per_line') {
    taxes = input.lines.map((line) => (taxed(line) ? taxesOnBase(line.amount, input.mode, rates) : { tax1: 0n, tax2: 0n }));
  } else {
    const weights = input.lines.map((line) => (taxed(line) ? line.amount : 0n));
    const base = weights.reduce((a, b) => a + b, 0n);
    const whole = taxesOnBase(base, input.mode, rates);
    const tax1 = allocate(whole.tax1, weights);
    const tax2 = allocate(whole.tax2, weights);
    taxes = input.lines.map((_, i) => ({ tax1: tax1[i], tax2: tax2[i] }));
  }

  const lines = input.lines.map((line, i): TaxLineResult => {
    const { tax1, tax2 } = taxes[i];
    const net = input.mode === 'exclusive' ? line.amount : line.amount - tax1 - tax2;
    return { net, tax1, tax2, total: net + tax1 + tax2 };
  });
  const sum = (pick: (l: TaxLineResult) => bigint) => lines.reduce((a, l) => a + pick(l), 0n);
  return {
    lines,
    subtotal: sum((l) => l.net),
    tax1: sum((l) => l.tax1),
    tax2: sum((l) => l.tax2),
    total: sum((l) => l.total),
    level1,
    level2,
  };
}

function rateOf(rule: TaxRuleLike): bigint {
  const rate = percentToMillionths(rule.rate);
  if (rate === undefined || rate < 0n) throw new RangeError(`Tax rule "${rule.name}" has an invalid rate ${rule.rate}`);
  return rate;
}
