import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProductGroup } from './product-group.entity';
import { AddonPrice, ProductPrice } from './price.entity';
import { AddonProduct, ProductUpgrade } from './addon.entity';
import { PromotionProduct } from './promotion.entity';
import { ConfigChoicePrice, ConfigOption, ConfigOptionChoice, ConfigOptionGroupProduct, ConfigUnitPrice } from './config-option.entity';
import type { Product } from './product.entity';
import type { Addon } from './addon.entity';
import type { ConfigOptionGroup } from './config-option.entity';

/** Per-request batch loaders of the catalog's relations: one query per relation level, whatever the list size. */
export function createCatalogLoaders(em: EntityManager) {
  const byParent = <T>(load: (ids: number[]) => Promise<T[]>, parentOf: (row: T) => number) =>
    new DataLoader<number, T[]>(async (ids) => {
      const rows = await load([...ids]);
      return ids.map((id) => rows.filter((row) => parentOf(row) === id));
    });
  const priceOrder = { currency: { code: 'asc' }, cycle: 'asc', id: 'asc' } as const;

  return {
    productGroup: new DataLoader<number, ProductGroup | undefined>(async (ids) => {
      const rows = await em.find(ProductGroup, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((g) => g.id === id));
    }),
    pricesByProduct: byParent(
      (ids) => em.find(ProductPrice, { product: { $in: ids } }, { populate: ['currency'], orderBy: priceOrder }),
      (price) => price.product.id,
    ),
    pricesByAddon: byParent(
      (ids) => em.find(AddonPrice, { addon: { $in: ids } }, { populate: ['currency'], orderBy: priceOrder }),
      (price) => price.addon.id,
    ),
    upgradeTargetsByProduct: byParent(
      (ids) => em.find(ProductUpgrade, { product: { $in: ids } }, { populate: ['target'], orderBy: { target: { id: 'asc' } } }),
      (row) => row.product.id,
    ),
    addonsByProduct: byParent(
      (ids) => em.find(AddonProduct, { product: { $in: ids } }, { populate: ['addon'], orderBy: { addon: { id: 'asc' } } }),
      (row) => row.product.id,
    ),
    productsByAddon: byParent(
      (ids) => em.find(AddonProduct, { addon: { $in: ids } }, { populate: ['product'], orderBy: { product: { id: 'asc' } } }),
      (row) => row.addon.id,
    ),
    productsByPromotion: byParent(
      (ids) => em.find(PromotionProduct, { promotion: { $in: ids } }, { orderBy: { product: { id: 'asc' } } }),
      (row) => row.promotion.id,
    ),
    optionGroupsByProduct: byParent(
      (ids) => em.find(ConfigOptionGroupProduct, { product: { $in: ids } }, { populate: ['group'], orderBy: { group: { id: 'asc' } } }),
      (row) => row.product.id,
    ),
    productsByOptionGroup: byParent(
      (ids) => em.find(ConfigOptionGroupProduct, { group: { $in: ids } }, { populate: ['product'], orderBy: { product: { id: 'asc' } } }),
      (row) => row.group.id,
    ),
    optionsByGroup: byParent(
      (ids) => em.find(ConfigOption, { group: { $in: ids } }, { orderBy: { sortOrder: 'asc', id: 'asc' } }),
      (row) => row.group.id,
    ),
    choicesByOption: byParent(
      (ids) => em.find(ConfigOptionChoice, { option: { $in: ids } }, { orderBy: { sortOrder: 'asc', id: 'asc' } }),
      (row) => row.option.id,
    ),
    pricesByChoice: byParent(
      (ids) => em.find(ConfigChoicePrice, { choice: { $in: ids } }, { populate: ['currency'], orderBy: priceOrder }),
      (row) => row.choice.id,
    ),
    unitPricesByOption: byParent(
      (ids) => em.find(ConfigUnitPrice, { option: { $in: ids } }, { populate: ['currency'], orderBy: priceOrder }),
      (row) => row.option.id,
    ),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
export type { Product, Addon, ConfigOptionGroup };
