/**
 * `npm run bench`: this server beside a plain reference server (bench/reference/)
 * on the same data in the same run (issue 12 point 1), then this server's
 * own benchmarks, then CPU profiles of both.
 *
 * A throw-away embedded PostgreSQL in a temp folder (removed at the end), or
 * DATABASE_URL (which keeps the seeded rows: use a scratch database). Both
 * servers run as child processes with NODE_ENV=production (bench/servers.ts);
 * this one migrates the database at start-up, then bench/seed.ts fills it.
 * Results are checked against bench/targets.ts and written to
 * bench/results/<time>.json and .md (also printed); the run exits 1 when a
 * target is missed.
 *
 * `npm run bench -- daily-run` seeds and runs only the daily run's benchmark
 * (bench/daily-run.ts); without an argument everything runs, the daily run last.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/shared/embedded-postgres';
import { hashPassword } from '../src/auth/passwords';
import { startServerProcess } from './servers';
import { graphqlClient } from './clients';
import { seed, type Gql } from './seed';
import { clientArea, fanOut, pagesOf, staffListBench, type Measured, type Side } from './compare';
import { absoluteBenchmarks } from './absolute';
import { CLIENT_AREA, CLIENT_FIELDS, staffList, staffListVariables, type InvoicesShape } from './queries';
import { forDuration, now, sequential } from './measure';
import { summarizeProfile } from './profile';
import { markdown, rowsOf, type Profiles } from './report';
import { dailyRunBench } from './daily-run';

const log = (line: string) => console.log(line);
const started = now();
/** A step of the run, with the seconds since the start (the run should stay within ~10 minutes on 2 cores). */
const step = (line: string) => log(`[${Math.round((now() - started) / 1000)} s] ${line}`);
const RESULTS = join(__dirname, '../../bench/results');
const SUBSCRIBERS = 1_000;
const EVENTS = 20;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length && args.join(' ') !== 'daily-run') throw new Error(`Unknown arguments "${args.join(' ')}": expected none (everything) or daily-run`);
  const dailyRunOnly = args.length > 0;
  const load = loadavg()[0];
  // What this run started, stopped in reverse order at the end or on Ctrl-C.
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((error) => console.error('Stopping failed:', error));
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  mkdirSync(RESULTS, { recursive: true });
  const facts: string[] = [];
  const differences: string[] = [];
  const profiles: Profiles = {};
  let compared: Measured = {};
  let alone: Record<string, number> = {};
  let seqScans: string[] = [];
  try {
    const databaseUrl = await database(stops);
    // The staff list (50 clients, each with 5 services and 5 invoices as nested pages) is priced 7,601: over the default budget of 5,000.
    // The fan-out's subscribers all connect from this one address (50 connections per address by default).
    const env = {
      DATABASE_URL: databaseUrl, SECRETS_KEY: randomBytes(32).toString('base64'), GRAPHQL_INTROSPECTION: 'true', MAX_QUERY_COMPLEXITY: '10000',
      MAX_WS_CONNECTIONS_PER_IP: String(2 * SUBSCRIBERS),
      // The reference has no billing run: this server's daily run over the seeded 20,000 clients would take minutes of its CPU
      // during the measurements (seen: over 5 minutes, and no fan-out event reached a subscriber within 2 minutes while it ran).
      DAILY_RUN_ENABLED: 'false',
    };
    step('Starting this server (migrating the database) ...');
    const app = await startServerProcess('this server', join(__dirname, 'app-server.js'), env);
    stops.push(app.stop);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    stops.push(() => db.end());
    const gql = graphqlClient(app.url);
    const admin = await staffLogin(db, gql);

    step(`Seeding (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL'}) ...`);
    const seeded = await seed(db, gql, admin, log);
    log(`  done in ${seeded.seconds.toFixed(1)} s: ${JSON.stringify(seeded.counts)}`);
    facts.push(
      `${new Date().toISOString()}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model}, load average ${load.toFixed(1)} at the start`,
      `Seed (set-based) ${seeded.seconds.toFixed(1)} s: ${Object.entries(seeded.counts).map(([table, n]) => `${n} ${table}`).join(', ')}`,
    );
    const comparisons = async () => {
      const reference = await startServerProcess('reference', join(__dirname, 'reference/main.js'), env);
      stops.push(reference.stop);
      const sides: Side[] = [{ server: app, gql }, { server: reference, gql: graphqlClient(reference.url) }];
      const login = async (client: { email: string; password: string }) =>
        (await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: client.email, p: client.password })).login.token as string;
      const tokens = { big: await login(seeded.bigClient), small: await login(seeded.smallClient) };
      const shape = await invoicesShape(gql);
      facts.push(`Newest invoices per client in the staff list asked as: ${shape}`);

      // Where the RSS rows start from: each server after its start (and this one after the seeding), before any load.
      const before = [await app.stats(), await reference.stats()];
      compared['RSS before the loads'] = [before[0].rssMiB, before[1].rssMiB];
      if (before[0].rssFileMiB !== undefined) compared['RSS before the loads, file-backed'] = [before[0].rssFileMiB, before[1].rssFileMiB!];
      step('Comparing: client area ...');
      compared = { ...compared, ...(await clientArea(sides, tokens, differences)) };
      step('Comparing: staff list ...');
      compared = { ...compared, ...(await staffListBench(sides, admin, undefined, differences)) };
      step('Comparing: staff list with the newest invoices ...');
      compared = { ...compared, ...(await staffListBench(sides, admin, shape, differences)) };
      step(`Comparing: fan-out to ${SUBSCRIBERS} subscribers ...`);
      const profilePath = (side: Side, scenario: string) => join(RESULTS, `${stamp}.${side.server.name.replace(/ /g, '-')}.${scenario.replace(/\W+/g, '-')}.cpuprofile`);
      const fanOutProfiles = new Map<string, string>();
      compared = { ...compared, ...(await fanOut(sides, admin, seeded.eventClientId, SUBSCRIBERS, EVENTS, (side) => {
        fanOutProfiles.set(side.server.name, profilePath(side, 'fan-out'));
        return fanOutProfiles.get(side.server.name)!;
      })) };

      // What the RSS rows stand on: each server's live heap once its garbage is collected (mostly loaded code at this point).
      compared['heap in use after a full GC'] = [(await app.stats({ gc: true })).heapUsedMiB, (await reference.stats({ gc: true })).heapUsedMiB];

      step('This server alone: lists, createInvoice, payments, query plans, memory ...');
      ({ measured: alone, seqScans } = await absoluteBenchmarks(app, gql, seeded, { admin, client: tokens.big }));

      step('CPU profiles ...');
      const [firstPage] = await pagesOf(sides[0], admin, 50);
      const scenarios: Record<string, (side: Side) => Promise<unknown>> = {
        'client area': (side) => sequential(30, () => side.gql(CLIENT_AREA, {}, tokens.big)),
        'staff list + invoices': (side) => forDuration(4_000, 10, () => side.gql(staffList(50, shape), staffListVariables(firstPage, shape), admin)),
      };
      for (const side of sides) {
        const fanOutProfile = fanOutProfiles.get(side.server.name);
        profiles[side.server.name] = fanOutProfile ? { 'fan-out': summarizeProfile(fanOutProfile) } : {};
        for (const [scenario, run] of Object.entries(scenarios)) {
          const path = profilePath(side, scenario);
          await side.server.profileStart();
          await run(side);
          await side.server.profileStop(path);
          profiles[side.server.name][scenario] = summarizeProfile(path);
        }
      }
      facts.push(`CPU profiles (open in Chrome DevTools): bench/results/${stamp}.*.cpuprofile`);
    };

    if (!dailyRunOnly) await comparisons();
    // Last: it adds ~60,000 invoices the other benchmarks would read.
    step('Daily run: renewal invoices for ~100,000 due services beside raw INSERTs ...');
    const dailyProfile = join(RESULTS, `${stamp}.daily-run.renewal-step.cpuprofile`);
    const daily = await dailyRunBench(db, env, dailyProfile, log);
    profiles['daily run server'] = { 'renewal step': summarizeProfile(dailyProfile) };
    compared = { ...compared, ...daily.compared };
    alone = { ...alone, ...daily.measured };
    facts.push(...daily.facts);
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await stopAll();
  }

  const rows = rowsOf(compared, alone, dailyRunOnly);
  const seconds = (now() - started) / 1000;
  facts.push(`Whole run ${seconds.toFixed(0)} s, load average ${loadavg()[0].toFixed(1)} at the end`);
  for (const found of differences) facts.push(`The servers' answers differ (the comparison is not like for like): ${found}`);
  for (const scan of seqScans) facts.push(`Sequential scan (missing index?) ${scan}`);
  const failed = rows.filter((r) => r.pass === false);
  if (failed.length) facts.push(`Missed: ${failed.map((r) => r.name).join(', ')}`);
  const report = markdown(rows, facts, profiles);
  writeFileSync(join(RESULTS, `${stamp}.md`), report);
  writeFileSync(join(RESULTS, `${stamp}.json`), `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, seconds: Math.round(seconds), facts, results: rows, profiles }, null, 2)}\n`);
  log('');
  log(report);
  log(`Results: bench/results/${stamp}.md and .json`);
  return failed.length ? 1 : 0;
}

/** DATABASE_URL, or a fresh database in an embedded PostgreSQL in a temp folder (removed when stopped). */
async function database(stops: (() => Promise<void>)[]): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), 'hostbill-bench-'));
  stops.push(async () => rmSync(dir, { recursive: true, force: true }));
  // As root, PostgreSQL runs as the "postgres" user, which must be able to enter this folder (mkdtemp makes it 0700).
  chmodSync(dir, 0o711);
  const embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), port: 0, persistent: false });
  stops.push(() => embedded.stop());
  const admin = new pg.Client({ connectionString: embedded.url });
  await admin.connect();
  await admin.query('create database hostbill_bench');
  await admin.end();
  return embedded.url.replace(/\/postgres$/, '/hostbill_bench');
}

/** A staff admin created in the database and logged in over GraphQL. */
async function staffLogin(db: pg.Client, gql: Gql): Promise<string> {
  const email = `bench-admin-${Date.now()}@example.com`;
  const password = 'bench admin password';
  await db.query(`insert into staff_user (email, first_name, last_name, password_hash, role) values ($1, 'Bench', 'Admin', $2, 'admin')`, [email, await hashPassword(password)]);
  const data = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`, { e: email, p: password });
  return data.login.token;
}

/** Whether this server's schema has Client.invoices (then the staff list asks through it). */
async function invoicesShape(gql: Gql): Promise<InvoicesShape> {
  const { __type } = await gql<{ __type: { fields: { name: string }[] } }>(CLIENT_FIELDS);
  return __type.fields.some((field) => field.name === 'invoices') ? 'Client.invoices' : 'aliased root queries';
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
