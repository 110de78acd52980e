import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The lock order of a service's changes: its client first, then the service,
 * then its module job. Placing, paying, accepting and cancelling orders lock
 * the client first too (then the order, the invoice, the services), so a worker
 * recording a job, staff changing a service and an order's cancellation queue
 * on the client instead of each holding a row the other waits for (a deadlock).
 * FOR NO KEY UPDATE waits for those (FOR UPDATE) but not for inserts that refer
 * to the client, such as the daily run's renewal invoices, which lock their
 * services first.
 */
export async function lockClientOfService(em: EntityManager, serviceId: number): Promise<void> {
  await em.getConnection().execute(
    'select 1 from client where id = (select client_id from service where id = ?) for no key update', [serviceId], 'all', em.getTransactionContext(),
  );
}
