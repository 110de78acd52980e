import 'reflect-metadata';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { initOrm, migratorOf } from '../../src/shared/orm';
import { entities } from '../../src/composition';

import { TEMPLATE_DATABASE } from './template-name';
const TEMPLATE_LOCK = 7_311_001;

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Builds the migrated template once per run; parallel workers wait on an advisory lock. */
async function ensureTemplate(admin: pg.Client): Promise<void> {
  await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [TEMPLATE_DATABASE]);
    if (exists.rowCount) return;
    const building = `${TEMPLATE_DATABASE}_building`;
    await admin.query(`drop database if exists ${building}`);
    await admin.query(`create database ${building}`);
    const orm = await initOrm(databaseUrl(process.env.TEST_ADMIN_DATABASE_URL!, building), entities, { logger: () => {} });
    await (await migratorOf(orm)).up();
    // The migration made USD the default; tests bill in these too (a client's currency must be one of the operator's).
    await orm.em.getConnection().execute(`insert into currency (code, prefix, suffix, decimals, exchange_rate) values
      ('EUR', '€', '', 2, 0.92), ('GBP', '£', '', 2, 0.79), ('JPY', '¥', '', 0, 150), ('BHD', '', ' BD', 3, 0.376), ('CAD', 'CA$', '', 2, 1.36)`);
    await orm.close(true);
    await admin.query(`alter database ${building} rename to ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
}

/** A fresh database for one test file, copied from the migrated template. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hostbill_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (c) => {
    await ensureTemplate(c);
    await c.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  });
  return {
    url: databaseUrl(process.env.TEST_ADMIN_DATABASE_URL!, name),
    drop: () => withAdmin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
