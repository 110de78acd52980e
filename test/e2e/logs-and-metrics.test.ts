/**
 * Issue 13.11 (logs) and 13.12 (metrics) on the real server process
 * (`node dist/src/main.js`): its stdout is read as an operator's log
 * collector reads it, and /metrics is scraped as Prometheus scrapes it,
 * after real GraphQL operations, module jobs and subscriptions.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import {
  freePort,
  gql,
  logLines,
  staffLogin,
  start,
  type Started,
  useServerProcesses,
} from '../support/server-process';
import { waitFor } from '../support/wait';
import { ok, operationText, type GraphQLResponse } from '../support/operation';
import { graphql } from '../generated';

const METRICS_TOKEN = 'scrape-token-0123456789abcdef';

// The operation names are what the log lines and the metrics' labels carry.
const CLIENTS = graphql(`query LogsAndMetricsClients { clients(first: 1) { totalCount } }`);
const LOGIN = graphql(`mutation LogsAndMetricsLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`);
const SECRET_LOGIN = graphql(`mutation LogsAndMetricsSecretLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`);
const SECRET_TOKEN = graphql(`query LogsAndMetricsSecretToken { clients(first: 1) { totalCount } }`);
const SECRET_OWN_TOKEN = graphql(`query LogsAndMetricsSecretOwnToken { clients(first: 1) { totalCount } }`);
const PROBE = graphql(`query LogsAndMetricsProbe { clients(first: 1) { totalCount } }`);
/** An operation without a name, counted as "(anonymous)": plain text, as typed documents are named. */
const ANONYMOUS = `query { clients(first: 1) { totalCount } }`;
const WATCH_CLIENTS = graphql(`subscription LogsAndMetricsWatchClients { clientChanged { clientId } }`);
const CREATE_CLIENT = graphql(`mutation LogsAndMetricsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const CREATE_SERVER = graphql(`mutation LogsAndMetricsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }`);
const CREATE_PRODUCT = graphql(`mutation LogsAndMetricsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`);
const CREATE_SERVICE = graphql(`mutation LogsAndMetricsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }`);
const RUN_CREATE = graphql(`mutation LogsAndMetricsRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: "create") { id } }`);
const JOB = graphql(`query LogsAndMetricsJob($id: ID!) { moduleJob(id: $id) { status } }`);

/** `name{labels} value` lines of the Prometheus text format: the value of the series with these labels (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const own = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => own[key] === value)) return Number(match[3]);
  }
  return 0;
}

/** The codes of the errors an operation answered. */
const errorCodes = (res: GraphQLResponse) => res.errors?.map((error) => error.extensions?.code);

describe('issue 13.11 / 13.12: logs and metrics of the running server', () => {
  const processes = useServerProcesses('hostbill-observability-');
  const spamExperts = new SpamExpertsTestServer();
  let server: Started;
  let metricsUrl: string;
  let token: string;

  /** null: no Authorization header. */
  const scrape = async (authorization: string | null = `Bearer ${METRICS_TOKEN}`) => {
    const res = await fetch(metricsUrl, { headers: authorization ? { authorization } : {} });
    return { status: res.status, text: await res.text() };
  };
  const metrics = async () => {
    const { status, text } = await scrape();
    expect(status).toBe(200);
    return text;
  };
  /** The log line a condition picks, once the server wrote it. */
  const logLine = async (pick: (line: Record<string, any>) => boolean) => {
    let found: Record<string, any> | undefined;
    await waitFor(() => (found = logLines(server.output().stdout).find(pick)) !== undefined, { what: 'the log line', timeoutMs: 10_000 });
    return found!;
  };

  beforeAll(async () => {
    await spamExperts.start();
    const metricsPort = await freePort();
    metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    server = processes.track(await start(processes.env({
      METRICS_PORT: String(metricsPort),
      METRICS_TOKEN,
      JOBS_POLL_MS: '200',
      MODULE_MAX_ATTEMPTS: '1',
    })));
    token = await staffLogin(server);
  }, 240_000);

  afterAll(async () => {
    await spamExperts.stop();
  });

  it('issue 13.11: one JSON line per operation with request id, operation name, viewer kind, duration and the error codes the caller got', async () => {
    ok(await gql(server.url, CLIENTS, {}, token));
    const refused = await gql(server.url, LOGIN, {
      e: 'nobody@example.com',
      p: 'not-the-password',
    });
    const codes = errorCodes(refused);
    expect(codes).toEqual(['UNAUTHENTICATED']);

    expect(await logLine((line) => line.operation === 'LogsAndMetricsClients')).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      pid: server.child.pid,
      hostname: expect.any(String),
      msg: 'GraphQL operation',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      operation: 'LogsAndMetricsClients',
      type: 'query',
      viewer: 'staff',
      durationMs: expect.any(Number),
      errorCodes: [],
    });
    expect(await logLine((line) => line.operation === 'LogsAndMetricsLogin')).toMatchObject({ type: 'mutation', viewer: 'anonymous', errorCodes: codes });
  });

  it('issue 13.11: passwords and tokens sent in requests never appear in the output', async () => {
    const password = 'pw-that-must-not-be-logged-7f3a';
    const bogusToken = 'hb_token-that-must-not-be-logged-91c2';
    expect(errorCodes(await gql(server.url, SECRET_LOGIN, { e: server.staff.email, p: password }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(server.url, SECRET_TOKEN, {}, bogusToken))).toEqual(['UNAUTHENTICATED']);
    ok(await gql(server.url, CREATE_CLIENT, { i: { firstName: 'Log', lastName: 'Secret', email: 'log-secret@example.com', password } }, token));
    ok(await gql(server.url, SECRET_OWN_TOKEN, {}, token));
    // The lines of all four were written by the time the last one's is.
    await logLine((line) => line.operation === 'LogsAndMetricsSecretOwnToken');

    const { stdout, stderr } = server.output();
    for (const secret of [password, bogusToken, token]) expect(stdout + stderr).not.toContain(secret);
  });

  it('issue 13.12: /metrics is on METRICS_PORT only, and answers 401 without the bearer token', async () => {
    expect((await fetch(server.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    expect(await scrape(null)).toMatchObject({ status: 401 });
    expect(await scrape('Bearer not-the-token')).toMatchObject({ status: 401 });
    expect(await scrape(`Bearer ${METRICS_TOKEN}x`)).toMatchObject({ status: 401 });
    const { status, text } = await scrape();
    expect(status).toBe(200);
    // prom-client's process metrics and the database pool the requests above used.
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'database_pool_connections', { state: 'max' })).toBe(10);
    expect(sample(text, 'database_pool_connections', { state: 'idle' }) + sample(text, 'database_pool_connections', { state: 'used' })).toBeGreaterThan(0);
  });

  it('issue 13.12: operation durations by operation name and errors by code move with real operations', async () => {
    const count = { operation: 'LogsAndMetricsProbe', type: 'query' };
    const before = await metrics();
    for (let i = 0; i < 3; i++) ok(await gql(server.url, PROBE, {}, token));
    const refused = await gql(server.url, ANONYMOUS);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const after = await metrics();
    expect(sample(after, 'graphql_operation_duration_seconds_count', count) - sample(before, 'graphql_operation_duration_seconds_count', count)).toBe(3);
    expect(sample(after, 'graphql_operation_duration_seconds_sum', count)).toBeGreaterThan(sample(before, 'graphql_operation_duration_seconds_sum', count));
    expect(sample(after, 'graphql_operation_duration_seconds_count', { operation: '(anonymous)', type: 'query' })).toBeGreaterThan(0);
    expect(sample(after, 'graphql_errors_total', { code: 'UNAUTHENTICATED' }) - sample(before, 'graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
  });

  it('issue 13.11 / 13.12: module jobs: durations and failures by module and command, and a log line per attempt', async () => {
    const newService = async (name: string, port: number) => {
      const serverId = ok(await gql(server.url, CREATE_SERVER, { i: {
        name, module: 'spam-filter', hostname: '127.0.0.1', port, secure: false,
        settings: { username: spamExperts.username, password: spamExperts.password, defaultDestination: 'mail.hosting.example:2525' },
      } }, token)).createServer.id;
      const productId = ok(await gql(server.url, CREATE_PRODUCT, { i: {
        name: `Filter ${name}`, type: 'OTHER', module: 'spam-filter', productOptions: { incoming: true, outgoing: false, archiving: false },
      } }, token)).createProduct.id;
      const clientId = ok(await gql(server.url, CREATE_CLIENT, { i: {
        firstName: 'Job', lastName: name, email: `${name}@example.com`, currency: 'EUR',
      } }, token)).createClient.id;
      return ok(await gql(server.url, CREATE_SERVICE, { i: {
        clientId, productId, serverId, domain: `${name}.example`, billingCycle: 'MONTHLY', recurringAmount: '1.00',
      } }, token)).createService.id;
    };
    const runCreate = async (serviceId: string) => {
      const job = ok(await gql(server.url, RUN_CREATE, { s: serviceId }, token)).runModuleCommand;
      let status = '';
      await waitFor(async () => {
        status = ok(await gql(server.url, JOB, { id: job.id }, token)).moduleJob?.status ?? '';
        return status === 'SUCCEEDED' || status === 'FAILED';
      }, { what: 'the module job to finish', timeoutMs: 20_000 });
      return status;
    };
    const labels = { module: 'spam-filter', command: 'create' };
    const before = await metrics();

    expect(await runCreate(await newService('metrics-ok', spamExperts.port))).toBe('SUCCEEDED');
    // Nothing listens on this port: retryable, and with MODULE_MAX_ATTEMPTS=1 failed at once.
    expect(await runCreate(await newService('metrics-down', await freePort()))).toBe('FAILED');

    const after = await metrics();
    const moved = (name: string, more: Record<string, string>) => sample(after, name, { ...labels, ...more }) - sample(before, name, { ...labels, ...more });
    expect(moved('module_job_duration_seconds_count', { outcome: 'succeeded' })).toBe(1);
    expect(moved('module_job_duration_seconds_count', { outcome: 'failed' })).toBe(1);
    expect(moved('module_job_failures_total', { code: 'unavailable' })).toBe(1);

    expect(await logLine((line) => line.msg === 'Module job succeeded')).toMatchObject({ ...labels, level: 'info', status: 'succeeded', attempt: 1, durationMs: expect.any(Number) });
    expect(await logLine((line) => line.msg === 'Module job failed')).toMatchObject({ ...labels, status: 'failed', attempt: 1, errorCode: 'unavailable', error: expect.any(String) });
  });

  it('issue 13.12 / 13.11: graphql_subscriptions_open counts subscriptions from start to end; each logs a line when it ends', async () => {
    const open = async () => sample(await metrics(), 'graphql_subscriptions_open');
    const before = await open();
    const ws = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const stops = [1, 2].map(() => ws.subscribe({ query: operationText(WATCH_CLIENTS) }, { next: () => {}, error: () => {}, complete: () => {} }));
    try {
      await waitFor(async () => (await open()) === before + 2, { what: 'two open subscriptions' });
      stops[0]();
      await waitFor(async () => (await open()) === before + 1, { what: 'one ended subscription' });
    } finally {
      await ws.dispose();
    }
    // The other ends with its connection.
    await waitFor(async () => (await open()) === before, { what: 'no open subscription' });
    // Issue 13.11: each logs its line when it ends, as operations over HTTP do.
    await waitFor(() => logLines(server.output().stdout).filter((line) => line.operation === 'LogsAndMetricsWatchClients').length === 2, { what: 'both lines' });
    expect(logLines(server.output().stdout).find((line) => line.operation === 'LogsAndMetricsWatchClients')).toMatchObject({
      msg: 'GraphQL operation', transport: 'graphql-ws', type: 'subscription', viewer: 'staff', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), errorCodes: [],
    });
  });
});
