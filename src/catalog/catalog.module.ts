import { Product } from './product.entity';
import { catalogEntities } from './catalog.entities';
import { ProductResolver } from './product.resolver';
import { catalogResolvers } from './catalog.resolver';
import { createCatalogLoaders } from './catalog.loaders';

/** What products, prices, addons, promotions and configurable options bring to the application (assembled in src/composition.ts). */
export const entities = [Product, ...catalogEntities];
export const resolvers = [ProductResolver, ...catalogResolvers] as const;
export const createLoaders = createCatalogLoaders;
