import type { EntityManager } from '@mikro-orm/postgresql';
import { pagesByParent } from '../shared/batch-loaders';
import { CreditEntry } from './credit-entry.entity';

/** Per-request batch loaders of the credit log. */
export function createCreditLoaders(em: EntityManager) {
  return {
    /** Newest first, as the root `creditLog`. */
    creditPagesByClient: pagesByParent(em, CreditEntry, 'client', { descending: true }),
  };
}
