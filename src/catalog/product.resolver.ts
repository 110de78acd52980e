import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { byCurrency, catalogCurrencyOf } from './catalog-currency';
import { isOfferedAddon } from './catalog-visibility';
import type { RequestContext } from '../shared/context';
import { CurrencyScalar } from '../shared/scalars';
import { toId } from '../shared/ids';
import { ServerGroup } from './server-group.entity';
import { Product } from './product.entity';
import { ProductGroup } from './product-group.entity';
import { ProductPrice } from './price.entity';
import { Addon } from './addon.entity';
import { ConfigOptionGroup } from './config-option.entity';
import { CreateProductInput, UpdateProductInput } from './product.inputs';
import { createProduct, getProduct, listCatalog, listProducts, updateProduct } from './product.service';

const isStaff = (ctx: RequestContext) => ctx.viewer?.kind === 'staff';

@Resolver(() => Product)
export class ProductResolver {
  @Authorized('STAFF')
  @Query(() => [Product], { description: 'Every product (hidden and retired included), by id' })
  async products(@Ctx() ctx: RequestContext): Promise<Product[]> {
    return listProducts(ctx);
  }

  @Authorized('STAFF')
  @Query(() => Product, { description: 'Staff: one product.' })
  async product(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the product.' }) id: string): Promise<Product> {
    return getProduct(ctx, toId(id, 'Product', 'id'));
  }

  @Query(() => [Product], {
    description: 'The public catalog (no login needed): products neither hidden nor retired outside hidden groups, in display order. With a currency (one the operator defined), only products sold in it.',
  })
  async catalog(@Ctx() ctx: RequestContext, @Arg('currency', () => CurrencyScalar, { nullable: true, description: 'Only products with prices in this currency.' }) currency?: string): Promise<Product[]> {
    return listCatalog(ctx, currency);
  }

  @Authorized('ADMIN')
  @Mutation(() => Product, { description: 'productOptions are validated against the module\'s productOptionsSchema; prices against the pay type and their currencies' })
  async createProduct(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new product.' }) input: CreateProductInput): Promise<Product> {
    return createProduct(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Product, { description: 'Admins: change a product; fields left out keep their value.' })
  async updateProduct(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the product.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: UpdateProductInput): Promise<Product> {
    return updateProduct(ctx, toId(id, 'Product', 'id'), input);
  }

  @Authorized('STAFF')
  @FieldResolver(() => ServerGroup, { nullable: true, description: 'Staff only' })
  async serverGroup(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return product.serverGroup ? ctx.loaders.provisioning.serverGroup.load(product.serverGroup.id) : null;
  }

  @FieldResolver(() => ProductGroup, { nullable: true, description: 'The product group; null when the product is in none.' })
  async group(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return product.group ? ctx.loaders.catalog.productGroup.load(product.group.id) : null;
  }

  @FieldResolver(() => [ProductPrice], { description: 'Prices per currency and cycle; only those in `currency` when given (under `catalog(currency:)`, that currency by default)' })
  async prices(
    @Root() product: Product,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('currency', () => CurrencyScalar, { nullable: true, description: 'Only prices in this currency.' }) currency?: string,
  ) {
    return byCurrency(await ctx.loaders.catalog.pricesByProduct.load(product.id), currency ?? catalogCurrencyOf(info));
  }

  @FieldResolver(() => [Product], { description: 'Products this one may be upgraded to (clients see those in the catalog)' })
  async upgradeTargets(@Root() product: Product, @Ctx() ctx: RequestContext) {
    const targets = (await ctx.loaders.catalog.upgradeTargetsByProduct.load(product.id)).map((row) => row.target.getEntity());
    if (isStaff(ctx)) return targets;
    const offered = await ctx.loaders.catalog.inCatalog.loadMany(targets.map((target) => target.id));
    return targets.filter((_target, i) => offered[i] === true);
  }

  @FieldResolver(() => [Addon], { description: 'Addons that apply to this product (clients see those they may order).' })
  async addons(@Root() product: Product, @Ctx() ctx: RequestContext) {
    const addons = (await ctx.loaders.catalog.addonsByProduct.load(product.id)).map((row) => row.addon.getEntity());
    return isStaff(ctx) ? addons : addons.filter(isOfferedAddon);
  }

  @FieldResolver(() => [ConfigOptionGroup], { description: 'Configurable option groups attached to this product' })
  async configOptionGroups(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.catalog.optionGroupsByProduct.load(product.id)).map((row) => row.group.getEntity());
  }
}
