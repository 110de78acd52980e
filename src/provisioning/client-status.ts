import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import type { EventBus } from '../shared/event-bus';
import { recordActivity } from '../activity/activity.service';
import { Client, ClientStatus } from '../clients/client.entity';
import { Service } from './service.entity';
import { ServiceStatus } from './service-status';
import { Domain, DomainStatus } from './domain.entity';

/**
 * CL-5: unless its status auto-update is disabled, a client's status follows
 * its services: Active while any service (or domain) is Active, Inactive
 * otherwise. A Closed client stays Closed: closing is a decision, not a state
 * of its services. Call it in the transaction that changed the services;
 * publish the returned ids with publishStatusChanges once it has committed.
 */
export async function followServices(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, clientIds: readonly number[]): Promise<number[]> {
  await em.flush(); // the counts below must see the caller's changes
  const changed: number[] = [];
  for (const id of new Set(clientIds)) {
    const client = await em.findOne(Client, { id });
    if (!client || client.statusAutoUpdateDisabled || client.status === ClientStatus.CLOSED) continue;
    const [services, domains] = await Promise.all([
      em.count(Service, { client: id, status: ServiceStatus.ACTIVE }),
      em.count(Domain, { client: id, status: DomainStatus.ACTIVE }),
    ]);
    const status = services + domains > 0 ? ClientStatus.ACTIVE : ClientStatus.INACTIVE;
    if (status === client.status) continue;
    recordActivity(em, ctx, { action: 'client.status.follow', targetType: 'Client', targetId: String(id), clientId: id, details: { from: client.status, to: status } });
    client.status = status;
    changed.push(id);
  }
  await em.flush();
  return changed;
}

export function publishStatusChanges(events: EventBus, clientIds: readonly number[]): void {
  const at = new Date().toISOString();
  for (const clientId of clientIds) events.publish('CLIENT_CHANGED', { clientId, change: 'STATUS_CHANGED', at });
}
