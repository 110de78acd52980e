/**
 * Issue 16.1/16.2/16.3 with real server processes (`node dist/src/main.js`)
 * on one database: the scheduled daily run killed with SIGKILL half-way
 * through its renewal invoices, then two processes started together: exactly
 * one of them runs the day's run, which finishes the work without a
 * duplicate: of the services, their addons (renewal_invoice_addon) and the
 * clients' auto-renew domains (renewal_invoice_domain).
 */
import pg from 'pg';
import { pause, waitFor } from '../support/wait';
import { baseEnv, buildServer, freePort, start, type ServerProcess, type Started } from '../support/server-process';
import { createTestDatabase } from '../support/database';
import { TEST_SECRETS_KEY } from '../support/test-app';

const CLIENTS = 1500;
/** DAILY_RUN_CHECK_MS: how often each process checks whether the day's run is due. */
const CHECK_MS = 100;

describe('AU-1 / issue 16.1/16.2: the daily run across real processes', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: pg.Client;
  const processes: ServerProcess[] = [];
  const query = async <T = any>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as T[];

  const env = async () => ({
    ...baseEnv(), DATABASE_URL: database.url, SECRETS_KEY: TEST_SECRETS_KEY, DEMO_DATA: 'false', PORT: String(await freePort()),
    // Due at once, checked often, small batches: the run takes long enough to be killed half-way.
    DAILY_RUN_ENABLED: 'true', DAILY_RUN_TIME: '00:00', DAILY_RUN_CHECK_MS: String(CHECK_MS), DAILY_RUN_BATCH_SIZE: '10', JOBS_POLL_MS: '100',
  });

  beforeAll(async () => {
    await buildServer();
    database = await createTestDatabase();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const [product] = await query<{ id: number }>(`insert into product (name, type) values ('Hosting', 'other') returning id`);
    await query(`insert into client (first_name, last_name, email, currency) select 'Client', 'N' || g, 'c' || g || '@example.com', 'EUR' from generate_series(1, $1::int) g`, [CLIENTS]);
    await query(`insert into service (client_id, product_id, status, billing_cycle, currency, recurring_minor, registration_date, next_due_date)
      select id, $1, 'active', 'monthly', 'EUR', 1000, current_date - 25, current_date + 5 from client`, [product.id]);
    // Each service's addon is due with it (its line joins the service's invoice); each client's domain expires later (an invoice of its own).
    await query(`insert into service_addon (service_id, name, status, billing_cycle, currency, recurring_minor, registration_date, next_due_date)
      select id, 'Backups', 'active', 'monthly', 'EUR', 200, current_date - 25, current_date + 5 from service`);
    await query(`insert into tld_price (tld, currency_id, years, register_minor, renew_minor) select '.test', id, 1, 1500, 1500 from currency where code = 'EUR'`);
    await query(`insert into domain (name, client_id, status, registration_date, expiry_date, auto_renew)
      select 'client' || id || '.test', id, 'active', current_date - 355, current_date + 10, true from client`);
  }, 300_000);

  afterAll(async () => {
    for (const proc of processes) {
      if (proc.child.exitCode === null && proc.child.signalCode === null) {
        proc.child.kill('SIGKILL');
        await proc.exit;
      }
    }
    await db?.end();
    await database?.drop();
  });

  it('issue 16.2/16.3: a run killed half-way (kill -9) and restarted on two processes at once finishes once, without duplicates of services, addons or domains, its mails queued once', async () => {
    const first = await start(await env(), { timeoutMs: 180_000 });
    processes.push(first);
    // Half-way: some clients invoiced, not all.
    await waitFor(async () => (await query('select count(*)::int as n from renewal_invoice_item'))[0].n > 0, { what: 'the first renewal invoices', timeoutMs: 120_000 });
    first.child.kill('SIGKILL');
    await first.exit;
    const [{ n: done }] = await query('select count(*)::int as n from renewal_invoice_item');
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(CLIENTS);
    // The addons and domains of the invoiced clients were claimed with their services, in the same transactions.
    expect(await query(`select (select count(*) from renewal_invoice_addon)::int as addons, (select count(*) from renewal_invoice_domain)::int as domains`))
      .toEqual([{ addons: done, domains: done }]);
    expect(await query(`select status from daily_run`)).toEqual([{ status: 'running' }]);

    // Two instances on the same database, started together.
    const [second, third]: Started[] = await Promise.all([start(await env(), { timeoutMs: 180_000 }), start(await env(), { timeoutMs: 180_000 })]);
    processes.push(second, third);
    await waitFor(async () => (await query(`select count(*)::int as n from daily_run where status = 'completed'`))[0].n > 0, { what: 'a completed run', timeoutMs: 240_000 });
    // A few more checks of the schedule by both processes change nothing: a window in which no second run may start, fifteen checks long.
    await pause(15 * CHECK_MS);
    expect(await query(`select status, trigger from daily_run order by id`)).toEqual([{ status: 'interrupted', trigger: 'schedule' }, { status: 'completed', trigger: 'schedule' }]);
    // Per client: the service and its addon on one invoice, the domain on another.
    const [counts] = await query(`select (select count(*) from invoice)::int as invoices, (select count(distinct number) from invoice)::int as numbers,
      (select count(*) from invoice_line)::int as lines, (select count(*) from renewal_invoice_item)::int as items,
      (select count(*) from renewal_invoice_addon)::int as addons, (select count(*) from renewal_invoice_domain)::int as domains,
      (select count(distinct client_id) from invoice)::int as clients, (select max(last_number) from invoice_number_sequence)::int as last_number`);
    expect(counts).toEqual({ invoices: 2 * CLIENTS, numbers: 2 * CLIENTS, lines: 3 * CLIENTS, items: CLIENTS, addons: CLIENTS, domains: CLIENTS, clients: CLIENTS, last_number: 2 * CLIENTS });
    // Each service and domain on exactly one line; one addon line per invoice (its line names no service_addon, only the catalog's addon).
    expect(await query(`select type, count(*)::int as lines, count(distinct case type when 'service' then service_id when 'domain' then domain_id else invoice_id end)::int as subjects
      from invoice_line group by type order by type::text`)).toEqual(['addon', 'domain', 'service'].map((type) => ({ type, lines: CLIENTS, subjects: CLIENTS })));
    // Each invoice's "invoice created" mail once, also those of the batches before the kill (issued inside the reminder days: no reminder).
    expect(await query(`select type, count(*)::int as mails, count(distinct client_id)::int as clients from mail_message group by type`)).toEqual([
      { type: 'invoiceCreated', mails: 2 * CLIENTS, clients: CLIENTS },
    ]);
    const steps = await query(`select s.name, s.status, s.count from daily_run_step s join daily_run r on r.id = s.run_id where r.status = 'completed' order by s.position`);
    expect(steps[0]).toEqual({ name: 'renewal_invoices', status: 'ok', count: 2 * (CLIENTS - done) });
    expect(steps.filter((s) => s.status !== 'ok')).toEqual([]);
    expect(steps).toHaveLength(11);
  }, 600_000);
});


