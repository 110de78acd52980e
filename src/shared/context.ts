import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffRole } from '../auth/staff-user.entity';
import type { ClientPermission } from '../auth/client-permission';
import type { Loaders } from './loaders';
import type { EventBus } from './event-bus';
import type { Config } from '../config';
import type { ModuleRegistry } from '../provisioning/module-registry';
import type { JobQueue } from '../jobs/job-queue';

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

/** The context of one GraphQL operation: what services take first. */
export interface RequestContext {
  /** Identifies this operation in the server log; returned with internal errors (extensions.requestId). */
  requestId: string;
  /** The EntityManager fork of this operation. */
  em: EntityManager;
  viewer?: Viewer;
  ip: string;
  loaders: Loaders;
  events: EventBus;
  config: Config;
  /** The provisioning modules loaded at start-up (PM-2). */
  modules: ModuleRegistry;
  /** The background job queue (SV-3); absent where no queue runs. */
  jobs?: JobQueue;
}
