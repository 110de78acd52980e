import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { Client } from '../../src/clients/client.entity';
import { buildServer, ROOT } from '../support/server-process';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { createClient, createDomain, createProduct, createService } from '../support/fixtures';
import { graphql } from '../generated';

const CREATE_CONTACT = graphql(`mutation CompositionCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }`);
const ADD_CREDIT = graphql(`mutation CompositionAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const CREATE_USER = graphql(`mutation CompositionCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }`);
const CREATE_PAYER = graphql(`mutation CompositionCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }`);
const ADD_ORDER = graphql(`mutation CompositionAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }`);
const CREATE_INVOICE = graphql(`mutation CompositionCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }`);
const SEND_MESSAGE = graphql(`mutation CompositionSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }`);
const PAY = graphql(`mutation CompositionPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }`);
const ADD_DISCOUNT = graphql(`mutation CompositionAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }`);

/** The records of a client that a merge moves to the survivor, by table. */
const MOVED = ['contact', 'credit_entry', 'client_user', 'client_payer', 'service', 'domain', 'invoice', 'payment_transaction', 'activity_log_entry', 'mail_message', 'client_message', 'client_order', 'client_discount'];
/** Sessions are ended (not moved) and go with the merged-away client. */
const ENDED = ['auth_session'];

/**
 * Merges two clients in a process of its own that loads the composition, the
 * ORM and the merge service, and nothing else of the server: no app, no
 * schema, no resolver list of its own. Prints nothing on success.
 */
const MERGE_IN_OWN_PROCESS = `
require('reflect-metadata');
const { entities } = require('./dist/src/composition');
const { initOrm } = require('./dist/src/shared/orm');
const { createEventBus } = require('./dist/src/shared/event-bus');
const { installAfterCommit } = require('./dist/src/shared/after-commit');
const { mergeClients } = require('./dist/src/clients/client-merge.service');
const [url, keepId, discardId, staffId, role] = process.argv.slice(1);
(async () => {
  const orm = await initOrm(url, entities, { logger: () => {} });
  const events = createEventBus();
  installAfterCommit(orm, events);
  const viewer = { kind: 'staff', staffId: Number(staffId), role, sessionId: 0 };
  const ctx = { requestId: 'composition-test', em: orm.em.fork(), ip: '127.0.0.1', viewer };
  await mergeClients(ctx, Number(keepId), Number(discardId));
  await orm.close(true);
})().catch((error) => { console.error(error); process.exit(1); });
`;

describe('composition', () => {
  let t: TestApp;
  let admin: string;
  let seq = 0;

  beforeAll(async () => {
    [t] = await Promise.all([startTestApp(), buildServer()]);
    admin = await t.staffToken(StaffRole.ADMIN);
  }, 240_000);
  afterAll(() => t.stop());

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const clientRowsIn = async (table: string, clientRowId: number) =>
    (await sql(`select count(*)::int as n from ${table} where client_id = ?`, [clientRowId]))[0].n as number;

  /** A client with one record in every area that owns client records, all made over GraphQL. */
  const populated = async () => {
    const email = `composition-${++seq}-${Date.now()}@example.com`;
    const c = await createClient(t, admin, { firstName: 'Com', lastName: 'Position', email, password: 'client-password-1', currency: 'EUR' });
    ok(await t.gql(CREATE_CONTACT, { c: c.id, i: { firstName: 'Con', lastName: 'Tact', email: `contact-${email}` } }, admin));
    ok(await t.gql(ADD_CREDIT, { i: { clientId: c.id, amount: '1.00', description: 'seed' } }, admin));
    ok(await t.gql(CREATE_USER, { c: c.id, i: { email: `user-${email}`, firstName: 'U', lastName: 'Ser', password: 'user-password-123', permissions: ['SUPPORT'] } }, admin));
    ok(await t.gql(CREATE_PAYER, { c: c.id, i: { type: 'INDIVIDUAL', name: 'Payer Person' } }, admin));
    await t.clientToken(email, 'client-password-1');
    const productId = await createProduct(t, admin, { name: `Composition ${seq}`, type: 'OTHER' });
    await createService(t, admin, { clientId: c.id, productId, billingCycle: 'MONTHLY', recurringAmount: '9.99' });
    await createDomain(t, admin, { clientId: c.id, name: `composition-${seq}-${process.pid}.example` });
    ok(await t.gql(ADD_ORDER, { i: { clientId: c.id, noInvoice: true, cart: { products: [{ productId, cycle: 'FREE' }] } } }, admin));
    const invoice = ok(await t.gql(CREATE_INVOICE, { i: { clientId: c.id, lines: [{ description: 'Hosting', amount: '10.00' }] } }, admin)).createInvoice;
    ok(await t.gql(PAY, { i: { invoiceId: invoice.id, amount: '2.00', gateway: 'bank', transactionId: `composition-${seq}-${Date.now()}` } }, admin));
    ok(await t.gql(ADD_DISCOUNT, { i: { clientId: c.id, type: 'PERCENT', value: '10' } }, admin));
    ok(await t.gql(SEND_MESSAGE, { i: { clientId: c.id, category: 'GENERAL', subject: 'Hello', message: 'A message' } }, admin));
    const [row] = await sql('select id from client where email = ?', [email]);
    return row.id as number;
  };

  it('issue 17.1: the tables that hold client records are the ones this test fills', () => {
    const metadata = t.app.orm.getMetadata();
    const withClient = Object.values(metadata.getAll())
      .filter((meta) => !meta.abstract && !meta.embeddable && Object.values(meta.properties).some((p) => p.type === Client.name || p.targetMeta?.className === Client.name) && meta.className !== Client.name)
      .map((meta) => meta.tableName);
    // The activity log holds client ids without a foreign key (it outlives deleted clients).
    expect([...withClient, 'activity_log_entry'].sort()).toEqual([...MOVED, ...ENDED].sort());
  });

  it('issue 17.1: a process that loads only the composition (not the app) merges clients with every owned record moved', async () => {
    const keep = await populated();
    const discard = await populated();
    const before = new Map<string, { keep: number; discard: number }>();
    for (const table of [...MOVED, ...ENDED]) {
      const counts = { keep: await clientRowsIn(table, keep), discard: await clientRowsIn(table, discard) };
      expect({ table, seeded: counts.discard > 0 }).toEqual({ table, seeded: true });
      before.set(table, counts);
    }
    const [staff] = await sql('select id from staff_user where role = ? order by id limit 1', [StaffRole.ADMIN]);

    await promisify(execFile)(process.execPath, ['-e', MERGE_IN_OWN_PROCESS, t.app.orm.config.get('clientUrl')!, String(keep), String(discard), String(staff.id), StaffRole.ADMIN], { cwd: ROOT, timeout: 60_000 });

    expect((await sql('select count(*)::int as n from client where id = ?', [discard]))[0].n).toBe(0);
    for (const table of MOVED) {
      const { keep: kept, discard: moved } = before.get(table)!;
      // The merge itself adds one line to the survivor's credit log (MERGE) and one to its activity log.
      const added = table === 'credit_entry' || table === 'activity_log_entry' ? 1 : 0;
      expect({ table, survivor: await clientRowsIn(table, keep), discarded: await clientRowsIn(table, discard) }).toEqual({ table, survivor: kept + moved + added, discarded: 0 });
    }
    // Sessions are ended, not moved: the survivor has only its own.
    expect(await clientRowsIn('auth_session', discard)).toBe(0);
    expect(await clientRowsIn('auth_session', keep)).toBe(before.get('auth_session')!.keep);
  });
});
