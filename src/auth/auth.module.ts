import type { EntityManager } from '@mikro-orm/postgresql';
import { StaffUser } from './staff-user.entity';
import { AuthSession } from './auth-session.entity';
import { LoginThrottle } from './login-throttle.entity';
import { KnownLoginAddress } from './known-login-address.entity';
import { AuthResolver } from './auth.resolver';
import { StaffResolver } from './staff.resolver';
import { loaderById } from '../shared/batch-loaders';

/** What logins, sessions and staff bring to the application (assembled in src/composition.ts). */
export const entities = [StaffUser, AuthSession, LoginThrottle, KnownLoginAddress];
export const resolvers = [AuthResolver, StaffResolver] as const;
/** Per-request batch loaders of staff members, whom other records name (who recorded a payment, who acted). */
export const createLoaders = (em: EntityManager) => ({ staff: loaderById(em, StaffUser) });
