import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { loaderById, loaderByParent } from '../shared/batch-loaders';
import { onOffer } from './catalog-visibility';
import { ProductGroup } from './product-group.entity';
import { AddonPrice, ProductPrice } from './price.entity';
import { AddonProduct, ProductUpgrade } from './addon.entity';
import { PromotionProduct } from './promotion.entity';
import { ConfigChoicePrice, ConfigOption, ConfigOptionChoice, ConfigOptionGroupProduct, ConfigUnitPrice } from './config-option.entity';
import { Product } from './product.entity';
import { Addon } from './addon.entity';
import type { ConfigOptionGroup } from './config-option.entity';

/** Per-request batch loaders of the catalog's relations: one query per relation level, whatever the list size. */
export function createCatalogLoaders(em: EntityManager) {
  const priceOrder = { currency: { code: 'asc' }, cycle: 'asc', id: 'asc' } as const;

  return {
    productGroup: loaderById(em, ProductGroup),
    addon: loaderById(em, Addon),
    /** Whether each product is in the catalog (one query; ids only, so no half-loaded product enters the identity map). */
    inCatalog: new DataLoader<number, boolean>(async (ids) => {
      const found = await em.find(Product, { $and: [{ id: { $in: [...ids] } }, onOffer()] }, { fields: ['id'], disableIdentityMap: true });
      const keys = new Set(found.map((product) => product.id));
      return ids.map((id) => keys.has(id));
    }),
    pricesByProduct: loaderByParent(
      (ids) => em.find(ProductPrice, { product: { $in: ids } }, { populate: ['currency'], orderBy: priceOrder }),
      (price) => price.product.id,
    ),
    pricesByAddon: loaderByParent(
      (ids) => em.find(AddonPrice, { addon: { $in: ids } }, { populate: ['currency'], orderBy: priceOrder }),
      (price) => price.addon.id,
    ),
    upgradeTargetsByProduct: loaderByParent(
      (ids) => em.find(ProductUpgrade, { product: { $in: ids } }, { populate: ['target'], orderBy: { target: { id: 'asc' } } }),
      (row) => row.product.id,
    ),
    addonsByProduct: loaderByParent(
      (ids) => em.find(AddonProduct, { product: { $in: ids } }, { populate: ['addon'], orderBy: { addon: { id: 'asc' } } }),
      (row) => row.product.id,
    ),
    productsByAddon: loaderByParent(
      (ids) => em.find(AddonProduct, { addon: { $in: ids } }, { populate: ['product'], orderBy: { product: { id: 'asc' } } }),
      (row) => row.addon.id,
    ),
    productsByPromotion: loaderByParent(
      (ids) => em.find(PromotionProduct, { promotion: { $in: ids } }, { populate: ['product'], orderBy: { product: { id: 'asc' } } }),
      (row) => row.promotion.id,
    ),
    optionGroupsByProduct: loaderByParent(
      (ids) => em.find(ConfigOptionGroupProduct, { product: { $in: ids } }, { populate: ['group'], orderBy: { group: { id: 'asc' } } }),
      (row) => row.product.id,
    ),
    productsByOptionGroup: loaderByParent(
      (ids) => em.find(ConfigOptionGroupProduct, { group: { $in: ids } }, { populate: ['product'], orderBy: { product: { id: 'asc' } } }),
      (row) => row.group.id,
    ),
    optionsByGroup: loaderByParent(
      (ids) => em.find(ConfigOption, { group: { $in: ids } }, { orderBy: { sortOrder: 'asc', id: 'asc' } }),
      (row) => row.group.id,
    ),
    choicesByOption: loaderByParent(
      (ids) => em.find(ConfigOptionChoice, { option: { $in: ids } }, { orderBy: { sortOrder: 'asc', id: 'asc' } }),
      (row) => row.option.id,
    ),
    pricesByChoice: loaderByParent(
      (ids) => em.find(ConfigChoicePrice, { choice: { $in: ids } }, { populate: ['currency'], orderBy: priceOrder }),
      (row) => row.choice.id,
    ),
    unitPricesByOption: loaderByParent(
      (ids) => em.find(ConfigUnitPrice, { option: { $in: ids } }, { populate: ['currency'], orderBy: priceOrder }),
      (row) => row.option.id,
    ),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
export type { Product, Addon, ConfigOptionGroup };
