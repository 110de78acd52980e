/**
 * Issue 15.5 / 14.7 over the wire: staff send again an email whose delivery is
 * UNCONFIRMED or FAILED (delivery is at most once, so only an operator decides
 * that), and resend an order's confirmation. Delivery goes to a real SMTP
 * server (test/servers/smtp-server.ts).
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../servers/smtp-server';
import { errorOf, ok, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { CLIENT_PASSWORD, createClient, createProduct, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { MailResendEmailsQuery } from '../generated/graphql';

const CREATE_CONTACT = graphql(`mutation MailResendCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }`);
const CREATE_INVOICE = graphql(`mutation MailResendCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number } }`);
graphql(`fragment MailResendEmail on Email { id type status attempts lastError messageId recipient subject body }`);
const EMAILS = graphql(`query MailResendEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { ...MailResendEmail } } } }`);
const REQUEUE = graphql(`mutation MailResendRequeue($id: ID!) { requeueEmail(id: $id) { ...MailResendEmail } }`);
const ADD_ORDER = graphql(`mutation MailResendAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { description } } }`);
const PLACE_ORDER = graphql(`mutation MailResendPlaceOrder($cart: CartInput!) { placeOrder(cart: $cart) { id } }`);
const FRAUD = graphql(`mutation MailResendFraud($id: ID!) { markOrderFraud(id: $id) { id status } }`);
const RESEND_ORDER = graphql(`mutation MailResendOrderConfirmation($id: ID!) { resendOrderConfirmation(id: $id) { ...MailResendEmail } }`);
const ACTIVITY = graphql(`query MailResendActivity($f: ActivityFilter) { activityLog(filter: $f, first: 10) { edges { node { action targetType details staff { id } } } } }`);
const ME = graphql(`query MailResendMe { me { staff { id } } }`);

describe('issue 15.5 / 14.7: sending emails again', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let admin: string;
  let product: string;
  let seq = 0;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // Two attempts a little apart: a mail fails for good within a second while the SMTP server is down.
    t = await startTestApp({
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'billing@hosting.test', MAIL_MAX_ATTEMPTS: '2', MAIL_RETRY_BASE_MS: '200', JOBS_POLL_MS: '100', SMTP_TIMEOUT_MS: '1000',
    });
    admin = await t.staffToken(StaffRole.ADMIN);
    product = await createProduct(t, admin, { name: 'Mailbox', type: 'OTHER', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '4.00' }] });
  }, 240_000);
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
  });

  const newClient = async (language = 'en') => {
    const client = await createClient(t, admin, { firstName: 'Rita', lastName: `Resend${++seq}`, email: uniqueEmail('resend', 'client.test'), password: CLIENT_PASSWORD, currency: 'EUR', language });
    return { ...client, token: () => t.clientToken(client.email, CLIENT_PASSWORD) };
  };
  const invoiceFor = async (clientId: string) => ok(await t.gql(CREATE_INVOICE, { i: { clientId, lines: [{ description: 'Hosting', amount: '12.50' }] } }, admin)).createInvoice;
  /** A client's emails, oldest first. */
  const emails = async (clientId: string) => ok(await t.gql(EMAILS, { c: clientId }, admin)).clientEmails.edges.map((e) => e.node).reverse();
  type Email = MailResendEmailsQuery['clientEmails']['edges'][number]['node'];
  const emailUntil = (clientId: string, done: (mail: Email) => boolean, what: string) =>
    waitFor(async () => (await emails(clientId)).find(done), { what, timeoutMs: 20_000 });
  const copiesOf = (messageId: string) => smtp.received.filter((mail: ReceivedMail) => mail.header('message-id') === messageId).length;
  const reasonOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.reason;
  const activity = async (action: string, clientId: string) =>
    ok(await t.gql(ACTIVITY, { f: { action, clientId } }, admin)).activityLog.edges.map((e) => e.node);

  it('issue 15.5: staff requeue an UNCONFIRMED email: it goes out again with the same Message-ID, once, though two requeues come at once; recorded in the activity log', async () => {
    const client = await newClient();
    smtp.loseNextReply();
    await invoiceFor(client.id);
    const unconfirmed = await emailUntil(client.id, (mail) => mail.status === 'UNCONFIRMED', 'the mail to be UNCONFIRMED');
    expect(copiesOf(unconfirmed.messageId)).toBe(1);

    const answers = await Promise.all([t.gql(REQUEUE, { id: unconfirmed.id }, admin), t.gql(REQUEUE, { id: unconfirmed.id }, admin)]);
    const requeued = answers.filter((res) => !res.errors);
    const refused = answers.filter((res) => res.errors);
    expect(requeued).toHaveLength(1);
    expect(ok(requeued[0]).requeueEmail).toMatchObject({ id: unconfirmed.id, status: 'QUEUED', attempts: 0, messageId: unconfirmed.messageId });
    expect(refused.map((res) => [errorOf(res).code, reasonOf(res)])).toEqual([['CONFLICT', 'INVALID_STATUS_TRANSITION']]);

    const sent = await emailUntil(client.id, (mail) => mail.id === unconfirmed.id && mail.status === 'SENT', 'the requeued mail to be SENT');
    expect(sent).toMatchObject({ attempts: 1, lastError: null, messageId: unconfirmed.messageId, subject: unconfirmed.subject, body: unconfirmed.body });
    await waitFor(() => copiesOf(unconfirmed.messageId) === 2, { what: 'the second copy', timeoutMs: 5_000 });
    expect(await emails(client.id)).toHaveLength(1);
    const [entry] = await activity('email.requeue', client.id);
    expect(entry).toMatchObject({ targetType: 'Email', details: { from: 'unconfirmed', attempts: unconfirmed.attempts, messageId: unconfirmed.messageId } });
    expect(entry.staff).toEqual({ id: ok(await t.gql(ME, {}, admin)).me!.staff!.id });

    // Sent: no second requeue, and nothing changes.
    const again = await t.gql(REQUEUE, { id: unconfirmed.id }, admin);
    expect([errorOf(again).code, reasonOf(again)]).toEqual(['CONFLICT', 'INVALID_STATUS_TRANSITION']);
    expect((await emails(client.id))[0]).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(await activity('email.requeue', client.id)).toHaveLength(1);
  });

  it('issue 15.5: a FAILED email (SMTP server down for every attempt) is delivered after the server is back and staff requeue it', async () => {
    const client = await newClient('de');
    const port = smtp.port;
    await smtp.stop();
    try {
      await invoiceFor(client.id);
      const failed = await emailUntil(client.id, (mail) => mail.status === 'FAILED', 'the mail to fail');
      expect(failed.attempts).toBe(2);
      expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      smtp = await startSmtpServer(port);
    }
    const [failed] = await emails(client.id);
    expect(ok(await t.gql(REQUEUE, { id: failed.id }, admin)).requeueEmail).toMatchObject({ status: 'QUEUED', attempts: 0 });
    const [mail] = await smtp.waitFor((m) => m.to.includes(client.email));
    expect(mail.header('message-id')).toBe(failed.messageId);
    expect(mail.header('content-language')).toBe('de');
    expect(await emailUntil(client.id, (m) => m.status === 'SENT', 'the mail to be SENT')).toMatchObject({ id: failed.id, attempts: 1 });
    expect(await activity('email.requeue', client.id)).toMatchObject([{ details: { from: 'failed', attempts: 2 } }]);
  });

  it('issue 15.5: only staff requeue; bad or unknown ids are refused and change nothing', async () => {
    const client = await newClient();
    smtp.loseNextReply();
    await invoiceFor(client.id);
    const mail = await emailUntil(client.id, (m) => m.status === 'UNCONFIRMED', 'the mail to be UNCONFIRMED');
    expect(errorOf(await t.gql(REQUEUE, { id: mail.id }, await client.token())).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(REQUEUE, { id: mail.id })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(REQUEUE, { id: 'not-an-id' }, admin)).code).toBe('BAD_USER_INPUT');
    // An id of another type names no email.
    expect(errorOf(await t.gql(REQUEUE, { id: client.id }, admin)).code).toBe('NOT_FOUND');
    expect(await emails(client.id)).toEqual([mail]);
    expect(copiesOf(mail.messageId)).toBe(1);
    expect(await activity('email.requeue', client.id)).toEqual([]);
  });

  it('issue 14.7: staff resend an order\'s confirmation (also of an order placed without emails) to the client and its General contacts, in its language; the activity log has it', async () => {
    const client = await newClient('de');
    const general = `general-${seq}@contact.test`;
    ok(await t.gql(CREATE_CONTACT, { c: client.id, i: { firstName: 'Gen', lastName: 'Eral', email: general, emailCategories: ['GENERAL'] } }, admin));
    ok(await t.gql(CREATE_CONTACT, { c: client.id, i: { firstName: 'Inv', lastName: 'Oice', email: `invoices-${seq}@contact.test`, emailCategories: ['INVOICE'] } }, admin));
    const order = ok(await t.gql(ADD_ORDER, { i: { clientId: client.id, noInvoice: true, noEmail: true, cart: { products: [{ productId: product, cycle: 'MONTHLY' }] } } }, admin)).addOrder;
    expect(await emails(client.id)).toEqual([]);

    const queued = ok(await t.gql(RESEND_ORDER, { id: order.id }, admin)).resendOrderConfirmation;
    expect(queued.map((mail) => [mail.type, mail.recipient])).toEqual([['orderConfirmation', client.email], ['orderConfirmation', general]]);
    expect(queued[0].subject).toMatch(/^Bestellbestätigung #\d+$/);
    expect(queued[0].body).toContain(`über 4.00 EUR:\n- ${order.items[0].description}\n`);
    const received = await smtp.waitFor((mail) => mail.to.includes(client.email) || mail.to.includes(general), 2);
    expect(received.map((mail) => mail.header('message-id')).sort()).toEqual(queued.map((mail) => mail.messageId).sort());
    expect(received.map((mail) => mail.header('content-language'))).toEqual(['de', 'de']);
    expect(await activity('order.resendConfirmation', client.id)).toMatchObject([{ targetType: 'Order', details: { emails: 2 } }]);
  });

  it('issue 14.7: a client cannot resend, a fraud order gets no confirmation, bad ids are refused; nothing is queued', async () => {
    const client = await newClient();
    const token = await client.token();
    const order = ok(await t.gql(PLACE_ORDER, { cart: { products: [{ productId: product, cycle: 'MONTHLY' }] } }, token)).placeOrder;
    const before = await emails(client.id);
    expect(before.map((mail) => mail.type).sort()).toEqual(['invoiceCreated', 'orderConfirmation']);

    expect(errorOf(await t.gql(RESEND_ORDER, { id: order.id }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(RESEND_ORDER, { id: order.id })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(RESEND_ORDER, { id: 'x' }, admin)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(RESEND_ORDER, { id: client.id }, admin)).code).toBe('NOT_FOUND');
    ok(await t.gql(FRAUD, { id: order.id }, admin));
    const fraud = await t.gql(RESEND_ORDER, { id: order.id }, admin);
    expect([errorOf(fraud).code, reasonOf(fraud)]).toEqual(['CONFLICT', 'ORDER_IS_FRAUD']);
    expect((await emails(client.id)).map((mail) => mail.id)).toEqual(before.map((mail) => mail.id));
    expect(await activity('order.resendConfirmation', client.id)).toEqual([]);
  });
});
