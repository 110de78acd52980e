/**
 * Issue 11.6: events cross processes. The documented deployment: an API
 * process with JOBS_WORKER=false and a worker process, both `node
 * dist/src/main.js` on one database. A subscriber on either process sees every
 * event once, whichever process published it.
 */
import { keyOf } from '../support/ids';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../../src/shared/orm';
import { entities } from '../../src/composition';
import { hashPassword } from '../../src/auth/passwords';
import { StaffRole, StaffUser } from '../../src/auth/staff-user.entity';
import { createEventBus, type EventBus, type EventTopics, type Topic } from '../../src/shared/event-bus';
import { PostgresEventTarget } from '../../src/shared/postgres-event-target';
import { installAfterCommit, publishOnCommit } from '../../src/shared/after-commit';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { createTestDatabase } from '../support/database';
import { databaseEnv, gql as send, start, stopServer, type Started as ServerProcess, useServerProcesses } from '../support/server-process';
import { operationText, TEST_SECRETS_KEY, type Operation } from '../support/test-app';
import { graphql } from '../generated';
import { pause, waitFor } from '../support/wait';

const SERVICE_CHANGED = graphql(`subscription AcrossProcessesServiceChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { command status } } }`);
const CLIENT_CHANGED = graphql(`subscription AcrossProcessesClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }`);

/** The data of an operation that must succeed. */
async function gql<R, V>(url: string, query: Operation<R, V>, variables?: V, token?: string): Promise<R> {
  const answer = await send(url, query, variables, token);
  expect(answer.errors).toBeUndefined();
  return answer.data as R;
}

/** Every result of one subscription, in order of arrival. */
function record<R, V>(client: WsClient, query: Operation<R, V>, variables: V) {
  const results: any[] = [];
  const stop = client.subscribe({ query: operationText(query), variables: variables as Record<string, unknown> }, { next: (value) => results.push(value), error: (error) => results.push({ error }), complete: () => {} });
  return { results, stop };
}

const until = (condition: () => boolean | Promise<boolean>, what = 'the events') => waitFor(condition, { what, timeoutMs: 15_000 });

describe('issue 11.6: an API process and a worker process on one database', () => {
  const processes = useServerProcesses();
  const spamExperts = new SpamExpertsTestServer();
  let database: { url: string; drop(): Promise<void> };
  let orm: MikroORM;
  let api: ServerProcess;
  let worker: ServerProcess;
  let admin: string;
  const clients: WsClient[] = [];
  let seq = 0;

  const ws = (server: ServerProcess) => {
    const client = createClient({
      url: server.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin}` },
      retryAttempts: 0,
      lazy: false,
    });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    await spamExperts.start();
    database = await createTestDatabase();
    orm = await initOrm(database.url, entities, { logger: () => {} });
    const em = orm.em.fork();
    em.create(StaffUser, { email: 'ops@example.com', firstName: 'Ops', lastName: 'Admin', role: StaffRole.ADMIN, passwordHash: await hashPassword('ops-password-1234') });
    await em.flush();
    const startProcess = async (env: Record<string, string>) =>
      processes.track(await start(databaseEnv(database.url, TEST_SECRETS_KEY, { JOBS_POLL_MS: '50', MODULE_COMMAND_TIMEOUT_MS: '2000', ...env })));
    [api, worker] = await Promise.all([startProcess({ JOBS_WORKER: 'false' }), startProcess({ JOBS_WORKER: 'true' })]);
    admin = (await gql(api.url, graphql(`mutation AcrossProcessesLogin { login(email: "ops@example.com", password: "ops-password-1234", realm: STAFF) { token } }`))).login.token;
  }, 240_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all([api, worker].map((server) => server && stopServer(server)));
    await orm?.close(true);
    await database?.drop();
    await spamExperts.stop();
  }, 60_000);

  const newService = async () => {
    const serverId = (await gql(api.url, graphql(`mutation AcrossProcessesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }`), { i: {
      name: `spamexperts-${++seq}`, module: 'spam-filter', hostname: '127.0.0.1', port: spamExperts.port, secure: false,
      settings: { username: spamExperts.username, password: spamExperts.password, defaultDestination: 'mail.hosting.example:2525' },
    } }, admin)).createServer.id;
    const productId = (await gql(api.url, graphql(`mutation AcrossProcessesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`), { i: {
      name: `Filter ${seq}`, type: 'OTHER', module: 'spam-filter', productOptions: { incoming: true, outgoing: false, archiving: false },
    } }, admin)).createProduct.id;
    const clientId = (await gql(api.url, graphql(`mutation AcrossProcessesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`), { i: {
      firstName: 'Two', lastName: 'Processes', email: `two-${seq}@example.com`, currency: 'EUR',
    } }, admin)).createClient.id as string;
    const id = (await gql(api.url, graphql(`mutation AcrossProcessesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }`), { i: {
      clientId, productId, serverId, domain: `two${seq}-${process.pid}.example`, billingCycle: 'MONTHLY', recurringAmount: '1.00',
    } }, admin)).createService.id as string;
    return { id, clientId };
  };

  /**
   * Subscribes on each process and waits until every subscription
   * demonstrably receives events (graphql-ws does not acknowledge a
   * subscribe): warm-up events are published from this test's own connection.
   */
  /** Publishes as a third process would, without a LISTEN connection of its own: one NOTIFY in the event bus's format (postgres-event-target.ts). */
  const notify = <T extends Topic>(topic: T, payload: EventTopics[T]) =>
    orm.em.fork().getConnection().execute('select pg_notify(?, ?)', ['hostbill_events', JSON.stringify({ topic, payload })]);
  const liveFeeds = async (servers: ServerProcess[], service: { id: string; clientId: string }) => {
    const feeds = servers.map((server) => {
      const client = ws(server);
      return { services: record(client, SERVICE_CHANGED, { id: service.id }), changes: record(client, CLIENT_CHANGED, { id: service.clientId }) };
    });
    const at = new Date().toISOString();
    const live = () => feeds.every((f) => f.services.results.length > 0 && f.changes.results.length > 0);
    await waitFor(async () => {
      if (live()) return true;
      await notify('SERVICE_CHANGED', { change: 'UPDATED', serviceId: keyOf(service.id), clientId: keyOf(service.clientId), status: 'pending', at });
      await notify('CLIENT_CHANGED', { clientId: keyOf(service.clientId), change: 'UPDATED', at });
      return false;
    }, { what: 'every subscription to receive the warm-up events', timeoutMs: 15_000, intervalMs: 150 });
    // A window for the warm-up's last events to arrive before they are cleared.
    await pause(300);
    for (const f of feeds) {
      f.services.results.length = 0;
      f.changes.results.length = 0;
    }
    return feeds;
  };

  it('issue 11.6: a subscriber on the API process sees QUEUED (API), RUNNING and SUCCEEDED and the client\'s status change (worker), each once; so does one on the worker process', async () => {
    const service = await newService();
    const statusOf = async () => (await gql(api.url, graphql(`query AcrossProcessesClientStatus($id: ID!) { client(id: $id) { status } }`), { id: service.clientId }, admin)).client!.status;
    expect(await statusOf()).toBe('INACTIVE'); // no active service yet
    const [onApi, onWorker] = await liveFeeds([api, worker], service);

    await gql(api.url, graphql(`mutation AcrossProcessesCreate($s: ID!) { runModuleCommand(serviceId: $s, command: "create") { id } }`), { s: service.id }, admin);
    const expected = [
      { data: { serviceChanged: { serviceId: service.id, status: 'PENDING', job: { command: 'create', status: 'QUEUED' } } } },
      { data: { serviceChanged: { serviceId: service.id, status: 'PENDING', job: { command: 'create', status: 'RUNNING' } } } },
      { data: { serviceChanged: { serviceId: service.id, status: 'ACTIVE', job: { command: 'create', status: 'SUCCEEDED' } } } },
    ];
    await until(() => onApi.services.results.length >= 3 && onWorker.services.results.length >= 3 && onApi.changes.results.length >= 1 && onWorker.changes.results.length >= 1);
    // Nothing arrives twice (a window for a second copy to arrive).
    await pause(700);
    for (const feeds of [onApi, onWorker]) {
      expect(feeds.services.results).toEqual(expected);
      expect(feeds.changes.results).toEqual([{ data: { clientChanged: { clientId: service.clientId, change: 'STATUS_CHANGED', client: { status: 'ACTIVE' } } } }]);
    }
  });

  it('issue 11.6: a lost LISTEN connection is reconnected without ending either process, and events flow again', async () => {
    const service = await newService();
    await gql(api.url, graphql(`mutation AcrossProcessesCreate($s: ID!) { runModuleCommand(serviceId: $s, command: "create") { id } }`), { s: service.id }, admin);
    await until(async () => (await gql(api.url, graphql(`query AcrossProcessesServiceStatus($id: ID!) { service(id: $id) { status } }`), { id: service.id }, admin)).service!.status === 'ACTIVE');

    const terminated = await orm.em.fork().getConnection().execute(
      `select pg_terminate_backend(pid) as done from pg_stat_activity where application_name = 'hostbill-events' and datname = current_database()`,
    );
    expect(terminated).toHaveLength(2);
    await until(() => [api, worker].every((server) => server.output().stdout.includes('Event bus: listening again')));
    for (const server of [api, worker]) {
      expect(server.child.exitCode).toBeNull();
      expect(server.output().stderr).toContain('Event bus: lost its database connection');
      expect(server.output().stderr).not.toMatch(/\n\s+at /); // no stack trace
    }

    const [onApi] = await liveFeeds([api], service);
    await gql(api.url, graphql(`mutation AcrossProcessesSuspend($s: ID!) { runModuleCommand(serviceId: $s, command: "suspend") { id } }`), { s: service.id }, admin);
    await until(() => onApi.services.results.some((r) => r.data?.serviceChanged.job.status === 'SUCCEEDED'));
    expect(onApi.services.results.map((r) => r.data.serviceChanged.job.status)).toEqual(['QUEUED', 'RUNNING', 'SUCCEEDED']);
  });
});

describe('issue 11.6: the event bus on LISTEN/NOTIFY', () => {
  let database: { url: string; drop(): Promise<void> };
  let orm: MikroORM;
  let targets: PostgresEventTarget[];
  let buses: EventBus[];

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await initOrm(database.url, entities, { logger: () => {} });
    // Two LISTEN connections, as two processes would have.
    targets = await Promise.all([PostgresEventTarget.start(database.url), PostgresEventTarget.start(database.url)]);
    buses = targets.map((target) => createEventBus(target));
    installAfterCommit(orm, buses[0]);
  });
  afterAll(async () => {
    await Promise.all(targets.map((target) => target.stop()));
    await orm.close(true);
    await database.drop();
  });

  const received = (bus: EventBus) => {
    const events: unknown[] = [];
    const stop = bus.watch('CLIENT_CHANGED', (payload) => events.push(payload));
    return { events, stop };
  };

  it('issue 11.6: an event longer than a NOTIFY payload (8000 bytes) arrives whole, once, on every bus, the publisher\'s included', async () => {
    const [first, second] = buses.map(received);
    const long = { clientId: 1, change: 'UPDATED' as const, at: 'x'.repeat(20_000) + 'é€😀' };
    const short = { clientId: 2, change: 'UPDATED' as const, at: 'short' };
    buses[0].publish('CLIENT_CHANGED', long);
    buses[1].publish('CLIENT_CHANGED', short);
    await until(() => first.events.length >= 2 && second.events.length >= 2);
    await pause(300); // a window for a second copy to arrive
    // Two publishers' events may interleave either way; each arrives once and intact.
    for (const { events } of [first, second]) {
      const byClient = [...events].sort((a: any, b: any) => a.clientId - b.clientId);
      expect(byClient).toHaveLength(2);
      expect(JSON.stringify(byClient[0]) === JSON.stringify(long)).toBe(true);
      expect(byClient[1]).toEqual(short);
    }
    first.stop();
    second.stop();
  });

  it('issue 12: thousands of events published at once (as the renewal step commits one per invoice) all arrive once, in order, on every bus, in far fewer NOTIFYs', async () => {
    // A LISTEN connection of its own counts the NOTIFYs that carry them.
    const listener = new pg.Client({ connectionString: database.url });
    await listener.connect();
    let notifies = 0;
    listener.on('notification', (message) => void (message.channel === 'hostbill_events' && notifies++));
    await listener.query('listen hostbill_events');
    try {
      const watched = buses.map(received);
      // One event longer than a payload among them (it travels in parts), and two equal ones (PostgreSQL folds equal NOTIFYs of one transaction).
      const events = Array.from({ length: 5_000 }, (_, i) => ({ clientId: i, change: 'UPDATED' as const, at: i === 2_500 ? 'x'.repeat(20_000) : `at ${i}` }));
      events.push({ ...events[4_999] }, { ...events[4_999] });
      for (const event of events) buses[0].publish('CLIENT_CHANGED', event);
      await until(() => watched.every((bus) => bus.events.length >= events.length));
      await pause(300); // a window for a second copy to arrive
      for (const bus of watched) {
        expect(bus.events.length).toBe(events.length);
        expect(bus.events).toEqual(events);
        bus.stop();
      }
      expect(notifies).toBeGreaterThan(0);
      expect(notifies).toBeLessThan(events.length / 20);
    } finally {
      await listener.end();
    }
  });

  it('issue 11.6: published inside a transaction, an event goes out at commit, and never after a rollback', async () => {
    const watched = received(buses[1]);
    await orm.em.fork().transactional(async (em) => {
      await publishOnCommit(em, 'CLIENT_CHANGED', { clientId: 3, change: 'UPDATED', at: 'committed' });
      await pause(300); // a window in which an event published too early would arrive
      expect(watched.events).toEqual([]); // not before the commit
    });
    await expect(
      orm.em.fork().transactional(async (em) => {
        await publishOnCommit(em, 'CLIENT_CHANGED', { clientId: 4, change: 'UPDATED', at: 'rolled back' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    buses[0].publish('CLIENT_CHANGED', { clientId: 5, change: 'UPDATED', at: 'after' });
    await until(() => watched.events.length >= 2);
    await pause(300); // a window for the rolled-back event to arrive if it were sent
    expect(watched.events).toEqual([{ clientId: 3, change: 'UPDATED', at: 'committed' }, { clientId: 5, change: 'UPDATED', at: 'after' }]);
    watched.stop();
  });
});
