import 'reflect-metadata';
import { join } from 'node:path';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { resolveSecretsKey, type Config } from './config';
import { initOrm } from './shared/orm';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './shared/embedded-postgres';
import { startServer, type RunningServer } from './server';
import { loadDemoData } from './demo-data';
import { createEventBus } from './shared/event-bus';
import { PostgresEventTarget } from './shared/postgres-event-target';
import { loadModules, type ModuleRegistry } from './provisioning/module-registry';
import { createJobQueue, type JobQueue } from './jobs/job-queue';
import { defineModuleCommandJobs } from './provisioning/module-command.jobs';
import { loadCurrencyDecimals } from './billing/billing.service';

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
  // Secrets at rest need their key before anything starts (a missing key with DATABASE_URL stops here).
  config = { ...config, secretsKey: resolveSecretsKey(config) };
  // PM-2: a broken module is reported and skipped; it never stops the server.
  const modules = loadModules(config.pluginsDir);
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPostgresPort, persistent: true });
    databaseUrl = await ensureDatabase(embedded.url, 'hostbill');
  }
  const orm = await initOrm(databaseUrl);
  let jobs: JobQueue | undefined;
  let eventTarget: PostgresEventTarget | undefined;
  try {
    await orm.migrator.up();
    await loadCurrencyDecimals(orm.em.fork());
    if (config.demoData) await loadDemoData(orm.em.fork(), config);
    // Issue 11.6: events cross processes (an API process sees what a worker publishes).
    eventTarget = await PostgresEventTarget.start(databaseUrl);
    const events = createEventBus(eventTarget);
    // The job queue runs on the same database; its worker stops before the ORM closes.
    jobs = await createJobQueue({ databaseUrl, worker: config.jobsWorker, pollMs: config.jobsPollMs });
    defineModuleCommandJobs({ orm, events, config, modules, jobs });
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
        await bus.stop();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await jobs?.stop().catch(() => undefined);
    await eventTarget?.stop();
    await orm.close(true);
    await embedded?.stop();
    throw error;
  }
}

/** Creates the application database in the embedded cluster on first start. */
async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
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
