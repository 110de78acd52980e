import { OptionalProps, Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CountryCodeScalar } from '../shared/scalars';

/**
 * Issue 4.2: a tax rule. Level 1 or 2; applies to a country and state, a
 * whole country (no state) or everywhere (no country). One rule per level and
 * scope (index tax_rule_scope_unique). Only level 2 can be compound (taxed on
 * net + level-1 tax). See src/billing/tax.ts for how rules are matched.
 */
@ObjectType({ description: 'A tax rate for a level (1 or 2) and a region. The most specific rule of each level applies: state, then country, then every country.' })
@Entity()
@Check({ name: 'tax_rule_level_range', expression: 'level = 1 or level = 2' })
@Check({ name: 'tax_rule_compound_level_2', expression: 'not compound or level = 2' })
@Check({ name: 'tax_rule_state_needs_country', expression: 'state is null or country is not null' })
@Check({ name: 'tax_rule_rate_range', expression: 'rate >= 0 and rate <= 100' })
@Index({
  name: 'tax_rule_scope_unique',
  expression: `create unique index "tax_rule_scope_unique" on "tax_rule" ("level", coalesce("country", ''), upper(coalesce("state", '')))`,
})
export class TaxRule {
  [OptionalProps]?: 'compound' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the rule.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Name printed on invoices, e.g. "VAT".' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => Int, { description: '1 or 2' })
  @Property({ type: 'smallint' })
  level!: 1 | 2;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'ISO 3166-1 alpha-2; null: every country' })
  @Property({ length: 2, nullable: true })
  country?: string;

  @Field({ nullable: true, description: 'State or province as clients enter it (compared case-insensitively); null: the whole country' })
  @Property({ length: 100, nullable: true })
  state?: string;

  @Field({ description: 'Percent, decimal string with 4 decimals, e.g. "21.0000"' })
  @Property({ type: 'decimal', precision: 7, scale: 4 })
  rate!: string;

  @Field({ description: 'Level 2 only: taxed on net + level-1 tax' })
  @Property({ default: false })
  compound: boolean = false;

  @Field({ description: 'When the rule was added.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
