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
  @Query(() => [ProductGroup], { description: 'Issue 4.3: every product group (hidden included), in display order' })
  productGroups(@Ctx() ctx: RequestContext) {
    return catalog.listProductGroups(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => ProductGroup)
  createProductGroup(@Ctx() ctx: RequestContext, @Arg('input') input: ProductGroupInput) {
    return catalog.createProductGroup(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ProductGroup, { description: 'Replaces every field' })
  updateProductGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: ProductGroupInput) {
    return catalog.updateProductGroup(ctx, toId(id, 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Its products stay, without a group' })
  async deleteProductGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await catalog.deleteProductGroup(ctx, toId(id, 'id'));
    return id;
  }
}

@Resolver(() => Addon)
export class AddonResolver {
  @Authorized('STAFF')
  @Query(() => [Addon], { description: 'Issue 4.3 / SV-4: the predefined addons' })
  addons(@Ctx() ctx: RequestContext) {
    return catalog.listAddons(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => Addon)
  createAddon(@Ctx() ctx: RequestContext, @Arg('input') input: AddonInput) {
    return catalog.saveAddon(ctx, undefined, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Addon, { description: 'Replaces every field, prices and products included' })
  updateAddon(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: AddonInput) {
    return catalog.saveAddon(ctx, toId(id, 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID)
  async deleteAddon(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await catalog.deleteAddon(ctx, toId(id, 'id'));
    return id;
  }

  @FieldResolver(() => [AddonPrice], { description: 'Billed on these cycles (SV-4); only those in `currency` when given' })
  async prices(@Root() addon: Addon, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('currency', () => CurrencyScalar, { nullable: true }) currency?: string) {
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
    description: 'Issue 4.3: promotion codes, newest first, searched by code and filtered by whether they are usable now',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  promotions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PromotionFilter, { nullable: true }) filter: PromotionFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => PromotionOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: PromotionOrder,
  ) {
    return catalog.listPromotions(ctx, filter, page, orderBy);
  }

  @Authorized('ADMIN')
  @Mutation(() => Promotion)
  createPromotion(@Ctx() ctx: RequestContext, @Arg('input') input: PromotionInput) {
    return catalog.savePromotion(ctx, undefined, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Promotion, { description: 'Replaces every field; the uses counter stays' })
  updatePromotion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: PromotionInput) {
    return catalog.savePromotion(ctx, toId(id, 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID)
  async deletePromotion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await catalog.deletePromotion(ctx, toId(id, 'id'));
    return id;
  }

  @FieldResolver(() => [ID], { description: 'Restricted to these products; empty for all' })
  async productIds(@Root() promotion: Promotion, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.catalog.productsByPromotion.load(promotion.id)).map((row) => String(row.product.id));
  }
}

@Resolver(() => TldPrice)
export class TldPriceResolver {
  @Query(() => [TldPrice], { description: 'Issue 4.3: domain prices per TLD, currency and years (public)' })
  tldPrices(
    @Ctx() ctx: RequestContext,
    @Arg('tld', { nullable: true }) tld?: string,
    @Arg('currency', () => CurrencyScalar, { nullable: true }) currency?: string,
  ) {
    return catalog.listTldPrices(ctx, tld, currency);
  }

  @Authorized('ADMIN')
  @Mutation(() => [TldPrice], { description: 'Replaces the prices of one TLD in one currency; returns them' })
  setTldPricing(@Ctx() ctx: RequestContext, @Arg('input') input: TldPricingInput) {
    return catalog.setTldPricing(ctx, input);
  }
}

@Resolver(() => ConfigOptionGroup)
export class ConfigOptionGroupResolver {
  @Authorized('STAFF')
  @Query(() => [ConfigOptionGroup], { description: 'Issue 4.3: configurable option groups' })
  configOptionGroups(@Ctx() ctx: RequestContext) {
    return catalog.listConfigOptionGroups(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => ConfigOptionGroup)
  createConfigOptionGroup(@Ctx() ctx: RequestContext, @Arg('input') input: ConfigOptionGroupInput) {
    return catalog.saveConfigOptionGroup(ctx, undefined, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ConfigOptionGroup, { description: 'Replaces every field, options and products included' })
  updateConfigOptionGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: ConfigOptionGroupInput) {
    return catalog.saveConfigOptionGroup(ctx, toId(id, 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID)
  async deleteConfigOptionGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await catalog.deleteConfigOptionGroup(ctx, toId(id, 'id'));
    return id;
  }

  @FieldResolver(() => [ConfigOption])
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
  async unitPrices(@Root() option: ConfigOption, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('currency', () => CurrencyScalar, { nullable: true }) currency?: string) {
    return byCurrency(await ctx.loaders.catalog.unitPricesByOption.load(option.id), currency ?? catalogCurrencyOf(info));
  }
}

@Resolver(() => ConfigOptionChoice)
export class ConfigOptionChoiceResolver {
  @FieldResolver(() => [ConfigChoicePrice])
  async prices(@Root() choice: ConfigOptionChoice, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('currency', () => CurrencyScalar, { nullable: true }) currency?: string) {
    return byCurrency(await ctx.loaders.catalog.pricesByChoice.load(choice.id), currency ?? catalogCurrencyOf(info));
  }
}

export const catalogResolvers = [ProductGroupResolver, AddonResolver, PromotionResolver, TldPriceResolver, ConfigOptionGroupResolver, ConfigOptionResolver, ConfigOptionChoiceResolver] as const;
