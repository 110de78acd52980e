/** The reference server in a child process of the bench (bench/servers.ts), on DATABASE_URL. */
import { serveControl } from '../servers';
import { startReference } from './server';

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const server = await startReference(databaseUrl);
  serveControl({ url: server.url, sqlStatements: server.statements, stop: server.stop });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
