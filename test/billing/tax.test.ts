import { allocate, calculateTax, matchTaxRule, type TaxMode, type TaxRounding, type TaxRuleLike } from '../../src/billing/tax';
import { divideRoundHalfUp, formatScaled, parseScaled } from '../../src/shared/money';

const NL_VAT: TaxRuleLike = { id: 1, name: 'BTW', level: 1, country: 'NL', rate: '21' };
const GST: TaxRuleLike = { id: 2, name: 'GST', level: 1, country: 'CA', rate: '5' };
const QST_COMPOUND: TaxRuleLike = { id: 3, name: 'QST', level: 2, country: 'CA', state: 'QC', rate: '9.975', compound: true };
const QST_SIMPLE: TaxRuleLike = { ...QST_COMPOUND, compound: false };
const FIFTEEN: TaxRuleLike = { id: 4, name: 'Fifteen', level: 1, country: 'NZ', rate: '15' };
const JP: TaxRuleLike = { id: 5, name: 'Consumption', level: 1, country: 'JP', rate: '10' };
const BH: TaxRuleLike = { id: 6, name: 'VAT', level: 1, country: 'BH', rate: '10' };
const US: TaxRuleLike = { id: 7, name: 'US federal-ish', level: 1, country: 'US', rate: '5' };
const US_CA: TaxRuleLike = { id: 8, name: 'California', level: 1, country: 'US', state: 'CA', rate: '7.25' };
const ANYWHERE: TaxRuleLike = { id: 9, name: 'Everywhere else', level: 1, country: null, rate: '1' };

interface Case {
  title: string;
  rules: TaxRuleLike[];
  client: { country?: string; state?: string; taxExempt?: boolean };
  mode?: TaxMode;
  rounding?: TaxRounding;
  decimals?: number;
  /** Decimal strings in the currency's decimals; "!" suffix marks a line that is not taxable. */
  lines: string[];
  expect: { subtotal: string; tax1: string; tax2: string; total: string; lines?: [string, string, string, string][] };
}

const cases: Case[] = [
  {
    title: 'issue 4.2: exclusive, simple — 21% on 10.00 is 2.10',
    rules: [NL_VAT], client: { country: 'NL' }, lines: ['10.00'],
    expect: { subtotal: '10.00', tax1: '2.10', tax2: '0.00', total: '12.10' },
  },
  {
    title: 'issue 4.2: inclusive — 12.10 including 21% is net 10.00 + tax 2.10',
    rules: [NL_VAT], client: { country: 'NL' }, mode: 'inclusive', lines: ['12.10'],
    expect: { subtotal: '10.00', tax1: '2.10', tax2: '0.00', total: '12.10' },
  },
  {
    title: 'issue 4.2: compound level 2 (Québec style) — QST on net + GST: 100.00 → 5.00 + 10.47 (105.00 × 9.975% = 10.47375)',
    rules: [GST, QST_COMPOUND], client: { country: 'CA', state: 'QC' }, lines: ['100.00'],
    expect: { subtotal: '100.00', tax1: '5.00', tax2: '10.47', total: '115.47' },
  },
  {
    title: 'issue 4.2: non-compound level 2 — both on the net: 100.00 → 5.00 + 9.98 (9.975 rounds half-up)',
    rules: [GST, QST_SIMPLE], client: { country: 'CA', state: 'QC' }, lines: ['100.00'],
    expect: { subtotal: '100.00', tax1: '5.00', tax2: '9.98', total: '114.98' },
  },
  {
    title: 'issue 4.2: inclusive compound — 115.47 backs out to 100.00 + 5.00 + 10.47',
    rules: [GST, QST_COMPOUND], client: { country: 'CA', state: 'QC' }, mode: 'inclusive', lines: ['115.47'],
    expect: { subtotal: '100.00', tax1: '5.00', tax2: '10.47', total: '115.47' },
  },
  {
    title: 'issue 4.2: inclusive non-compound — 114.98 backs out to 100.00 + 5.00 + 9.98',
    rules: [GST, QST_SIMPLE], client: { country: 'CA', state: 'QC' }, mode: 'inclusive', lines: ['114.98'],
    expect: { subtotal: '100.00', tax1: '5.00', tax2: '9.98', total: '114.98' },
  },
  {
    title: 'issue 4.2: level 2 for QC only — a client in Ontario pays GST alone',
    rules: [GST, QST_COMPOUND], client: { country: 'CA', state: 'ON' }, lines: ['100.00'],
    expect: { subtotal: '100.00', tax1: '5.00', tax2: '0.00', total: '105.00' },
  },
  {
    title: 'issue 4.2: rounding per line — 2 × 0.10 at 15%: each 0.015 rounds up to 0.02, tax 0.04',
    rules: [FIFTEEN], client: { country: 'NZ' }, rounding: 'per_line', lines: ['0.10', '0.10'],
    expect: { subtotal: '0.20', tax1: '0.04', tax2: '0.00', total: '0.24', lines: [['0.10', '0.02', '0.00', '0.12'], ['0.10', '0.02', '0.00', '0.12']] },
  },
  {
    title: 'issue 4.2: rounding per invoice — the same 2 × 0.10 at 15%: 0.20 × 15% = 0.03, one cent less, spread over the lines',
    rules: [FIFTEEN], client: { country: 'NZ' }, rounding: 'per_invoice', lines: ['0.10', '0.10'],
    expect: { subtotal: '0.20', tax1: '0.03', tax2: '0.00', total: '0.23', lines: [['0.10', '0.02', '0.00', '0.12'], ['0.10', '0.01', '0.00', '0.11']] },
  },
  {
    title: 'issue 4.2: inclusive per line vs per invoice — 2 × 0.10 gross at 15%: per line tax 0.02',
    rules: [FIFTEEN], client: { country: 'NZ' }, mode: 'inclusive', rounding: 'per_line', lines: ['0.10', '0.10'],
    expect: { subtotal: '0.18', tax1: '0.02', tax2: '0.00', total: '0.20' },
  },
  {
    title: 'issue 4.2: inclusive per invoice — 0.20 gross at 15%: tax 0.03 (0.0261 rounds up), net 0.17, gross unchanged',
    rules: [FIFTEEN], client: { country: 'NZ' }, mode: 'inclusive', rounding: 'per_invoice', lines: ['0.10', '0.10'],
    expect: { subtotal: '0.17', tax1: '0.03', tax2: '0.00', total: '0.20' },
  },
  {
    title: 'issue 4.2: zero-decimal currency (JPY) — 10% on ¥1005 is ¥101 (100.5 rounds half-up)',
    rules: [JP], client: { country: 'JP' }, decimals: 0, lines: ['1005'],
    expect: { subtotal: '1005', tax1: '101', tax2: '0', total: '1106' },
  },
  {
    title: 'issue 4.2: three-decimal currency (BHD) — 10% on 1.005 is 0.101 (0.1005 rounds half-up)',
    rules: [BH], client: { country: 'BH' }, decimals: 3, lines: ['1.005'],
    expect: { subtotal: '1.005', tax1: '0.101', tax2: '0.000', total: '1.106' },
  },
  {
    title: 'CL-1: a tax-exempt client is never taxed, whatever the rules',
    rules: [NL_VAT, ANYWHERE], client: { country: 'NL', taxExempt: true }, lines: ['10.00', '5.00'],
    expect: { subtotal: '15.00', tax1: '0.00', tax2: '0.00', total: '15.00' },
  },
  {
    title: 'CL-1: a tax-exempt client in inclusive mode pays the gross price, all of it net',
    rules: [NL_VAT], client: { country: 'NL', taxExempt: true }, mode: 'inclusive', lines: ['12.10'],
    expect: { subtotal: '12.10', tax1: '0.00', tax2: '0.00', total: '12.10' },
  },
  {
    title: 'issue 4.2: no matching rule — a German client with only a Dutch rule pays no tax',
    rules: [NL_VAT], client: { country: 'DE' }, lines: ['10.00'],
    expect: { subtotal: '10.00', tax1: '0.00', tax2: '0.00', total: '10.00' },
  },
  {
    title: 'issue 4.2: a line flagged not taxable is not taxed; the others are',
    rules: [NL_VAT], client: { country: 'NL' }, lines: ['10.00', '5.00!'],
    expect: { subtotal: '15.00', tax1: '2.10', tax2: '0.00', total: '17.10', lines: [['10.00', '2.10', '0.00', '12.10'], ['5.00', '0.00', '0.00', '5.00']] },
  },
  {
    title: 'issue 4.2: state-specific beats country-wide beats catch-all — US/CA pays 7.25%',
    rules: [ANYWHERE, US, US_CA], client: { country: 'US', state: 'ca' }, lines: ['100.00'],
    expect: { subtotal: '100.00', tax1: '7.25', tax2: '0.00', total: '107.25' },
  },
  {
    title: 'issue 4.2: a US state without its own rule gets the country-wide 5%',
    rules: [ANYWHERE, US, US_CA], client: { country: 'US', state: 'NY' }, lines: ['100.00'],
    expect: { subtotal: '100.00', tax1: '5.00', tax2: '0.00', total: '105.00' },
  },
  {
    title: 'issue 4.2: a country without its own rule gets the catch-all 1%',
    rules: [ANYWHERE, US, US_CA], client: { country: 'FR' }, lines: ['100.00'],
    expect: { subtotal: '100.00', tax1: '1.00', tax2: '0.00', total: '101.00' },
  },
  {
    title: 'issue 4.2: a credit line rounds like the charge (half away from zero): −0.10 at 15% is −0.02',
    rules: [FIFTEEN], client: { country: 'NZ' }, lines: ['0.10', '-0.10'],
    expect: { subtotal: '0.00', tax1: '0.00', tax2: '0.00', total: '0.00', lines: [['0.10', '0.02', '0.00', '0.12'], ['-0.10', '-0.02', '0.00', '-0.12']] },
  },
];

describe('issue 4.2: tax engine (pure)', () => {
  it.each(cases)('$title', (c) => {
    const decimals = c.decimals ?? 2;
    const parse = (text: string) => {
      const value = parseScaled(text.replace('!', ''), decimals);
      if (value === undefined) throw new Error(`bad amount ${text}`);
      return value;
    };
    const result = calculateTax({
      rules: c.rules,
      client: c.client,
      mode: c.mode ?? 'exclusive',
      rounding: c.rounding ?? 'per_line',
      lines: c.lines.map((line) => ({ amount: parse(line), taxable: !line.endsWith('!') })),
    });
    const f = (v: bigint) => formatScaled(v, decimals);
    expect({ subtotal: f(result.subtotal), tax1: f(result.tax1), tax2: f(result.tax2), total: f(result.total) }).toEqual({
      subtotal: c.expect.subtotal, tax1: c.expect.tax1, tax2: c.expect.tax2, total: c.expect.total,
    });
    if (c.expect.lines) expect(result.lines.map((l) => [f(l.net), f(l.tax1), f(l.tax2), f(l.total)])).toEqual(c.expect.lines);
    // Invariants: lines add up to the totals; in inclusive mode every line keeps its gross.
    expect(result.lines.reduce((a, l) => a + l.total, 0n)).toBe(result.total);
    for (const l of result.lines) expect(l.net + l.tax1 + l.tax2).toBe(l.total);
    if (c.mode === 'inclusive') result.lines.forEach((l, i) => expect(l.total).toBe(parse(c.lines[i])));
  });

  it('issue 4.2: the rounding rule is half-up on the magnitude, in one place (divideRoundHalfUp)', () => {
    const table: [bigint, bigint, bigint][] = [[15n, 10n, 2n], [14n, 10n, 1n], [25n, 10n, 3n], [-15n, 10n, -2n], [-14n, 10n, -1n], [5n, -10n, -1n], [0n, 7n, 0n]];
    for (const [n, d, want] of table) expect(divideRoundHalfUp(n, d)).toBe(want);
  });

  it('issue 4.2: allocation spreads an invoice-level amount over lines exactly', () => {
    expect(allocate(3n, [10n, 10n])).toEqual([2n, 1n]);
    expect(allocate(100n, [1n, 1n, 1n])).toEqual([33n, 34n, 33n]);
    expect(allocate(0n, [5n, -5n])).toEqual([0n, 0n]);
    expect(allocate(7n, [0n, 0n]).reduce((a, b) => a + b, 0n)).toBe(7n);
  });

  it('issue 4.2: matching priority — country+state over country-only over catch-all, per level; a state rule never applies elsewhere', () => {
    const rules = [ANYWHERE, US, US_CA];
    expect(matchTaxRule(rules, 1, 'US', 'CA')?.name).toBe('California');
    expect(matchTaxRule(rules, 1, 'us', ' ca ')?.name).toBe('California');
    expect(matchTaxRule(rules, 1, 'US', undefined)?.name).toBe('US federal-ish');
    expect(matchTaxRule(rules, 1, undefined, undefined)?.name).toBe('Everywhere else');
    expect(matchTaxRule([US_CA], 1, 'US', 'NY')).toBeUndefined();
    expect(matchTaxRule(rules, 2, 'US', 'CA')).toBeUndefined();
  });
});
