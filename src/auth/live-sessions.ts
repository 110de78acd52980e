import type { MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from './viewer';
import type { EventBus, SessionChange } from '../shared/event-bus';
import { authenticateSession, type LiveLogin } from './auth.service';
import { logger } from '../shared/logger';

/**
 * WebSocket close codes of an authenticated connection (README: Subscriptions).
 * 4401: the login ended (logout, revoked, expired, account Closed or removed,
 * login disabled, impersonation ended); reconnecting with the same token is
 * refused. 1013: the login could not be checked again (database trouble);
 * reconnect.
 */
export const SESSION_ENDED = { code: 4401, reason: 'Session ended' } as const;
export const SESSION_UNCHECKED = { code: 1013, reason: 'Try again later' } as const;

/** setTimeout's longest delay (about 24.8 days); a later expiry is re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The login behind one graphql-ws connection, as it is now. */
export interface LiveConnection {
  /** Undefined once the login ended or expired, and while a change to it is being checked. */
  readonly viewer: Viewer | undefined;
}

class Connection implements LiveConnection {
  current?: Viewer;
  expiresAt: Date;
  readonly keys: string[];
  /** Bumped by every check, so an older check finishing late cannot overwrite a newer one. */
  checks = 0;
  timer?: NodeJS.Timeout;

  constructor(
    readonly token: string,
    login: LiveLogin,
    readonly close: (code: number, reason: string) => void,
  ) {
    this.current = login.viewer;
    this.expiresAt = login.expiresAt;
    this.keys = keysOf(login);
  }

  get viewer(): Viewer | undefined {
    return this.current && this.expiresAt.getTime() > Date.now() ? this.current : undefined;
  }
}

/** What a change of these logins is found by; the same ids as SessionChange. */
function keysOf({ viewer, parentSessionId }: LiveLogin): string[] {
  const keys = [`session:${viewer.sessionId}`];
  if (parentSessionId !== undefined) keys.push(`session:${parentSessionId}`);
  if (viewer.kind === 'staff') keys.push(`staff:${viewer.staffId}`);
  else {
    keys.push(`client:${viewer.clientId}`);
    if (viewer.clientUserId !== undefined) keys.push(`user:${viewer.clientUserId}`);
    if (viewer.impersonatorStaffId !== undefined) keys.push(`staff:${viewer.impersonatorStaffId}`);
  }
  return keys;
}

function changeKeys(change: SessionChange): string[] {
  return [
    ...(change.sessionIds ?? []).map((id) => `session:${id}`),
    ...(change.clientId !== undefined ? [`client:${change.clientId}`] : []),
    ...(change.clientUserId !== undefined ? [`user:${change.clientUserId}`] : []),
    ...(change.staffId !== undefined ? [`staff:${change.staffId}`] : []),
  ];
}

/**
 * Issue 10.3: the logins of this process's graphql-ws connections, kept
 * current. Events read a connection's viewer when they are delivered, so a
 * connection never receives anything its login may no longer see. A
 * SESSIONS_CHANGED event (from any process) withholds delivery on the
 * affected connections at once, checks their logins again with one query per
 * token (none for connections it does not concern, none per event or per
 * subscription), and then updates their rights or closes them with
 * SESSION_ENDED. An expired login closes its connection when it expires.
 */
export class LiveSessions {
  private readonly byKey = new Map<string, Set<Connection>>();
  private readonly unwatch: (() => void)[];

  constructor(
    private readonly orm: MikroORM,
    events: EventBus,
  ) {
    this.unwatch = [
      events.watch('SESSIONS_CHANGED', (change) => this.recheck(this.affectedBy(change))),
      // Changes published while the bus was disconnected are lost: check every connection.
      events.watch('EVENTS_MISSED', () => this.recheck(new Set([...this.byKey.values()].flatMap((set) => [...set])))),
    ];
  }

  /** Authenticates a new connection; undefined when the token is no live login. */
  async open(token: string, close: (code: number, reason: string) => void): Promise<LiveConnection | undefined> {
    const login = await authenticateSession(this.orm.em.fork(), token);
    if (!login) return undefined;
    const connection = new Connection(token, login, close);
    for (const key of connection.keys) {
      const set = this.byKey.get(key) ?? new Set();
      set.add(connection);
      this.byKey.set(key, set);
    }
    this.closeAtExpiry(connection);
    return connection;
  }

  /** The connection closed: forget it. */
  closed(live: LiveConnection): void {
    const connection = live as Connection;
    clearTimeout(connection.timer);
    connection.current = undefined;
    connection.checks++;
    for (const key of connection.keys) {
      const set = this.byKey.get(key);
      set?.delete(connection);
      if (set?.size === 0) this.byKey.delete(key);
    }
  }

  stop(): void {
    for (const unwatch of this.unwatch) unwatch();
    for (const set of this.byKey.values()) for (const connection of set) clearTimeout(connection.timer);
  }

  private affectedBy(change: SessionChange): Set<Connection> {
    const affected = new Set<Connection>();
    for (const key of changeKeys(change)) for (const connection of this.byKey.get(key) ?? []) affected.add(connection);
    return affected;
  }

  /** Withholds delivery now (synchronously, before any later event), then checks each token once. */
  private recheck(connections: Set<Connection>): void {
    const byToken = new Map<string, { connection: Connection; check: number }[]>();
    for (const connection of connections) {
      connection.current = undefined;
      const entries = byToken.get(connection.token) ?? [];
      entries.push({ connection, check: ++connection.checks });
      byToken.set(connection.token, entries);
    }
    for (const [token, entries] of byToken) {
      authenticateSession(this.orm.em.fork(), token).then(
        (login) => {
          for (const { connection, check } of entries) {
            if (check !== connection.checks) continue;
            if (!login) this.end(connection, SESSION_ENDED);
            else {
              connection.current = login.viewer;
              connection.expiresAt = login.expiresAt;
            }
          }
        },
        (error: Error) => {
          logger.error(`Live sessions: a login could not be checked again (${error.message}); closing its connections`);
          for (const { connection, check } of entries) if (check === connection.checks) this.end(connection, SESSION_UNCHECKED);
        },
      );
    }
  }

  private closeAtExpiry(connection: Connection): void {
    const remaining = connection.expiresAt.getTime() - Date.now();
    connection.timer = setTimeout(
      () => (connection.expiresAt.getTime() <= Date.now() ? this.end(connection, SESSION_ENDED) : this.closeAtExpiry(connection)),
      Math.max(0, Math.min(remaining, MAX_TIMER_MS)),
    );
  }

  private end(connection: Connection, { code, reason }: { code: number; reason: string }): void {
    this.closed(connection);
    connection.close(code, reason);
  }
}
