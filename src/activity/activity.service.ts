import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { ActivityLogEntry, ActorType } from './activity-log-entry.entity';
import { ID_DESC, keysetOrderBy, keysetPage, keysetWhere, pageOrder, toConnection, type Connection, type OrderBy, type PageArgs } from '../shared/pagination';

export interface ActivityInput {
  action: string;
  targetType: string;
  targetId?: string;
  clientId?: number;
  details?: Record<string, unknown>;
}

/**
 * Adds an entry to the activity log inside the caller's transaction (`em` is
 * the transactional fork), so the entry exists exactly when the change does.
 */
/** Who background work (module jobs, registry polls) acts as: the system, with no viewer and no address. */
export const SYSTEM_ACTOR: Readonly<Pick<RequestContext, 'viewer' | 'ip'>> = Object.freeze({ viewer: undefined, ip: '' });

export function recordActivity(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, input: ActivityInput): void {
  const viewer = ctx.viewer;
  em.create(ActivityLogEntry, {
    ...input,
    actorType: viewer ? (viewer.kind === 'staff' ? ActorType.STAFF : ActorType.CLIENT) : ActorType.SYSTEM,
    actorId: viewer ? (viewer.kind === 'staff' ? viewer.staffId : viewer.clientId) : undefined,
    impersonatorStaffId: viewer?.kind === 'client' ? viewer.impersonatorStaffId : undefined,
    ip: ctx.ip,
    createdAt: new Date(),
  });
}

export async function listActivity(
  ctx: RequestContext,
  filter: { clientId?: number; action?: string },
  args: PageArgs,
  orderBy?: OrderBy,
): Promise<Connection<ActivityLogEntry>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_DESC));
  const where = {
    ...(filter.clientId != null ? { clientId: filter.clientId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
  };
  const [rows, total] = await Promise.all([
    ctx.em.find(ActivityLogEntry, { $and: [where, keysetWhere(page)] }, { orderBy: keysetOrderBy(page), limit: page.limit + 1 }),
    ctx.em.count(ActivityLogEntry, where),
  ]);
  return toConnection(rows, page, total);
}
