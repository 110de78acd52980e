import { globalId } from '../shared/ids';

/**
 * Keys of activity details that hold a record's table key, with the API type
 * whose global id they are shown as: the API never shows a table key, here
 * neither. Every key ending in "Id" that activity details use is either here
 * or in NOT_RECORD_KEYS (test/activity/activity-details.test.ts checks).
 */
export const DETAIL_ID_TYPES: Readonly<Record<string, string>> = {
  jobId: 'ModuleJob',
  serverId: 'Server',
  productId: 'Product',
  fromProductId: 'Product',
  toProductId: 'Product',
  previousProductId: 'Product',
  orderId: 'Order',
  cancellationRequestId: 'CancellationRequest',
  discountId: 'ClientDiscount',
  transactionId: 'Transaction',
  paymentId: 'Transaction',
  refundId: 'Transaction',
  queuedByStaffId: 'Staff',
  discardedClientId: 'Client',
  impersonationSessionId: 'AuthSession',
};

/** Detail keys ending in "Id" that name something outside this database: a mail's Message-ID, a payment gateway's own transaction id. */
export const NOT_RECORD_KEYS: ReadonlySet<string> = new Set(['messageId', 'gatewayTransactionId']);

/** The details as the API shows them: record keys as global ids, everything else as stored. */
export function detailsForApi(details: Record<string, unknown>): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(details)) {
    const type = DETAIL_ID_TYPES[name];
    shown[name] = type && (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) ? globalId(type, value) : value;
  }
  return shown;
}
