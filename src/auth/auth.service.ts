import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, Viewer } from '../shared/context';
import type { Config } from '../config';
import { AppError, conflict, notFound } from '../shared/errors';
import { hashPassword, hashToken, newToken, verifyPassword } from './passwords';
import { AuthSession } from './auth-session.entity';
import { LoginFailure } from './login-failure.entity';
import { StaffRole, StaffUser } from './staff-user.entity';
import { Client, ClientStatus } from '../clients/client.entity';
import { recordActivity } from '../activity/activity.service';

export enum LoginRealm {
  CLIENT = 'client',
  STAFF = 'staff',
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

const invalidLogin = () => new AppError('UNAUTHENTICATED', 'Invalid email or password');

/**
 * Logs in a client or a staff member. Failed attempts are counted per account
 * and per IP inside a window; past the limit every attempt is refused before
 * the password is even checked, so aliases in one request cannot guess faster.
 */
export async function login(
  ctx: RequestContext,
  input: { email: string; password: string; realm: LoginRealm },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  await assertNotRateLimited(ctx.em, ctx.config, email, ctx.ip);

  if (input.realm === LoginRealm.STAFF) {
    const staff = await ctx.em.findOne(StaffUser, { email });
    if (!(await verifyPassword(staff?.passwordHash, input.password)) || !staff || !staff.active) {
      await recordFailure(ctx.em, email, ctx.ip);
      throw invalidLogin();
    }
    return startSession(ctx, { staff }, { kind: 'staff', staffId: staff.id, role: staff.role, sessionId: 0 });
  }

  const client = await ctx.em.findOne(Client, { email });
  if (!(await verifyPassword(client?.passwordHash, input.password)) || !client) {
    await recordFailure(ctx.em, email, ctx.ip);
    throw invalidLogin();
  }
  // CL-5: Closed clients cannot log in. Said only after the password was right, so it reveals nothing.
  if (client.status === ClientStatus.CLOSED) throw new AppError('FORBIDDEN', 'This account is closed');
  return startSession(ctx, { client }, { kind: 'client', clientId: client.id, sessionId: 0 });
}

async function startSession(
  ctx: RequestContext,
  owner: { staff?: StaffUser; client?: Client },
  viewer: Viewer,
): Promise<LoginResult> {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + ctx.config.sessionTtlSeconds * 1000);
  const email = owner.staff?.email ?? owner.client!.email;
  const session = await ctx.em.transactional(async (em) => {
    const session = em.create(AuthSession, { tokenHash, expiresAt, ip: ctx.ip, ...owner });
    await em.nativeDelete(LoginFailure, { email });
    await em.flush();
    recordActivity(em, { ...ctx, viewer: { ...viewer, sessionId: session.id } }, {
      action: 'auth.login',
      targetType: owner.staff ? 'StaffUser' : 'Client',
      targetId: String(owner.staff?.id ?? owner.client!.id),
      clientId: owner.client?.id,
    });
    return session;
  });
  return { token, expiresAt, viewer: { ...viewer, sessionId: session.id } };
}

async function assertNotRateLimited(em: EntityManager, config: Config, email: string, ip: string) {
  const since = new Date(Date.now() - config.loginFailureWindowSeconds * 1000);
  const [byAccount, byIp] = await Promise.all([
    em.count(LoginFailure, { email, createdAt: { $gte: since } }),
    em.count(LoginFailure, { ip, createdAt: { $gte: since } }),
  ]);
  if (byAccount >= config.loginMaxFailuresPerAccount || byIp >= config.loginMaxFailuresPerIp) {
    throw new AppError('RATE_LIMITED', 'Too many failed logins; try again later');
  }
}

async function recordFailure(em: EntityManager, email: string, ip: string) {
  await em.insert(LoginFailure, { email, ip, createdAt: new Date() });
}

/** Resolves a bearer token to its viewer; undefined when unknown, expired or revoked. */
export async function authenticate(em: EntityManager, token: string): Promise<Viewer | undefined> {
  const session = await em.findOne(
    AuthSession,
    { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['staff', 'client'] },
  );
  if (!session) return undefined;
  const staff = session.staff?.getEntity();
  if (staff) return staff.active ? { kind: 'staff', staffId: staff.id, role: staff.role, sessionId: session.id } : undefined;
  const client = session.client?.getEntity();
  if (!client || client.status === ClientStatus.CLOSED) return undefined;
  return { kind: 'client', clientId: client.id, sessionId: session.id, impersonatorStaffId: session.impersonator?.id };
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  const viewer = ctx.viewer!;
  await ctx.em.nativeUpdate(AuthSession, { id: viewer.sessionId }, { revokedAt: new Date() });
  return true;
}

/** Revokes every session of a client (used when it is Closed). */
export async function revokeClientSessions(em: EntityManager, clientId: number): Promise<void> {
  await em.nativeUpdate(AuthSession, { client: clientId, revokedAt: null }, { revokedAt: new Date() });
}

export async function createStaff(
  ctx: RequestContext,
  input: { email: string; firstName: string; lastName: string; password: string; role: StaffRole },
): Promise<StaffUser> {
  const email = input.email.trim().toLowerCase();
  if (await ctx.em.count(StaffUser, { email })) throw conflict('email', 'A staff member with this email exists already');
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
  if (!staff) throw notFound('Staff member', id);
  return staff;
}
