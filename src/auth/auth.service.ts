import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, Viewer } from '../shared/context';
import type { SessionChange } from '../shared/event-bus';
import { publishOnCommit } from '../shared/postgres-event-target';
import type { Config } from '../config';
import { AppError, conflict, notFound } from '../shared/errors';
import { hashPassword, hashToken, newToken, verifyPassword } from './passwords';
import { AuthSession } from './auth-session.entity';
import { LoginFailure } from './login-failure.entity';
import { StaffRole, StaffUser } from './staff-user.entity';
import { Client, ClientStatus } from '../clients/client.entity';
import { ClientUser } from '../clients/client-user.entity';
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

  // The client's own login first, then its users and sub-account contacts (CT-4, CL-12): a login email names one of them.
  const client = await ctx.em.findOne(Client, { email });
  const user = client ? null : await ctx.em.findOne(ClientUser, { email }, { populate: ['client'] });
  if (!(await verifyPassword(client?.passwordHash ?? user?.passwordHash, input.password)) || !(client ?? user)) {
    await recordFailure(ctx.em, email, ctx.ip);
    throw invalidLogin();
  }
  const account = client ?? user!.client.getEntity();
  // CL-5: Closed clients cannot log in. Said only after the password was right, so it reveals nothing.
  if (account.status === ClientStatus.CLOSED) throw new AppError('FORBIDDEN', 'This account is closed');
  if (user && !user.active) throw new AppError('FORBIDDEN', 'This login is disabled');
  if (user) {
    return startSession(ctx, { client: account, clientUser: user }, {
      kind: 'client', clientId: account.id, sessionId: 0, clientUserId: user.id, permissions: user.permissions,
    });
  }
  return startSession(ctx, { client: account }, { kind: 'client', clientId: account.id, sessionId: 0 });
}

/**
 * CL-9: staff (admin or support: both do client work) start a session acting
 * as the client, with exactly the client's view and rights. The session
 * records the staff member and the staff session it came from; ending that
 * staff session ends this one too. Start and end are in the activity log, and
 * every action in between is logged with both the client and the staff member.
 */
export async function loginAsClient(ctx: RequestContext, clientId: number): Promise<LoginResult> {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'staff') throw new AppError('FORBIDDEN', 'Only staff can log in as a client');
  const client = await ctx.em.findOne(Client, { id: clientId });
  if (!client) throw notFound('Client', clientId);
  if (client.status === ClientStatus.CLOSED) throw new AppError('FORBIDDEN', 'This account is closed');
  const parent = await ctx.em.findOneOrFail(AuthSession, { id: viewer.sessionId });
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Math.min(Date.now() + ctx.config.sessionTtlSeconds * 1000, parent.expiresAt.getTime()));
  const session = await ctx.em.transactional(async (em) => {
    const session = em.create(AuthSession, { tokenHash, expiresAt, ip: ctx.ip, client, impersonator: viewer.staffId, parentSession: parent });
    await em.flush();
    recordActivity(em, ctx, {
      action: 'auth.impersonation.start',
      targetType: 'Client',
      targetId: String(clientId),
      clientId,
      details: { impersonationSessionId: session.id },
    });
    return session;
  });
  return { token, expiresAt, viewer: { kind: 'client', clientId, sessionId: session.id, impersonatorStaffId: viewer.staffId } };
}

/** CL-9: ends an impersonation session; the staff member's own session (and token) is what remains. */
export async function endImpersonation(ctx: RequestContext): Promise<Viewer> {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'client' || viewer.impersonatorStaffId == null) throw new AppError('FORBIDDEN', 'This session is not an impersonation');
  const session = await ctx.em.findOneOrFail(AuthSession, { id: viewer.sessionId }, { populate: ['parentSession', 'parentSession.staff'] });
  const parent = session.parentSession!.getEntity();
  const staff = parent.staff!.getEntity();
  await ctx.em.transactional(async (em) => {
    await em.nativeUpdate(AuthSession, { id: session.id }, { revokedAt: new Date() });
    await publishSessionChange(em, { sessionIds: [session.id] });
    recordActivity(em, ctx, {
      action: 'auth.impersonation.end',
      targetType: 'Client',
      targetId: String(viewer.clientId),
      clientId: viewer.clientId,
      details: { impersonationSessionId: session.id },
    });
  });
  return { kind: 'staff', staffId: staff.id, role: staff.role, sessionId: parent.id };
}

async function startSession(
  ctx: RequestContext,
  owner: { staff?: StaffUser; client?: Client; clientUser?: ClientUser },
  viewer: Viewer,
): Promise<LoginResult> {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + ctx.config.sessionTtlSeconds * 1000);
  const email = owner.staff?.email ?? owner.clientUser?.email ?? owner.client!.email;
  const session = await ctx.em.transactional(async (em) => {
    const session = em.create(AuthSession, { tokenHash, expiresAt, ip: ctx.ip, ...owner });
    await em.nativeDelete(LoginFailure, { email });
    await em.flush();
    recordActivity(em, { ...ctx, viewer: { ...viewer, sessionId: session.id } }, {
      action: 'auth.login',
      targetType: owner.staff ? 'StaffUser' : owner.clientUser ? 'ClientUser' : 'Client',
      targetId: String(owner.staff?.id ?? owner.clientUser?.id ?? owner.client!.id),
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
  return (await authenticateSession(em, token))?.viewer;
}

/** A live login: its viewer, when it expires, and for an impersonation the staff session it came from. */
export interface LiveLogin {
  viewer: Viewer;
  expiresAt: Date;
  parentSessionId?: number;
}

/** authenticate, with what a long-lived connection needs to know about the session (issue 10.3). */
export async function authenticateSession(em: EntityManager, token: string): Promise<LiveLogin | undefined> {
  const session = await em.findOne(
    AuthSession,
    { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['staff', 'client', 'clientUser', 'parentSession'] },
  );
  const viewer = session ? viewerOf(session) : undefined;
  if (!session || !viewer) return undefined;
  const parent = session.parentSession?.getEntity();
  const expiresAt = parent && parent.expiresAt < session.expiresAt ? parent.expiresAt : session.expiresAt;
  return { viewer, expiresAt, parentSessionId: parent?.id };
}

/** The viewer of an unrevoked, unexpired session; undefined when its account may no longer act. */
function viewerOf(session: AuthSession): Viewer | undefined {
  const staff = session.staff?.getEntity();
  if (staff) return staff.active ? { kind: 'staff', staffId: staff.id, role: staff.role, sessionId: session.id } : undefined;
  const client = session.client?.getEntity();
  if (!client || client.status === ClientStatus.CLOSED) return undefined;
  // CL-9: an impersonation lives only as long as the staff session that started it.
  const parent = session.parentSession?.getEntity();
  if (parent && (parent.revokedAt || parent.expiresAt <= new Date())) return undefined;
  const user = session.clientUser?.getEntity();
  if (user) {
    if (!user.active) return undefined;
    return { kind: 'client', clientId: client.id, sessionId: session.id, clientUserId: user.id, permissions: [...user.permissions] };
  }
  return { kind: 'client', clientId: client.id, sessionId: session.id, impersonatorStaffId: session.impersonator?.id };
}

/**
 * Issue 10.3: tells live connections (graphql-ws, every process) that these
 * logins may have ended or changed rights, so they check them again. Inside a
 * transaction it goes out when the transaction commits.
 */
export async function publishSessionChange(em: EntityManager, change: SessionChange): Promise<void> {
  await publishOnCommit(em, 'SESSIONS_CHANGED', change);
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  const viewer = ctx.viewer!;
  await ctx.em.nativeUpdate(AuthSession, { id: viewer.sessionId }, { revokedAt: new Date() });
  await publishSessionChange(ctx.em, { sessionIds: [viewer.sessionId] });
  return true;
}

/** Revokes every session of a client (used when it is Closed). */
export async function revokeClientSessions(em: EntityManager, clientId: number): Promise<void> {
  await em.nativeUpdate(AuthSession, { client: clientId, revokedAt: null }, { revokedAt: new Date() });
  await publishSessionChange(em, { clientId });
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
