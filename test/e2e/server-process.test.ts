/**
 * Issue point 2: the real start-up, as an operator runs it: `node dist/src/main.js`
 * without DATABASE_URL starts its own embedded PostgreSQL in DATA_DIR.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import {
  baseEnv,
  gql,
  isAlive,
  portIsFree,
  run,
  staffLogin,
  start,
  type Started,
  logLines,
  logMessages,
  READY_LINE,
  useServerProcesses,
} from '../support/server-process';
import { pause, waitFor } from '../support/wait';
import { ok } from '../support/operation';
import { graphql } from '../generated';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

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

const DEMO_CLIENTS = graphql(`query ProcessDemoClients { clients { totalCount edges { node { email creditBalance { amount currency } } } } }`);
const DEMO_CATALOG = graphql(`query ProcessDemoCatalog { productGroups { name } products { name module group { name } prices { cycle amount { amount currency } } } }`);
const DEMO_SERVERS = graphql(`query ProcessDemoServers { serverGroups { name servers { module enabled } } }`);
const DEMO_SERVICES_AND_DOMAINS = graphql(`query ProcessDemoServicesAndDomains {
  services { totalCount edges { node { status domain client { email } product { name } } } }
  domains { totalCount edges { node { name status client { email } } } }
}`);
const DEMO_INVOICES = graphql(`query ProcessDemoInvoices { invoices { totalCount edges { node { number status total { amount currency } addressedTo { name } } } } }`);
const DEMO_CLIENT_LOGIN = graphql(`mutation ProcessDemoClientLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: CLIENT) { token } }`);
const DEMO_CLIENT_AREA = graphql(`query ProcessDemoClientArea { me { client {
  services { edges { node { status product { name } } } }
  domains { edges { node { name } } }
  invoices { edges { node { status } } }
} } }`);

/**
 * Issue 13.9: the demo data as staff and a demo client see it, checked; returns
 * what it holds, so a second start can show it added nothing.
 */
async function demoData(server: Started): Promise<unknown> {
  const token = await staffLogin(server);
  const query = async <R, V>(operation: TypedDocumentNode<R, V>, variables: V, as = token) => ok(await gql(server.url, operation, variables, as));
  const { clients } = await query(DEMO_CLIENTS, {});
  const emails = clients.edges.map((e) => e.node.email);
  expect(emails).toContain('ada@example.org');
  expect(clients.edges.find((e) => e.node.email === 'grace@example.com')?.node.creditBalance).toEqual({ amount: '25.00', currency: 'USD' });

  const catalog = await query(DEMO_CATALOG, {});
  const starter = catalog.products.find((p) => p.name === 'Starter');
  expect(catalog.productGroups.map((g) => g.name)).toEqual(expect.arrayContaining(['Web hosting', 'DNS and mail filtering']));
  expect(starter).toMatchObject({ module: 'plesk', group: { name: 'Web hosting' } });
  expect(starter?.prices).toEqual(expect.arrayContaining([
    { cycle: 'MONTHLY', amount: { amount: '4.99', currency: 'GBP' } },
    { cycle: 'ANNUALLY', amount: { amount: '49.90', currency: 'GBP' } },
    { cycle: 'MONTHLY', amount: { amount: '5.99', currency: 'USD' } },
  ]));
  expect(catalog.products.filter((p) => p.group).map((p) => p.module).sort()).toEqual(['dns-manager', 'plesk', 'plesk', 'spam-filter']);

  const { serverGroups } = await query(DEMO_SERVERS, {});
  const demoServers = serverGroups.find((g) => g.name === 'Demo servers')?.servers ?? [];
  expect(demoServers.map((s) => s.module).sort()).toEqual(['dns-manager', 'plesk', 'registrar', 'spam-filter']);
  expect(demoServers.every((s) => s.enabled === false)).toBe(true);

  const { services, domains } = await query(DEMO_SERVICES_AND_DOMAINS, {});
  expect(services.edges.map((e) => e.node.status).sort()).toEqual(['ACTIVE', 'ACTIVE', 'PENDING', 'SUSPENDED', 'TERMINATED']);
  expect(domains.edges.map((e) => [e.node.name, e.node.status]).sort()).toEqual([
    ['compilers.example', 'PENDING_TRANSFER'], ['example-ada.co.uk', 'ACTIVE'], ['turing.example', 'ACTIVE'],
  ]);

  // The first demo invoice: 4.99 + 8.99 GBP with 20 % VAT per line (1.00 + 1.80), numbered, addressed to Ada; then one paid, one unpaid.
  const { invoices } = await query(DEMO_INVOICES, {});
  expect(invoices.edges.find((e) => e.node.number === '1')?.node).toEqual({ number: '1', status: 'UNPAID', total: { amount: '16.78', currency: 'GBP' }, addressedTo: { name: 'Ada Lovelace' } });
  expect(invoices.edges.map((e) => e.node.status).sort()).toEqual(['PAID', 'UNPAID', 'UNPAID']);

  // What Ada's client area shows.
  const login = ok(await gql(server.url, DEMO_CLIENT_LOGIN, { e: 'ada@example.org', p: 'demo-client-password' }));
  const own = (await query(DEMO_CLIENT_AREA, {}, login.login.token)).me?.client;
  expect(own?.services?.edges.map((e) => e.node.product?.name).sort()).toEqual(['Spam filter', 'Starter']);
  expect(own?.domains?.edges.map((e) => e.node.name)).toEqual(['example-ada.co.uk']);
  expect(own?.invoices?.edges.map((e) => e.node.status).sort()).toEqual(['PAID', 'UNPAID']);

  return { clients, catalog, serverGroups, services, domains, invoices };
}

describe('issue point 2: the server process', () => {
  const processes = useServerProcesses('hostbill-process-');
  let running: Started | undefined;

  /** Stops the server with `signal` and checks that nothing it started is left behind. */
  const stopCleanly = async (server: Started, signal: NodeJS.Signals) => {
    const pidFile = join(processes.dataDir, 'postgres', 'postmaster.pid');
    expect(existsSync(pidFile)).toBe(true);
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(isAlive(postmaster)).toBe(true);

    // A request in flight when the signal arrives is still answered, database work included: the
    // database stops only after the HTTP server has drained. Its body is completed after the signal.
    const inFlight = slowRequest(server.url, `{ clients { totalCount } }`, await staffLogin(server));
    await inFlight.headersSent;
    // A moment for the server to start working on it (a window: there is no signal from inside a request).
    await pause(200);
    server.child.kill(signal);
    await waitFor(() => server.output().stdout.includes(`${signal}: shutting down`), { what: `the server to take ${signal}` });
    const answer = await inFlight.finish();
    expect(answer).toEqual({ status: 200, body: { data: { clients: { totalCount: expect.any(Number) } } } });
    const { code, signal: killedBy } = await server.exit;
    running = undefined;
    expect({ code, killedBy, stderr: server.output().stderr }).toEqual({ code: 0, killedBy: null, stderr: '' });
    expect(server.output().stdout).toContain(`${signal}: shutting down`);
    expect(await portIsFree(processes.httpPort)).toBe(true);
    expect(existsSync(pidFile)).toBe(false);
    expect(isAlive(postmaster)).toBe(false);
  };

  let first: unknown;

  it('issue point 2 / issue 13.9: starts its own embedded PostgreSQL, loads demo data (catalog, disabled demo servers, services, domains, paid and unpaid invoices, credit), serves GraphQL; SIGTERM answers a request in flight, exits 0 and leaves nothing running', async () => {
    running = processes.track(await start(processes.env()));
    expect(running.url).toBe(`http://localhost:${processes.httpPort}/graphql`);
    // Issue 12: the migrations of the new database ran in a process of their own, so the server never loads the migrator.
    const lines = logLines(running.output().stdout);
    const migratedBy = new Set(lines.filter((line) => String(line.msg).startsWith('[migrator] Applied')).map((line) => line.pid));
    expect(lines.find((line) => READY_LINE.test(String(line.msg)))?.pid).toBe(running.child.pid);
    expect(migratedBy.size).toBe(1);
    expect(migratedBy.has(running.child.pid)).toBe(false);
    expect(isAlive([...migratedBy][0])).toBe(false);
    first = await demoData(running);
    await stopCleanly(running, 'SIGTERM');
  }, 60_000);

  it('issue point 2: a second start on the same DATA_DIR keeps the data without duplicating the demo data; SIGINT shuts down as cleanly', async () => {
    expect(first).toBeDefined();
    running = processes.track(await start(processes.env()));
    // Issue 13.9: idempotent: the second start adds nothing.
    expect(await demoData(running)).toEqual(first);
    await stopCleanly(running, 'SIGINT');
  }, 60_000);

  it('issue point 2: an invalid configuration (PORT=abc) exits with code 1 and names the variable', async () => {
    const { exit, output } = run({ ...baseEnv(), DATA_DIR: processes.dataDir, PORT: 'abc' });
    const { code } = await exit;
    expect(code).toBe(1);
    expect(logMessages(output().stderr).join('\n')).toContain('PORT="abc" is invalid');
    // Refused before anything started: no database was launched.
    expect(existsSync(join(processes.dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 20_000);
});
