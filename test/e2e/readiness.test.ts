import { startTestApp, type TestApp } from '../support/test-app';

describe('issue 13.12: /readyz says whether this server can do work', () => {
  let t: TestApp;
  const readyz = async () => {
    const response = await fetch(t.url.replace(/\/graphql$/, '/readyz'));
    return { status: response.status, body: await response.json() };
  };
  const sql = (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('issue 13.12: ready with the database, the job queue and every migration in place; 503 naming "migrations" while one has not run, ready again once it has', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ok' } });
    const [newest] = await sql('select id, name, executed_at from mikro_orm_migrations order by id desc limit 1');
    await sql('delete from mikro_orm_migrations where id = ?', [newest.id]);
    try {
      expect(await readyz()).toEqual({ status: 503, body: { status: 'unavailable', checks: { database: 'ok', jobQueue: 'ok', migrations: 'pending' } } });
    } finally {
      await sql('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [newest.id, newest.name, newest.executed_at]);
    }
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ok' } });
  });
});
