/**
 * This server as `npm start` runs it (src/app.ts startApp), in a child
 * process of the bench (bench/servers.ts), on the database the bench gives
 * in DATABASE_URL. It counts its SQL with the ORM's statement counter, the
 * one the e2e tests use, and records the SQL of sampled requests so the
 * bench can check their query plans.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { startApp } from '../src/app';
import { sqlStatements } from '../src/shared/orm';
import { filteredSeqScans, recordSql, type Statement } from './sql';
import { serveControl } from './servers';

async function main() {
  const app = await startApp(loadConfig({ ...process.env, PORT: '0', DEMO_DATA: 'false' }));
  const sampled: Statement[] = [];
  let stopRecording: (() => Statement[]) | undefined;
  serveControl({
    url: app.url,
    sqlStatements: () => sqlStatements.count,
    stop: () => app.stop(),
    handlers: {
      sampleStart: () => {
        stopRecording = recordSql(app.orm);
      },
      sampleStop: () => {
        sampled.push(...(stopRecording?.() ?? []));
        stopRecording = undefined;
      },
      /** The sequential scans that filter a large table in the plans of the sampled statements. */
      seqScans: () => filteredSeqScans(app.orm, sampled),
    },
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
