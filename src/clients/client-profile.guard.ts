import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { forbidden } from '../shared/errors';
import { ClientPermission, hasClientPermission } from '../auth/client-permission';

/** What a user of the account reads of the client object without PROFILE: enough to find its way to the areas it may use. */
export const FIELDS_OUTSIDE_PROFILE: ReadonlySet<string> = new Set(['id', 'status', 'currency']);

/**
 * CT-4/CL-12: the client's profile (names, email, address, phone, settings)
 * is for staff, the account holder and users with PROFILE, wherever the
 * client object is reached from (`me.client`, `client(id)`, an invoice's
 * client …). On the Client type and on the address fields it inherits
 * (which contacts and payers share, hence the type check).
 */
export const ClientProfileGuard: MiddlewareFn<RequestContext> = ({ context, info }, next) => {
  const viewer = context.viewer;
  if (info.parentType.name === 'Client' && !FIELDS_OUTSIDE_PROFILE.has(info.fieldName) && viewer && !hasClientPermission(viewer, ClientPermission.PROFILE)) {
    throw forbidden(`This login lacks the ${ClientPermission.PROFILE} permission`);
  }
  return next();
};
