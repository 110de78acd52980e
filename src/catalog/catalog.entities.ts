import { ProductGroup } from './product-group.entity';
import { AddonPrice, ProductPrice } from './price.entity';
import { Addon, AddonProduct, ProductUpgrade } from './addon.entity';
import { Promotion, PromotionProduct } from './promotion.entity';
import { TldPrice } from './tld-price.entity';
import { ConfigChoicePrice, ConfigOption, ConfigOptionChoice, ConfigOptionGroup, ConfigOptionGroupProduct, ConfigUnitPrice } from './config-option.entity';

/** The catalog's entities besides Product (listed in catalog.module.ts). */
export const catalogEntities = [
  ProductGroup,
  ProductPrice,
  Addon,
  AddonPrice,
  AddonProduct,
  ProductUpgrade,
  Promotion,
  PromotionProduct,
  TldPrice,
  ConfigOptionGroup,
  ConfigOptionGroupProduct,
  ConfigOption,
  ConfigOptionChoice,
  ConfigChoicePrice,
  ConfigUnitPrice,
];
