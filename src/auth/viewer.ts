import type { StaffRole } from './staff-user.entity';
import type { ClientPermission } from './client-permission';

/** Who is calling. A client session started by staff (CL-9) carries the staff member too. */
export type Viewer =
  | { kind: 'staff'; staffId: number; role: StaffRole; sessionId: number }
  | {
      kind: 'client';
      clientId: number;
      sessionId: number;
      impersonatorStaffId?: number;
      /** CT-4/CL-12: set when a user (or sub-account contact) of the client is logged in, not the client itself. */
      clientUserId?: number;
      /** The user's permissions; absent for the client's own login, which has all (see assertCanAccessClient). */
      permissions?: readonly ClientPermission[];
    };

/** The idempotency key owner (src/shared/idempotency.ts): the login, plus the session for mutations that carry credentials. */
export function principalOf(viewer: Viewer | undefined, perSession: boolean): string | undefined {
  const login = viewer?.kind === 'staff' ? `staff:${viewer.staffId}` : viewer?.kind === 'client' ? `client:${viewer.clientId}:${viewer.clientUserId ?? 0}` : undefined;
  return login && perSession ? `${login}/session:${viewer!.sessionId}` : login;
}
