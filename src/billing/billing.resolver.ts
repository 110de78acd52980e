import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { Money } from '../shared/money.types';
import { CurrencyScalar } from '../shared/scalars';
import { toId } from '../shared/ids';
import { Currency } from './currency.entity';
import { TaxRule } from './tax-rule.entity';
import { BillingSettings, TaxMode, TaxRounding } from './billing-settings.entity';
import { CreateCurrencyInput, PreviewTaxInput, TaxRuleInput, UpdateBillingSettingsInput, UpdateCurrencyInput } from './billing.inputs';
import {
  createCurrency, deleteCurrency, deleteTaxRule, readBillingSettings, listCurrencies, listTaxRules, previewTax,
  saveTaxRule, updateBillingSettings, updateCurrency,
} from './billing.service';

@ObjectType()
class TaxPreviewLine {
  @Field(() => Money) net!: Money;
  @Field(() => Money) tax1!: Money;
  @Field(() => Money) tax2!: Money;
  @Field(() => Money) total!: Money;
}

@ObjectType({ description: 'Issue 4.2: the tax engine\'s result for some lines' })
class TaxPreview {
  @Field(() => CurrencyScalar) currency!: string;
  @Field(() => TaxMode) mode!: TaxMode;
  @Field(() => TaxRounding) rounding!: TaxRounding;
  @Field(() => TaxRule, { nullable: true, description: 'The level-1 rule applied, if any' }) level1Rule?: TaxRule;
  @Field(() => TaxRule, { nullable: true, description: 'The level-2 rule applied, if any' }) level2Rule?: TaxRule;
  @Field(() => [TaxPreviewLine]) lines!: TaxPreviewLine[];
  @Field(() => Money, { description: 'Sum of the net amounts' }) subtotal!: Money;
  @Field(() => Money) tax1!: Money;
  @Field(() => Money) tax2!: Money;
  @Field(() => Money) total!: Money;
}

/** Issue 4.1/4.2/4.4: staff read currencies, tax rules and billing settings; admins manage them. */
@Resolver()
export class BillingResolver {
  @Authorized('STAFF')
  @Query(() => [Currency])
  currencies(@Ctx() ctx: RequestContext) {
    return listCurrencies(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => Currency)
  createCurrency(@Ctx() ctx: RequestContext, @Arg('input') input: CreateCurrencyInput) {
    return createCurrency(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Currency)
  updateCurrency(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateCurrencyInput) {
    return updateCurrency(ctx, toId(id, 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Not the default, not one that clients use' })
  async deleteCurrency(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deleteCurrency(ctx, toId(id, 'id'));
    return id;
  }

  @Authorized('STAFF')
  @Query(() => [TaxRule])
  taxRules(@Ctx() ctx: RequestContext) {
    return listTaxRules(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => TaxRule)
  createTaxRule(@Ctx() ctx: RequestContext, @Arg('input') input: TaxRuleInput) {
    return saveTaxRule(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => TaxRule)
  updateTaxRule(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: TaxRuleInput) {
    return saveTaxRule(ctx, input, toId(id, 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => ID)
  async deleteTaxRule(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deleteTaxRule(ctx, toId(id, 'id'));
    return id;
  }

  @Authorized('STAFF')
  @Query(() => BillingSettings)
  billingSettings(@Ctx() ctx: RequestContext) {
    return readBillingSettings(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => BillingSettings)
  updateBillingSettings(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateBillingSettingsInput) {
    return updateBillingSettings(ctx, input);
  }

  @Authorized('STAFF')
  @Query(() => TaxPreview, { description: 'Issue 4.2: runs the tax engine for a client or an address; changes nothing' })
  previewTax(@Ctx() ctx: RequestContext, @Arg('input') input: PreviewTaxInput) {
    return previewTax(ctx, input, input.clientId != null ? toId(input.clientId, 'clientId') : undefined);
  }
}
