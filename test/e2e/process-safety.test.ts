/**
 * Issue 10.6 (production start is safe) and 11.4 (idempotency keys survive
 * crashes) with the real server process, as an operator runs it: the
 * compiled `node dist/src/main.js` (built once per run, see
 * support/server-process.ts) on a test database of its own.
 */
import { idOf, keyOf } from '../support/ids';
import pg from 'pg';
import { createTestDatabase } from '../support/database';
import { TEST_SECRETS_KEY } from '../support/test-app';
import { whileResponsive } from '../support/responsive';
import { databaseEnv, freePort, logMessages, READY_LINE, run, start, useServerProcesses, type ServerProcess } from '../support/server-process';
import { pause, waitFor } from '../support/wait';
import { operationText, type GraphQLResponse, type Operation } from '../support/operation';
import { graphql } from '../generated';

const CLIENT_COUNT = graphql(`query ProcessSafetyClients { clients { totalCount } }`);
const DEMO_STAFF = { email: 'admin@example.com', password: 'demo-admin-password' };

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  expect((await server.exit).code).toBe(0);
}

async function gql<R, V>(url: string, query: Operation<R, V>, variables: V, token?: string, key?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify({ query: operationText(query), variables }),
  });
  return { replayed: res.headers.get('idempotent-replayed'), body: (await res.json()) as Omit<GraphQLResponse<R>, 'status'> };
}

async function staffLogin(url: string, password: string): Promise<string> {
  const res = await gql(url, graphql(`mutation ProcessSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`), { e: DEMO_STAFF.email, p: password });
  if (!res.body.data) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.login.token;
}

describe('issues 10.6 and 11.4: the server process', () => {
  const processes = useServerProcesses();
  const { track } = processes;
  const databases: { url: string; drop(): Promise<void> }[] = [];

  /** The environment of one server on one database: nothing of the test run's own set-up leaks in. */
  const envFor = async (databaseUrl: string, extra: Record<string, string> = {}) => databaseEnv(databaseUrl, TEST_SECRETS_KEY, { PORT: String(await freePort()), ...extra });
  /** A fresh migrated database, as a new install has it (the test template's extra currencies would clash with the demo data's). */
  async function newDatabase() {
    const database = await createTestDatabase();
    databases.push(database);
    await withDatabase(database.url, (client) => client.query(`delete from currency where code in ('EUR', 'GBP')`));
    return database.url;
  }
  async function withDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  afterAll(async () => {
    for (const database of databases) await database.drop();
  }, 60_000);

  describe('issue 10.6: production start is safe', () => {
    it('issue 10.6: NODE_ENV=production with DEMO_DATA=true exits 1 naming the variable, before touching the database', async () => {
      const url = await newDatabase();
      const refused = track(run(await envFor(url, { NODE_ENV: 'production', DEMO_DATA: 'true' })));
      expect((await refused.exit).code).toBe(1);
      expect(refused.output().stderr).toContain('DEMO_DATA=true is not allowed with NODE_ENV=production: the demo logins have published passwords');
      expect(await withDatabase(url, async (client) => (await client.query('select count(*)::int as n from staff_user')).rows[0].n)).toBe(0);
    });

    it('issue 12 / 10.6: a pending migration that fails (in its own process) stops the start with one line saying why; the server never serves', async () => {
      const url = await newDatabase();
      // The first migration marked as not run: running it again fails on the tables it created.
      await withDatabase(url, (client) => client.query(`delete from mikro_orm_migrations where name like 'Migration20261123132110%'`));
      const failed = track(run(await envFor(url)));
      expect((await failed.exit).code).toBe(1);
      const { stdout, stderr } = failed.output();
      expect(logMessages(stderr)).toEqual([expect.stringMatching(/^Start-up failed: Migrating the database failed: .*already exists/)]);
      expect(stdout).not.toMatch(READY_LINE);
    });

    it('issue 10.6: a database whose staff still has the demo password refuses a production start with one clear line; once changed it starts, without demo data', async () => {
      const url = await newDatabase();
      // A development start loads the demo data, demo staff password included.
      const dev = track(await start(await envFor(url, { DEMO_DATA: 'true' })));
      const demoCount = (await gql(dev.url, CLIENT_COUNT, {}, await staffLogin(dev.url, DEMO_STAFF.password))).body.data!.clients.totalCount;
      expect(demoCount).toBeGreaterThan(0);
      await stop(dev);

      const refused = track(run(await envFor(url, { NODE_ENV: 'production' })));
      expect((await refused.exit).code).toBe(1);
      const { stdout, stderr } = refused.output();
      expect(logMessages(stderr)).toEqual([
        'Refusing to start with NODE_ENV=production: staff login admin@example.com still has the demo password. ' +
          'Start once without NODE_ENV=production, log in as admin@example.com and set a new password with the changeStaffPassword mutation, then start again.',
      ]);
      expect(stdout).not.toMatch(READY_LINE);

      // What the message says: start without production, change the password.
      const maintenance = track(await start(await envFor(url)));
      const token = await staffLogin(maintenance.url, DEMO_STAFF.password);
      const CHANGE = graphql(`mutation ProcessSafetyChangeStaffPassword($c: String!, $n: String!) { changeStaffPassword(input: { currentPassword: $c, newPassword: $n }) { id } }`);
      const again = await gql(maintenance.url, CHANGE, { c: DEMO_STAFF.password, n: DEMO_STAFF.password }, token);
      expect(again.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const wrong = await gql(maintenance.url, CHANGE, { c: 'not-the-password', n: 'a-real-password-2026' }, token);
      expect(wrong.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await gql(maintenance.url, CHANGE, { c: DEMO_STAFF.password, n: 'a-real-password-2026' }, token)).body.data?.changeStaffPassword?.id).toBeDefined();
      await stop(maintenance);

      const production = track(await start(await envFor(url, { NODE_ENV: 'production' })));
      // A server just started compiles the code of its first requests (measured 72 ms here, 150 for the createInvoice below).
      const newToken = await whileResponsive(production.url, () => staffLogin(production.url, 'a-real-password-2026'), { pid: production.child.pid, cpuLimitMs: 600 });
      const demoLogin = await gql(production.url, graphql(`mutation ProcessSafetyLogin2($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`), { e: DEMO_STAFF.email, p: DEMO_STAFF.password });
      expect(demoLogin.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // No demo data was loaded again (and none would be for a fresh production database: DEMO_DATA is off there).
      expect((await gql(production.url, CLIENT_COUNT, {}, newToken)).body.data!.clients.totalCount).toBe(demoCount);
      expect(production.output().stdout).not.toContain('Demo data:');
      await stop(production);
    }, 120_000);
  });

  describe('issue 11.4: idempotency keys survive a crash', () => {
    it('issue 11.4: kill -9 mid-request: the key of the uncommitted request is free once its lease lapsed, the retry runs afresh; a committed key still replays', async () => {
      const url = await newDatabase();
      const env = await envFor(url, { DEMO_DATA: 'true', IDEMPOTENCY_LEASE_SECONDS: '2' });
      let server = track(await start(env));
      const token = await staffLogin(server.url, DEMO_STAFF.password);
      const clients = (await gql(server.url, graphql(`query ProcessSafetyClients3 { clients(filter: { search: "ada@example.org" }) { edges { node { id } } } }`), {}, token)).body.data!.clients.edges;
      const clientId = keyOf(clients[0].node.id);
      const CREATE = graphql(`mutation ProcessSafetyCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount } } }`);
      const variables = { i: { clientId: idOf('Client', clientId), lines: [{ description: 'Crash-safe hosting', amount: '7.00' }] } };
      const db = new pg.Client({ connectionString: url });
      const blocker = new pg.Client({ connectionString: url });
      await db.connect();
      await blocker.connect();
      try {
        const invoices = async () => (await db.query('select count(*)::int as n from invoice where client_id = $1', [clientId])).rows[0].n as number;

        // A request that committed before the crash.
        const committed = await gql(server.url, CREATE, variables, token, 'committed-key');
        expect(committed.body.errors).toBeUndefined();
        const before = await invoices();

        // A request caught mid-transaction: it waits for the client row, which this test holds locked.
        await blocker.query('begin');
        await blocker.query('select id from client where id = $1 for update', [clientId]);
        const inFlight = gql(server.url, CREATE, variables, token, 'crash-key').catch((error: unknown) => error);
        await waitFor(async () => {
          const { rows } = await db.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`);
          return rows[0].n > 0;
        }, { what: 'the request to reach the locked row', timeoutMs: 10_000, intervalMs: 25 });
        // While it runs it renews its lease: past the lease time (waited out on purpose) a retry is still told it is running.
        await pause(Number(env.IDEMPOTENCY_LEASE_SECONDS) * 1000 + 500);
        const meanwhile = await gql(server.url, CREATE, variables, token, 'crash-key');
        expect(meanwhile.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('still running') });

        server.child.kill('SIGKILL');
        expect((await server.exit).signal).toBe('SIGKILL');
        // The killed request never answers (fetch's error comes from another realm than jest's Error).
        expect(await inFlight).toMatchObject({ message: 'fetch failed' });
        await blocker.query('rollback');
        // Nothing of the killed request committed; only its in-flight marker is left.
        expect(await invoices()).toBe(before);
        const [marker] = (await db.query(`select response_encrypted from idempotent_request where key = 'crash-key'`)).rows;
        expect(marker).toEqual({ response_encrypted: null });

        server = track(await start(env));
        // Once the dead request's lease has lapsed (2 s, no one renews it), the retry runs afresh.
        await waitFor(async () => {
          const { rows } = await db.query(`select count(*)::int as n from idempotent_request where key = 'crash-key' and locked_until >= now()`);
          return rows[0].n === 0;
        }, { what: 'the lease to lapse', timeoutMs: 10_000, intervalMs: 100 });
        const retried = await whileResponsive(server.url, () => gql(server.url, CREATE, variables, token, 'crash-key'), { pid: server.child.pid, cpuLimitMs: 600 });
        expect(retried.replayed).toBeNull();
        expect(retried.body.data!.createInvoice.total).toEqual(committed.body.data!.createInvoice.total);
        expect(await invoices()).toBe(before + 1);
        // From now on the key replays that answer; the key committed before the crash replays its own.
        expect(await gql(server.url, CREATE, variables, token, 'crash-key')).toEqual({ replayed: 'true', body: retried.body });
        expect(await gql(server.url, CREATE, variables, token, 'committed-key')).toEqual({ replayed: 'true', body: committed.body });
        expect(await invoices()).toBe(before + 1);
      } finally {
        await blocker.end().catch(() => undefined);
        await db.end();
      }
      await stop(server);
    }, 120_000);
  });
});
