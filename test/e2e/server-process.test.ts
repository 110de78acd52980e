/**
 * Issue point 2: the real start-up, as an operator runs it: `node dist/src/main.js`
 * without DATABASE_URL starts its own embedded PostgreSQL in DATA_DIR.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import {
  baseEnv,
  buildServer,
  freePort,
  gql,
  isAlive,
  portIsFree,
  run,
  staffLogin,
  start,
  tempDataDir,
  type Started,
  logMessages,
} from '../support/server-process';

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
    await buildServer();
    dataDir = tempDataDir('hostbill-process-');
    httpPort = await freePort();
    env = { ...baseEnv(), DATA_DIR: dataDir, PORT: String(httpPort), EMBEDDED_POSTGRES_PORT: String(await freePort()) };
  }, 240_000);

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
    expect(logMessages(output().stderr).join('\n')).toContain('PORT="abc" is invalid');
    // Refused before anything started: no database was launched.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 20_000);
});
