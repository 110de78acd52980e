import { ConfigError, loadConfig } from './config';
import { startApp, type App } from './app';
import { logger } from './shared/logger';

/**
 * Process entry. The signal handlers come first (issue 11.5): a signal during
 * start-up lets the start finish and then stops everything in order, instead
 * of being ignored or killing the process half-way (which left its PostgreSQL
 * running). SIGHUP (terminal closed) stops like SIGINT: the embedded
 * PostgreSQL runs in its own process group and would not get it.
 */
let stopping = false;
let starting: Promise<App>;

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: shutting down`);
  let app: App;
  try {
    app = await starting;
  } catch {
    return; // the failed start-up says why and exits (below)
  }
  try {
    await app.stop();
    logger.info('Stopped');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'Shutdown failed');
    process.exit(1);
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

starting = (async () => startApp(loadConfig()))();
starting.then(
  (app) => {
    if (!stopping) logger.info(`GraphQL (HTTP and graphql-ws subscriptions): ${app.url}`);
  },
  (error: unknown) => {
    // Issue 11.2: one line naming the cause (a ConfigError also names the variable to change); details only for the unexpected.
    if (error instanceof ConfigError) logger.error(error.message);
    else logger.error({ err: error }, `Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
