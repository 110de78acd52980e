import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../shared/context';
import { publishOnCommit } from '../shared/after-commit';
import { badInput, notFound } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { ActivityLogEntry } from '../activity/activity-log-entry.entity';
import { Client } from './client.entity';
import { ownedRecords, type ClientSnapshot, type OwnedRecords } from './client-ownership';
import { clientExtensions } from './client-extensions';
import { assertCanAccessClient } from '../auth/client-access';
import { revokeSessions } from '../auth/auth.service';
import { updateRows } from '../shared/update-rows';

/**
 * CL-7: merges `discardId` into `keepId` (the survivor keeps its profile). In
 * one transaction, with both client rows locked (lower id first, so two merges
 * cannot deadlock): every registered owner moves its records, the survivor's
 * balance becomes the exact sum of both (a MERGE line in its credit log says
 * so), and the discarded client is removed. Clients with different currencies
 * cannot be merged: their balances would not add up exactly.
 */
export async function mergeClients(ctx: RequestContext, keepId: number, discardId: number): Promise<Client> {
  assertCanAccessClient(ctx, keepId);
  if (keepId === discardId) throw badInput('discardId', 'A client cannot be merged into itself', 'TARGET_IS_SELF');
  const survivor = await ctx.em.transactional(async (em) => {
    const [first, second] = keepId < discardId ? [keepId, discardId] : [discardId, keepId];
    const locked = new Map<number, Client | null>();
    for (const id of [first, second]) locked.set(id, await em.findOne(Client, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }));
    const keep = locked.get(keepId);
    const discard = locked.get(discardId);
    if (!keep) throw notFound('Client', keepId);
    if (!discard) throw notFound('Client', discardId);
    if (keep.currency !== discard.currency) {
      throw badInput('discardId', `The clients have different currencies (${keep.currency}, ${discard.currency}); their balances cannot be added`, 'CURRENCY_MISMATCH');
    }
    const moved = BigInt(discard.creditBalanceMinor);

    for (const owner of ownedRecords()) await owner.moveToClient(em, discardId, keepId);
    clientExtensions().mergeCredit(em, ctx, keep, discard);
    await em.flush();
    await em.nativeDelete(Client, { id: discardId });
    recordActivity(em, ctx, {
      action: 'client.merge',
      targetType: 'Client',
      targetId: String(keepId),
      clientId: keepId,
      details: { discardedClientId: discardId, discardedEmail: discard.email, creditMovedMinor: moved.toString() },
    });
    const at = new Date().toISOString();
    await publishOnCommit(em, 'CLIENT_CHANGED', { change: 'DELETED', clientId: discardId, at });
    await publishOnCommit(em, 'CLIENT_CHANGED', { change: 'UPDATED', clientId: keepId, at });
    return keep;
  });
  return survivor;
}

/**
 * CL-8: deletes clients and everything they own, in one transaction, except
 * financial records: those are kept with the client's name and email
 * snapshotted. Refused (nothing changes) without `confirm: true` or when any
 * id is unknown.
 */
export async function deleteClients(ctx: RequestContext, ids: number[], confirm: boolean): Promise<number[]> {
  if (confirm !== true) throw badInput('confirm', 'Deleting clients requires confirm: true', 'VALUE_REQUIRED');
  const unique = [...new Set(ids)];
  if (!unique.length) throw badInput('ids', 'Name at least one client', 'VALUE_REQUIRED');
  for (const id of unique) assertCanAccessClient(ctx, id);
  await ctx.em.transactional(async (em) => {
    const clients = await em.find(Client, { id: { $in: unique } }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } });
    const missing = unique.find((id) => !clients.some((c) => c.id === id));
    if (missing !== undefined) throw notFound('Client', missing);
    for (const client of clients) {
      const snapshot: ClientSnapshot = { id: client.id, name: `${client.firstName} ${client.lastName}`.trim(), email: client.email };
      for (const owner of ownedRecords()) await owner.deleteForClient(em, snapshot);
      recordActivity(em, ctx, { action: 'client.delete', targetType: 'Client', targetId: String(client.id), clientId: client.id, details: { email: client.email, name: snapshot.name } });
    }
    await em.nativeDelete(Client, { id: { $in: unique } });
    const at = new Date().toISOString();
    for (const id of unique) await publishOnCommit(em, 'CLIENT_CHANGED', { change: 'DELETED', clientId: id, at });
  });
  return unique;
}

/**
 * The activity log moves with a merged client. On delete it is kept: it is
 * the operator's audit trail (who did what, including the deletion itself),
 * and its entries hold plain ids, not foreign keys.
 */
export const activityLogOwnedRecords: OwnedRecords = {
  name: 'activity-log',
  async moveToClient(em, fromClientId, toClientId) {
    await updateRows(em, ActivityLogEntry, { clientId: fromClientId }, { clientId: toClientId });
  },
  async deleteForClient() {},
};

/** CL-7/CL-8: a merged-away or deleted client's sessions (its users' included) end before the rows go with the client. */
export const sessionOwnedRecords: OwnedRecords = {
  name: 'sessions',
  async moveToClient(em, fromClientId) {
    await revokeSessions(em, { client: fromClientId });
  },
  async deleteForClient(em, client) {
    await revokeSessions(em, { client: client.id });
  },
};
