import { ref } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { badInput, FieldProblems, notFound } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { toId } from '../shared/ids';
import { ServerGroup } from './server-group.entity';
import { assertMatchesSchema, requireModule } from '../plugins/module-settings';
import { PayType, Product } from './product.entity';
import { ProductGroup } from './product-group.entity';
import { ProductPrice } from './price.entity';
import { ProductUpgrade } from './addon.entity';
import { onOffer } from './catalog-visibility';
import { definedCurrencies, resolvePrices, type PriceInput, type ResolvedPrice } from './pricing';
import type { CreateProductInput, ProductFields, UpdateProductInput } from './product.inputs';

export async function getProduct(ctx: RequestContext, id: number): Promise<Product> {
  const product = await ctx.em.findOne(Product, { id });
  if (!product) throw notFound('Product', id);
  return product;
}

export async function listProducts(ctx: RequestContext): Promise<Product[]> {
  return ctx.em.find(Product, {}, { orderBy: { id: 'asc' } });
}

/**
 * Issue 4.3: the public catalog: products neither hidden nor retired, outside
 * hidden groups, in display order. With a currency (which must be defined),
 * only products that can be bought in it (FREE, or priced in it).
 */
export async function listCatalog(ctx: RequestContext, currencyCode?: string): Promise<Product[]> {
  const where: FilterQuery<Product>[] = [onOffer()];
  if (currencyCode) {
    const currency = (await definedCurrencies(ctx.em, [currencyCode])).get(currencyCode)!;
    const priced = await ctx.em.find(ProductPrice, { currency }, { fields: ['product'] });
    where.push({ $or: [{ payType: PayType.FREE }, { id: { $in: [...new Set(priced.map((p) => p.product.id))] } }] });
  }
  return ctx.em.find(Product, { $and: where }, { orderBy: [{ group: { sortOrder: 'asc', id: 'asc' } }, { sortOrder: 'asc' }, { id: 'asc' }] });
}

export async function createProduct(ctx: RequestContext, input: CreateProductInput): Promise<Product> {
  const problems = new FieldProblems();
  const module = input.module ?? undefined;
  const productOptions = input.productOptions ?? {};
  problems.collect(() => assertOptions(ctx, module, productOptions));
  const serverGroup = input.serverGroupId ? await problems.collectAsync(() => findGroup(ctx, input.serverGroupId!)) : undefined;
  const group = input.groupId ? await problems.collectAsync(() => findProductGroup(ctx, input.groupId!)) : undefined;
  const payType = input.payType ?? PayType.FREE;
  const prices = await resolvePrices(ctx.em, payType, input.prices ?? [], problems);
  problems.collect(() => assertStock(input.stockControl ?? false, input.stock ?? undefined));
  const targets = await findUpgradeTargets(ctx, input.upgradeTargetIds ?? [], undefined, problems);
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const product = em.create(Product, {
      name: input.name.trim(), type: input.type, module, productOptions, serverGroup, group,
      description: input.description ?? '', payType, welcomeEmail: input.welcomeEmail ?? undefined,
      stockControl: input.stockControl ?? false, stock: input.stock ?? undefined, autoTerminateDays: input.autoTerminateDays ?? undefined,
      hidden: input.hidden ?? false, retired: input.retired ?? false, sortOrder: input.sortOrder ?? 0, acceptOnPayment: input.acceptOnPayment ?? null,
    });
    await em.flush();
    writePrices(em, product, prices);
    for (const target of targets) em.create(ProductUpgrade, { product, target });
    await em.flush();
    recordActivity(em, ctx, { action: 'product.create', targetType: 'Product', targetId: String(product.id), details: { name: product.name, module, payType } });
    return product;
  });
}

/** Changing the module re-validates the (new or kept) options against the new module's schema; changing the pay type re-validates the (new or kept) prices. */
export async function updateProduct(ctx: RequestContext, id: number, input: UpdateProductInput): Promise<Product> {
  const product = await getProduct(ctx, id);
  const problems = new FieldProblems();
  for (const field of ['name', 'type', 'productOptions', 'description', 'payType', 'prices', 'stockControl', 'hidden', 'retired', 'sortOrder', 'upgradeTargetIds'] as const) {
    if (input[field] === null) problems.add(field, `${field} cannot be null`, 'VALUE_REQUIRED');
  }
  const module = input.module === undefined ? product.module : (input.module ?? undefined);
  const productOptions = input.productOptions ?? product.productOptions;
  problems.collect(() => assertOptions(ctx, module, productOptions));
  const serverGroup = input.serverGroupId ? await problems.collectAsync(() => findGroup(ctx, input.serverGroupId!)) : undefined;
  const group = input.groupId ? await problems.collectAsync(() => findProductGroup(ctx, input.groupId!)) : undefined;
  const payType = input.payType ?? product.payType;
  let prices: ResolvedPrice[] | undefined;
  if (input.prices !== undefined || payType !== product.payType) {
    prices = await resolvePrices(ctx.em, payType, input.prices ?? (await currentPriceInputs(ctx.em, product)), problems);
  }
  problems.collect(() => assertStock(input.stockControl ?? product.stockControl, input.stock === undefined ? product.stock : (input.stock ?? undefined)));
  const targets = input.upgradeTargetIds ? await findUpgradeTargets(ctx, input.upgradeTargetIds, id, problems) : undefined;
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    if (input.name !== undefined) product.name = input.name.trim();
    if (input.type !== undefined) product.type = input.type;
    product.module = module;
    product.productOptions = productOptions;
    if (input.serverGroupId !== undefined) product.serverGroup = ref(serverGroup);
    if (input.groupId !== undefined) product.group = ref(group);
    if (input.description !== undefined) product.description = input.description;
    product.payType = payType;
    if (input.welcomeEmail !== undefined) product.welcomeEmail = input.welcomeEmail ?? undefined;
    if (input.stockControl !== undefined) product.stockControl = input.stockControl;
    if (input.stock !== undefined) product.stock = input.stock ?? undefined;
    if (input.autoTerminateDays !== undefined) product.autoTerminateDays = input.autoTerminateDays ?? undefined;
    if (input.hidden !== undefined) product.hidden = input.hidden;
    if (input.acceptOnPayment !== undefined) product.acceptOnPayment = input.acceptOnPayment;
    if (input.retired !== undefined) product.retired = input.retired;
    if (input.sortOrder !== undefined) product.sortOrder = input.sortOrder;
    em.persist(product);
    if (prices) {
      await em.nativeDelete(ProductPrice, { product: id });
      writePrices(em, product, prices);
    }
    if (targets) {
      await em.nativeDelete(ProductUpgrade, { product: id });
      for (const target of targets) em.create(ProductUpgrade, { product, target });
    }
    recordActivity(em, ctx, {
      action: 'product.update',
      targetType: 'Product',
      targetId: String(id),
      details: { changed: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined) },
    });
  });
  return product;
}

function writePrices(em: EntityManager, product: Product, prices: ResolvedPrice[]) {
  for (const p of prices) em.create(ProductPrice, { product, currency: p.currency, cycle: p.cycle, amountMinor: p.amountMinor, setupFeeMinor: p.setupFeeMinor });
}

/** The stored prices as inputs, to re-check them against a new pay type. */
async function currentPriceInputs(em: EntityManager, product: Product): Promise<PriceInput[]> {
  const rows = await em.find(ProductPrice, { product }, { populate: ['currency'] });
  return rows.map((r) => ({ currency: r.currencyCode, cycle: r.cycle, amount: r.amount.amount, setupFee: r.setupFee.amount }));
}

function assertStock(stockControl: boolean, stock: number | undefined) {
  if (stockControl && stock === undefined) throw badInput('stock', 'stockControl needs a stock count', 'VALUE_REQUIRED');
}

async function findUpgradeTargets(ctx: RequestContext, ids: string[], selfId: number | undefined, problems: FieldProblems): Promise<Product[]> {
  const wanted = [...new Set(ids.flatMap((id, i) => problems.collect(() => toId(id, 'Product', `upgradeTargetIds.${i}`)) ?? []))];
  if (selfId !== undefined && wanted.includes(selfId)) problems.add('upgradeTargetIds', 'A product cannot be its own upgrade target', 'TARGET_IS_SELF');
  const found = wanted.length ? await ctx.em.find(Product, { id: { $in: wanted } }) : [];
  if (found.length !== wanted.length) problems.add('upgradeTargetIds', 'An upgrade target does not exist', 'REFERENCE_NOT_FOUND');
  return found;
}

function assertOptions(ctx: RequestContext, moduleName: string | undefined, options: Record<string, unknown>) {
  if (!moduleName) {
    if (Object.keys(options).length) throw badInput('productOptions', 'A product without a module has no options', 'MODULE_UNAVAILABLE');
    return;
  }
  const module = requireModule(ctx, moduleName, 'module');
  assertMatchesSchema(module.productOptionsSchema, options, 'productOptions');
}

async function findGroup(ctx: RequestContext, id: string): Promise<ServerGroup> {
  const group = await ctx.em.findOne(ServerGroup, { id: toId(id, 'ServerGroup', 'serverGroupId') });
  if (!group) throw badInput('serverGroupId', `serverGroupId ${id} does not exist`, 'REFERENCE_NOT_FOUND');
  return group;
}

async function findProductGroup(ctx: RequestContext, id: string): Promise<ProductGroup> {
  const group = await ctx.em.findOne(ProductGroup, { id: toId(id, 'ProductGroup', 'groupId') });
  if (!group) throw badInput('groupId', `groupId ${id} does not exist`, 'REFERENCE_NOT_FOUND');
  return group;
}

export type { ProductFields };
