import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import type { Viewer } from './viewer';
import { AppError, notFound } from '../shared/errors';
import { hashToken, newToken, verifyPassword } from './passwords';
import type { SessionChange } from '../shared/event-bus';
import { publishOnCommit } from '../shared/after-commit';
import { AuthSession, CLIENT_ENTITY, CLIENT_USER_ENTITY, type SessionClient, type SessionClientUser } from './auth-session.entity';
import { StaffUser, type StaffRole } from './staff-user.entity';
import { accountKey, admitPasswordAttempt, passwordAttemptSucceeded } from './login-throttle.service';
import type { ClientPermission } from './client-permission';
import { plainRows } from '../shared/batch-loaders';
import { recordActivity } from '../activity/activity.service';
import { assertFitsColumn } from '../shared/input-guard';

export enum LoginRealm {
  CLIENT = 'client',
  STAFF = 'staff',
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

const invalidLogin = () => new AppError('UNAUTHENTICATED', 'Invalid email or password', undefined, undefined, { reason: 'INVALID_CREDENTIALS' });

/**
 * Logs in a client or a staff member. The attempt is counted against the
 * login limits before the password is checked (login-throttle.service.ts),
 * so parallel or aliased attempts cannot guess faster than the limits allow.
 */
export async function login(
  ctx: RequestContext,
  input: { email: string; password: string; realm: LoginRealm },
): Promise<LoginResult> {
  const given = input.email.trim().toLowerCase();
  assertFitsColumn<SessionClient>(ctx.em, CLIENT_ENTITY, 'email', given); // no account has a longer one: refused before any lookup
  // CL-14: a client signs in with its login name as with its email, and is throttled as that email (one account, one count).
  const named = input.realm === LoginRealm.CLIENT ? await ctx.em.findOne<SessionClient>(CLIENT_ENTITY, { customLoginName: given }) : null;
  const email = named?.email ?? given;
  const attempt = await admitPasswordAttempt(ctx, accountKey(input.realm, email));

  if (input.realm === LoginRealm.STAFF) {
    const staff = await ctx.em.findOne(StaffUser, { email });
    if (!(await verifyPassword(staff?.passwordHash, input.password)) || !staff || !staff.active) throw invalidLogin();
    await passwordAttemptSucceeded(ctx.em, ctx.config, attempt);
    return startSession(ctx, { staff }, { kind: 'staff', staffId: staff.id, role: staff.role, sessionId: 0 });
  }

  // The client's own login first, then its users and sub-account contacts (CT-4, CL-12): a login email names one of them.
  const client = await ctx.em.findOne<SessionClient>(CLIENT_ENTITY, { email });
  const user = client ? null : await ctx.em.findOne<SessionClientUser, 'client'>(CLIENT_USER_ENTITY, { email }, { populate: ['client'] });
  if (!(await verifyPassword(client?.passwordHash ?? user?.passwordHash, input.password)) || !(client ?? user)) throw invalidLogin();
  await passwordAttemptSucceeded(ctx.em, ctx.config, attempt);
  const account = client ?? user!.client.getEntity();
  // CL-5: Closed clients cannot log in. Said only after the password was right, so it reveals nothing.
  if (!account.canLogIn()) throw new AppError('FORBIDDEN', 'This account is closed', undefined, undefined, { reason: 'ACCOUNT_CLOSED' });
  if (user && !user.active) throw new AppError('FORBIDDEN', 'This login is disabled', undefined, undefined, { reason: 'LOGIN_DISABLED' });
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
  if (viewer?.kind !== 'staff') throw new AppError('FORBIDDEN', 'Only staff can log in as a client', undefined, undefined, { reason: 'PERMISSION_DENIED' });
  const client = await ctx.em.findOne<SessionClient>(CLIENT_ENTITY, { id: clientId });
  if (!client) throw notFound('Client', clientId);
  if (!client.canLogIn()) throw new AppError('FORBIDDEN', 'This account is closed', undefined, undefined, { reason: 'ACCOUNT_CLOSED' });
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
  if (viewer?.kind !== 'client' || viewer.impersonatorStaffId == null) throw new AppError('FORBIDDEN', 'This session is not an impersonation', undefined, undefined, { reason: 'NOT_IMPERSONATING' });
  const session = await ctx.em.findOneOrFail(AuthSession, { id: viewer.sessionId }, { populate: ['parentSession', 'parentSession.staff'] });
  const parent = session.parentSession!.getEntity();
  const staff = parent.staff!.getEntity();
  await ctx.em.transactional(async (em) => {
    await revokeSessions(em, { id: session.id });
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

/** Who a session acts for: a staff member, a client's own login, or one of its users. */
type SessionOwner = { staff: StaffUser } | { client: SessionClient; clientUser?: SessionClientUser };

/** The live sessions of the same login as `owner` (impersonations by staff are not the client's own). */
function sessionsOf(owner: SessionOwner): FilterQuery<AuthSession> {
  if ('staff' in owner) return { staff: owner.staff.id };
  if (owner.clientUser) return { clientUser: owner.clientUser.id };
  return { client: owner.client.id, clientUser: null, impersonator: null };
}

async function startSession(ctx: RequestContext, owner: SessionOwner, viewer: Viewer): Promise<LoginResult> {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + ctx.config.sessionTtlSeconds * 1000);
  const ownerKey = 'staff' in owner ? `staff:${owner.staff.id}` : owner.clientUser ? `client-user:${owner.clientUser.id}` : `client:${owner.client.id}`;
  const session = await ctx.em.transactional(async (em) => {
    // Logins of one account queue here, so the session cap holds under parallel logins too.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`sessions-of:${ownerKey}`]);
    const session = em.create(AuthSession, { tokenHash, expiresAt, ip: ctx.ip, ...owner });
    await em.flush();
    // The oldest live sessions beyond the cap end.
    const beyondCap = await em.find(
      AuthSession,
      { $and: [sessionsOf(owner), { revokedAt: null, expiresAt: { $gt: new Date() } }] },
      { fields: ['id'], orderBy: { id: 'desc' }, offset: ctx.config.maxSessionsPerAccount, limit: 1000 },
    );
    if (beyondCap.length) await revokeSessions(em, { id: { $in: beyondCap.map((s) => s.id) } });
    recordActivity(em, { ...ctx, viewer: { ...viewer, sessionId: session.id } }, {
      action: 'auth.login',
      targetType: 'staff' in owner ? 'StaffUser' : owner.clientUser ? 'ClientUser' : 'Client',
      targetId: String('staff' in owner ? owner.staff.id : (owner.clientUser?.id ?? owner.client.id)),
      clientId: 'client' in owner ? owner.client.id : undefined,
    });
    return session;
  });
  return { token, expiresAt, viewer: { ...viewer, sessionId: session.id } };
}

/**
 * The one way sessions end: logout, password changes, deactivated logins,
 * closed or deleted accounts, the session cap. Ends the live sessions matching
 * `where` and the impersonations (CL-9) started from them; returns the ids of
 * every session it ended. Inside a transaction, pass its EntityManager.
 */
export async function revokeSessions(em: EntityManager, where: FilterQuery<AuthSession>): Promise<number[]> {
  const revokedAt = new Date();
  const end = async (condition: FilterQuery<AuthSession>) => {
    const rows: { id: number }[] = await em.createQueryBuilder(AuthSession)
      .update({ revokedAt })
      .where({ $and: [condition, { revokedAt: null }] })
      .returning('id')
      .execute('all');
    return rows.map((row) => row.id);
  };
  const ended = await end(where);
  const impersonations = ended.length ? await end({ parentSession: { $in: ended } }) : [];
  const all = [...ended, ...impersonations];
  // Issue 10.3: their graphql-ws sockets close when this commits.
  if (all.length) await publishSessionChange(em, { sessionIds: all });
  return all;
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

/** A timestamp as milliseconds since the epoch (the driver would give the text of it). */
const epochMs = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

/**
 * A session and what its viewer depends on, read on every request: one statement returning a plain row (issue 12.3:
 * MikroORM's joined populate of five entities cost more CPU than the rest of a small request).
 */
const SESSION_SQL = `select s.id, ${epochMs('s.expires_at')} as expires_at, s.impersonator_id,
    st.id as staff_id, st.active as staff_active, st.role as staff_role,
    c.id as client_id, c.status as client_status,
    u.id as user_id, u.active as user_active, u.permissions as user_permissions,
    p.id as parent_id, p.revoked_at is not null as parent_revoked, ${epochMs('p.expires_at')} as parent_expires_at
  from auth_session s
  left join staff_user st on st.id = s.staff_id
  left join client c on c.id = s.client_id
  left join client_user u on u.id = s.client_user_id
  left join auth_session p on p.id = s.parent_session_id
  where s.token_hash = ? and s.revoked_at is null and s.expires_at > ?`;

interface SessionRow {
  id: number;
  expires_at: number;
  impersonator_id: number | null;
  staff_id: number | null;
  staff_active: boolean | null;
  staff_role: StaffRole | null;
  client_id: number | null;
  client_status: string | null;
  user_id: number | null;
  user_active: boolean | null;
  user_permissions: ClientPermission[] | null;
  parent_id: number | null;
  parent_revoked: boolean | null;
  parent_expires_at: number | null;
}

/** authenticate, with what a long-lived connection needs to know about the session (issue 10.3). */
export async function authenticateSession(em: EntityManager, token: string): Promise<LiveLogin | undefined> {
  const [session] = (await em.execute(SESSION_SQL, [hashToken(token), new Date()])) as SessionRow[];
  // The client's own rule (CL-5) decides whether its logins may act, on the columns read here.
  const client = session?.client_id != null ? plainRows(em, em.getMetadata().get<SessionClient>(CLIENT_ENTITY).class)({ id: session.client_id, status: session.client_status }) : undefined;
  const viewer = session ? viewerOf(session, client) : undefined;
  if (!session || !viewer) return undefined;
  const expiresAt = new Date(session.parent_expires_at != null && session.parent_expires_at < session.expires_at ? session.parent_expires_at : session.expires_at);
  return { viewer, expiresAt, parentSessionId: session.parent_id ?? undefined };
}

/** The viewer of an unrevoked, unexpired session; undefined when its account may no longer act. */
function viewerOf(session: SessionRow, client: SessionClient | undefined): Viewer | undefined {
  if (session.staff_id != null) return session.staff_active ? { kind: 'staff', staffId: session.staff_id, role: session.staff_role!, sessionId: session.id } : undefined;
  if (session.client_id == null || !client?.canLogIn()) return undefined;
  // CL-9: an impersonation lives only as long as the staff session that started it.
  if (session.parent_id != null && (session.parent_revoked || session.parent_expires_at! <= Date.now())) return undefined;
  if (session.user_id != null) {
    if (!session.user_active) return undefined;
    return { kind: 'client', clientId: session.client_id, sessionId: session.id, clientUserId: session.user_id, permissions: [...session.user_permissions!] };
  }
  return { kind: 'client', clientId: session.client_id, sessionId: session.id, impersonatorStaffId: session.impersonator_id ?? undefined };
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
  await revokeSessions(ctx.em, { id: ctx.viewer!.sessionId });
  return true;
}
