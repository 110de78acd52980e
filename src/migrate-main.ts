/**
 * The migrations, in a process of their own: startApp forks this when some
 * are pending (issue 12). The migrator brings umzug and its command-line
 * libraries, about 280 modules and 3 MiB of heap that a server migrating at
 * start-up would otherwise keep for its whole life. The database URL comes
 * over IPC, not argv or the environment, which other users may read; the
 * answer is the failure's message, if any.
 */
import 'reflect-metadata';
import { initOrm, migratorOf } from './shared/orm';
import { entities } from './composition';
import { setLogLevel, type LogLevel } from './shared/logger';

export interface MigrateRequest {
  databaseUrl: string;
  connectTimeoutMs: number;
  logLevel: LogLevel;
}

export interface MigrateAnswer {
  error?: string;
}

// The parent decides about stopping: a Ctrl-C that reaches the whole process group lets the migrations finish.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined);

process.once('message', async ({ databaseUrl, connectTimeoutMs, logLevel }: MigrateRequest) => {
  setLogLevel(logLevel);
  const answer: MigrateAnswer = {};
  try {
    const orm = await initOrm(databaseUrl, entities, {}, connectTimeoutMs);
    try {
      await (await migratorOf(orm)).up();
    } finally {
      await orm.close(true);
    }
  } catch (error) {
    answer.error = error instanceof Error ? error.message : String(error);
  }
  process.send!(answer, () => process.disconnect());
});
