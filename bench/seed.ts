/**
 * The data the benchmarks read and write: clients with a contact each, issued
 * invoices of three taxed lines, half of them paid. Set-up goes over GraphQL
 * (tax rule, the client that logs in); the bulk goes through the services the
 * resolvers call (createClient, createContact, createInvoiceWithin,
 * addInvoicePayment), so the rows are exactly what the API writes: numbers,
 * taxes, ledger and activity log included. That costs about 10 ms of CPU per
 * invoice (the ORM's unit of work), hence 6,000 invoices rather than 20,000:
 * seeding stays under two minutes on 2 cores.
 */
import type { App } from '../src/app';
import type { Config } from '../src/config';
import type { RequestContext, Viewer } from '../src/shared/context';
import { createLoaders } from '../src/shared/loaders';
import { formatAmount } from '../src/shared/money';
import { createClient } from '../src/clients/client.service';
import { createContact } from '../src/clients/contact.service';
import { addCredit } from '../src/credit/credit.service';
import { addInvoicePayment, createInvoiceWithin, type InvoiceDraft } from '../src/billing/invoice.service';
import type { CreateClientInput } from '../src/clients/client.inputs';
import type { CreateContactInput } from '../src/clients/contact.inputs';
import { inParallel, now } from './measure';

export const SIZES = {
  /** Each with one contact. */
  clients: 2_000,
  invoices: 6_000,
  /** Every 50th invoice belongs to the client that logs in: 120 invoices, three pages of 50. */
  loginClientEvery: 50,
  /** Clients given credit, for createInvoice with auto-applied credit. */
  creditClients: 10,
};

/** Sends one GraphQL operation over HTTP; returns `data`, throws on errors. */
export type Gql = <T = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

export interface Seeded {
  loginClient: { id: number; email: string; password: string };
  /** Clients with a large credit balance (createInvoice applies it). */
  creditClientIds: number[];
  /** Issued, unpaid invoices with their total, for payments. */
  unpaid: { id: number; clientId: number; amount: string }[];
  counts: { clients: number; contacts: number; invoices: number; payments: number };
  seconds: number;
}

const CURRENCY = 'USD';
const DAY_MS = 86_400_000;

/** A context like the server builds for one operation, acting as the staff member `viewer`. */
export function serviceContext(app: App, config: Config, viewer: Viewer): RequestContext {
  const em = app.orm.em.fork();
  return { requestId: 'bench-seed', em, viewer, ip: '127.0.0.1', loaders: createLoaders(em), events: app.server.events, config, modules: app.modules, jobs: app.jobs };
}

export async function seed(app: App, config: Config, gql: Gql, admin: { token: string; viewer: Viewer }, log: (line: string) => void): Promise<Seeded> {
  const start = now();
  // Unique per run, so a second run on the same DATABASE_URL does not collide on emails or gateway ids.
  const run = Date.now().toString(36);
  const ctx = () => serviceContext(app, config, admin.viewer);

  // One VAT rule: clients are in NL, so every line is taxed at 21 %.
  const rules = await gql<{ taxRules: { level: number; country: string | null; state: string | null }[] }>(`{ taxRules { level country state } }`, {}, admin.token);
  if (!rules.taxRules.some((r) => r.level === 1 && r.country === 'NL' && !r.state)) {
    await gql(`mutation($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }`, { i: { name: 'VAT NL', level: 1, country: 'NL', rate: '21' } }, admin.token);
  }

  const password = 'bench-client-password';
  const loginEmail = `bench-${run}-login@example.com`;
  const login = await gql<{ createClient: { id: string } }>(
    `mutation($i: CreateClientInput!) { createClient(input: $i) { id } }`,
    { i: { firstName: 'Bench', lastName: 'Login', email: loginEmail, password, country: 'NL', currency: CURRENCY } },
    admin.token,
  );
  const loginClientId = Number(login.createClient.id);

  // Clients and their contacts; no password (hashing is deliberately slow and not what is measured).
  const contact = (clientId: number, i: number | string) =>
    createContact(ctx(), clientId, { firstName: 'Contact', lastName: `No${i}`, email: `contact-${run}-${i}@example.com` } as CreateContactInput);
  await contact(loginClientId, 'login');
  const clientIds: number[] = new Array(SIZES.clients - 1);
  await inParallel(clientIds.length, 4, async (i) => {
    const client = await createClient(ctx(), {
      firstName: `First${i}`, lastName: `Last${i}`, email: `bench-${run}-${i}@example.com`, companyName: i % 3 ? undefined : `Company ${i}`,
      country: 'NL', city: 'Amsterdam', currency: CURRENCY,
    } as CreateClientInput);
    clientIds[i] = client.id;
    await contact(client.id, i);
  });
  log(`  clients and contacts: ${((now() - start) / 1000).toFixed(1)} s`);

  // Issued invoices spread over 500 days, half of them paid in full by bank transfer; one transaction each, as the
  // API does. Three at a time: the invoice number's row lock serialises only the end of each transaction.
  const unpaid: Seeded['unpaid'] = [];
  let payments = 0;
  const first = Date.UTC(2025, 0, 1);
  await inParallel(SIZES.invoices, 3, async (i) => {
    const clientId = i % SIZES.loginClientEvery === 0 ? loginClientId : clientIds[i % clientIds.length];
    const issued = first + Math.floor((i * 500) / SIZES.invoices) * DAY_MS;
    const draft: InvoiceDraft = {
      clientId,
      issueDate: new Date(issued).toISOString().slice(0, 10),
      dueDate: new Date(issued + 14 * DAY_MS).toISOString().slice(0, 10),
      lines: [
        { description: 'Web hosting Basic (monthly)', amountMinor: 995n + BigInt(i % 7) * 100n },
        { description: `Domain bench-${i}.nl (1 year)`, amountMinor: 1299n },
        { description: 'Daily backups', amountMinor: 250n },
      ],
    };
    const c = ctx();
    // Its CREATED event is not published: nobody listens during seeding.
    const { invoice } = await c.em.transactional((em) => createInvoiceWithin(em, c, draft, { applyCredit: false }));
    const amount = formatAmount(BigInt(invoice.totalMinor), CURRENCY);
    if (i % 4 >= 2) {
      unpaid.push({ id: invoice.id, clientId, amount });
    } else {
      await addInvoicePayment(ctx(), { invoiceId: String(invoice.id), amount, gateway: 'bank', transactionId: `seed-${run}-${invoice.id}` });
      payments++;
    }
  });
  log(`  invoices and payments: ${((now() - start) / 1000).toFixed(1)} s`);

  const creditClientIds = clientIds.slice(0, SIZES.creditClients);
  for (const id of creditClientIds) await addCredit(ctx(), id, '1000000.00', 'Benchmark credit');

  // Planner statistics as autovacuum would leave them, so the plans are those of a live database.
  await app.orm.em.fork().getConnection().execute('analyze');

  return {
    loginClient: { id: loginClientId, email: loginEmail, password },
    creditClientIds,
    unpaid,
    counts: { clients: SIZES.clients, contacts: SIZES.clients, invoices: SIZES.invoices, payments },
    seconds: (now() - start) / 1000,
  };
}
