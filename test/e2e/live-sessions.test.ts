/**
 * Issue 10.3: a revoked session gets no more live data. Everything goes over
 * real graphql-ws connections to a running server; the client addresses are
 * set with X-Forwarded-For (TRUST_PROXY=loopback), as a reverse proxy would.
 */
import { idOf, keyOf } from '../support/ids';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { sqlStatements } from '../../src/shared/orm';
import { newToken } from '../../src/auth/passwords';
import { AuthSession } from '../../src/auth/auth-session.entity';
import { StaffRole, StaffUser } from '../../src/auth/staff-user.entity';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { ok, operationText, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { feed, subscribed, type Feed } from '../support/subscription-feed';
import { pause, waitFor } from '../support/wait';
import { whileResponsive } from '../support/responsive';
import { captureLog } from '../support/log-capture';
import { graphql } from '../generated';

const ATTACKER = join(__dirname, '../support/ws-attack.js');
const SESSION_ENDED = 4401;
const MAX_PER_IP = 5;
const MAX_SUBSCRIPTIONS = 4;

const REGISTER = graphql(`mutation LiveSessionsRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const UPDATE_CLIENT = graphql(`mutation LiveSessionsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }`);
const CREATE_USER = graphql(`mutation LiveSessionsCreateClientUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }`);
const UPDATE_USER = graphql(`mutation LiveSessionsUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }`);
const LOGIN = graphql(`mutation LiveSessionsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);
const LOGIN_AS = graphql(`mutation LiveSessionsLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }`);
const CLIENT_CHANGED = graphql(`subscription LiveSessionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change } }`);
const SERVICE_CHANGED = graphql(`subscription LiveSessionsServiceChanged { serviceChanged { serviceId job { command status } } }`);
const LOGOUT = graphql(`mutation LiveSessionsLogout { logout }`);
const TYPENAME = graphql(`query LiveSessionsTypename { __typename }`);
const RUN = graphql(`mutation LiveSessionsRunModuleCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }`);

interface Connection {
  client: WsClient;
  /** The underlying socket, to cut it without a close frame. */
  socket(): WebSocket;
  /** Resolves once the server acknowledged the connection. */
  opened: Promise<void>;
  /** The close code and reason once the server closed the connection. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe<T, V>(query: Operation<T, V>, variables?: V): Feed<T>;
}

describe('issue 10.3: live data follows the session as it is now', () => {
  const spamExperts = new SpamExpertsTestServer();
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let address = 0;
  const clients: WsClient[] = [];

  beforeAll(async () => {
    await spamExperts.start();
    t = await startTestApp({
      TRUST_PROXY: 'loopback',
      MAX_WS_CONNECTIONS_PER_IP: String(MAX_PER_IP),
      MAX_SUBSCRIPTIONS_PER_CONNECTION: String(MAX_SUBSCRIPTIONS),
      JOBS_POLL_MS: '50',
      // A short command timeout keeps Agenda's lock keep-alive timer short after a job.
      MODULE_COMMAND_TIMEOUT_MS: '2000',
    });
    admin = await t.staffToken(StaffRole.ADMIN);
  });
  // Each test's connections end with it, so the next one starts on a quiet server (those of a beforeAll stay).
  let kept = 0;
  beforeEach(() => {
    kept = clients.length;
  });
  afterEach(async () => {
    await Promise.all(clients.splice(kept).map((c) => c.dispose()));
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t?.stop();
    await spamExperts.stop();
  });

  /** Each connection comes from an address of its own unless one is given. */
  function connect(token?: string, ip = `10.${Math.floor(++address / 250)}.${address % 250}.1`): Connection {
    let raw: WebSocket | undefined;
    let onOpened: () => void = () => {};
    const opened = new Promise<void>((resolve) => (onOpened = resolve));
    let onClosed: (event: { code: number; reason: string }) => void = () => {};
    const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
    class ForwardedWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'x-forwarded-for': ip } });
        raw = this;
      }
    }
    const client = createClient({
      url: t.url.replace(/^http/, 'ws'),
      webSocketImpl: ForwardedWebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
      on: {
        connected: () => onOpened(),
        closed: (event) => onClosed({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }),
      },
    });
    clients.push(client);
    return { client, socket: () => raw!, opened, closed, subscribe: (query, variables) => feed(client, query, variables) };
  }

  /** A client account with its own login. */
  const newClient = async () => {
    const email = `live-${++seq}-${Date.now()}@example.com`;
    const id = ok(await t.gql(REGISTER, { i: { firstName: 'Live', lastName: 'Client', email, password: 'client-password-1' } })).registerClient.id as string;
    return { id, token: await t.clientToken(email, 'client-password-1') };
  };
  /** A staff edit of the client: one CLIENT_CHANGED event. */
  const touch = async (clientId: string) => ok(await t.gql(UPDATE_CLIENT, { id: clientId, i: { city: `City ${++seq}` } }, admin));

  /**
   * graphql-ws does not acknowledge a subscribe: cause events until the feed
   * receives one, then take whatever else the warm-up caused.
   */
  const untilLive = async (f: Feed, cause: () => Promise<unknown>) => {
    for (let attempt = 0; attempt < 30; attempt++) {
      await cause();
      if (await f.next(200)) {
        while (await f.next(300));
        return;
      }
    }
    throw new Error('subscription never became live');
  };

  /** Takes every result received so far, once nothing more arrives for a moment. */
  const drain = async (...feeds: Feed[]) => {
    for (const f of feeds) while (await f.next(300));
  };

  /** The server closed the connection, and nothing of a change made after `drain` reached it. */
  const expectEnded = async (connection: Connection, ...feeds: Feed[]) => {
    expect(await connection.closed).toEqual({ code: SESSION_ENDED, reason: 'Session ended' });
    for (const f of feeds) expect(f.pending()).toBe(0);
  };

  it('issue 10.3: logout closes the session\'s sockets with 4401; a change right after the logout is never delivered', async () => {
    const c = await newClient();
    const connection = connect(c.token);
    const own = connection.subscribe(CLIENT_CHANGED, { id: c.id });
    await untilLive(own, () => touch(c.id));

    await drain(own);
    ok(await t.gql(LOGOUT, {}, c.token));
    await touch(c.id);
    await expectEnded(connection, own);
    expect(await own.next(300)).toBeUndefined();
  });

  it('issue 10.3: endImpersonation closes the impersonation\'s socket with 4401; the staff socket stays', async () => {
    const c = await newClient();
    const impersonation = ok(await t.gql(LOGIN_AS, { c: c.id }, admin)).loginAsClient.token as string;
    const asClient = connect(impersonation);
    const asStaff = connect(admin);
    const clientFeed = asClient.subscribe(CLIENT_CHANGED, { id: c.id });
    const staffFeed = asStaff.subscribe(CLIENT_CHANGED, { id: c.id });
    await untilLive(clientFeed, () => touch(c.id));
    await untilLive(staffFeed, () => touch(c.id));

    await drain(clientFeed, staffFeed);
    ok(await t.gql(graphql(`mutation LiveSessionsEndImpersonation { endImpersonation { sessionId } }`), {}, impersonation));
    await touch(c.id);
    await expectEnded(asClient, clientFeed);
    expect((await staffFeed.next())?.data?.clientChanged).toEqual({ clientId: c.id, change: 'UPDATED' });
    staffFeed.stop();
  });

  it('issue 10.3: closing the client (CL-5) closes every socket of it with 4401, its users\' too', async () => {
    const c = await newClient();
    const user = ok(await t.gql(CREATE_USER, { c: c.id, i: { email: `user-${++seq}@example.com`, firstName: 'U', lastName: 'Ser', password: 'user-password-123', permissions: ['PROFILE'] } }, c.token)).createClientUser;
    const userToken = ok(await t.gql(LOGIN, { e: user.email, p: 'user-password-123' })).login.token as string;
    const owner = connect(c.token);
    const member = connect(userToken);
    const ownerFeed = owner.subscribe(CLIENT_CHANGED);
    const memberFeed = member.subscribe(CLIENT_CHANGED);
    await untilLive(ownerFeed, () => touch(c.id));
    await untilLive(memberFeed, () => touch(c.id));

    await drain(ownerFeed, memberFeed);
    ok(await t.gql(graphql(`mutation LiveSessionsSetClientStatus($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }`), { id: c.id }, admin));
    await expectEnded(owner, ownerFeed);
    await expectEnded(member, memberFeed);
    // The status change itself is not delivered to the closed client either.
    expect(await ownerFeed.next(200)).toBeUndefined();
  });

  it('issue 10.3: staff logout closes the staff socket and the sockets of impersonations started from that session', async () => {
    const staff = await t.staffToken(StaffRole.SUPPORT);
    const c = await newClient();
    const impersonation = ok(await t.gql(LOGIN_AS, { c: c.id }, staff)).loginAsClient.token as string;
    const asStaff = connect(staff);
    const asClient = connect(impersonation);
    const staffFeed = asStaff.subscribe(CLIENT_CHANGED, { id: c.id });
    const clientFeed = asClient.subscribe(CLIENT_CHANGED, { id: c.id });
    await untilLive(staffFeed, () => touch(c.id));
    await untilLive(clientFeed, () => touch(c.id));
    // Another staff member's socket is not affected.
    const bystander = connect(admin);
    const bystanderFeed = bystander.subscribe(CLIENT_CHANGED, { id: c.id });
    await untilLive(bystanderFeed, () => touch(c.id));

    await drain(staffFeed, clientFeed, bystanderFeed);
    ok(await t.gql(LOGOUT, {}, staff));
    await touch(c.id);
    await expectEnded(asStaff, staffFeed);
    await expectEnded(asClient, clientFeed);
    expect((await bystanderFeed.next())?.data?.clientChanged).toEqual({ clientId: c.id, change: 'UPDATED' });
    bystanderFeed.stop();
  });

  describe('a sub-account\'s permissions', () => {
    let c: { id: string; token: string };
    let userId: string;
    let member: Connection;
    let services: Feed;
    let changes: Feed;
    let serviceId: string;

    beforeAll(async () => {
      c = await newClient();
      const server = ok(await t.gql(graphql(`mutation LiveSessionsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }`), { i: {
        name: 'spamexperts-live', module: 'spam-filter', hostname: '127.0.0.1', port: spamExperts.port, secure: false,
        settings: { username: spamExperts.username, password: spamExperts.password, defaultDestination: 'mail.hosting.example:2525' },
      } }, admin)).createServer.id;
      const product = ok(await t.gql(graphql(`mutation LiveSessionsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`), { i: {
        name: 'Filter live', type: 'OTHER', module: 'spam-filter', productOptions: { incoming: true, outgoing: false, archiving: false },
      } }, admin)).createProduct.id;
      serviceId = ok(await t.gql(graphql(`mutation LiveSessionsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }`), { i: {
        clientId: c.id, productId: product, serverId: server, domain: `live-${process.pid}.example`, billingCycle: 'MONTHLY', recurringAmount: '1.00',
      } }, admin)).createService.id;
      const user = ok(await t.gql(CREATE_USER, { c: c.id, i: { email: `hosting-${++seq}@example.com`, firstName: 'Host', lastName: 'Ing', password: 'user-password-123', permissions: ['SERVICES'] } }, c.token)).createClientUser;
      userId = user.id;
      member = connect(ok(await t.gql(LOGIN, { e: user.email, p: 'user-password-123' })).login.token);
      services = member.subscribe(SERVICE_CHANGED);
      changes = member.subscribe(CLIENT_CHANGED);
      await untilLive(changes, () => touch(c.id));
    });

    /** Runs a module command to its end; the job's events, as the sub-account's feed received them. */
    const run = async (command: string) => {
      ok(await t.gql(RUN, { s: serviceId, c: command }, admin));
      const statuses: string[] = [];
      for (let event = await services.next(3000); event; event = await services.next(event.data?.serviceChanged.job?.status === 'SUCCEEDED' ? 300 : 3000)) {
        expect(event.errors).toBeUndefined();
        statuses.push(`${event.data.serviceChanged.job.command} ${event.data.serviceChanged.job.status}`);
      }
      return statuses;
    };

    it('issue 10.3: losing SERVICES stops serviceChanged at once, on the open socket; the rest of its rights go on', async () => {
      expect(await run('create')).toEqual(['create QUEUED', 'create RUNNING', 'create SUCCEEDED']);

      ok(await t.gql(UPDATE_USER, { id: userId, i: { permissions: ['PROFILE'] } }, c.token));
      expect(await run('suspend')).toEqual([]);
      // The socket is open and its login's remaining rights still deliver (suspending may change the client's status too).
      await drain(changes);
      await touch(c.id);
      expect((await changes.next())?.data?.clientChanged).toEqual({ clientId: c.id, change: 'UPDATED' });

      // Given back, the permission takes effect on the same subscription.
      ok(await t.gql(UPDATE_USER, { id: userId, i: { permissions: ['SERVICES'] } }, c.token));
      expect(await run('unsuspend')).toEqual(['unsuspend QUEUED', 'unsuspend RUNNING', 'unsuspend SUCCEEDED']);
    });

    it('issue 10.3: a disabled sub-account\'s socket is closed with 4401', async () => {
      await drain(services, changes);
      ok(await t.gql(UPDATE_USER, { id: userId, i: { active: false } }, c.token));
      await touch(c.id);
      await expectEnded(member, services, changes);
    });
  });

  it('issue 10.3: a session that expires closes its socket with 4401 when it expires', async () => {
    const em = t.app.orm.em.fork();
    const staff = em.create(StaffUser, { email: `expiring-${++seq}@example.com`, firstName: 'Ex', lastName: 'Piring', role: StaffRole.ADMIN, passwordHash: 'not-used' });
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(Date.now() + 1500);
    em.create(AuthSession, { tokenHash, staff, expiresAt });
    await em.flush();
    const c = await newClient();
    const connection = connect(token);
    const f = connection.subscribe(CLIENT_CHANGED, { id: c.id });
    await untilLive(f, () => touch(c.id));
    const closed = await connection.closed;
    expect(closed.code).toBe(SESSION_ENDED);
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt.getTime());
    expect(Date.now()).toBeLessThan(expiresAt.getTime() + 1000);
  });

  it('issue 10.3: a session revoked while the event bus was disconnected is closed once it listens again', async () => {
    const c = await newClient();
    const connection = connect(c.token);
    const f = connection.subscribe(CLIENT_CHANGED, { id: c.id });
    await untilLive(f, () => touch(c.id));
    const logged: string[] = [];
    // Messages only: the operation lines of the ended subscriptions (fields first) are not what this is about.
    const spies = (['error', 'info'] as const).map((level) => captureLog(level).mockImplementation((...args: unknown[]) => void (typeof args[0] === 'string' && logged.push(args[0]))));
    try {
      // A revocation whose notification never arrives, then the bus's connection is lost.
      const sql = (query: string) => t.app.orm.em.fork().getConnection().execute(query);
      await sql(`update auth_session set revoked_at = now() where revoked_at is null and client_id = ${keyOf(c.id)}`);
      await sql(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'hostbill-events' and datname = current_database()`);
      expect(await connection.closed).toEqual({ code: SESSION_ENDED, reason: 'Session ended' });
      expect(logged).toEqual([expect.stringContaining('Event bus: lost its database connection'), 'Event bus: listening again']);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });

  it('issue 10.3: an anonymous socket may query but is refused any subscription at subscribe time (UNAUTHENTICATED)', async () => {
    const anonymous = connect();
    const refused = anonymous.subscribe(CLIENT_CHANGED);
    const errors = (await refused.failure()) as { extensions?: Record<string, unknown> }[];
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Queries still work on the same connection: it was not closed.
    const query = await new Promise<any>((resolve, reject) => {
      anonymous.client.subscribe({ query: operationText(TYPENAME) }, { next: resolve, error: reject, complete: () => {} });
    });
    expect(query).toEqual({ data: { __typename: 'Query' } });
  });

  it('issue 10.3: subscriptions per connection are capped (RATE_LIMITED); a finished one frees its slot', async () => {
    const connection = connect(admin);
    const feeds = Array.from({ length: MAX_SUBSCRIPTIONS }, () => connection.subscribe(CLIENT_CHANGED));
    const extra = connection.subscribe(CLIENT_CHANGED);
    const errors = (await extra.failure()) as { message: string; extensions?: Record<string, unknown> }[];
    expect(errors?.[0]).toMatchObject({ message: `At most ${MAX_SUBSCRIPTIONS} subscriptions per connection`, extensions: { code: 'RATE_LIMITED' } });
    for (const f of feeds) expect(await f.failure(50)).toBeUndefined();

    feeds[0].stop();
    const again = connection.subscribe(CLIENT_CHANGED);
    const c = await newClient();
    await untilLive(again, () => touch(c.id));
  });

  it('issue 10.3: connections per address are capped (close code 1008); other addresses are not affected', async () => {
    const ip = '192.0.2.77';
    const allowed = Array.from({ length: MAX_PER_IP }, () => connect(admin, ip));
    await Promise.all(allowed.map((connection) => connection.opened));
    const refused = connect(admin, ip);
    expect(await refused.closed).toEqual({ code: 1008, reason: 'Too many connections from this address' });
    // The allowed ones work, and a closed one frees its place.
    const f = allowed[0].subscribe(CLIENT_CHANGED);
    const c = await newClient();
    await untilLive(f, () => touch(c.id));
    await allowed[1].client.dispose();
    // The server counts the closed connection out when it has seen the close.
    let replacement: Connection | undefined;
    for (let attempt = 0; attempt < 20 && !replacement; attempt++) {
      const candidate = connect(admin, ip);
      if ((await Promise.race([candidate.opened.then(() => 'open'), candidate.closed.then(() => 'refused')])) === 'open') replacement = candidate;
    }
    const g = replacement!.subscribe(CLIENT_CHANGED, { id: c.id });
    await untilLive(g, () => touch(c.id));
  });

  it('issue 10.3: a socket cut mid-stream with several subscriptions logs one line, no stack trace', async () => {
    const c = await newClient();
    // Large events (10 kB of notes each), so the server has writes waiting when the socket is cut.
    ok(await t.gql(UPDATE_CLIENT, { id: c.id, i: { adminNotes: 'n'.repeat(10_000) } }, admin));
    const connection = connect(admin);
    const query = graphql(`subscription LiveSessionsClientChanged2($id: ID) { clientChanged(id: $id) { clientId client { adminNotes } } }`);
    const feeds = Array.from({ length: MAX_SUBSCRIPTIONS }, () => connection.subscribe(query, { id: c.id }));
    for (const f of feeds) await untilLive(f, () => touch(c.id));
    const changed = () => t.app.server.events.publish('CLIENT_CHANGED', { clientId: keyOf(c.id), change: 'UPDATED', at: new Date().toISOString() });

    const logged: unknown[][] = [];
    const spies = (['error', 'warn'] as const).map((level) =>
      captureLog(level).mockImplementation((...args: unknown[]) => void logged.push([level, ...args])),
    );
    try {
      // The client stops reading while events stream in, then its socket is cut without a close frame.
      (connection.socket() as unknown as { _socket: { pause(): void } })._socket.pause();
      for (let i = 0; i < 300; i++) changed();
      // On purpose: the events pile up unread for a while before the cut.
      await pause(1500);
      connection.socket().terminate();
      await waitFor(() => logged.length, { what: 'a log line about the dropped connection', timeoutMs: 3000 });
      // A window in which a second line would show up.
      await pause(500);
      expect(logged).toEqual([['warn', expect.stringMatching(/^graphql-ws: connection from \S+ dropped without closing$/)]]);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });

  it('issue 10.3: attacks over graphql-ws are refused while /health keeps answering within 100 ms', async () => {
    // The attackers run in processes of their own, started before the clock runs: the timings are the server's.
    const attacker = async (options: Record<string, unknown>) => {
      const child = spawn(process.execPath, [ATTACKER, JSON.stringify({ url: t.url.replace(/^http/, 'ws'), query: operationText(CLIENT_CHANGED), ...options })]);
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await waitFor(() => output.startsWith('ready\n'), { what: 'the attacker to be ready', intervalMs: 20 });
      return {
        async run() {
          child.stdin.write('go\n');
          await exited;
          return JSON.parse(output.slice('ready\n'.length));
        },
      };
    };
    const attackers = [
      // 20 connections from one address (the cap is 5), each asking for 10 subscriptions without a login.
      await attacker({ ip: '192.0.2.99', connections: 20, subscriptions: 10, expectErrors: 10 }),
      // One login asking for 30 subscriptions on one connection (the cap is 4).
      await attacker({ ip: '192.0.2.100', connections: 1, subscriptions: 30, token: admin, expectErrors: 30 - MAX_SUBSCRIPTIONS }),
    ];
    const [anonymous, flood] = await whileResponsive(t.url, () => Promise.all(attackers.map((a) => a.run())));
    expect(anonymous).toEqual({ closed: { 1008: 20 - MAX_PER_IP }, errors: { UNAUTHENTICATED: MAX_PER_IP * 10 } });
    expect(flood).toEqual({ closed: {}, errors: { RATE_LIMITED: 30 - MAX_SUBSCRIPTIONS } });
  });

  it('issue 10.3: SQL per event and per revocation does not grow with the number of subscribers (10 vs 200)', async () => {
    const em = t.app.orm.em.fork();
    const staff = em.create(StaffUser, { email: `many-${++seq}@example.com`, firstName: 'Ma', lastName: 'Ny', role: StaffRole.SUPPORT, passwordHash: 'not-used' });
    const tokens = Array.from({ length: 201 }, () => {
      const { token, tokenHash } = newToken();
      em.create(AuthSession, { tokenHash, staff, expiresAt: new Date(Date.now() + 3600_000) });
      return token;
    });
    await em.flush();
    const watched = 987_654_321;
    const deleted = (clientId: number) => t.app.server.events.publish('CLIENT_CHANGED', { clientId, change: 'DELETED', at: new Date().toISOString() });

    const measure = async (count: number) => {
      const connections = tokens.slice(0, count).map((token) => connect(token));
      await Promise.all(connections.map((connection) => connection.opened));
      const feeds = await subscribed(() => connections.map((connection) => connection.subscribe(CLIENT_CHANGED, { id: idOf('Client', watched) })), count);

      // One event to every subscriber.
      let before = sqlStatements.count;
      deleted(watched);
      for (const f of feeds) expect((await f.next())?.data?.clientChanged).toEqual({ clientId: idOf('Client', watched), change: 'DELETED' });
      const perEvent = sqlStatements.count - before;

      // One login of the same staff member ends: only its socket is checked again and closed.
      const leaving = connect(tokens[200]);
      const leavingFeed = leaving.subscribe(CLIENT_CHANGED, { id: idOf('Client', watched) });
      await untilLive(leavingFeed, async () => deleted(watched));
      for (const f of feeds) while (await f.next(0));
      before = sqlStatements.count;
      ok(await t.gql(LOGOUT, {}, tokens[200]));
      expect((await leaving.closed).code).toBe(SESSION_ENDED);
      // A window for any further checks the revocation would (wrongly) cause.
      await pause(200);
      const perRevocation = sqlStatements.count - before;
      for (const f of feeds) expect(f.pending()).toBe(0);

      await Promise.all(connections.map((connection) => connection.client.dispose()));
      // The next round logs in again with the same token: a new session row for it.
      const { token, tokenHash } = newToken();
      em.create(AuthSession, { tokenHash, staff, expiresAt: new Date(Date.now() + 3600_000) });
      await em.flush();
      tokens[200] = token;
      return { perEvent, perRevocation };
    };

    // The fewer of two rounds: the worker's periodic tasks (lost jobs, leases, mail) add statements to a round now and then.
    const fewest = async (count: number) => {
      const [a, b] = [await measure(count), await measure(count)];
      return { perEvent: Math.min(a.perEvent, b.perEvent), perRevocation: Math.min(a.perRevocation, b.perRevocation) };
    };
    const few = await fewest(10);
    const many = await fewest(200);
    expect(many).toEqual(few);
    // The logout itself: session lookup, revocation, notify; then one check of the one affected login.
    expect(few.perRevocation).toBeLessThanOrEqual(5);
  }, 120_000);
});
