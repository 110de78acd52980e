import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { publishOnCommit } from '../shared/after-commit';
import { recordActivity } from '../activity/activity.service';
import { Client, ClientStatus } from '../clients/client.entity';
import { Service } from './service.entity';
import { ServiceStatus } from './service-status';
import { Domain, DomainStatus } from './domain.entity';
import { readAll } from '../shared/reads';

/**
 * CL-5: unless its status auto-update is disabled, a client's status follows
 * its services: Active while any service (or domain) is Active, Inactive
 * otherwise. A Closed client stays Closed: closing is a decision, not a state
 * of its services. Call it in the transaction that changed the services;
 * each client whose status changed is published once that transaction has committed.
 */
export async function followServices(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, clientIds: readonly number[]): Promise<void> {
  await em.flush(); // the counts below must see the caller's changes
  for (const id of new Set(clientIds)) {
    const client = await em.findOne(Client, { id });
    if (!client || client.statusAutoUpdateDisabled || client.status === ClientStatus.CLOSED) continue;
    const [services, domains] = await readAll(em, [
      () => em.count(Service, { client: id, status: ServiceStatus.ACTIVE }),
      () => em.count(Domain, { client: id, status: DomainStatus.ACTIVE }),
    ]);
    const status = services + domains > 0 ? ClientStatus.ACTIVE : ClientStatus.INACTIVE;
    if (status === client.status) continue;
    recordActivity(em, ctx, { action: 'client.status.follow', targetType: 'Client', targetId: String(id), clientId: id, details: { from: client.status, to: status } });
    client.status = status;
    await publishOnCommit(em, 'CLIENT_CHANGED', { change: 'STATUS_CHANGED', clientId: id, at: new Date().toISOString() });
  }
  await em.flush();
}
