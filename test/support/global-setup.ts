import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/shared/embedded-postgres';
import { TEMPLATE_DATABASE } from './template-name';

/**
 * Starts one real PostgreSQL for the whole run (or uses DATABASE_URL). The
 * migrated template database is built by the first test file that needs one
 * (see database.ts): the ORM must run inside jest's module sandbox.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const handle = await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'hostbill-test-pg-')), port: 0, persistent: false });
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = handle;
    adminUrl = handle.url;
  }
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  // Names this run, e.g. so the server is compiled once per run for process tests (build.ts).
  process.env.TEST_RUN_ID = randomUUID();
  // A template left by an earlier run on an external server may predate today's migrations.
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.end();
}
