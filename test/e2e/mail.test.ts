/**
 * Issue 15.5: email delivery over the wire. The server sends through nodemailer
 * to a real SMTP server (test/servers/smtp-server.ts); everything is driven
 * through GraphQL.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../servers/smtp-server';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { pause, waitFor } from '../support/wait';
import { createClient, createProduct, createService, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { EmailCategory, MailEmailsQuery, SendClientMessageInput } from '../generated/graphql';

const CREATE_CONTACT = graphql(`mutation MailCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }`);
const CREATE_INVOICE = graphql(`mutation MailCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number status } }`);
const MARK_PAID = graphql(`mutation MailMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }`);
const OPT_OUT = graphql(`mutation MailOptOut($c: ID!, $cats: [EmailCategory!]!) { setEmailOptOuts(clientId: $c, categories: $cats) { id emailOptOuts } }`);
const OPT_OUTS = graphql(`query MailOptOuts($id: ID!) { client(id: $id) { emailOptOuts } }`);
const RESEND = graphql(`mutation MailResendWelcome($s: ID!) { resendWelcomeEmail(serviceId: $s) { id recipient subject status } }`);
const SEND_MESSAGE = graphql(`mutation MailSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id category subject message language emailCount createdAt } }`);
const EMAILS = graphql(`query MailEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { totalCount edges { node { id type category language recipient subject status attempts lastError messageId sentAt } } } }`);

describe('email delivery (issue 15.5)', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let admin: string;
  let seq = 0;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'billing@hosting.test', MAIL_RETRY_BASE_MS: '300', JOBS_POLL_MS: '100', SMTP_TIMEOUT_MS: '1000' });
    admin = await t.staffToken(StaffRole.ADMIN);
  }, 240_000);
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
  });

  const newClient = (language: string) =>
    createClient(t, admin, { firstName: 'Mia', lastName: `Muster${++seq}`, email: uniqueEmail('mail', 'client.test'), password: 'client-password-1', currency: 'EUR', language });
  const addContact = async (clientId: string, email: string, emailCategories: EmailCategory[]) =>
    ok(await t.gql(CREATE_CONTACT, { c: clientId, i: { firstName: 'Con', lastName: 'Tact', email, emailCategories } }, admin));
  const invoiceFor = async (clientId: string) =>
    ok(await t.gql(CREATE_INVOICE, { i: { clientId, lines: [{ description: 'Hosting', amount: '12.50' }] } }, admin)).createInvoice;
  const emails = async (clientId: string) => ok(await t.gql(EMAILS, { c: clientId }, admin)).clientEmails;
  const to = (address: string) => (mail: ReceivedMail) => mail.to.includes(address);
  /** Polls the log (over GraphQL) until `done` holds: the delivery runs in a job. */
  const logUntil = (clientId: string, done: (log: MailEmailsQuery['clientEmails']) => unknown, what: string) =>
    waitFor(async () => {
      const log = await emails(clientId);
      return done(log) ? log : undefined;
    }, { what: `the email log to show ${what}`, timeoutMs: 15_000, intervalMs: 100 });

  it('issue 15.5: invoice created and paid mails arrive in the client\'s language, to the client and the contacts subscribed to invoices only', async () => {
    const client = await newClient('de');
    const subscribed = `invoices-${seq}@contact.test`;
    const other = `domains-${seq}@contact.test`;
    await addContact(client.id, subscribed, ['INVOICE', 'GENERAL']);
    await addContact(client.id, other, ['DOMAIN']);
    const invoice = await invoiceFor(client.id);

    const created = await smtp.waitFor((mail) => (mail.to.includes(client.email) || mail.to.includes(subscribed)) && mail.header('subject') === `Rechnung ${invoice.number}`, 2);
    expect(created.map((mail) => mail.to).sort()).toEqual([[client.email], [subscribed]].sort());
    for (const mail of created) {
      expect(mail.header('content-language')).toBe('de');
      expect(mail.header('from')).toContain('billing@hosting.test');
      expect(mail.raw).toContain('Guten Tag Mia');
    }
    // Each recipient's mail has its own Message-ID, under the sender's domain.
    expect(new Set(created.map((mail) => mail.header('message-id'))).size).toBe(2);
    expect(created[0].header('message-id')).toMatch(/^<[^@]+@hosting\.test>$/);

    expect(ok(await t.gql(MARK_PAID, { id: invoice.id }, admin)).markInvoicePaid.status).toBe('PAID');
    // The subject is MIME-encoded (it has an umlaut); its words stay readable.
    await smtp.waitFor((mail) => mail.to.includes(client.email) && /Zahlung/.test(mail.header('subject') ?? ''), 1);
    const log = await logUntil(client.id, (l) => l.totalCount === 4 && l.edges.every((e) => e.node.status === 'SENT'), 'four mails sent');
    expect(log.edges.map((e) => `${e.node.type}:${e.node.recipient}:${e.node.language}:${e.node.category}`).sort()).toEqual([
      `invoiceCreated:${client.email}:de:INVOICE`, `invoiceCreated:${subscribed}:de:INVOICE`,
      `invoicePaid:${client.email}:de:INVOICE`, `invoicePaid:${subscribed}:de:INVOICE`,
    ].sort());
    // The contact subscribed only to domain mails got nothing.
    expect(smtp.received.filter(to(other))).toHaveLength(0);
  });

  it('issue 15.5: a language without templates falls back to the operator default (English)', async () => {
    const client = await newClient('fr');
    const invoice = await invoiceFor(client.id);
    const [mail] = await smtp.waitFor(to(client.email));
    expect(mail.header('subject')).toBe(`Invoice ${invoice.number}`);
    expect(mail.header('content-language')).toBe('en');
  });

  it('issue 15.5 / AU-2: a client opted out of invoice mails gets none (no outbox row), but still gets other categories', async () => {
    const client = await newClient('en');
    const token = await t.clientToken(client.email, 'client-password-1');
    expect(ok(await t.gql(OPT_OUT, { c: client.id, cats: ['INVOICE'] }, token)).setEmailOptOuts.emailOptOuts).toEqual(['INVOICE']);
    await invoiceFor(client.id);
    // The outbox row would have been written in the invoice's own transaction: none exists.
    expect((await emails(client.id)).totalCount).toBe(0);

    const product = await createProduct(t, admin, { name: `Mail hosting ${seq}`, type: 'OTHER' });
    const service = await createService(t, admin, { clientId: client.id, productId: product, billingCycle: 'MONTHLY', recurringAmount: '9.99', domain: `mail-${seq}.test` });
    const queued = ok(await t.gql(RESEND, { s: service }, admin)).resendWelcomeEmail;
    expect(queued.map((m) => m.recipient)).toEqual([client.email]);
    const [welcome] = await smtp.waitFor(to(client.email));
    expect(welcome.header('subject')).toBe(`Your Mail hosting ${seq} is ready`);
    expect(smtp.received.filter(to(client.email))).toHaveLength(1);
  });

  it('issue 15.5: SMTP down, then up: the mail is retried with backoff and delivered exactly once', async () => {
    const client = await newClient('en');
    const port = smtp.port;
    await smtp.stop();
    await invoiceFor(client.id);
    const failed = await logUntil(client.id, (l) => l.edges[0]?.node.attempts >= 1 && l.edges[0].node.status === 'QUEUED' && l.edges[0].node.lastError, 'a failed attempt');
    expect(failed.edges[0].node.lastError).toMatch(/ECONNREFUSED|connect/i);
    const received = smtp.received;
    smtp = await startSmtpServer(port);
    const [mail] = await smtp.waitFor(to(client.email));
    const sent = await logUntil(client.id, (l) => l.edges[0].node.status === 'SENT', 'the mail sent');
    expect(sent.edges[0].node.attempts).toBeGreaterThanOrEqual(2);
    expect(mail.header('message-id')).toBe(sent.edges[0].node.messageId);
    // A window well past further retry times (the backoff starts at MAIL_RETRY_BASE_MS): still exactly one delivery.
    await pause(5 * t.config.mailRetryBaseMs);
    expect(smtp.received.filter(to(client.email))).toHaveLength(1);
    expect(received.filter(to(client.email))).toHaveLength(0);
  });

  it('issue 15.5: the server took the mail but its reply was lost: the mail is marked UNCONFIRMED and never sent twice', async () => {
    const client = await newClient('en');
    smtp.loseNextReply();
    await invoiceFor(client.id);
    const [mail] = await smtp.waitFor(to(client.email));
    const log = await logUntil(client.id, (l) => l.edges[0]?.node.status === 'UNCONFIRMED', 'the mail unconfirmed');
    expect(log.totalCount).toBe(1);
    expect(log.edges[0].node).toMatchObject({ messageId: mail.header('message-id'), attempts: 1, sentAt: null });
    expect(log.edges[0].node.lastError).toMatch(/closed/i);
    // A window past the retry time and a sweep of the outbox (every lease: 4 × SMTP_TIMEOUT_MS), with one timeout to spare: still the one copy.
    await pause(5 * t.config.smtp!.timeoutMs);
    expect(smtp.received.filter(to(client.email))).toHaveLength(1);
    expect((await emails(client.id)).edges[0].node.status).toBe('UNCONFIRMED');
  });

  it('issue 15.5 / SV-17: only staff read the email log and resend welcome mails; a client sets only its own opt-outs', async () => {
    const mine = await newClient('en');
    const theirs = await newClient('en');
    const token = await t.clientToken(mine.email, 'client-password-1');
    expect(errorOf(await t.gql(EMAILS, { c: mine.id }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(EMAILS, { c: mine.id })).code).toBe('UNAUTHENTICATED');
    const product = await createProduct(t, admin, { name: `Auth ${seq}`, type: 'OTHER' });
    const service = await createService(t, admin, { clientId: mine.id, productId: product, billingCycle: 'MONTHLY', recurringAmount: '1.00' });
    expect(errorOf(await t.gql(RESEND, { s: service }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(OPT_OUT, { c: theirs.id, cats: ['GENERAL'] }, token)).code).toBe('NOT_FOUND');
    expect((await emails(mine.id)).totalCount).toBe(0);
    expect(ok(await t.gql(OPT_OUTS, { id: theirs.id }, admin)).client).toEqual({ emailOptOuts: [] });
  });

  it('issue 15.5: bad input is refused and changes nothing', async () => {
    const client = await newClient('en');
    expect(errorOf(await t.gql(RESEND, { s: 'not-an-id' }, admin)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(OPT_OUT, { c: client.id, cats: ['SPAM'] as unknown as EmailCategory[] /* invalid on purpose */ }, admin)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(EMAILS, { c: 'x' }, admin)).code).toBe('BAD_USER_INPUT');
    expect(ok(await t.gql(OPT_OUTS, { id: client.id }, admin)).client).toEqual({ emailOptOuts: [] });
  });

  it('issue 15.6: staff send a message to one client in a category: the client and the contacts subscribed to that category get it, and it is kept', async () => {
    const client = await newClient('de');
    const support = `support-${seq}@contact.test`;
    await addContact(client.id, support, ['SUPPORT']);
    await addContact(client.id, `general-${seq}@contact.test`, ['GENERAL']);
    const sent = ok(await t.gql(SEND_MESSAGE, { i: { clientId: client.id, category: 'SUPPORT', subject: 'Wartung', message: 'Am Montag ist Wartung.' } }, admin)).sendClientMessage;
    expect(sent).toMatchObject({ category: 'SUPPORT', subject: 'Wartung', language: null, emailCount: 2 });
    const mails = await smtp.waitFor((mail) => mail.header('subject') === 'Wartung', 2);
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual([client.email, support].sort());
    expect(mails[0].raw).toContain('Am Montag ist Wartung.');
    const log = await logUntil(client.id, (l) => l.totalCount === 2 && l.edges.every((e) => e.node.status === 'SENT'), 'two mails sent');
    expect(log.edges.map((e) => e.node.category)).toEqual(['SUPPORT', 'SUPPORT']);
  });

  it('issue 15.6: a message to all clients of one language reaches only those clients', async () => {
    const austrian = await newClient('de-AT');
    const english = await newClient('en');
    const sent = ok(await t.gql(SEND_MESSAGE, { i: { language: 'de', category: 'GENERAL', subject: `Neuigkeiten ${seq}`, message: 'Neue Tarife.' } }, admin)).sendClientMessage;
    expect(sent.language).toBe('de');
    await smtp.waitFor((mail) => mail.to.includes(austrian.email) && mail.header('subject') === `Neuigkeiten ${seq}`);
    // Its emails were written in the message's transaction: the English client has none.
    expect((await emails(english.id)).totalCount).toBe(0);
    expect(smtp.received.filter(to(english.email))).toHaveLength(0);
  });

  it('issue 15.6: only staff send messages; bad input is refused and sends nothing', async () => {
    const client = await newClient('en');
    const token = await t.clientToken(client.email, 'client-password-1');
    const message: SendClientMessageInput = { clientId: client.id, category: 'GENERAL', subject: 'Hi', message: 'Text' };
    expect(errorOf(await t.gql(SEND_MESSAGE, { i: message }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(SEND_MESSAGE, { i: { ...message, subject: '' } }, admin)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(SEND_MESSAGE, { i: { ...message, message: '   ' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
    expect(errorOf(await t.gql(SEND_MESSAGE, { i: { ...message, language: 'en' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    expect(errorOf(await t.gql(SEND_MESSAGE, { i: { ...message, clientId: 'x' } }, admin)).code).toBe('BAD_USER_INPUT');
    expect((await emails(client.id)).totalCount).toBe(0);
  });
});
