import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, MAIN } from '../support/build';

/**
 * Issue point 2: the real start-up, as an operator runs it: `node dist/src/main.js`
 * without DATABASE_URL starts its own embedded PostgreSQL in DATA_DIR.
 */
const ROOT = join(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on the port any more (the port can be bound again). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Started {
  child: ChildProcess;
  url: string;
  staff: { email: string; password: string };
  output: () => { stdout: string; stderr: string };
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment of the test run without the variables that would change the start-up under test. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(DATABASE_URL|TEST_ADMIN_DATABASE_URL|DEMO_|GRAPHQL_|MAX_|PORT$|DATA_DIR$|EMBEDDED_POSTGRES_PORT$)/.test(name)) delete env[name];
  }
  return env;
}

function run(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => { stdout: string; stderr: string }; exit: Started['exit'] } {
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => ({ stdout, stderr }), exit };
}

async function start(env: NodeJS.ProcessEnv, timeoutMs = 45_000): Promise<Started> {
  const { child, output, exit } = run(env);
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void exit.then(() => (exited = true));
  for (;;) {
    const { stdout, stderr } = output();
    const url = /GraphQL \(HTTP and graphql-ws subscriptions\): (http:\/\/\S+)/.exec(stdout)?.[1];
    const demo = /Demo data: staff (\S+) \/ (\S+);/.exec(stdout);
    if (url && demo) return { child, url, staff: { email: demo[1], password: demo[2] }, output, exit };
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string }[] };
}

async function staffLogin(server: Started): Promise<string> {
  const login = await gql(server.url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`, {
    e: server.staff.email,
    p: server.staff.password,
  });
  expect(login.errors).toBeUndefined();
  return login.data.login.token;
}

/** A POST whose headers and first body bytes go out now and the rest on finish(). */
function slowRequest(url: string, query: string, token: string) {
  const body = JSON.stringify({ query });
  const req = httpRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
  });
  const response = new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
  });
  const headersSent = new Promise<void>((resolve) => req.write(body.slice(0, 5), () => resolve()));
  return {
    headersSent,
    finish: () => {
      req.end(body.slice(5));
      return response;
    },
  };
}

async function loginAndCountClients(server: Started): Promise<number> {
  const token = await staffLogin(server);
  const clients = await gql(server.url, `{ clients { totalCount edges { node { email } } } }`, {}, token);
  expect(clients.errors).toBeUndefined();
  expect(clients.data.clients.edges.map((e: any) => e.node.email)).toContain('ada@example.org');
  // The demo invoice: 4.99 + 8.99 GBP with 20 % VAT per line (1.00 + 1.80), numbered, addressed to Ada.
  const invoices = await gql(server.url, `{ invoices { totalCount edges { node { number status total { amount currency } addressedTo { name } } } } }`, {}, token);
  expect(invoices.errors).toBeUndefined();
  expect(invoices.data.invoices.totalCount).toBe(1);
  expect(invoices.data.invoices.edges[0].node).toEqual({ number: '1', status: 'UNPAID', total: { amount: '16.78', currency: 'GBP' }, addressedTo: { name: 'Ada Lovelace' } });
  return clients.data.clients.totalCount;
}

describe('issue point 2: the server process', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let httpPort: number;
  let running: Started | undefined;

  beforeAll(async () => {
    // The test runs what an operator runs: the compiled output (once per run, shared with other process tests).
    await buildServer();
    dataDir = mkdtempSync(join(tmpdir(), 'hostbill-process-'));
    // mkdtemp makes the folder 0700; as root, PostgreSQL runs as the `postgres` user and must be able to enter it.
    chmodSync(dataDir, 0o755);
    httpPort = await freePort();
    env = { ...baseEnv(), DATA_DIR: dataDir, PORT: String(httpPort), EMBEDDED_POSTGRES_PORT: String(await freePort()) };
  }, 120_000);

  afterAll(async () => {
    // Only reached when a test failed half-way: stop what this file started.
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGKILL');
      await running.exit;
    }
    const pidFile = dataDir && join(dataDir, 'postgres', 'postmaster.pid');
    if (pidFile && existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  /** Stops the server with `signal` and checks that nothing it started is left behind. */
  const stopCleanly = async (server: Started, signal: NodeJS.Signals) => {
    const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
    expect(existsSync(pidFile)).toBe(true);
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(isAlive(postmaster)).toBe(true);

    // A request in flight when the signal arrives is still answered, database work included: the
    // database stops only after the HTTP server has drained. Its body is completed after the signal.
    const inFlight = slowRequest(server.url, `{ clients { totalCount } }`, await staffLogin(server));
    await inFlight.headersSent;
    await new Promise((r) => setTimeout(r, 200));
    server.child.kill(signal);
    await new Promise((r) => setTimeout(r, 300));
    const answer = await inFlight.finish();
    expect(answer).toEqual({ status: 200, body: { data: { clients: { totalCount: expect.any(Number) } } } });
    const { code, signal: killedBy } = await server.exit;
    running = undefined;
    expect({ code, killedBy, stderr: server.output().stderr }).toEqual({ code: 0, killedBy: null, stderr: '' });
    expect(server.output().stdout).toContain(`${signal}: shutting down`);
    expect(await portIsFree(httpPort)).toBe(true);
    expect(existsSync(pidFile)).toBe(false);
    expect(isAlive(postmaster)).toBe(false);
  };

  let firstCount: number;

  it('issue point 2: starts its own embedded PostgreSQL, loads demo data, serves GraphQL; SIGTERM answers a request in flight, exits 0 and leaves nothing running', async () => {
    running = await start(env);
    expect(running.url).toBe(`http://localhost:${httpPort}/graphql`);
    firstCount = await loginAndCountClients(running);
    expect(firstCount).toBeGreaterThan(0);
    await stopCleanly(running, 'SIGTERM');
  }, 60_000);

  it('issue point 2: a second start on the same DATA_DIR keeps the data without duplicating the demo data; SIGINT shuts down as cleanly', async () => {
    expect(firstCount).toBeDefined();
    running = await start(env);
    expect(await loginAndCountClients(running)).toBe(firstCount);
    await stopCleanly(running, 'SIGINT');
  }, 60_000);

  it('issue point 2: an invalid configuration (PORT=abc) exits with code 1 and names the variable', async () => {
    const { exit, output } = run({ ...baseEnv(), DATA_DIR: dataDir, PORT: 'abc' });
    const { code } = await exit;
    expect(code).toBe(1);
    expect(output().stderr).toContain('PORT="abc" is invalid');
    // Refused before anything started: no database was launched.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 20_000);
});
