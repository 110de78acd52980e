import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Domain } from './domain.entity';
import { Service } from './service.entity';

/**
 * The lock order of changes to a client's records: the client first, then an
 * order, its invoices, services and domains (each in id order), module jobs,
 * addons, products. Placing, paying, accepting and cancelling orders lock the
 * client FOR UPDATE; a worker recording a job, a command, a staff edit, a
 * mass update, a move (both clients), a registry message and the daily run's
 * renewal batch take it here first, so they queue on the client instead of
 * each holding a row the other waits for (a deadlock). FOR NO KEY UPDATE: it
 * waits for those, but not for inserts that merely refer to the client (a new
 * invoice, mail or activity row).
 */
function lockClientOf(em: EntityManager, table: 'service' | 'domain', id: number): Promise<unknown> {
  return em.getConnection().execute(
    `select 1 from client where id = (select client_id from ${table} where id = ?) for no key update`, [id], 'all', em.getTransactionContext(),
  );
}

/** Before records of these clients are locked or changed (a move: the old and the new owner): the clients, in id order (see above). */
export async function lockClients(em: EntityManager, clientIds: number[]): Promise<void> {
  await em.getConnection().execute(
    `select 1 from client where id in (${clientIds.map(() => '?').join(', ')}) order by id for no key update`, clientIds, 'all', em.getTransactionContext(),
  );
}

/**
 * Several records of the clients locked before any is changed, in the order
 * above: the clients, then the services, domains and addons, each in id order.
 */
export async function lockClientRecords(em: EntityManager, clientIds: number[], records: { services: number[]; domains: number[]; addons: number[] }): Promise<void> {
  await lockClients(em, clientIds);
  for (const [table, ids] of [['service', records.services], ['domain', records.domains], ['service_addon', records.addons]] as const) {
    if (!ids.length) continue;
    await em.getConnection().execute(
      `select 1 from ${table} where id in (${ids.map(() => '?').join(', ')}) order by id for update`, ids, 'all', em.getTransactionContext(),
    );
  }
}

/** Before a service is locked or changed: its client (see above). */
export async function lockClientOfService(em: EntityManager, serviceId: number): Promise<void> {
  await lockClientOf(em, 'service', serviceId);
}

/** Before a domain is locked or changed: its client (see above). */
export async function lockClientOfDomain(em: EntityManager, domainId: number): Promise<void> {
  await lockClientOf(em, 'domain', domainId);
}

/** A service locked (and read afresh) for a change, after its client. */
export async function lockService(em: EntityManager, serviceId: number): Promise<Service> {
  await lockClientOfService(em, serviceId);
  return em.findOneOrFail(Service, { id: serviceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** A domain locked (and read afresh) for a change, after its client. */
export async function lockDomain(em: EntityManager, domainId: number): Promise<Domain> {
  await lockClientOfDomain(em, domainId);
  return em.findOneOrFail(Domain, { id: domainId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}
