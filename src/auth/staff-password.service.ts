/**
 * Staff passwords after creation: a staff member changes its own, and a
 * production start refuses while an active staff login still has a demo
 * password, which is published in the README (issue 10.6).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError, DEFAULT_DEMO_ADMIN_PASSWORD, type Config } from '../config';
import type { RequestContext } from '../shared/context';
import { AppError, badInput } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { hashPassword, verifyPassword } from './passwords';
import { AuthSession } from './auth-session.entity';
import { StaffUser } from './staff-user.entity';

/** The demo passwords: the configured one and the published default. */
const demoPasswords = (config: Pick<Config, 'demoAdminPassword'>) => [...new Set([config.demoAdminPassword, DEFAULT_DEMO_ADMIN_PASSWORD])];

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

/** The logged-in staff member replaces its password; its other sessions end. */
export async function changeStaffPassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'staff') throw new AppError('FORBIDDEN', 'Only staff change a staff password');
  const staff = await ctx.em.findOneOrFail(StaffUser, { id: viewer.staffId });
  if (!(await verifyPassword(staff.passwordHash, currentPassword))) throw badInput('currentPassword', 'The current password is wrong');
  if (newPassword === currentPassword) throw badInput('newPassword', 'The new password must differ from the current one');
  if (demoPasswords(ctx.config).includes(newPassword)) throw badInput('newPassword', 'A demo password cannot be a real password');
  const passwordHash = await hashPassword(newPassword);
  await ctx.em.transactional(async (em) => {
    await em.nativeUpdate(StaffUser, { id: staff.id }, { passwordHash });
    await em.nativeUpdate(AuthSession, { staff: staff.id, revokedAt: null, id: { $ne: viewer.sessionId } }, { revokedAt: new Date() });
    recordActivity(em, ctx, { action: 'staff.password.change', targetType: 'StaffUser', targetId: String(staff.id) });
  });
  return true;
}
