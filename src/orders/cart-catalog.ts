/**
 * The catalog rows a cart needs, read in a few queries (none per item), and
 * the prices in them: a product's for a cycle, its configurable options as
 * chosen, an addon's cycle. Problems are BAD_USER_INPUT naming the cart field.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, type FieldProblems } from '../shared/errors';
import { formatAmount } from '../shared/money';
import { toId } from '../shared/ids';
import { PayType, Product } from '../catalog/product.entity';
import { AddonPrice, ProductPrice } from '../catalog/price.entity';
import { Addon, AddonProduct } from '../catalog/addon.entity';
import { TldPrice } from '../catalog/tld-price.entity';
import { ConfigChoicePrice, ConfigOption, ConfigOptionChoice, ConfigOptionGroupProduct, ConfigOptionType, ConfigUnitPrice } from '../catalog/config-option.entity';
import { BillingCycle } from '../catalog/billing-cycle';
import type { InvoiceLineDraft } from '../billing/invoice-computing';
import { LineSource, type StoredComputation } from '../billing/invoice-line-computation';
import type { CartInput } from './order.inputs';
import { readAll } from '../shared/reads';

/** A configurable option as chosen: a dropdown's choice or a quantity. */
export interface ChosenOption {
  optionId: number;
  choiceId?: number;
  quantity?: number;
}

export const CYCLE_LABELS: Record<BillingCycle, string> = {
  [BillingCycle.MONTHLY]: 'monthly',
  [BillingCycle.QUARTERLY]: 'quarterly',
  [BillingCycle.SEMI_ANNUALLY]: 'semi-annually',
  [BillingCycle.ANNUALLY]: 'annually',
  [BillingCycle.BIENNIALLY]: 'biennially',
  [BillingCycle.TRIENNIALLY]: 'triennially',
  [BillingCycle.ONE_TIME]: 'one time',
  [BillingCycle.FREE]: 'free',
};

/** Issue 16.8: how an order line was computed: a price for a cycle. */
export function priced(priceMinor: bigint, cycle: BillingCycle, currency: string, explanation: string, extra: Partial<StoredComputation> = {}): StoredComputation {
  return { source: LineSource.ORDER, priceMinor: String(priceMinor), cycle, explanation: `${explanation}: ${formatAmount(priceMinor, currency)} ${CYCLE_LABELS[cycle]}`, ...extra };
}

export interface CatalogRows {
  products: Map<number, Product>;
  productPrices: Map<number, ProductPrice[]>;
  optionsByProduct: Map<number, ConfigOption[]>;
  choices: Map<number, ConfigOptionChoice>;
  choicePrices: Map<number, ConfigChoicePrice[]>;
  unitPrices: Map<number, ConfigUnitPrice[]>;
  addons: Map<number, Addon>;
  addonProducts: Set<string>;
  addonPrices: Map<number, AddonPrice[]>;
  tlds: TldPrice[];
}

/** Every catalog row the cart needs, a few queries in all (none per item). */
export async function loadCatalog(em: EntityManager, cart: CartInput, currency: string): Promise<CatalogRows> {
  const productIds = [...new Set(cart.products.map((p, i) => toId(p.productId, 'Product', `cart.products.${i}.productId`)))];
  const addonIds = [...new Set(cart.products.flatMap((p, i) => p.addons.map((a, j) => toId(a.addonId, 'Addon', `cart.products.${i}.addons.${j}.addonId`))))];
  const byCurrency = { currency: { code: currency } };
  const [products, productPrices, optionGroups, addons, addonProducts, addonPrices, tlds] = await readAll(em, [
    () => (productIds.length ? em.find(Product, { id: { $in: productIds } }, { populate: ['group'] }) : []),
    () => (productIds.length ? em.find(ProductPrice, { product: { $in: productIds }, ...byCurrency }) : []),
    () => (productIds.length ? em.find(ConfigOptionGroupProduct, { product: { $in: productIds } }) : []),
    () => (addonIds.length ? em.find(Addon, { id: { $in: addonIds } }) : []),
    () => (addonIds.length ? em.find(AddonProduct, { addon: { $in: addonIds } }) : []),
    () => (addonIds.length ? em.find(AddonPrice, { addon: { $in: addonIds }, ...byCurrency }) : []),
    () => (cart.domains.length ? em.find(TldPrice, byCurrency) : []),
  ]);
  const groupIds = [...new Set(optionGroups.map((row) => row.group.id))];
  const options = groupIds.length ? await em.find(ConfigOption, { group: { $in: groupIds } }, { orderBy: { sortOrder: 'asc', id: 'asc' } }) : [];
  const optionIds = options.map((o) => o.id);
  const [choices, unitPrices] = await readAll(em, [
    () => (optionIds.length ? em.find(ConfigOptionChoice, { option: { $in: optionIds } }, { orderBy: { sortOrder: 'asc', id: 'asc' } }) : []),
    () => (optionIds.length ? em.find(ConfigUnitPrice, { option: { $in: optionIds }, ...byCurrency }) : []),
  ]);
  const choicePrices = choices.length ? await em.find(ConfigChoicePrice, { choice: { $in: choices.map((c) => c.id) }, ...byCurrency }) : [];
  const optionsByProduct = new Map<number, ConfigOption[]>();
  for (const row of optionGroups) {
    const list = optionsByProduct.get(row.product.id) ?? [];
    list.push(...options.filter((o) => o.group.id === row.group.id));
    optionsByProduct.set(row.product.id, list);
  }
  return {
    products: new Map(products.map((p) => [p.id, p])),
    productPrices: groupBy(productPrices, (p) => p.product.id),
    optionsByProduct,
    choices: new Map(choices.map((c) => [c.id, c])),
    choicePrices: groupBy(choicePrices, (p) => p.choice.id),
    unitPrices: groupBy(unitPrices, (p) => p.option.id),
    addons: new Map(addons.map((a) => [a.id, a])),
    addonProducts: new Set(addonProducts.map((row) => `${row.addon.id}/${row.product.id}`)),
    addonPrices: groupBy(addonPrices, (p) => p.addon.id),
    tlds,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

/** The product's price for `cycle` in the client's currency; a cycle it is not sold in is bad input. */
export function productPrice(product: Product, cycle: BillingCycle, prices: Map<number, ProductPrice[]>, at: string): { amountMinor: bigint; setupFeeMinor: bigint } {
  if (product.payType === PayType.FREE) {
    if (cycle !== BillingCycle.FREE) throw badInput(`${at}.cycle`, `${product.name} is free: order it with the FREE cycle`, 'CYCLE_NOT_OFFERED');
    return { amountMinor: 0n, setupFeeMinor: 0n };
  }
  const price = prices.get(product.id)?.find((p) => p.cycle === cycle);
  if (!price) throw badInput(`${at}.cycle`, `${product.name} is not sold ${CYCLE_LABELS[cycle]} in this currency`, 'CYCLE_NOT_OFFERED');
  return { amountMinor: BigInt(price.amountMinor), setupFeeMinor: BigInt(price.setupFeeMinor) };
}

/** The configurable options of the product as chosen (defaults for those not given), priced for the cycle; a missing price is 0. */
export function priceOptions(product: Product, cycle: BillingCycle, inputs: CartInput['products'][number]['configOptions'], catalog: CatalogRows, at: string, problems: FieldProblems, currency: string) {
  const offered = catalog.optionsByProduct.get(product.id) ?? [];
  const given = new Map<number, { input: (typeof inputs)[number]; index: number }>();
  inputs.forEach((input, index) => {
    const id = toId(input.optionId, 'ConfigOption', `${at}.${index}.optionId`);
    if (!offered.some((o) => o.id === id)) problems.add(`${at}.${index}.optionId`, `This option is not one of ${product.name}`, 'REFERENCE_NOT_FOUND');
    else if (given.has(id)) problems.add(`${at}.${index}.optionId`, 'This option is given twice', 'DUPLICATE_IN_INPUT');
    else given.set(id, { input, index });
  });
  const chosen: ChosenOption[] = [];
  const lines: InvoiceLineDraft[] = [];
  let amountMinor = 0n;
  let setupFeeMinor = 0n;
  for (const option of offered) {
    const entry = given.get(option.id);
    const input = entry?.input;
    if (option.type === ConfigOptionType.DROPDOWN) {
      if (input?.quantity != null) problems.add(`${at}.${entry!.index}.quantity`, `${option.name} is a choice, not a quantity`, 'CONFLICTING_INPUT');
      const choiceId = input?.choiceId != null ? toId(input.choiceId, 'ConfigOptionChoice', `${at}.${entry!.index}.choiceId`) : undefined;
      const choice = choiceId !== undefined ? catalog.choices.get(choiceId) : [...catalog.choices.values()].find((c) => c.option.id === option.id);
      if (!choice || choice.option.id !== option.id) {
        problems.add(`${at}.${entry?.index ?? 0}.choiceId`, `No such choice of ${option.name}`, 'REFERENCE_NOT_FOUND');
        continue;
      }
      const price = catalog.choicePrices.get(choice.id)?.find((p) => p.cycle === cycle);
      chosen.push({ optionId: option.id, choiceId: choice.id });
      amountMinor += BigInt(price?.amountMinor ?? 0n);
      setupFeeMinor += BigInt(price?.setupFeeMinor ?? 0n);
      if (price && BigInt(price.amountMinor) > 0n) {
        lines.push({ description: `${product.name}: ${option.name}: ${choice.name}`, amountMinor: BigInt(price.amountMinor), computation: priced(BigInt(price.amountMinor), cycle, currency, `${option.name}: ${choice.name}`) });
      }
    } else {
      if (input?.choiceId != null) problems.add(`${at}.${entry!.index}.choiceId`, `${option.name} is a quantity, not a choice`, 'CONFLICTING_INPUT');
      const quantity = input?.quantity ?? option.minQuantity;
      if (quantity < option.minQuantity || (option.maxQuantity != null && quantity > option.maxQuantity)) {
        problems.add(`${at}.${entry!.index}.quantity`, `${option.name}: from ${option.minQuantity}${option.maxQuantity != null ? ` to ${option.maxQuantity}` : ''}`, 'OUT_OF_RANGE');
        continue;
      }
      const price = catalog.unitPrices.get(option.id)?.find((p) => p.cycle === cycle);
      chosen.push({ optionId: option.id, quantity });
      const amount = BigInt(price?.amountMinor ?? 0n) * BigInt(quantity);
      amountMinor += amount;
      setupFeeMinor += quantity > 0 ? BigInt(price?.setupFeeMinor ?? 0n) : 0n;
      if (amount > 0n) {
        lines.push({ description: `${product.name}: ${option.name} × ${quantity}`, amountMinor: amount, computation: priced(BigInt(price!.amountMinor), cycle, currency, `${option.name}: ${quantity} × unit price`, { quantity }) });
      }
    }
  }
  return { chosen, lines, amountMinor, setupFeeMinor };
}

/** The addon's cycle: the one asked for, else the product's when the addon is priced in it, else the addon's only price (FREE for free addons). */
export function addonCycle(addon: Addon, asked: BillingCycle | undefined, productCycle: BillingCycle, prices: AddonPrice[], at: string): BillingCycle {
  if (addon.payType === PayType.FREE) {
    if (asked && asked !== BillingCycle.FREE) throw badInput(at, `${addon.name} is free`, 'CYCLE_NOT_OFFERED');
    return BillingCycle.FREE;
  }
  if (asked) {
    if (!prices.some((p) => p.cycle === asked)) throw badInput(at, `${addon.name} is not sold ${CYCLE_LABELS[asked]} in this currency`, 'CYCLE_NOT_OFFERED');
    return asked;
  }
  if (prices.some((p) => p.cycle === productCycle)) return productCycle;
  if (prices.length === 1) return prices[0].cycle;
  throw badInput(at, `Choose the billing cycle of ${addon.name}`, prices.length ? 'VALUE_REQUIRED' : 'CYCLE_NOT_OFFERED');
}
