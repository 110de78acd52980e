/**
 * The data the benchmarks read and write, made set-based: rows come from
 * `insert ... select` over generate_series in a few statements, not through
 * the API (20,000 clients through the services would take most of an hour).
 * What has rules behind it is first made once through the API and then
 * copied: four template invoices (3 and 5 taxed lines, one of each paid)
 * give every seeded invoice, line and payment the amounts, taxes and
 * addressee fields the API writes. The two clients that log in and the
 * clients with credit are created through the API as well.
 */
import type pg from 'pg';
import { now } from './measure';
import { globalId, parseGlobalId } from '../src/shared/ids';

export interface Sizes {
  /** All clients, the API-made ones included; each has a contact. */
  clients: number;
  servicesPerClient: number;
  domainsPerClient: number;
  /** Of 3 taxed lines; the 2nd and 4th of each client are paid. */
  invoicesPerClient: number;
  /** The client whose client area is measured (invoices of 5 lines, every other one paid). */
  bigClient: { services: number; domains: number; invoices: number };
  products: number;
  /** Clients given credit, for createInvoice with auto-applied credit. */
  creditClients: number;
}

/** 20,000 clients and, with the big client's 1,000, about 100,000 services. */
export const SIZES: Sizes = {
  clients: 20_000,
  servicesPerClient: 5,
  domainsPerClient: 1,
  invoicesPerClient: 5,
  bigClient: { services: 1_000, domains: 200, invoices: 120 },
  products: 20,
  creditClients: 10,
};

/** Sends one GraphQL operation over HTTP; returns `data`, throws on errors. */
export type Gql = <T = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

export interface Login {
  id: string;
  email: string;
  password: string;
}

export interface Seeded {
  /** 1,000 services, 200 domains, 120 invoices of 5 lines: the client area. */
  bigClient: Login;
  /** A client like the others (5 services, a domain, 5 invoices): the client area at a small size. */
  smallClient: Login;
  /** Clients with a large credit balance (createInvoice applies it). */
  creditClientIds: string[];
  /** A client whose status the fan-out benchmark flips. */
  eventClientId: string;
  /** Issued, unpaid invoices of ordinary clients with their balance, for payments. */
  unpaid: { id: number; clientId: number; amount: string }[];
  counts: Record<string, number>;
  seconds: number;
}

const CURRENCY = 'USD';
const CREATE_CLIENT = `mutation($i: CreateClientInput!) { createClient(input: $i) { id } }`;

export async function seed(db: pg.Client, gql: Gql, adminToken: string, log: (line: string) => void, sizes = SIZES): Promise<Seeded> {
  const start = now();
  // Unique per run, so a second run on the same DATABASE_URL does not collide on emails, domains or gateway ids.
  const run = Date.now().toString(36);
  const api = <T = any>(query: string, variables: Record<string, unknown>) => gql<T>(query, variables, adminToken);

  // One VAT rule: clients are in NL, so every line is taxed at 21 %.
  const { taxRules } = await api<{ taxRules: { level: number; country: string | null; state: string | null }[] }>(`{ taxRules { level country state } }`, {});
  if (!taxRules.some((r) => r.level === 1 && r.country === 'NL' && !r.state)) {
    await api(`mutation($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }`, { i: { name: 'VAT NL', level: 1, country: 'NL', rate: '21' } });
  }

  // The ordinary clients first, so the staff list's first pages hold only them.
  const apiClients = 2 + sizes.creditClients;
  await db.query(
    `insert into client (first_name, last_name, email, company_name, country, city, currency)
     select 'First' || g, 'Last' || g, $1 || g || '@example.com', case when g % 3 = 0 then 'Company ' || g end, 'NL', 'Amsterdam', $2
       from generate_series(1, $3::int) g`,
    [`bench-${run}-`, CURRENCY, sizes.clients - apiClients],
  );
  const client = async (name: string, extra: Record<string, unknown>) => {
    const email = `bench-${run}-${name}@example.com`;
    const password = `bench ${name} password`;
    const { createClient } = await api(CREATE_CLIENT, { i: { firstName: 'Bench', lastName: name, email, password, country: 'NL', city: 'Amsterdam', currency: CURRENCY, ...extra } });
    return { id: createClient.id as string, email, password };
  };
  const bigClient = await client('big', {});
  const smallClient = await client('small', {});
  const creditClientIds: string[] = [];
  for (let i = 0; i < sizes.creditClients; i++) creditClientIds.push((await client(`credit${i}`, { openingCredit: '1000000.00' })).id);

  // The templates every seeded invoice copies.
  const invoice = async (clientId: string, lines: number, paid: boolean) => {
    const { createInvoice } = await api(`mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount } } }`, {
      i: { clientId, applyCredit: false, lines: [
        { description: 'Web hosting Basic (monthly)', amount: '9.95' },
        { description: 'Domain example.nl (1 year)', amount: '12.99' },
        { description: 'Daily backups', amount: '2.50' },
        { description: 'SSL certificate', amount: '4.50' },
        { description: 'Extra mailboxes', amount: '1.25' },
      ].slice(0, lines) },
    });
    if (paid) {
      await api(`mutation($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }`, {
        i: { invoiceId: createInvoice.id, amount: createInvoice.total.amount, gateway: 'bank', transactionId: `template-${run}-${createInvoice.id}` },
      });
    }
    return keyOf(createInvoice.id);
  };
  const templates = {
    unpaid: await invoice(smallClient.id, 3, false),
    paid: await invoice(smallClient.id, 3, true),
    bigUnpaid: await invoice(bigClient.id, 5, false),
    bigPaid: await invoice(bigClient.id, 5, true),
  };
  log(`  clients and templates: ${((now() - start) / 1000).toFixed(1)} s`);

  // The clients of this run; big marks the one of the client area.
  await db.query(`create temp table seed_client as select id, id = $2 as big from client where email like $1`, [`bench-${run}-%`, keyOf(bigClient.id)]);
  await db.query(
    `insert into contact (client_id, first_name, last_name, email) select id, 'Contact', 'No' || id, $1 || id || '@example.com' from seed_client`,
    [`contact-${run}-`],
  );
  await db.query(
    `create temp table seed_product as
     with created as (insert into product (name, type, pay_type, description)
       select 'Hosting plan ' || g, 'hosting', 'recurring', 'Shared hosting' from generate_series(1, $1::int) g returning id)
     select id, (row_number() over (order by id) - 1)::int as n from created`,
    [sizes.products],
  );
  await db.query(
    `insert into service (client_id, product_id, domain, username, status, billing_cycle, currency, first_payment_minor, recurring_minor, registration_date, next_due_date)
     select c.id, p.id, 'site-' || c.id || '-' || k || '.example', 'u' || c.id || 'k' || k,
            (case when k % 10 = 0 then 'suspended' else 'active' end)::service_status, 'monthly', $3, 995 + (k % 7) * 100, 995 + (k % 7) * 100,
            date '2024-01-01' + (c.id + k) % 700, date '2026-01-01' + (c.id + k) % 28
       from seed_client c cross join lateral generate_series(1, case when c.big then $1::int else $2::int end) k
       join seed_product p on p.n = (c.id + k) % $4`,
    [sizes.bigClient.services, sizes.servicesPerClient, CURRENCY, sizes.products],
  );
  await db.query(
    `insert into domain (name, client_id, registrar, status, registration_date, expiry_date, auto_renew)
     select 'd' || c.id || '-' || k || '-' || $3 || '.example', c.id, 'bench', 'active', date '2024-01-01' + (c.id + k) % 700, date '2026-06-01' + (c.id + k) % 365, true
       from seed_client c cross join lateral generate_series(1, case when c.big then $1::int else $2::int end) k`,
    [sizes.bigClient.domains, sizes.domainsPerClient, run],
  );
  log(`  contacts, products, services, domains: ${((now() - start) / 1000).toFixed(1)} s`);

  // Invoices: ids in issue order (the newest have the highest ids), numbered after the templates' numbers.
  await db.query(
    `create temp table seed_invoice as
     select nextval('invoice_id_seq')::int as id, client_id, template_id, issue_date from (
       select c.id as client_id,
              case when k % 2 = 0 then (case when c.big then $3::int else $4::int end) else (case when c.big then $5::int else $6::int end) end as template_id,
              date '2025-01-01' + case when c.big then (k - 1) * 4 else (k - 1) * 90 + c.id % 90 end as issue_date
         from seed_client c cross join lateral generate_series(1, case when c.big then $1::int else $2::int end) k
        order by issue_date, c.id) ordered`,
    [sizes.bigClient.invoices, sizes.invoicesPerClient, templates.bigPaid, templates.paid, templates.bigUnpaid, templates.unpaid],
  );
  const [sequence] = (await db.query(`select period, last_number from invoice_number_sequence order by last_number desc limit 1`)).rows;
  const copied = async (table: string, set: string[]) =>
    (await db.query(`select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1`, [table])).rows
      .map((r) => `"${r.column_name}"`)
      .filter((column) => !set.includes(column.slice(1, -1)));
  const invoiceColumns = await copied('invoice', ['id', 'client_id', 'number', 'issue_date', 'due_date', 'date_paid', 'addressed_to', 'created_at', 'updated_at']);
  await db.query(
    `insert into invoice (id, client_id, number, issue_date, due_date, date_paid, addressed_to, created_at, updated_at, ${invoiceColumns})
     select s.id, s.client_id, ($1::int + row_number() over (order by s.id))::text, s.issue_date, s.issue_date + 14,
            case when t.date_paid is not null then s.issue_date + interval '3 days' end,
            coalesce(t.addressed_to, '{}') || jsonb_strip_nulls(jsonb_build_object('name', c.first_name || ' ' || c.last_name, 'companyName', c.company_name, 'email', c.email)),
            s.issue_date, s.issue_date, ${invoiceColumns.map((column) => `t.${column}`)}
       from seed_invoice s join invoice t on t.id = s.template_id join client c on c.id = s.client_id`,
    [sequence.last_number],
  );
  const invoices = (await db.query(`select count(*)::int as n from seed_invoice`)).rows[0].n as number;
  await db.query(`update invoice_number_sequence set last_number = last_number + $2 where period = $1`, [sequence.period, invoices]);
  const lineColumns = await copied('invoice_line', ['id', 'invoice_id']);
  await db.query(
    `insert into invoice_line (invoice_id, ${lineColumns})
     select s.id, ${lineColumns.map((column) => `l.${column}`)} from seed_invoice s join invoice_line l on l.invoice_id = s.template_id`,
  );
  const paymentColumns = await copied('payment_transaction', ['id', 'client_id', 'invoice_id', 'transaction_id', 'date', 'created_at']);
  await db.query(
    `insert into payment_transaction (client_id, invoice_id, transaction_id, date, created_at, ${paymentColumns})
     select s.client_id, s.id, $1 || s.id, s.issue_date + interval '3 days', s.issue_date + interval '3 days', ${paymentColumns.map((column) => `t.${column}`)}
       from seed_invoice s join payment_transaction t on t.invoice_id = s.template_id`,
    [`seed-${run}-`],
  );
  log(`  invoices, lines, payments: ${((now() - start) / 1000).toFixed(1)} s`);

  // Planner statistics as autovacuum would leave them, so the plans are those of a live database.
  await db.query('analyze');

  const unpaid = (
    await db.query(
      `select i.id, i.client_id, to_char((i.total_minor - i.credit_applied_minor - i.amount_paid_minor) / 100.0, 'FM999999990.00') as amount
         from seed_invoice s join invoice i on i.id = s.id join seed_client c on c.id = s.client_id and not c.big
        where i.status = 'unpaid' order by i.id limit 2000`,
    )
  ).rows.map((r) => ({ id: r.id, clientId: r.client_id, amount: r.amount }));
  const eventClient = (await db.query(`select min(id) as id from seed_client`)).rows[0].id;
  const counts: Record<string, number> = {};
  for (const table of ['client', 'contact', 'service', 'domain', 'invoice', 'invoice_line', 'payment_transaction']) {
    counts[table] = (await db.query(`select count(*)::int as n from ${table}`)).rows[0].n;
  }
  await db.query('drop table seed_client, seed_product, seed_invoice');
  return { bigClient, smallClient, creditClientIds, eventClientId: globalId('Client', eventClient), unpaid, counts, seconds: (now() - start) / 1000 };
}

/** The table key of a global id from a response (the seed writes the bulk rows in SQL). */
function keyOf(id: string): number {
  const parsed = parseGlobalId(id);
  if (!parsed) throw new Error(`Not a global id: ${id}`);
  return parsed.key;
}
