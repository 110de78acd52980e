import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../../src/schema';
import { migratorOf } from '../../src/shared/orm';
import { startTestApp, type TestApp } from '../support/test-app';

describe('issue point 4: committed artefacts agree with the code', () => {
  it('issue point 4: schema.graphql equals the schema printed from the resolvers (run `npm run schema:print` when this fails)', async () => {
    const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
    const printed = await printAppSchema();
    expect(printed).toContain('type Query');
    expect(printed).toMatch(/clientChanged\(\s*("""[^]*?"""\s*)?id: ID\s*\): ClientChangedEvent!/);
    expect(committed).toBe(printed);
  });

  describe('entities and migrations', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.stop());

    it('issue point 4: on a database built from the migrations, the entities need no schema change', async () => {
      // The test database is a copy of a template built by running every migration.
      const migrator = await migratorOf(t.app.orm);
      const executed = await migrator.getExecutedMigrations();
      expect(executed.length).toBeGreaterThan(0);
      expect(await migrator.getPendingMigrations()).toEqual([]);

      // Empty when entities and migrations agree. Adding e.g. `@Property({ nullable: true }) nickname?: string`
      // to Client without a migration makes this `alter table "client" add column "nickname" varchar(255) null;`,
      // and a migration that forgets an index shows up as `create index ...`.
      const diff = await t.app.orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    });

    it('issue point 4: the comparison sees real differences (a dropped column is reported)', async () => {
      const connection = t.app.orm.em.fork().getConnection();
      await connection.execute('alter table client drop column registration_ip');
      try {
        const diff = await t.app.orm.schema.getUpdateSchemaSQL({ wrap: false });
        expect(diff).toMatch(/alter table "client" add column "registration_ip"/);
      } finally {
        await connection.execute('alter table client add column registration_ip varchar(255) null');
      }
      expect((await t.app.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
    });
  });
});
