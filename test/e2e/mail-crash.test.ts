/**
 * Issue 15.5 (never sent twice, crash included): the compiled server is killed
 * with SIGKILL in the middle of delivering a mail and started again on the same
 * database. Killed before the message went to the SMTP server, the mail is sent
 * after the restart, once; killed after the server had the whole message but
 * before the row was marked sent, it is not sent again (UNCONFIRMED): one copy
 * of that Message-ID arrives.
 */
import pg from 'pg';
import { baseEnv, buildServer, gql, staffLogin, start, type Started } from '../support/server-process';
import { waitFor } from '../support/wait';
import { ok } from '../support/operation';
import { graphql } from '../generated';
import { createTestDatabase } from '../support/database';
import { TEST_SECRETS_KEY } from '../support/test-app';
import { startSmtpServer, type TestSmtpServer } from '../servers/smtp-server';

const CREATE_CLIENT = graphql(`mutation MailCrashCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const SEND = graphql(`mutation MailCrashSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }`);
const EMAIL_LOG = graphql(`query MailCrashEmailLog($c: ID!) { clientEmails(clientId: $c, first: 5) { edges { node { status messageId lastError } } } }`);

describe('mail delivery killed with SIGKILL (issue 15.5)', () => {
  let server: Started | undefined;
  let smtp: TestSmtpServer;
  let database: { url: string; drop(): Promise<void> };
  let db: pg.Client;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    [database, smtp] = await Promise.all([createTestDatabase(), startSmtpServer(), buildServer()]);
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    // A 10 s lease (4 × the SMTP time limit): long enough that the sender's own time limits never end the attempt before the kill.
    env = {
      ...baseEnv(), DATABASE_URL: database.url, SECRETS_KEY: TEST_SECRETS_KEY, DEMO_DATA: 'true', PORT: '0', JOBS_POLL_MS: '100',
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_TIMEOUT_MS: '2500', MAIL_FROM: 'billing@crash.test',
    };
  }, 240_000);
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exit;
    await db?.end();
    await smtp?.stop();
    await database?.drop();
  });

  const restart = async () => {
    server = await start(env);
    return staffLogin(server);
  };
  const kill = async () => {
    server!.child.kill('SIGKILL');
    expect((await server!.exit).signal).toBe('SIGKILL');
  };
  const row = async (recipient: string) =>
    (await db.query<{ status: string; attempts: number; handed_over_at: Date | null; message_id: string }>(
      'select status, attempts, handed_over_at, message_id from mail_message where recipient = $1', [recipient],
    )).rows;
  /** A new client and one message to it: one email. */
  const mailTo = async (token: string, name: string) => {
    const email = `${name}-${process.pid}@client.test`;
    const clientId = ok(await gql(server!.url, CREATE_CLIENT, { i: { firstName: 'Kim', lastName: name, email, password: 'client-password-1', currency: 'EUR' } }, token)).createClient.id;
    const sent = ok(await gql(server!.url, SEND, { i: { clientId, category: 'GENERAL', subject: name, message: 'Text' } }, token));
    expect(sent.sendClientMessage.emailCount).toBe(1);
    return { email, clientId };
  };
  const copies = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

  it('issue 15.5: killed while connecting (nothing went to the server): after the restart the mail is sent, once', async () => {
    let token = await restart();
    // The demo data's mails go out first, so that the held connection is this mail's.
    await waitFor(async () => (await db.query(`select 1 from mail_message where status in ('queued', 'sending')`)).rowCount === 0, { what: 'the demo mails to go out', timeoutMs: 30_000 });
    const connected = smtp.holdNextGreeting();
    const { email } = await mailTo(token, 'before-handover');
    await connected;
    await kill();
    const [left] = await row(email);
    expect(left).toMatchObject({ status: 'sending', attempts: 1, handed_over_at: null });

    token = await restart();
    // Sent again once its lease ran out (the sweep runs every lease).
    const [mail] = await smtp.waitFor((m) => m.to.includes(email), 1, 40_000);
    await waitFor(async () => (await row(email))[0].status === 'sent', { what: 'the row to be marked sent', timeoutMs: 20_000 });
    expect(mail.header('message-id')).toBe(left.message_id);
    expect((await row(email))[0].attempts).toBe(2);
    expect(copies(email)).toHaveLength(1);
    await kill();
  }, 180_000);

  it('issue 15.5: killed after the SMTP server had the whole message, before it was marked sent: after the restart it is not sent again (UNCONFIRMED), one copy of its Message-ID', async () => {
    let token = await restart();
    const subject = 'after-handover';
    smtp.holdReplies((mail) => mail.header('subject') === subject);
    const { email, clientId } = await mailTo(token, subject);
    const [held] = await smtp.waitFor((m) => m.to.includes(email), 1, 30_000);
    await kill();
    const [left] = await row(email);
    expect(left.status).toBe('sending');
    expect(left.handed_over_at).not.toBeNull();
    smtp.holdReplies(() => false);

    token = await restart();
    await waitFor(async () => (await row(email))[0].status === 'unconfirmed', { what: 'the row to be marked unconfirmed', timeoutMs: 40_000 });
    const log = ok(await gql(server!.url, EMAIL_LOG, { c: clientId }, token));
    expect(log.clientEmails.edges).toEqual([{ node: { status: 'UNCONFIRMED', messageId: held.header('message-id'), lastError: expect.stringMatching(/may have arrived/) } }]);
    // Delivery itself works: a later mail arrives; the unconfirmed one still has its one copy.
    const { email: later } = await mailTo(token, 'after-restart');
    await smtp.waitFor((m) => m.to.includes(later), 1, 30_000);
    expect(smtp.received.filter((mail) => mail.header('message-id') === held.header('message-id'))).toHaveLength(1);
    expect((await row(email))[0]).toMatchObject({ status: 'unconfirmed', attempts: 1 });
  }, 180_000);
});
