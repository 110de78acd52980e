import { raw } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { badInput, conflict, conflictOnDuplicate, FieldProblems, notFound } from '../shared/errors';
import { parseScaled } from '../shared/money';
import { ID_DESC, keysetOrderBy, keysetPage, keysetWhere, pageOrder, toConnection, type Connection, type PageArgs } from '../shared/pagination';
import { contains } from '../shared/filters';
import { recordActivity } from '../activity/activity.service';
import { toId } from '../shared/ids';
import type { Currency } from '../currency/currency.entity';
import { Product } from './product.entity';
import { ProductGroup } from './product-group.entity';
import { AddonPrice } from './price.entity';
import { Addon, AddonProduct } from './addon.entity';
import { PERCENT_SCALE, Promotion, PromotionProduct, PromotionType } from './promotion.entity';
import { TldPrice } from './tld-price.entity';
import { ConfigChoicePrice, ConfigOption, ConfigOptionChoice, ConfigOptionGroup, ConfigOptionGroupProduct, ConfigOptionType, ConfigUnitPrice } from './config-option.entity';
import { amountIn, definedCurrencies, resolveOptionPrices, resolvePrices, type ResolvedPrice } from './pricing';
import type { AddonInput, ConfigOptionGroupInput, ProductGroupInput, PromotionFilter, PromotionInput, PromotionOrder, TldPricingInput } from './catalog.inputs';
import { updateRows } from '../shared/update-rows';

const groupOrder = { sortOrder: 'asc', id: 'asc' } as const;

// ---------- product groups

export const listProductGroups = (ctx: RequestContext) => ctx.em.find(ProductGroup, {}, { orderBy: groupOrder });

export async function createProductGroup(ctx: RequestContext, input: ProductGroupInput): Promise<ProductGroup> {
  return ctx.em.transactional(async (em) => {
    const group = em.create(ProductGroup, { name: input.name.trim(), description: input.description ?? '', sortOrder: input.sortOrder ?? 0, hidden: input.hidden ?? false });
    await em.flush();
    recordActivity(em, ctx, { action: 'product_group.create', targetType: 'ProductGroup', targetId: String(group.id), details: { name: group.name } });
    return group;
  });
}

export async function updateProductGroup(ctx: RequestContext, id: number, input: ProductGroupInput): Promise<ProductGroup> {
  const group = await ctx.em.findOne(ProductGroup, { id });
  if (!group) throw notFound('ProductGroup', id);
  await ctx.em.transactional(async (em) => {
    Object.assign(group, { name: input.name.trim(), description: input.description ?? '', sortOrder: input.sortOrder ?? 0, hidden: input.hidden ?? false });
    em.persist(group);
    recordActivity(em, ctx, { action: 'product_group.update', targetType: 'ProductGroup', targetId: String(id), details: { ...input } });
  });
  return group;
}

/** Its products stay, without a group. */
export async function deleteProductGroup(ctx: RequestContext, id: number): Promise<boolean> {
  const group = await ctx.em.findOne(ProductGroup, { id });
  if (!group) throw notFound('ProductGroup', id);
  await ctx.em.transactional(async (em) => {
    await updateRows(em, Product, { group: id }, { group: null });
    em.remove(group);
    recordActivity(em, ctx, { action: 'product_group.delete', targetType: 'ProductGroup', targetId: String(id), details: { name: group.name } });
  });
  return true;
}

// ---------- addons (SV-4)

export const listAddons = (ctx: RequestContext) => ctx.em.find(Addon, {}, { orderBy: { id: 'asc' } });

export async function getAddon(ctx: RequestContext, id: number): Promise<Addon> {
  const addon = await ctx.em.findOne(Addon, { id });
  if (!addon) throw notFound('Addon', id);
  return addon;
}

export async function saveAddon(ctx: RequestContext, id: number | undefined, input: AddonInput): Promise<Addon> {
  const existing = id === undefined ? undefined : await getAddon(ctx, id);
  const problems = new FieldProblems();
  const prices = await resolvePrices(ctx.em, input.payType, input.prices, problems);
  const products = await findProducts(ctx.em, input.productIds, problems);
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const fields = { name: input.name.trim(), description: input.description ?? '', payType: input.payType, clientOrderable: input.clientOrderable ?? true, hidden: input.hidden ?? false };
    const addon = existing ? Object.assign(existing, fields) : em.create(Addon, fields);
    em.persist(addon);
    await em.flush();
    if (existing) {
      await em.nativeDelete(AddonPrice, { addon: addon.id });
      await em.nativeDelete(AddonProduct, { addon: addon.id });
    }
    for (const p of prices) em.create(AddonPrice, { addon, ...priceData(p) });
    for (const product of products) em.create(AddonProduct, { addon, product });
    recordActivity(em, ctx, {
      action: existing ? 'addon.update' : 'addon.create', targetType: 'Addon', targetId: String(addon.id),
      details: { name: addon.name, payType: addon.payType, productIds: products.map((p) => p.id) },
    });
    return addon;
  });
}

export async function deleteAddon(ctx: RequestContext, id: number): Promise<boolean> {
  const addon = await getAddon(ctx, id);
  await ctx.em.transactional(async (em) => {
    em.remove(addon);
    recordActivity(em, ctx, { action: 'addon.delete', targetType: 'Addon', targetId: String(id), details: { name: addon.name } });
  });
  return true;
}

// ---------- promotion codes

/** Newest first. `usable` compares with the database clock, as redeeming will. */
export async function listPromotions(ctx: RequestContext, filter: PromotionFilter = {}, args: PageArgs, orderBy?: PromotionOrder): Promise<Connection<Promotion>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_DESC));
  const and: FilterQuery<Promotion>[] = [];
  const search = filter.search?.trim();
  if (search) and.push({ code: { $ilike: contains(search) } });
  if (filter.usable != null) {
    const usable = { $and: [
      { $or: [{ startsAt: null }, { startsAt: { $lte: raw('now()') } }] },
      { $or: [{ expiresAt: null }, { expiresAt: { $gt: raw('now()') } }] },
      { $or: [{ maxUses: null }, { uses: { $lt: raw('max_uses') } }] },
    ] } as FilterQuery<Promotion>;
    and.push(filter.usable ? usable : { $not: usable } as FilterQuery<Promotion>);
  }
  const where: FilterQuery<Promotion> = and.length ? { $and: and } : {};
  const [rows, total] = await Promise.all([
    ctx.em.find(Promotion, { $and: [where, keysetWhere(page)] }, { orderBy: keysetOrderBy(page), limit: page.limit + 1, populate: ['currency'] }),
    ctx.em.count(Promotion, where),
  ]);
  return toConnection(rows, page, total);
}

const CODE_PATTERN = /^[A-Za-z0-9_-]{1,50}$/;
const CODE_TAKEN = 'A promotion with this code exists already';

export async function savePromotion(ctx: RequestContext, id: number | undefined, input: PromotionInput): Promise<Promotion> {
  const existing = id === undefined ? undefined : await ctx.em.findOne(Promotion, { id });
  if (id !== undefined && !existing) throw notFound('Promotion', id);
  const problems = new FieldProblems();
  const code = input.code.trim().toUpperCase();
  if (!CODE_PATTERN.test(code)) problems.add('code', 'code takes letters, digits, - and _ only', 'INVALID_FORMAT');
  let value: bigint | undefined;
  let currency: Currency | undefined;
  if (input.type === PromotionType.PERCENT) {
    if (input.currency) problems.add('currency', 'A PERCENT promotion has no currency', 'CONFLICTING_INPUT');
    const percent = parseScaled(input.value, PERCENT_SCALE, 3);
    if (percent === undefined || percent <= 0n || percent > 100n * 10n ** BigInt(PERCENT_SCALE)) {
      problems.add('value', `value must be a percentage above 0 and at most 100 with at most ${PERCENT_SCALE} decimals`, 'OUT_OF_RANGE');
    }
    value = percent;
  } else if (!input.currency) {
    problems.add('currency', 'A FIXED promotion needs a currency', 'VALUE_REQUIRED');
  } else {
    currency = (await problems.collectAsync(() => definedCurrencies(ctx.em, [input.currency!])))?.get(input.currency);
    value = currency && problems.collect(() => amountIn(currency!, input.value, 'value'));
    if (value === 0n) problems.add('value', 'value must be above 0', 'INVALID_AMOUNT');
  }
  if (input.startsAt && input.expiresAt && input.expiresAt <= input.startsAt) problems.add('expiresAt', 'expiresAt must be after startsAt', 'INVALID_DATE_RANGE');
  const products = await findProducts(ctx.em, input.productIds, problems);
  problems.throwIfAny();
  if (await ctx.em.count(Promotion, { code, ...(id === undefined ? {} : { id: { $ne: id } }) })) throw conflict('code', CODE_TAKEN, 'VALUE_TAKEN');
  return conflictOnDuplicate('code', CODE_TAKEN, () => ctx.em.transactional(async (em) => {
    const fields = {
      code, type: input.type, value: value!, currency, appliesTo: input.appliesTo, cycles: [...new Set(input.cycles)],
      startsAt: input.startsAt ?? undefined, expiresAt: input.expiresAt ?? undefined, maxUses: input.maxUses ?? undefined,
      maxUsesPerClient: input.maxUsesPerClient ?? undefined,
    };
    const promotion = existing ? Object.assign(existing, fields) : em.create(Promotion, fields);
    em.persist(promotion);
    await em.flush();
    if (existing) await em.nativeDelete(PromotionProduct, { promotion: promotion.id });
    for (const product of products) em.create(PromotionProduct, { promotion, product });
    recordActivity(em, ctx, {
      action: existing ? 'promotion.update' : 'promotion.create', targetType: 'Promotion', targetId: String(promotion.id),
      details: { code, type: input.type, value: input.value, currency: input.currency, productIds: products.map((p) => p.id) },
    });
    return promotion;
  }));
}

export async function deletePromotion(ctx: RequestContext, id: number): Promise<boolean> {
  const promotion = await ctx.em.findOne(Promotion, { id });
  if (!promotion) throw notFound('Promotion', id);
  await ctx.em.transactional(async (em) => {
    em.remove(promotion);
    recordActivity(em, ctx, { action: 'promotion.delete', targetType: 'Promotion', targetId: String(id), details: { code: promotion.code } });
  });
  return true;
}

// ---------- TLD pricing

const TLD_PATTERN = /^\.[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})*$/;

export async function listTldPrices(ctx: RequestContext, tld?: string, currency?: string): Promise<TldPrice[]> {
  const where: Record<string, unknown> = {};
  if (tld) where.tld = normalizeTld(tld);
  if (currency) where.currency = { code: currency };
  return ctx.em.find(TldPrice, where, { populate: ['currency'], orderBy: { tld: 'asc', currency: { code: 'asc' }, years: 'asc' } });
}

/** ".com" form of a TLD; BAD_USER_INPUT on field `tld` when it is not one. */
export function normalizeTld(text: string): string {
  const tld = text.trim().toLowerCase();
  const dotted = tld.startsWith('.') ? tld : `.${tld}`;
  if (!TLD_PATTERN.test(dotted)) throw badInput('tld', 'tld must look like ".com" or ".co.uk"', 'INVALID_FORMAT');
  return dotted;
}

export async function setTldPricing(ctx: RequestContext, input: TldPricingInput): Promise<TldPrice[]> {
  const problems = new FieldProblems();
  const tld = problems.collect(() => normalizeTld(input.tld))!;
  const currency = (await problems.collectAsync(() => definedCurrencies(ctx.em, [input.currency])))?.get(input.currency)!;
  const seen = new Set<number>();
  const rows = input.prices.map((p, i) => {
    const at = `prices.${i}`;
    if (!Number.isInteger(p.years) || p.years < 1 || p.years > 10) problems.add(`${at}.years`, 'years must be from 1 to 10', 'OUT_OF_RANGE');
    if (seen.has(p.years)) problems.add(`${at}.years`, `Two prices for ${p.years} year(s)`, 'DUPLICATE_IN_INPUT');
    seen.add(p.years);
    const amount = (text: string, name: string) => (currency ? problems.collect(() => amountIn(currency, text, `${at}.${name}`)) : undefined);
    return {
      years: p.years,
      registerMinor: amount(p.register, 'register')!,
      transferMinor: p.transfer == null ? undefined : amount(p.transfer, 'transfer'),
      renewMinor: amount(p.renew, 'renew')!,
    };
  });
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    await em.nativeDelete(TldPrice, { tld, currency });
    for (const row of rows) em.create(TldPrice, { tld, currency, ...row });
    await em.flush();
    recordActivity(em, ctx, { action: 'tld_pricing.set', targetType: 'TldPrice', targetId: tld, details: { tld, currency: currency.code, years: rows.map((r) => r.years) } });
  });
  return listTldPrices(ctx, tld, currency.code);
}

// ---------- configurable options

export const listConfigOptionGroups = (ctx: RequestContext) => ctx.em.find(ConfigOptionGroup, {}, { orderBy: { id: 'asc' } });

export async function saveConfigOptionGroup(ctx: RequestContext, id: number | undefined, input: ConfigOptionGroupInput): Promise<ConfigOptionGroup> {
  const existing = id === undefined ? undefined : await ctx.em.findOne(ConfigOptionGroup, { id });
  if (id !== undefined && !existing) throw notFound('ConfigOptionGroup', id);
  const problems = new FieldProblems();
  const products = await findProducts(ctx.em, input.productIds, problems);
  const options: { input: ConfigOptionGroupInput['options'][number]; choices: { name: string; prices: ResolvedPrice[] }[]; unitPrices: ResolvedPrice[] }[] = [];
  for (const [i, option] of input.options.entries()) {
    const at = `options.${i}`;
    if (option.type === ConfigOptionType.DROPDOWN) {
      if (!option.choices.length) problems.add(`${at}.choices`, `Dropdown option "${option.name}" needs at least one choice`, 'VALUE_REQUIRED');
      if (option.unitPrices.length) problems.add(`${at}.unitPrices`, 'A dropdown option is priced per choice', 'CONFLICTING_INPUT');
    } else {
      if (option.choices.length) problems.add(`${at}.choices`, 'A quantity option has no choices', 'CONFLICTING_INPUT');
      if (option.maxQuantity != null && option.maxQuantity < (option.minQuantity ?? 0)) problems.add(`${at}.maxQuantity`, 'maxQuantity must be at least minQuantity', 'CONFLICTING_INPUT');
    }
    const choices = [];
    for (const [j, choice] of option.choices.entries()) choices.push({ name: choice.name.trim(), prices: await resolveOptionPrices(ctx.em, choice.prices, problems, `${at}.choices.${j}.prices`) });
    options.push({ input: option, choices, unitPrices: await resolveOptionPrices(ctx.em, option.unitPrices, problems, `${at}.unitPrices`) });
  }
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const fields = { name: input.name.trim(), description: input.description ?? '' };
    const group = existing ? Object.assign(existing, fields) : em.create(ConfigOptionGroup, fields);
    em.persist(group);
    await em.flush();
    if (existing) {
      await em.nativeDelete(ConfigOption, { group: group.id });
      await em.nativeDelete(ConfigOptionGroupProduct, { group: group.id });
    }
    for (const product of products) em.create(ConfigOptionGroupProduct, { group, product });
    options.forEach((o, i) => {
      const quantity = o.input.type === ConfigOptionType.QUANTITY;
      const option = em.create(ConfigOption, {
        group, name: o.input.name.trim(), type: o.input.type, sortOrder: i,
        minQuantity: quantity ? (o.input.minQuantity ?? 0) : 0, maxQuantity: quantity ? (o.input.maxQuantity ?? undefined) : undefined,
      });
      o.choices.forEach((c, j) => {
        const choice = em.create(ConfigOptionChoice, { option, name: c.name, sortOrder: j });
        for (const p of c.prices) em.create(ConfigChoicePrice, { choice, ...priceData(p) });
      });
      for (const p of o.unitPrices) em.create(ConfigUnitPrice, { option, ...priceData(p) });
    });
    await em.flush();
    recordActivity(em, ctx, {
      action: existing ? 'config_option_group.update' : 'config_option_group.create', targetType: 'ConfigOptionGroup', targetId: String(group.id),
      details: { name: group.name, options: options.length, productIds: products.map((p) => p.id) },
    });
    return group;
  });
}

export async function deleteConfigOptionGroup(ctx: RequestContext, id: number): Promise<boolean> {
  const group = await ctx.em.findOne(ConfigOptionGroup, { id });
  if (!group) throw notFound('ConfigOptionGroup', id);
  await ctx.em.transactional(async (em) => {
    em.remove(group);
    recordActivity(em, ctx, { action: 'config_option_group.delete', targetType: 'ConfigOptionGroup', targetId: String(id), details: { name: group.name } });
  });
  return true;
}

// ---------- helpers

function priceData(p: ResolvedPrice) {
  return { currency: p.currency, cycle: p.cycle, amountMinor: p.amountMinor, setupFeeMinor: p.setupFeeMinor };
}

async function findProducts(em: EntityManager, ids: string[], problems: FieldProblems): Promise<Product[]> {
  const wanted = [...new Set(ids.flatMap((id, i) => problems.collect(() => toId(id, 'Product', `productIds.${i}`)) ?? []))];
  const found = wanted.length ? await em.find(Product, { id: { $in: wanted } }, { orderBy: { id: 'asc' } }) : [];
  if (found.length !== wanted.length) problems.add('productIds', 'A product does not exist', 'REFERENCE_NOT_FOUND');
  return found;
}
