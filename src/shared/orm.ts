import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { DefaultLogger, type IMigrator, type LoggerNamespace, type LogContext } from '@mikro-orm/core';
import { logger } from './logger';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { ColumnLengthGuard } from './input-guard';
import { InputProblemsGuard } from './input-validation';

/** Counts SQL statements so tests and benchmarks can prove there is no N+1. */
export const sqlStatements = { count: 0 };

class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    sqlStatements.count++;
    super.logQuery(context);
  }
  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    super.log(namespace, message, context);
  }
}

/** Issue 11.1: how long a unit of work waits for a connection (a free pool slot or a new one) before it fails. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/** `entities`: every entity of the application (src/composition.ts). */
export function ormOptions(databaseUrl: string, entities: Options['entities'], overrides: Partial<Options> = {}, connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS): Options {
  return {
    clientUrl: databaseUrl,
    entities,
    subscribers: [new ColumnLengthGuard(), new InputProblemsGuard()],
    loggerFactory: (options) => new CountingLogger(options),
    // Migrations applied (and SQL_DEBUG statements) go to the server log, as plain text.
    logger: (message) => logger.info(message),
    colors: false,
    debug: process.env.SQL_DEBUG === '1' ? ['query'] : false,
    // Every unit of work uses its own fork (RequestContext per operation, fork per job).
    allowGlobalContext: false,
    forceUndefined: true,
    migrations: {
      // migrationsList: set by migratorOf, which loads the migrations
      path: join(__dirname, '../../../migrations'),
      pathTs: join(__dirname, '../../migrations'),
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
    // Bounded waits while the database is unreachable: the request fails (SERVICE_UNAVAILABLE) instead of hanging.
    // Connections the database dropped (restart, pg_terminate_backend) are discarded by knex and replaced on next use.
    pool: { min: 0, max: 10, acquireTimeoutMillis: connectTimeoutMs },
    driverOptions: { connection: { connectionTimeoutMillis: connectTimeoutMs, keepAlive: true } },
    // The job queue's own tables (src/jobs/job-queue.ts): created by Agenda's backend, not by migrations.
    schemaGenerator: { skipTables: ['agenda_jobs', 'agenda_logs'] },
    ...overrides,
  };
}

export async function initOrm(databaseUrl: string, entities: Options['entities'], overrides: Partial<Options> = {}, connectTimeoutMs?: number): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, entities, overrides, connectTimeoutMs));
}

/**
 * A migrator, with the migrations. They bring umzug and its command-line
 * libraries (about 330 modules and 3 MiB of heap that stay loaded), so a
 * server loads them only when a migration is pending (issue 12: most starts
 * find none). Each call makes a new one that is not registered with
 * the ORM (`orm.migrator` would keep it, ~1.4 MiB with its migration
 * instances, for the life of the process): it is garbage once used.
 */
export async function migratorOf(orm: MikroORM): Promise<IMigrator> {
  const { Migrator } = await import('@mikro-orm/migrations');
  // require, not import(): the migrations are this package's CommonJS (TypeScript under jest).
  orm.config.get('migrations').migrationsList = (require('../../migrations') as typeof import('../../migrations')).migrationsList;
  return new Migrator(orm.em);
}

/** The migration files of this build: the folder scripts/create-migration.ts lists in migrations/index.ts. */
const MIGRATION_FILE = /^(Migration\d+_\w+)\.[jt]s$/;
const MIGRATIONS_DIR = join(__dirname, '../../migrations');
let migrationNames: string[] | undefined;
/** Read once: a build's migrations do not change while it runs, and /readyz asks on every probe. */
const buildMigrations = () => (migrationNames ??= readdirSync(MIGRATIONS_DIR).flatMap((file) => MIGRATION_FILE.exec(file)?.[1] ?? []));

/**
 * The names of this build's migration files not yet run on the database, read
 * from the migrator's table with two light statements: /readyz asks on every
 * probe. (The migrator's own getPendingMigrations first makes sure the
 * database and its table exist, listing every table; with a migration
 * pending it once outlasted /readyz's 2 s in CI.)
 */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const connection = orm.em.getConnection();
  const [{ present }] = await connection.execute<{ present: boolean }[]>(`select to_regclass('mikro_orm_migrations') is not null as present`);
  const executed = present ? await connection.execute<{ name: string }[]>('select name from mikro_orm_migrations') : [];
  // The migrator stores some names with their file extension and compares them without.
  const done = new Set(executed.map(({ name }) => name.replace(/\.[jt]s$/, '')));
  return buildMigrations().filter((name) => !done.has(name));
}
