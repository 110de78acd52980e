/**
 * Issue 15.5: the compiled server started without SMTP settings says so once at
 * start-up and keeps the mails it queues (demo data issues invoices) in the outbox.
 */
import pg from 'pg';
import { baseEnv, buildServer, logMessages, staffLogin, start, gql, type Started } from '../support/server-process';
import { createTestDatabase } from '../support/database';
import { TEST_SECRETS_KEY } from '../support/test-app';
import { ok } from '../support/operation';
import { graphql } from '../generated';

const FIRST_CLIENT = graphql(`query MailStartupFirstClient { clients(first: 1) { edges { node { id } } } }`);
const SEND = graphql(`mutation MailStartupSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }`);

describe('mail start-up without SMTP (issue 15.5)', () => {
  let server: Started | undefined;
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    [database] = await Promise.all([createTestDatabase(), buildServer()]);
  }, 240_000);
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exit;
    await database?.drop();
  });

  it('issue 15.5: npm start without SMTP_HOST logs one line saying emails stay in the outbox, and they do', async () => {
    const env = { ...baseEnv(), DATABASE_URL: database.url, SECRETS_KEY: TEST_SECRETS_KEY, DEMO_DATA: 'true', PORT: '0' };
    for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD']) delete (env as Record<string, string | undefined>)[name];
    server = await start(env);
    // A start-up notice on stdout, with the listening address; stderr stays for problems.
    const lines = logMessages(server.output().stdout).filter((message) => /SMTP_HOST is not set/.test(message));
    expect(lines).toEqual(['SMTP_HOST is not set: emails are kept in the outbox and not sent until an SMTP server is configured']);

    // A staff action that mails a client: the email is logged as QUEUED and stays so.
    const token = await staffLogin(server);
    const clients = ok(await gql(server.url, FIRST_CLIENT, {}, token));
    const clientId = clients.clients.edges[0].node.id;
    const sent = ok(await gql(server.url, SEND, { i: { clientId, category: 'GENERAL', subject: 'Hello', message: 'Kept in the outbox' } }, token));
    expect(sent.sendClientMessage.emailCount).toBeGreaterThan(0);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ status: string; n: number }>('select status, count(*)::int as n from mail_message group by status');
      expect(rows.map((row) => row.status)).toEqual(['queued']);
    } finally {
      await db.end();
    }
  }, 120_000);
});
