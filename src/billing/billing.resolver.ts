import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { Money } from '../shared/money.types';
import { CurrencyScalar } from '../shared/scalars';
import { toId } from '../shared/ids';
import { Currency } from '../currency/currency.entity';
import { TaxRule } from './tax-rule.entity';
import { BillingSettings, TaxMode, TaxRounding } from './billing-settings.entity';
import { CreateCurrencyInput, PreviewTaxInput, TaxRuleInput, UpdateBillingSettingsInput, UpdateCurrencyInput } from './billing.inputs';
import {
  createCurrency, deleteCurrency, deleteTaxRule, readBillingSettings, listCurrencies, listTaxRules, previewTax,
  saveTaxRule, updateBillingSettings, updateCurrency,
} from './billing.service';
import { defaultCurrency } from '../currency/currency.service';
import { Settings } from '../settings/settings.resolver';

@ObjectType({ description: 'Tax computed for one line.' })
class TaxPreviewLine {
  @Field(() => Money, { description: 'The line\'s amount without tax.' }) net!: Money;
  @Field(() => Money, { description: 'Level-1 tax on the line.' }) tax1!: Money;
  @Field(() => Money, { description: 'Level-2 tax on the line.' }) tax2!: Money;
  @Field(() => Money, { description: 'Net plus both taxes.' }) total!: Money;
}

@ObjectType({ description: 'The result of computing tax for some lines, as an invoice would.' })
class TaxPreview {
  @Field(() => CurrencyScalar, { description: 'ISO 4217 currency of all amounts.' }) currency!: string;
  @Field(() => TaxMode, { description: 'Whether the line amounts included tax.' }) mode!: TaxMode;
  @Field(() => TaxRounding, { description: 'Where tax was rounded.' }) rounding!: TaxRounding;
  @Field(() => TaxRule, { nullable: true, description: 'The level-1 rule applied, if any' }) level1Rule?: TaxRule;
  @Field(() => TaxRule, { nullable: true, description: 'The level-2 rule applied, if any' }) level2Rule?: TaxRule;
  @Field(() => [TaxPreviewLine], { description: 'Each line, in input order.' }) lines!: TaxPreviewLine[];
  @Field(() => Money, { description: 'Sum of the net amounts' }) subtotal!: Money;
  @Field(() => Money, { description: 'Total level-1 tax.' }) tax1!: Money;
  @Field(() => Money, { description: 'Total level-2 tax.' }) tax2!: Money;
  @Field(() => Money, { description: 'Subtotal plus both taxes.' }) total!: Money;
}

/** Issue 4.1/4.2/4.4: staff read currencies, tax rules and billing settings; admins manage them. */
@Resolver()
export class BillingResolver {
  @Authorized('STAFF')
  @Query(() => [Currency], { description: 'Staff: every currency the operator bills in.' })
  currencies(@Ctx() ctx: RequestContext) {
    return listCurrencies(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => Currency, { description: 'Admins: add a currency.' })
  createCurrency(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new currency.' }) input: CreateCurrencyInput) {
    return createCurrency(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Currency, { description: 'Admins: change a currency.' })
  updateCurrency(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the currency.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: UpdateCurrencyInput) {
    return updateCurrency(ctx, toId(id, 'BillingCurrency', 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Admins: delete a currency that is not the default and that no client uses. Returns the id of the deleted currency.' })
  async deleteCurrency(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the currency.' }) id: string): Promise<number> {
    const key = toId(id, 'BillingCurrency', 'id');
    await deleteCurrency(ctx, key);
    return key;
  }

  @Authorized('STAFF')
  @Query(() => [TaxRule], { description: 'Staff: every tax rule.' })
  taxRules(@Ctx() ctx: RequestContext) {
    return listTaxRules(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => TaxRule, { description: 'Admins: add a tax rule; one rule per level, country and state.' })
  createTaxRule(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new rule.' }) input: TaxRuleInput) {
    return saveTaxRule(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => TaxRule, { description: 'Admins: replace a tax rule.' })
  updateTaxRule(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the rule.' }) id: string, @Arg('input', { description: 'The whole rule.' }) input: TaxRuleInput) {
    return saveTaxRule(ctx, input, toId(id, 'TaxRule', 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Admins: delete a tax rule; issued invoices keep their tax. Returns the id of the deleted rule.' })
  async deleteTaxRule(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the rule.' }) id: string): Promise<number> {
    const key = toId(id, 'TaxRule', 'id');
    await deleteTaxRule(ctx, key);
    return key;
  }

  @Authorized('STAFF')
  @Query(() => BillingSettings, { description: 'Staff: the billing settings.' })
  billingSettings(@Ctx() ctx: RequestContext) {
    return readBillingSettings(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => BillingSettings, { description: 'Admins: change the billing settings.' })
  updateBillingSettings(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The fields to change.' }) input: UpdateBillingSettingsInput) {
    return updateBillingSettings(ctx, input);
  }

  @Authorized('STAFF')
  @Query(() => TaxPreview, { description: 'Staff: computes the tax on some lines for a client or an address, as an invoice would; changes nothing.' })
  previewTax(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The lines and whom to tax them for.' }) input: PreviewTaxInput) {
    return previewTax(ctx, input, input.clientId != null ? toId(input.clientId, 'Client', 'clientId') : undefined);
  }
}

/** The operator settings show the default currency, which billing keeps. */
@Resolver(() => Settings)
export class SettingsCurrencyResolver {
  @FieldResolver(() => CurrencyScalar, { description: 'The default currency (ISO 4217); make another one the default with updateCurrency.' })
  async defaultCurrency(@Ctx() ctx: RequestContext): Promise<string> {
    return (await defaultCurrency(ctx.em)).code;
  }
}
