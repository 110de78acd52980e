import type { RequestContext } from '../shared/context';
import { forbidden, notFound } from '../shared/errors';
import { ClientPermission, hasClientPermission } from './client-permission';

/** A record of a client account, named as its NOT_FOUND says it: ['Invoice', 12]. */
export type OwnedRecord = readonly [what: string, id: number];

/**
 * Staff see every client; a client only itself. With `permission`, a user or
 * sub-account of the client (CT-4, CL-12) must also hold that permission; the
 * client's own login holds all. Every area checks its records through this.
 * Another account's record answers NOT_FOUND exactly as a missing id does
 * (`record`, else the client itself), so ids of other tenants reveal nothing.
 */
export function assertCanAccessClient(ctx: RequestContext, clientId: number, permission?: ClientPermission, record: OwnedRecord = ['Client', clientId]): void {
  const viewer = ctx.viewer;
  if (viewer?.kind === 'staff') return;
  if (viewer?.kind === 'client' && viewer.clientId === clientId) {
    if (permission && !hasClientPermission(viewer, permission)) throw forbidden(`This login lacks the ${permission} permission`);
    return;
  }
  if (viewer?.kind === 'client') throw notFound(...record);
  throw forbidden('You may only access your own account');
}

/**
 * For fields of a client object that an operation has already returned (and
 * authorized, e.g. `client(id)` or the public `registerClient`): a user or
 * sub-account of the client must also hold `permission`.
 */
export function assertFieldPermission(ctx: RequestContext, permission: ClientPermission): void {
  const viewer = ctx.viewer;
  if (viewer?.kind === 'client' && !hasClientPermission(viewer, permission)) throw forbidden(`This login lacks the ${permission} permission`);
}

/** Whether the viewer may read fields of a client that need `permission` (references to records of that area). */
export function canReadClientField(ctx: RequestContext, permission: ClientPermission): boolean {
  const viewer = ctx.viewer;
  return viewer?.kind !== 'client' || hasClientPermission(viewer, permission);
}

/** Staff, or the client's own login (not one of its users): managing users and their permissions (CL-12). */
export function assertAccountOwner(ctx: RequestContext, clientId: number, record?: OwnedRecord): void {
  assertCanAccessClient(ctx, clientId, undefined, record);
  if (ctx.viewer?.kind === 'client' && ctx.viewer.clientUserId != null) {
    throw forbidden('Only the account holder manages the users of the account', 'ACCOUNT_HOLDER_ONLY');
  }
}
