import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByParent, readRows } from '../shared/batch-loaders';
import { Promotion } from '../catalog/promotion.entity';
import { OrderItem } from './order.entity';

/** Per-request batch loaders of order relations (issue 14.8: no N+1 on order lists). */
export function createOrderLoaders(em: EntityManager) {
  return {
    itemsByOrder: loaderByParent(
      (ids) => readRows(em, OrderItem, { order: { $in: ids } }, { position: 'asc' }),
      (item) => item.order.id,
    ),
    /** With their currency, which a FIXED promotion's amount shows. */
    promotion: new DataLoader<number, Promotion | undefined>(async (ids) => {
      const rows = await em.find(Promotion, { id: { $in: [...ids] } }, { populate: ['currency'] });
      return ids.map((id) => rows.find((row) => row.id === id));
    }),
  };
}
