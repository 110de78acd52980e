import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { conflict } from '../shared/errors';
import { FillStrategy, ServerGroup } from '../catalog/server-group.entity';
import { Server } from './server.entity';
import { OCCUPYING_STATUSES } from './service-status';

export interface ServerLoad {
  id: number;
  enabled: boolean;
  maxAccounts: number;
  /** Pending, active and suspended services on it. */
  used: number;
}

/**
 * The pure rule: among enabled servers with room (used < maxAccounts),
 * LEAST_FULL takes the lowest share used/maxAccounts (ties: fewer accounts,
 * then lowest id); FILL_UNTIL_FULL takes the lowest id. Undefined when none has room.
 */
export function chooseServer(strategy: FillStrategy, servers: readonly ServerLoad[]): number | undefined {
  const candidates = servers.filter((s) => s.enabled && s.used < s.maxAccounts);
  if (!candidates.length) return undefined;
  const sorted = [...candidates].sort((a, b) => {
    if (strategy === FillStrategy.LEAST_FULL) {
      const share = a.used * b.maxAccounts - b.used * a.maxAccounts; // a.used/a.max - b.used/b.max, exact
      if (share !== 0) return share;
      if (a.used !== b.used) return a.used - b.used;
    }
    return a.id - b.id;
  });
  return sorted[0].id;
}

/**
 * Chooses the server of the group for a new service, or CONFLICT when every
 * server is full or disabled. Call it inside the transaction that assigns the
 * service: the group row stays locked until that commits, so two concurrent
 * creates cannot both take a server's last free slot.
 */
export async function pickServer(em: EntityManager, groupId: number): Promise<Server> {
  const group = await em.findOneOrFail(ServerGroup, { id: groupId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const servers = await em.find(Server, { group: groupId }, { orderBy: { id: 'asc' } });
  const used = await serverLoads({ em }, servers.map((s) => s.id));
  const chosen = chooseServer(
    group.fillStrategy,
    servers.map((s) => ({ id: s.id, enabled: s.enabled, maxAccounts: s.maxAccounts, used: used.get(s.id) ?? 0 })),
  );
  if (chosen === undefined) throw conflict('serverId', `No enabled server with room in server group "${group.name}"`, 'NO_SERVER_AVAILABLE');
  return servers.find((s) => s.id === chosen)!;
}

/** Occupying services per server, in one query. */
export async function serverLoads(ctx: Pick<RequestContext, 'em'>, serverIds: number[]): Promise<Map<number, number>> {
  if (!serverIds.length) return new Map();
  const statuses = [...OCCUPYING_STATUSES];
  const rows: { server_id: number; n: number }[] = await ctx.em.getConnection().execute(
    `select server_id, count(*)::int as n from service
      where server_id in (${serverIds.map(() => '?').join(', ')}) and status in (${statuses.map(() => '?').join(', ')})
      group by server_id`,
    [...serverIds, ...statuses],
  );
  return new Map(rows.map((r) => [Number(r.server_id), Number(r.n)]));
}
