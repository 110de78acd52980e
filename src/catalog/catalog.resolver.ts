import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { byCurrency, catalogCurrencyOf } from './catalog-currency';
import type { RequestContext } from '../shared/context';
import { CurrencyScalar } from '../shared/scalars';
import { ConnectionType, PageArgs } from '../shared/pagination';
import { toId } from '../shared/ids';
import { Product } from './product.entity';
import { ProductGroup } from './product-group.entity';
import { AddonPrice } from './price.entity';
import { Addon } from './addon.entity';
import { Promotion } from './promotion.entity';
import { TldPrice } from './tld-price.entity';
import { ConfigChoicePrice, ConfigOption, ConfigOptionChoice, ConfigOptionGroup, ConfigUnitPrice } from './config-option.entity';
import { AddonInput, ConfigOptionGroupInput, ProductGroupInput, PromotionFilter, PromotionInput, PromotionOrder, TldPricingInput } from './catalog.inputs';

const PromotionConnection = ConnectionType(Promotion, 'Promotion');
import * as catalog from './catalog.service';


@Resolver(() => ProductGroup)
export class ProductGroupResolver {
  @Authorized('STAFF')
  @Query(() => [ProductGroup], { description: 'Staff: every product group, hidden ones included, in display order.' })
  productGroups(@Ctx() ctx: RequestContext) {
    return catalog.listProductGroups(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => ProductGroup, { description: 'Admins: create a product group.' })
  createProductGroup(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new group.' }) input: ProductGroupInput) {
    return catalog.createProductGroup(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ProductGroup, { description: 'Replaces every field' })
  updateProductGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the group.' }) id: string, @Arg('input', { description: 'The whole group.' }) input: ProductGroupInput) {
    return catalog.updateProductGroup(ctx, toId(id, 'ProductGroup', 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Its products stay, without a group. Returns the id of the deleted record.' })
  async deleteProductGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the group.' }) id: string): Promise<number> {
    const key = toId(id, 'ProductGroup', 'id');
    await catalog.deleteProductGroup(ctx, key);
    return key;
  }
}

@Resolver(() => Addon)
export class AddonResolver {
  @Authorized('STAFF')
  @Query(() => [Addon], { description: 'Staff: the predefined addons.' })
  addons(@Ctx() ctx: RequestContext) {
    return catalog.listAddons(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => Addon, { description: 'Admins: create a predefined addon.' })
  createAddon(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new addon.' }) input: AddonInput) {
    return catalog.saveAddon(ctx, undefined, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Addon, { description: 'Replaces every field, prices and products included' })
  updateAddon(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the addon.' }) id: string, @Arg('input', { description: 'The whole addon.' }) input: AddonInput) {
    return catalog.saveAddon(ctx, toId(id, 'Addon', 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Admins: delete an addon. Returns the id of the deleted record.' })
  async deleteAddon(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the addon.' }) id: string): Promise<number> {
    const key = toId(id, 'Addon', 'id');
    await catalog.deleteAddon(ctx, key);
    return key;
  }

  @FieldResolver(() => [AddonPrice], { description: 'The cycles and prices the addon is billed at.' })
  async prices(@Root() addon: Addon, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('currency', () => CurrencyScalar, { nullable: true, description: 'Only prices in this currency; all when omitted.' }) currency?: string) {
    return byCurrency(await ctx.loaders.catalog.pricesByAddon.load(addon.id), currency ?? catalogCurrencyOf(info));
  }

  @Authorized('STAFF')
  @FieldResolver(() => [Product], { description: 'The products it applies to. Staff only' })
  async products(@Root() addon: Addon, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.catalog.productsByAddon.load(addon.id)).map((row) => row.product.getEntity());
  }
}

@Resolver(() => Promotion)
export class PromotionResolver {
  @Authorized('STAFF')
  @Query(() => PromotionConnection, {
    description: 'Staff: promotion codes, newest first, searched by code and filtered by whether they are usable now.',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  promotions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PromotionFilter, { nullable: true, description: 'Only promotions matching all given criteria; all when omitted.' }) filter: PromotionFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => PromotionOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: PromotionOrder,
  ) {
    return catalog.listPromotions(ctx, filter, page, orderBy);
  }

  @Authorized('ADMIN')
  @Mutation(() => Promotion, { description: 'Admins: create a promotion code.' })
  createPromotion(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new promotion.' }) input: PromotionInput) {
    return catalog.savePromotion(ctx, undefined, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Promotion, { description: 'Replaces every field; the uses counter stays' })
  updatePromotion(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the promotion.' }) id: string, @Arg('input', { description: 'The whole promotion.' }) input: PromotionInput) {
    return catalog.savePromotion(ctx, toId(id, 'Promotion', 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Admins: delete a promotion code. Returns the id of the deleted record.' })
  async deletePromotion(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the promotion.' }) id: string): Promise<number> {
    const key = toId(id, 'Promotion', 'id');
    await catalog.deletePromotion(ctx, key);
    return key;
  }

  @FieldResolver(() => [Product], { description: 'Restricted to these products; empty for all' })
  async products(@Root() promotion: Promotion, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.catalog.productsByPromotion.load(promotion.id)).map((row) => row.product.getEntity());
  }
}

@Resolver(() => TldPrice)
export class TldPriceResolver {
  @Query(() => [TldPrice], { description: 'Domain prices per TLD, currency and registration period. Public: no login needed.' })
  tldPrices(
    @Ctx() ctx: RequestContext,
    @Arg('tld', { nullable: true, description: 'Only this TLD, e.g. ".com"; all when omitted.' }) tld?: string,
    @Arg('currency', () => CurrencyScalar, { nullable: true, description: 'Only prices in this currency; all when omitted.' }) currency?: string,
  ) {
    return catalog.listTldPrices(ctx, tld, currency);
  }

  @Authorized('ADMIN')
  @Mutation(() => [TldPrice], { description: 'Replaces the prices of one TLD in one currency; returns them' })
  setTldPricing(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The TLD, the currency and its prices.' }) input: TldPricingInput) {
    return catalog.setTldPricing(ctx, input);
  }
}

@Resolver(() => ConfigOptionGroup)
export class ConfigOptionGroupResolver {
  @Authorized('STAFF')
  @Query(() => [ConfigOptionGroup], { description: 'Staff: the configurable option groups.' })
  configOptionGroups(@Ctx() ctx: RequestContext) {
    return catalog.listConfigOptionGroups(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => ConfigOptionGroup, { description: 'Admins: create a configurable option group.' })
  createConfigOptionGroup(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new group.' }) input: ConfigOptionGroupInput) {
    return catalog.saveConfigOptionGroup(ctx, undefined, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ConfigOptionGroup, { description: 'Replaces every field, options and products included' })
  updateConfigOptionGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the group.' }) id: string, @Arg('input', { description: 'The whole group.' }) input: ConfigOptionGroupInput) {
    return catalog.saveConfigOptionGroup(ctx, toId(id, 'ConfigOptionGroup', 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Admins: delete a configurable option group. Returns the id of the deleted record.' })
  async deleteConfigOptionGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the group.' }) id: string): Promise<number> {
    const key = toId(id, 'ConfigOptionGroup', 'id');
    await catalog.deleteConfigOptionGroup(ctx, key);
    return key;
  }

  @FieldResolver(() => [ConfigOption], { description: 'The options of the group, in display order.' })
  options(@Root() group: ConfigOptionGroup, @Ctx() ctx: RequestContext) {
    return ctx.loaders.catalog.optionsByGroup.load(group.id);
  }

  @Authorized('STAFF')
  @FieldResolver(() => [Product], { description: 'The products it is attached to. Staff only' })
  async products(@Root() group: ConfigOptionGroup, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.catalog.productsByOptionGroup.load(group.id)).map((row) => row.product.getEntity());
  }
}

@Resolver(() => ConfigOption)
export class ConfigOptionResolver {
  @FieldResolver(() => [ConfigOptionChoice], { description: 'DROPDOWN: the choices' })
  choices(@Root() option: ConfigOption, @Ctx() ctx: RequestContext) {
    return ctx.loaders.catalog.choicesByOption.load(option.id);
  }

  @FieldResolver(() => [ConfigUnitPrice], { description: 'QUANTITY: the price of one unit per cycle' })
  async unitPrices(@Root() option: ConfigOption, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('currency', () => CurrencyScalar, { nullable: true, description: 'Only prices in this currency; all when omitted.' }) currency?: string) {
    return byCurrency(await ctx.loaders.catalog.unitPricesByOption.load(option.id), currency ?? catalogCurrencyOf(info));
  }
}

@Resolver(() => ConfigOptionChoice)
export class ConfigOptionChoiceResolver {
  @FieldResolver(() => [ConfigChoicePrice], { description: 'Prices of this choice per currency and cycle, added to the product\'s price.' })
  async prices(@Root() choice: ConfigOptionChoice, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('currency', () => CurrencyScalar, { nullable: true, description: 'Only prices in this currency; all when omitted.' }) currency?: string) {
    return byCurrency(await ctx.loaders.catalog.pricesByChoice.load(choice.id), currency ?? catalogCurrencyOf(info));
  }
}

export const catalogResolvers = [ProductGroupResolver, AddonResolver, PromotionResolver, TldPriceResolver, ConfigOptionGroupResolver, ConfigOptionResolver, ConfigOptionChoiceResolver] as const;
