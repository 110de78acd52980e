import 'reflect-metadata';
// First: MikroORM is to load with storages that cost nothing while unused (issue 12).
import './shared/orm-storages';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, resolveSecretsKey, type Config } from './config';
import { initOrm, migratorOf, pendingMigrations } from './shared/orm';
import { entities } from './composition';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './shared/embedded-postgres';
import { startServer, type RunningServer } from './server';
import { loadDemoData } from './demo-data';
import { refuseDemoPasswords } from './auth/staff-password.service';
import { createEventBus } from './shared/event-bus';
import { PostgresEventTarget } from './shared/postgres-event-target';
import { installAfterCommit } from './shared/after-commit';
import { loadModules, startModules, stopModules, type ModuleRegistry } from './provisioning/module-registry';
import { createJobQueue, type JobQueue } from './jobs/job-queue';
import { defineModuleCommandJobs } from './provisioning/module-command.jobs';
import { defineRegistryPollJobs } from './provisioning/registry-poll.jobs';
import { defineMailJobs } from './mail/mail-delivery';
import { installMail } from './mail/mail.service';
import { defineDailyRunJobs } from './automation/daily-run.jobs';
import { defineDnsJobs } from './dns/dns-zone-sync';
import { installSystemContext } from './shared/system-context';
import { loadCurrencyDecimals } from './billing/billing.service';
import { assertPortFree } from './shared/ports';
import { isDatabaseUnavailable } from './shared/database-availability';
import { setLogLevel } from './shared/logger';
import type { MigrateAnswer, MigrateRequest } from './migrate-main';

export interface App {
  url: string;
  orm: MikroORM;
  server: RunningServer;
  /** Provisioning modules discovered in config.pluginsDir (PM-2). */
  modules: ModuleRegistry;
  /** Background jobs (SV-3 module commands). */
  jobs: JobQueue;
  stop(): Promise<void>;
}

/** Start-up: modules → database (embedded unless DATABASE_URL) → migrations → demo data → HTTP + graphql-ws. */
export async function startApp(config: Config): Promise<App> {
  setLogLevel(config.logLevel);
  // Secrets at rest need their key before anything starts (a missing key with DATABASE_URL stops here).
  config = { ...config, secretsKey: resolveSecretsKey(config) };
  // PM-2: a broken module is reported and skipped; it never stops the server.
  const modules = loadModules(config.pluginsDir);
  // Issue 11.2: a taken HTTP port stops the start before the database starts.
  if (config.port) await assertPortFree(config.port, 'PORT');
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    // Its own process group: a terminal's Ctrl-C reaches only this process, which stops PostgreSQL after the requests (issue 11.1).
    embedded = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPostgresPort, persistent: true, detached: true });
    databaseUrl = await ensureDatabase(embedded.url, 'hostbill').catch(async (error) => {
      await embedded?.stop();
      throw error;
    });
  }
  // Issue 11.2: an unreachable DATABASE_URL is one line naming it, not a stack trace.
  const explain = (error: Error) => (config.databaseUrl && refusesUs(error) ? unreachable(config.databaseUrl, error) : error);
  const orm = await initOrm(databaseUrl, entities, {}, config.databaseConnectTimeoutMs).catch(async (error) => {
    await embedded?.stop();
    throw explain(error);
  });
  let jobs: JobQueue | undefined;
  let eventTarget: PostgresEventTarget | undefined;
  let modulesStarted = false;
  try {
    await migrate(orm, databaseUrl, config).catch((error) => {
      throw explain(error);
    });
    // Issue 11.6: events cross processes (an API process sees what a worker publishes).
    eventTarget = await PostgresEventTarget.start(databaseUrl);
    const events = createEventBus(eventTarget);
    // Before anything that publishes (demo data creates an invoice).
    installAfterCommit(orm, events);
    // Mails queued before the delivery job is defined (demo data) wait in the outbox for its sweep.
    installMail(orm, { config });
    await loadCurrencyDecimals(orm.em.fork());
    if (config.demoData) await loadDemoData(orm.em.fork(), config, modules);
    if (config.production) await refuseDemoPasswords(orm.em.fork(), config);
    // The job queue runs on the same database; its worker stops before the ORM closes.
    jobs = await createJobQueue({
      databaseUrl, worker: config.jobsWorker, pollMs: config.jobsPollMs, stopTimeoutMs: config.jobsStopTimeoutMs, connectTimeoutMs: config.databaseConnectTimeoutMs,
      mongoUrl: config.jobsMongoUrl,
    });
    // Issue 17.8: the modules' init hooks, before any command can run; one that fails is reported and skipped like a broken module.
    await startModules(modules);
    modulesStarted = true;
    defineModuleCommandJobs({ orm, config, modules, jobs });
    defineRegistryPollJobs({ orm, config, modules, jobs });
    const mail = defineMailJobs({ orm, config, jobs });
    defineDailyRunJobs({ em: orm.em, config, jobs, modules });
    defineDnsJobs({ orm, config, modules, jobs });
    installSystemContext({ em: orm.em, config, jobs, modules });
    await jobs.start();
    const server = await startServer(config, orm, events, modules, jobs);
    const queue = jobs;
    const bus = eventTarget;
    return {
      url: server.url,
      orm,
      server,
      modules,
      jobs: queue,
      stop: async () => {
        await server.stop();
        await queue.stop();
        mail.stop(); // after the last delivery finished
        await stopModules(modules); // after the last command finished
        await bus.stop();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await jobs?.stop().catch(() => undefined);
    if (modulesStarted) await stopModules(modules);
    await eventTarget?.stop();
    await orm.close(true);
    await embedded?.stop();
    throw error;
  }
}

/**
 * Runs the pending migrations in a child process (src/migrate-main.ts), so the
 * migrator never loads into the server. From the TypeScript sources (jest)
 * there is no compiled script to fork: they run in this process.
 */
async function migrate(orm: MikroORM, databaseUrl: string, config: Config): Promise<void> {
  if (!(await pendingMigrations(orm)).length) return;
  if (__filename.endsWith('.ts')) {
    await (await migratorOf(orm)).up();
    return;
  }
  // No execArgv: an --inspect of the server's would clash on its port.
  const child = fork(join(__dirname, 'migrate-main.js'), [], { stdio: 'inherit', execArgv: [] });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const answered = new Promise<MigrateAnswer>((resolve) => child.once('message', resolve));
  child.send({ databaseUrl, connectTimeoutMs: config.databaseConnectTimeoutMs, logLevel: config.logLevel } satisfies MigrateRequest);
  const answer = await Promise.race([answered, exited.then(([code, signal]) => ({ error: `the migration process exited (${signal ?? code}) without an answer` }))]);
  await exited;
  if (answer.error) throw new Error(`Migrating the database failed: ${answer.error}`);
}

/** Creates the application database in the embedded cluster on first start. */
async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => {}); // a dropped connection also fails the query at hand, which reports it
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Down, or refusing these credentials (SQLSTATE class 28) or this database name (3D000). */
function refusesUs(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return isDatabaseUnavailable(error) || (typeof code === 'string' && /^(28|3D)/.test(code));
}

/** Issue 11.2: one line naming the cause and the variable, not a stack trace. */
function unreachable(databaseUrl: string, error: Error): ConfigError {
  const { hostname, port, pathname } = new URL(databaseUrl);
  return new ConfigError(`Cannot reach the database ${hostname}:${port || 5432}${pathname} (DATABASE_URL): ${error.message}. Start it or correct DATABASE_URL.`);
}
