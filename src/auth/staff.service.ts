import { demoPasswords } from './staff-password.service';
import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../shared/context';
import { badInput, conflict, FieldProblems, forbidden, notFound } from '../shared/errors';
import { ID_ASC, keysetOrderBy, keysetPage, keysetWhere, pageOrder, toConnection, type Connection, type OrderBy, type PageArgs } from '../shared/pagination';
import { recordActivity } from '../activity/activity.service';
import { hashPassword } from './passwords';
import { StaffRole, StaffUser } from './staff-user.entity';
import { revokeSessions } from './auth.service';
import { accountKey, verifyCurrentPassword } from './login-throttle.service';

/** Staff management (issue 10.4): admins add, list and deactivate staff; everyone changes their own password. */

export async function createStaff(
  ctx: RequestContext,
  input: { email: string; firstName: string; lastName: string; password: string; role: StaffRole },
): Promise<StaffUser> {
  const email = input.email.trim().toLowerCase();
  if (await ctx.em.count(StaffUser, { email })) throw conflict('email', 'A staff member with this email exists already', 'VALUE_TAKEN');
  const passwordHash = await hashPassword(input.password);
  return ctx.em.transactional(async (em) => {
    const staff = em.create(StaffUser, { email, firstName: input.firstName, lastName: input.lastName, role: input.role, passwordHash });
    await em.flush();
    recordActivity(em, ctx, { action: 'staff.create', targetType: 'StaffUser', targetId: String(staff.id), details: { email, role: input.role } });
    return staff;
  });
}

export async function getStaff(ctx: RequestContext, id: number): Promise<StaffUser> {
  const staff = await ctx.em.findOne(StaffUser, { id });
  if (!staff) throw notFound('Staff', id);
  return staff;
}

/** The staff member a record names (who took a payment, who acted): shown to staff only, null for clients. */
export async function staffReference(ctx: RequestContext, id: number | null | undefined): Promise<StaffUser | null> {
  if (id == null || ctx.viewer?.kind !== 'staff') return null;
  return (await ctx.loaders.staff.load(id)) ?? null;
}

/** Staff members by id, active and deactivated (keyset pagination like every list). */
export async function listStaff(ctx: RequestContext, filter: { active?: boolean }, args: PageArgs, orderBy?: OrderBy): Promise<Connection<StaffUser>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_ASC));
  const where = filter.active == null ? {} : { active: filter.active };
  const [rows, total] = await Promise.all([
    ctx.em.find(StaffUser, { $and: [where, keysetWhere(page)] }, { orderBy: keysetOrderBy(page), limit: page.limit + 1 }),
    ctx.em.count(StaffUser, where),
  ]);
  return toConnection(rows, page, total);
}

/**
 * Deactivates a staff member: no more logins, and every session (with the
 * client sessions it impersonates) ends. Not oneself, and never the last
 * active admin: the active admins are locked first, so two admins cannot
 * deactivate each other at the same moment.
 */
export async function deactivateStaff(ctx: RequestContext, id: number): Promise<StaffUser> {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'staff') throw forbidden();
  if (viewer.staffId === id) throw badInput('id', 'You cannot deactivate yourself', 'TARGET_IS_SELF');
  return ctx.em.transactional(async (em) => {
    const admins = await em.find(StaffUser, { role: StaffRole.ADMIN, active: true }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    const staff = await em.findOne(StaffUser, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!staff) throw notFound('Staff', id);
    if (!staff.active) return staff;
    if (staff.role === StaffRole.ADMIN && admins.every((admin) => admin.id === id)) throw conflict('id', 'The last active admin cannot be deactivated', 'LAST_ADMIN');
    staff.active = false;
    await em.flush();
    await revokeSessions(em, { staff: id });
    recordActivity(em, ctx, { action: 'staff.deactivate', targetType: 'StaffUser', targetId: String(id), details: { email: staff.email } });
    return staff;
  });
}

/**
 * Changes a staff password and ends that member's other sessions. Your own
 * needs your current password (counted like a login attempt); an admin may
 * set anyone else's.
 */
export async function changeStaffPassword(
  ctx: RequestContext,
  input: { id?: number; newPassword: string; currentPassword?: string },
): Promise<StaffUser> {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'staff') throw forbidden();
  const own = input.id == null || input.id === viewer.staffId;
  if (!own && viewer.role !== StaffRole.ADMIN) throw forbidden('Only an admin changes another staff member\'s password');
  const staff = await getStaff(ctx, own ? viewer.staffId : input.id!);
  const problems = new FieldProblems();
  if (own && !input.currentPassword) problems.add('currentPassword', 'Give your current password', 'VALUE_REQUIRED');
  else if (own && !(await verifyCurrentPassword(ctx, accountKey('staff', staff.email), staff.passwordHash, input.currentPassword!))) {
    problems.add('currentPassword', 'The current password is wrong', 'WRONG_PASSWORD');
  }
  if (demoPasswords(ctx.config).includes(input.newPassword)) problems.add('newPassword', 'A demo password cannot be a real password', 'DEMO_PASSWORD');
  problems.throwIfAny();
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.em.transactional(async (em) => {
    staff.passwordHash = passwordHash;
    em.persist(staff);
    await em.flush();
    await revokeSessions(em, own ? { staff: staff.id, id: { $ne: viewer.sessionId } } : { staff: staff.id });
    recordActivity(em, ctx, { action: 'staff.password', targetType: 'StaffUser', targetId: String(staff.id) });
  });
  return staff;
}
