import type { EntityManager } from '@mikro-orm/postgresql';
import { pagesByParent, readFieldColumns } from '../shared/batch-loaders';
import { CreditEntry } from './credit-entry.entity';

// What the credit log reads for the fields its selection asks (issue 12): the amounts need their minor units and the currency.
readFieldColumns(CreditEntry, {
  always: ['currency'],
  fields: {
    amount: ['amountMinor'], balanceBefore: ['balanceAfterMinor', 'amountMinor'], balanceAfter: ['balanceAfterMinor'],
    invoice: ['invoiceId'], staff: ['staffId'], impersonator: ['impersonatorStaffId'],
  },
});

/** Per-request batch loaders of the credit log. */
export function createCreditLoaders(em: EntityManager) {
  return {
    /** Newest first, as the root `creditLog`. */
    creditPagesByClient: pagesByParent(em, CreditEntry, 'client', { descending: true }),
  };
}
