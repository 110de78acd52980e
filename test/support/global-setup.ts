import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/shared/embedded-postgres';
import { initOrm } from '../../src/shared/orm';
import { TEMPLATE_DATABASE, databaseUrl } from './database';

/**
 * Starts one real PostgreSQL for the whole run (or uses DATABASE_URL), and
 * builds a template database with every migration applied; each test file
 * then copies it into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const pgHandle = await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'hostbill-test-pg-')), port: 0, persistent: false });
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = pgHandle;
    adminUrl = pgHandle.url;
  }
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();

  const orm = await initOrm(databaseUrl(adminUrl, TEMPLATE_DATABASE), { logger: () => {} });
  await orm.migrator.up();
  await orm.close(true);
}
