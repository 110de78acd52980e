/**
 * A production start refuses while an active staff login still has a demo
 * password, which is published in the README (issue 10.6); a demo password
 * is never accepted as a new one (changeStaffPassword).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError, DEFAULT_DEMO_ADMIN_PASSWORD, type Config } from '../config';
import { verifyPassword } from './passwords';
import { StaffUser } from './staff-user.entity';

/** The demo passwords: the configured one and the published default. */
export const demoPasswords = (config: Pick<Config, 'demoAdminPassword'>) => [...new Set([config.demoAdminPassword, DEFAULT_DEMO_ADMIN_PASSWORD])];

/** At a production start: stops it (ConfigError, one line) while any active staff member can log in with a demo password. */
export async function refuseDemoPasswords(em: EntityManager, config: Config): Promise<void> {
  for (const staff of await em.find(StaffUser, { active: true }, { orderBy: { id: 'asc' } })) {
    for (const password of demoPasswords(config)) {
      if (!(await verifyPassword(staff.passwordHash, password))) continue;
      throw new ConfigError(
        `Refusing to start with NODE_ENV=production: staff login ${staff.email} still has the demo password. ` +
          `Start once without NODE_ENV=production, log in as ${staff.email} and set a new password with the changeStaffPassword mutation, then start again.`,
      );
    }
  }
}
