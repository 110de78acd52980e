/**
 * Issue 16.8: how a generated invoice line was computed, stored with the line
 * (invoice_line.computation) so staff can answer "why this amount". Amounts
 * are stored as minor-unit strings of the line's currency.
 */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { BillingCycle } from '../catalog/billing-cycle';
import { Money } from '../shared/money.types';
import type { TaxResult } from './tax';

export enum LineSource {
  ORDER = 'order',
  RENEWAL = 'renewal',
  UPGRADE = 'upgrade',
  LATE_FEE = 'late_fee',
  PRORATA = 'prorata',
}
registerEnumType(LineSource, {
  name: 'InvoiceLineSource',
  description: 'What generated an invoice line.',
  valuesConfig: {
    ORDER: { description: 'An order: a product, its options, setup fee, discounts, an addon or a domain.' },
    RENEWAL: { description: 'The renewal of a service for its next cycle.' },
    UPGRADE: { description: 'An upgrade or downgrade charged for the rest of the current cycle.' },
    LATE_FEE: { description: 'A fee for paying an overdue invoice late.' },
    PRORATA: { description: 'A service billed from its next due date up to a new one; the due date moves when the invoice is paid.' },
  },
});

/** What is stored: every member but `source` and `explanation` is optional. */
export interface StoredComputation {
  source: LineSource;
  explanation: string;
  priceMinor?: string;
  cycle?: BillingCycle;
  quantity?: number;
  periodStart?: string;
  periodEnd?: string;
  days?: number;
  daysInCycle?: number;
  previousPriceMinor?: string;
  previousCycle?: BillingCycle;
  previousDaysInCycle?: number;
  discountPercent?: string;
  discountBaseMinor?: string;
  promotionCode?: string;
  rounding?: string;
  taxRules?: { name: string; level: number; rate: string; compound: boolean }[];
}

@ObjectType({ description: 'A tax rule applied to an invoice line.' })
export class InvoiceLineTaxRule {
  @Field({ description: 'Name of the rule, as printed on the invoice.' }) name!: string;
  @Field(() => Int, { description: 'Level 1 or 2.' }) level!: number;
  @Field({ description: 'Rate in percent.' }) rate!: string;
  @Field({ description: 'True when the level-2 tax is computed on the net amount plus the level-1 tax.' }) compound!: boolean;
}

@ObjectType({ description: 'How an invoice line\'s amount was computed. Amounts are in the line\'s currency; fields that do not apply to the line are null.' })
export class InvoiceLineComputation {
  @Field(() => LineSource, { description: 'What generated the line.' }) source!: LineSource;
  @Field({ description: 'The computation in words, e.g. "25.00 × 16 / 31 days".' }) explanation!: string;
  @Field(() => Money, { nullable: true, description: 'The price the line is based on: per cycle for recurring items, per unit for quantities.' }) price?: Money;
  @Field(() => BillingCycle, { nullable: true, description: 'The billing cycle the price is for.' }) cycle?: BillingCycle;
  @Field(() => Int, { nullable: true, description: 'Units billed (quantity options).' }) quantity?: number;
  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the period the line covers.' }) periodStart?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the period the line covers.' }) periodEnd?: string;
  @Field(() => Int, { nullable: true, description: 'Prorated lines: days charged.' }) days?: number;
  @Field(() => Int, { nullable: true, description: 'Prorated lines: days in the cycle the price is for.' }) daysInCycle?: number;
  @Field(() => Money, { nullable: true, description: 'Upgrades: the price per cycle before the change, credited for the days left.' }) previousPrice?: Money;
  @Field(() => BillingCycle, { nullable: true, description: 'Upgrades: the billing cycle before the change.' }) previousCycle?: BillingCycle;
  @Field(() => Int, { nullable: true, description: 'Upgrades: days in the cycle before the change.' }) previousDaysInCycle?: number;
  @Field({ nullable: true, description: 'Discount lines: the percentage taken off.' }) discountPercent?: string;
  @Field(() => Money, { nullable: true, description: 'Discount lines: the amount the discount was taken from.' }) discountBase?: Money;
  @Field({ nullable: true, description: 'Discount lines: the promotion code applied.' }) promotionCode?: string;
  @Field({ nullable: true, description: 'How the amount was rounded to the currency\'s minor unit.' }) rounding?: string;
  @Field(() => [InvoiceLineTaxRule], { description: 'The tax rules applied to the line; empty when it is not taxed.' }) taxRules!: InvoiceLineTaxRule[];

  static of(stored: StoredComputation, currency: string): InvoiceLineComputation {
    const money = (minor: string | undefined) => (minor === undefined ? undefined : Money.of(BigInt(minor), currency));
    const { priceMinor, previousPriceMinor, discountBaseMinor, taxRules, ...rest } = stored;
    return Object.assign(new InvoiceLineComputation(), rest, {
      price: money(priceMinor), previousPrice: money(previousPriceMinor), discountBase: money(discountBaseMinor),
      taxRules: (taxRules ?? []).map((rule) => Object.assign(new InvoiceLineTaxRule(), rule)),
    });
  }
}

/** The rules a tax result applied to a line (none when the line is not taxable or the client pays no tax). */
export function taxRulesOfLine(result: Pick<TaxResult, 'level1' | 'level2'>, taxable: boolean): NonNullable<StoredComputation['taxRules']> {
  const rules: NonNullable<StoredComputation['taxRules']> = [];
  if (!taxable) return rules;
  if (result.level1) rules.push({ name: result.level1.name, level: 1, rate: String(result.level1.rate), compound: false });
  if (result.level2) rules.push({ name: result.level2.name, level: 2, rate: String(result.level2.rate), compound: Boolean(result.level2.compound) });
  return rules;
}
