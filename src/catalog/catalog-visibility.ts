import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { Product } from './product.entity';
import { ProductGroup } from './product-group.entity';
import { Addon, AddonProduct } from './addon.entity';
import { AddonPrice, ProductPrice } from './price.entity';
import { ConfigChoicePrice, ConfigOption, ConfigOptionChoice, ConfigOptionGroup, ConfigOptionGroupProduct, ConfigUnitPrice } from './config-option.entity';
import { TldPrice } from './tld-price.entity';

/**
 * What clients and visitors see of the catalog, in one place (issue 4.3,
 * 13.3): the `catalog` list, the fields under its products and `node(id:)`
 * all apply these rules, so an object is reachable by id exactly when the
 * catalog shows it. Staff see everything.
 */

/** Products on offer: neither hidden nor retired, and not in a hidden group (a new object each time: queries may change theirs). */
export const onOffer = (): FilterQuery<Product> => ({ hidden: false, retired: false, $or: [{ group: null }, { group: { hidden: false } }] });

/** Addons on offer under a product of the catalog: orderable by clients and not hidden. */
export const isOfferedAddon = (addon: Addon): boolean => addon.clientOrderable && !addon.hidden;

const isStaff = (ctx: RequestContext) => ctx.viewer?.kind === 'staff';

/** Whether product `key` is in the catalog (batched per request). */
const inCatalog = (ctx: RequestContext, key: number): Promise<boolean> => ctx.loaders.catalog.inCatalog.load(key);

/** Option groups and addons are seen through the catalog's products they are attached to. */
async function attachedToCatalog(ctx: RequestContext, entity: typeof AddonProduct | typeof ConfigOptionGroupProduct, owner: 'addon' | 'group', key: number): Promise<boolean> {
  return (await ctx.em.count(entity, { [owner]: key, product: onOffer() } as never)) > 0;
}

type Visible<T> = (ctx: RequestContext, record: T) => Promise<boolean>;

const optionGroupVisible: Visible<{ id: number }> = (ctx, group) => attachedToCatalog(ctx, ConfigOptionGroupProduct, 'group', group.id);
const optionVisible: Visible<ConfigOption> = (ctx, option) => optionGroupVisible(ctx, { id: option.group.id });
const choiceVisible: Visible<ConfigOptionChoice> = async (ctx, choice) => {
  const option = await ctx.em.findOne(ConfigOption, { id: choice.option.id });
  return option != null && optionVisible(ctx, option);
};
const addonVisible: Visible<Addon> = async (ctx, addon) => isOfferedAddon(addon) && attachedToCatalog(ctx, AddonProduct, 'addon', addon.id);

/** The catalog's Node types: their entity, what staff load with them, and when others see them. */
const CATALOG_NODES: Record<string, { entity: new () => object; populate?: string[]; visible: Visible<any> }> = {
  Product: { entity: Product, visible: (ctx, product: Product) => inCatalog(ctx, product.id) },
  // A group shows in the catalog as the group of a product on offer.
  ProductGroup: { entity: ProductGroup, visible: async (ctx, group: ProductGroup) => (await ctx.em.count(Product, { $and: [onOffer(), { group: group.id }] })) > 0 },
  ProductPrice: { entity: ProductPrice, populate: ['currency'], visible: (ctx, price: ProductPrice) => inCatalog(ctx, price.product.id) },
  Addon: { entity: Addon, visible: addonVisible },
  AddonPrice: {
    entity: AddonPrice, populate: ['currency', 'addon'], visible: (ctx, price: AddonPrice) => addonVisible(ctx, price.addon.getEntity()),
  },
  ConfigOptionGroup: { entity: ConfigOptionGroup, visible: optionGroupVisible },
  ConfigOption: { entity: ConfigOption, visible: optionVisible },
  ConfigOptionChoice: { entity: ConfigOptionChoice, visible: choiceVisible },
  ConfigChoicePrice: { entity: ConfigChoicePrice, populate: ['currency', 'choice'], visible: (ctx, price: ConfigChoicePrice) => choiceVisible(ctx, price.choice.getEntity()) },
  ConfigUnitPrice: { entity: ConfigUnitPrice, populate: ['currency', 'option'], visible: (ctx, price: ConfigUnitPrice) => optionVisible(ctx, price.option.getEntity()) },
  // Domain prices are public (`tldPrices`).
  TldPrice: { entity: TldPrice, populate: ['currency'], visible: async () => true },
};

export const CATALOG_NODE_TYPES = Object.keys(CATALOG_NODES);

/** A catalog object by Node type and key: for staff any, for others only one the catalog shows; else null. */
export async function findCatalogNode(ctx: RequestContext, type: string, key: number): Promise<object | null> {
  const node = CATALOG_NODES[type];
  if (!node) return null;
  const record = await ctx.em.findOne(node.entity, { id: key } as never, { populate: (node.populate ?? []) as never[] });
  if (!record) return null;
  return isStaff(ctx) || (await node.visible(ctx, record)) ? record : null;
}
