/**
 * `npm run bench`: starts the real server in this process, on a throw-away
 * embedded PostgreSQL in a temp folder (removed at the end) or on
 * DATABASE_URL (which keeps the seeded rows: use a scratch database), seeds
 * it, drives it over HTTP GraphQL like the e2e tests, compares each result
 * with bench/targets.ts, prints a table, writes bench/results.json and exits
 * 1 when a target is missed.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig, type Config } from '../src/config';
import { startApp, type App } from '../src/app';
import type { MikroORM } from '@mikro-orm/postgresql';
import { sqlStatements } from '../src/shared/orm';
import { hashPassword } from '../src/auth/passwords';
import { StaffRole, StaffUser } from '../src/auth/staff-user.entity';
import { concurrent, now, percentile, sequential } from './measure';
import { seed, type Gql, type Seeded } from './seed';
import { captureSql, filteredSeqScans, type Statement } from './sql';
import { targets } from './targets';

const log = (line: string) => console.log(line);
const REQUESTS = 200;
const WARM_UP = 10;

const INVOICES = `query($after: String) { invoices(first: 50, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id number status issueDate dueDate clientId clientName
    subtotal { amount currency } tax1 { amount } total { amount } creditApplied { amount } amountPaid { amount } balanceDue { amount }
    lines { id description amount { amount } tax1 { amount } total { amount } }
    transactions { id kind gateway transactionId date amount { amount } } } } } }`;
const TRANSACTIONS = `query($after: String) { transactions(first: 50, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id kind gateway transactionId date clientId amount { amount currency } invoice { id number status } client { id email } } } } }`;
const CLIENTS = `query($after: String) { clients(first: 50, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id email firstName lastName companyName status creditBalance { amount currency } contacts { id email firstName lastName } } } } }`;
const CREATE_INVOICE = `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) {
  id number status total { amount } creditApplied { amount } balanceDue { amount } lines { id total { amount } } } }`;
const PAY = `mutation($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id amount { amount } } }`;

async function main(): Promise<number> {
  const started = now();
  const { app, config, cleanup } = await startBenchApp();
  const stop = async () => {
    await app.stop();
    cleanup();
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  const measured: Record<string, number> = {};
  let seeded: Seeded;
  let seqScans: string[] = [];
  try {
    const gql = graphqlClient(app.url);
    const admin = await staffLogin(app, gql);
    log(`Seeding (${config.databaseUrl ? 'DATABASE_URL' : 'embedded PostgreSQL'}) ...`);
    seeded = await seed(app, config, gql, admin, log);
    log(`  done in ${seeded.seconds.toFixed(1)} s: ${JSON.stringify(seeded.counts)}`);
    const clientLogin = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: seeded.loginClient.email, p: seeded.loginClient.password });

    log('Measuring ...');
    const b: Bench = { gql, orm: app.orm, sampled: [] };
    Object.assign(measured,
      await listLatency(b, 'invoices (staff)', INVOICES, 'invoices', admin.token),
      await listLatency(b, 'invoices (client)', INVOICES, 'invoices', clientLogin.login.token),
      await listLatency(b, 'transactions', TRANSACTIONS, 'transactions', admin.token),
      await listLatency(b, 'clients', CLIENTS, 'clients', admin.token),
      await createInvoiceBench(b, admin.token, seeded.creditClientIds),
      await paymentBench(b, admin.token, seeded.unpaid),
    );
    seqScans = await filteredSeqScans(app.orm, b.sampled);
    measured['seq scans filtering large tables'] = seqScans.length;
    Object.assign(measured, memory());
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await stop();
  }

  const rows = Object.entries(measured).map(([name, value]) => {
    const target = targets[name as keyof typeof targets];
    const pass = target ? (target.metric === 'throughput' ? value >= target.limit : value <= target.limit) : undefined;
    return { name, measured: round(value), unit: target?.unit ?? unitOf(name), limit: target?.limit, pass };
  });
  // A target whose benchmark no longer reports (renamed, removed) fails rather than passing silently.
  for (const [name, target] of Object.entries(targets)) {
    if (!(name in measured)) rows.push({ name, measured: NaN, unit: target.unit, limit: target.limit, pass: false });
  }
  const totalSeconds = (now() - started) / 1000;
  printTable(rows);
  log(`Seed ${seeded!.seconds.toFixed(1)} s, whole run ${totalSeconds.toFixed(1)} s; results in bench/results.json.`);
  writeFileSync(join(__dirname, '../../bench/results.json'), `${JSON.stringify({
    at: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model,
    database: config.databaseUrl ? 'DATABASE_URL' : 'embedded', seed: { ...seeded!.counts, seconds: round(seeded!.seconds) },
    totalSeconds: round(totalSeconds), results: rows,
  }, null, 2)}\n`);
  const failed = rows.filter((r) => r.pass === false);
  for (const scan of seqScans) log(`Sequential scan (missing index?) ${scan}`);
  if (failed.length) log(`FAILED: ${failed.map((r) => r.name).join(', ')}`);
  return failed.length ? 1 : 0;
}

/** The server as `npm start` runs it, on a throw-away embedded PostgreSQL unless DATABASE_URL is set. */
async function startBenchApp(): Promise<{ app: App; config: Config; cleanup: () => void }> {
  const external = Boolean(process.env.DATABASE_URL);
  const dataDir = external ? undefined : mkdtempSync(join(tmpdir(), 'hostbill-bench-'));
  // As root, PostgreSQL runs as the "postgres" user, which must be able to enter this folder (mkdtemp makes it 0700).
  if (dataDir) chmodSync(dataDir, 0o711);
  const cleanup = () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    DEMO_DATA: 'false',
    SECRETS_KEY: process.env.SECRETS_KEY || randomBytes(32).toString('base64'),
    ...(dataDir ? { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: '0' } : {}),
  });
  try {
    return { app: await startApp(config), config, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

function graphqlClient(url: string): Gql {
  return async (query, variables, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

/** A staff member created in the database and logged in over GraphQL, as test-app's staffToken does. */
async function staffLogin(app: App, gql: Gql) {
  const email = `bench-admin-${Date.now()}@example.com`;
  const password = 'bench admin password';
  const em = app.orm.em.fork();
  const staff = em.create(StaffUser, { email, firstName: 'Bench', lastName: 'Admin', role: StaffRole.ADMIN, passwordHash: await hashPassword(password) });
  await em.flush();
  const data = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`, { e: email, p: password });
  return { token: data.login.token as string, viewer: { kind: 'staff' as const, staffId: staff.id, role: StaffRole.ADMIN, sessionId: 0 } };
}

/** What the benchmarks share: the HTTP client, the ORM, and statements sampled from each benchmark for their plans. */
interface Bench {
  gql: Gql;
  orm: MikroORM;
  sampled: Statement[];
}

/** Runs one request of a benchmark and keeps its statements for filteredSeqScans. */
async function sample(b: Bench, fn: () => Promise<unknown>) {
  b.sampled.push(...(await captureSql(b.orm, fn)));
}

/**
 * Sequential requests walking a list with its cursor (back to the first page
 * at the end): p50, p95 and the most SQL statements one request ran. The
 * server runs in this process, so sqlStatements counts exactly its queries.
 */
async function listLatency(b: Bench, name: string, query: string, field: string, token: string) {
  let after: string | undefined;
  let maxStatements = 0;
  const page = async () => {
    const before = sqlStatements.count;
    const connection = (await b.gql(query, { after }, token))[field];
    maxStatements = Math.max(maxStatements, sqlStatements.count - before);
    if (!connection.edges.length) throw new Error(`${name}: empty page`);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : undefined;
  };
  await sequential(WARM_UP, page);
  await sample(b, page);
  const samples = await sequential(REQUESTS, page);
  return { [`${name} p50`]: percentile(samples, 50), [`${name} p95`]: percentile(samples, 95), [`${name} SQL/request`]: maxStatements };
}

/** createInvoice with 3 taxed lines on clients with credit (applied automatically): sequential latency, then 10 in flight. */
async function createInvoiceBench(b: Bench, token: string, clientIds: number[]) {
  let maxStatements = 0;
  const create = async (i: number) => {
    const before = sqlStatements.count;
    const data = await b.gql(CREATE_INVOICE, { i: { clientId: String(clientIds[i % clientIds.length]), lines: [
      { description: 'Web hosting Pro (monthly)', amount: '19.95' },
      { description: 'Domain example.nl (1 year)', amount: '12.99' },
      { description: 'SSL certificate', amount: '4.50' },
    ] } }, token);
    maxStatements = Math.max(maxStatements, sqlStatements.count - before);
    if (data.createInvoice.creditApplied.amount === '0.00') throw new Error('createInvoice: credit was not applied');
  };
  await sequential(WARM_UP, create);
  await sample(b, () => create(0));
  const samples = await sequential(REQUESTS, create);
  // Read before the concurrent run, whose requests' statements interleave.
  const statements = maxStatements;
  const { opsPerSec } = await concurrent(500, 10, create);
  return { 'createInvoice p50': percentile(samples, 50), 'createInvoice p95': percentile(samples, 95), 'createInvoice SQL/request': statements, 'createInvoice x10 throughput': opsPerSec };
}

/** Rounds of 20 payments at once, each settling a different unpaid invoice of a different client (round 0 warms up). */
async function paymentBench(b: Bench, token: string, unpaid: Seeded['unpaid']) {
  const pay = (invoice: Seeded['unpaid'][0]) =>
    b.gql(PAY, { i: { invoiceId: String(invoice.id), amount: invoice.amount, gateway: 'bench', transactionId: `bench-${invoice.id}` } }, token);
  const [warmUp, ...rounds] = paymentRounds(unpaid, 11, 20);
  await sample(b, () => pay(warmUp.pop()!));
  await concurrent(warmUp.length, warmUp.length, (i) => pay(warmUp[i]));
  const samples: number[] = [];
  for (const round of rounds) samples.push(...(await concurrent(round.length, round.length, (i) => pay(round[i]))).samples);
  return { 'addInvoicePayment x20 p50': percentile(samples, 50), 'addInvoicePayment x20 p95': percentile(samples, 95) };
}

/** `count` groups of `width` invoices, each invoice used once and each group of distinct clients. */
function paymentRounds(unpaid: Seeded['unpaid'], count: number, width: number): Seeded['unpaid'][] {
  const taken = new Set<number>();
  return Array.from({ length: count }, () => {
    const clients = new Set<number>();
    const round: Seeded['unpaid'] = [];
    for (const invoice of unpaid) {
      if (round.length === width) break;
      if (taken.has(invoice.id) || clients.has(invoice.clientId)) continue;
      taken.add(invoice.id);
      clients.add(invoice.clientId);
      round.push(invoice);
    }
    if (round.length < width) throw new Error('payments: not enough unpaid invoices of different clients');
    return round;
  });
}

/** Memory of this process (server, seed leftovers and the HTTP client), after a full garbage collection. */
function memory() {
  // --expose-gc at run time, so `npm run bench` needs no node flag: live data, not garbage awaiting collection.
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const { rss, heapUsed } = process.memoryUsage();
  return { 'server RSS': rss / 2 ** 20, 'server heapUsed': heapUsed / 2 ** 20 };
}

const round = (value: number) => Math.round(value * 10) / 10;

function unitOf(name: string): string {
  if (name.endsWith('SQL/request')) return 'statements';
  if (name.startsWith('seq scans')) return 'scans';
  if (name.endsWith('throughput')) return 'ops/s';
  if (name.startsWith('server ')) return 'MB';
  return 'ms';
}

function printTable(rows: { name: string; measured: number; unit: string; limit?: number; pass?: boolean }[]) {
  const table = rows.map((r) => {
    const atLeast = targets[r.name as keyof typeof targets]?.metric === 'throughput';
    return [r.name, `${r.measured} ${r.unit}`, r.limit === undefined ? '' : `${atLeast ? '>=' : '<='} ${r.limit} ${r.unit}`, r.pass === undefined ? 'info' : r.pass ? 'pass' : 'FAIL'];
  });
  const header = ['benchmark', 'measured', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  log('');
  log(line(header));
  log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) log(line(row));
  log('');
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
