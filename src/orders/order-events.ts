/**
 * Issue 14.6 (OR-4): the ORDER_CHANGED event. Each event carries the order's
 * status and every item's progress as they were at that change, so a
 * subscriber sees every transition in order, not only the latest state.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { publishOnCommit } from '../shared/after-commit';
import type { OrderChangedPayload } from '../shared/event-bus';
import { ModuleJobStatus } from '../provisioning/module-job.entity';
import { Order, OrderItem, OrderItemStatus } from './order.entity';

export type ItemProgress = 'PENDING' | 'QUEUED' | 'RUNNING' | 'RETRYING' | 'DONE' | 'FAILED' | 'CANCELLED';

const JOB_PROGRESS: Partial<Record<ModuleJobStatus, ItemProgress>> = {
  [ModuleJobStatus.QUEUED]: 'QUEUED',
  [ModuleJobStatus.RUNNING]: 'RUNNING',
  [ModuleJobStatus.RETRYING]: 'RETRYING',
  [ModuleJobStatus.FAILED]: 'FAILED',
};

/**
 * Publishes the order's state once the transaction `em` works in commits (at
 * once outside one). `progress` names items whose progress the database does
 * not show yet (a create about to be queued, a job whose outcome is being recorded).
 */
export async function publishOrderChanged(em: EntityManager, order: Order, change: OrderChangedPayload['change'], progress = new Map<number, ItemProgress>()): Promise<void> {
  const items = await em.find(OrderItem, { order: order.id }, { orderBy: { position: 'asc' } });
  const serviceIds = items.flatMap((item) => (item.service ? [item.service.id] : []));
  const jobs: { service_id: number; status: ModuleJobStatus }[] = serviceIds.length ? await em.getConnection().execute(
    `select distinct on (service_id) service_id, status from module_job where command = 'create' and service_id in (${serviceIds.map(() => '?').join(', ')}) order by service_id, id desc`,
    serviceIds, 'all', em.getTransactionContext(),
  ) : [];
  const jobOf = new Map(jobs.map((job) => [Number(job.service_id), job.status]));
  await publishOnCommit(em, 'ORDER_CHANGED', {
    change, orderId: order.id, clientId: order.client.id, status: order.status, at: new Date().toISOString(),
    items: items.map((item) => {
      const job = item.service ? jobOf.get(item.service.id) : undefined;
      const current: ItemProgress = item.status === OrderItemStatus.ACCEPTED ? 'DONE'
        : item.status === OrderItemStatus.CANCELLED ? 'CANCELLED'
        : (job && JOB_PROGRESS[job]) ?? 'PENDING';
      const shown = progress.get(item.id) ?? current;
      return { id: item.id, position: item.position, progress: shown, ...(shown === 'FAILED' && item.lastError ? { error: item.lastError } : {}) };
    }),
  });
}
