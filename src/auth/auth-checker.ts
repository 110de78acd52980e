import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { StaffRole } from './staff-user.entity';
import { AppError } from '../shared/errors';

/**
 * Roles used in @Authorized(): ADMIN (staff with the admin role), STAFF (any
 * staff), CLIENT (a client login). Object-level checks (a client sees only its
 * own records) are made by the services.
 */
export type AccessRole = 'ADMIN' | 'STAFF' | 'CLIENT';

export class AuthChecker implements AuthCheckerInterface<RequestContext, AccessRole> {
  check({ context }: ResolverData<RequestContext>, roles: AccessRole[]): boolean {
    const viewer = context.viewer;
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Log in first: send Authorization: Bearer <token>', undefined, undefined, { reason: 'LOGIN_REQUIRED' });
    if (roles.length === 0) return true;
    return roles.some((role) =>
      role === 'CLIENT'
        ? viewer.kind === 'client'
        : role === 'STAFF'
          ? viewer.kind === 'staff'
          : viewer.kind === 'staff' && viewer.role === StaffRole.ADMIN,
    );
  }
}
