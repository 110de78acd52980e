import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { DefaultLogger, type LoggerNamespace, type LogContext } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { logger } from './logger';
import { join } from 'node:path';
import { migrationsList } from '../../migrations';
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
    extensions: [Migrator],
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
      migrationsList,
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
