/**
 * Issue 10.5: no secret at rest in plain text. The idempotency store keeps
 * whole answers for 24 hours; answers are encrypted with the secrets key, and
 * an answer that is a credential (a session token, a signed PDF link) is
 * replayed only to the session that asked for it.
 */
import { StaffRole, StaffUser } from '../../src/auth/staff-user.entity';
import { hashPassword } from '../../src/auth/passwords';
import { decryptSecret } from '../../src/shared/secrets';
import { CREATE_INVOICE, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';
import { operationText, TEST_SECRETS_KEY, type GraphQLResponse, type Operation, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import { whileResponsive } from '../support/responsive';

const LOGIN_AS = graphql(`mutation SecretsLoginAs($c: ID!) { loginAsClient(clientId: $c) { token expiresAt me { client { id } } } }`);
const LINK = graphql(`mutation SecretsPdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }`);
const STAFF_LOGIN = graphql(`mutation SecretsStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`);
const CLIENT_LOGIN = graphql(`mutation SecretsClientLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);
const ME = graphql(`query SecretsMe { me { client { id } } }`);

describe('issue 10.5: the idempotency store holds no secret in plain text', () => {
  let t: TestApp;
  let h: ReturnType<typeof invoiceHelpers>;
  let admin: string;
  let seq = 0;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
  });
  afterAll(() => t.stop());

  /** A raw POST, for the replay header, with the /health check of the test rule. */
  const post = <R, V>(query: Operation<R, V>, variables: V, token: string, key: string) =>
    whileResponsive(t.url, async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
        body: JSON.stringify({ query: operationText(query), variables }),
      });
      return { replayed: response.headers.get('idempotent-replayed'), body: (await response.json()) as Omit<GraphQLResponse<R>, 'status'> };
    });
  /** The whole table as stored, every column. */
  const rawTable = async () => JSON.stringify(await h.sql('select * from idempotent_request'));
  const rowsOf = async (key: string) => h.sql('select principal, response_encrypted from idempotent_request where key = ? order by id', [key]) as Promise<{ principal: string; response_encrypted: string }[]>;
  const newKey = () => `secret-${++seq}-${Date.now()}`;

  /** Two sessions of one staff member. */
  async function staffSessions(): Promise<[string, string]> {
    const email = `secrets-staff-${++seq}@example.com`;
    const password = 'correct horse battery staple';
    const em = t.app.orm.em.fork();
    em.create(StaffUser, { email, firstName: 'Sec', lastName: 'Rets', role: StaffRole.SUPPORT, passwordHash: await hashPassword(password) });
    await em.flush();
    const login = async () => h.ok(await t.gql(STAFF_LOGIN, { e: email, p: password })).login.token;
    return [await login(), await login()];
  }

  it('issue 10.5: a loginAsClient token is stored encrypted and replayed only to the session that asked for it', async () => {
    const client = await h.newClient();
    const [sessionA, sessionB] = await staffSessions();
    const key = newKey();
    const first = await post(LOGIN_AS, { c: client.id }, sessionA, key);
    const token = first.body.data!.loginAsClient.token;
    expect(token).toMatch(/^hb_/);

    const table = await rawTable();
    expect(table).not.toContain(token);
    expect(table).not.toContain(token.slice(3, 23));
    const [row] = await rowsOf(key);
    expect(row.response_encrypted).toMatch(/^v1:/);
    // It is the answer, encrypted with the secrets key.
    expect(JSON.parse(decryptSecret(Buffer.from(TEST_SECRETS_KEY, 'base64'), row.response_encrypted))).toEqual(first.body);

    // The same session retrying gets the first answer, and the token works.
    const again = await post(LOGIN_AS, { c: client.id }, sessionA, key);
    expect(again).toEqual({ replayed: 'true', body: first.body });
    expect(h.ok(await t.gql(ME, {}, token)).me!.client!.id).toBe(client.id);

    // Another session of the same staff member is not handed that token: its request runs on its own.
    const other = await post(LOGIN_AS, { c: client.id }, sessionB, key);
    expect(other.replayed).toBeNull();
    expect(other.body.data!.loginAsClient.token).not.toBe(token);
    expect((await rowsOf(key)).map((r) => r.principal)).toEqual([expect.stringMatching(/^staff:\d+\/session:\d+$/), expect.stringMatching(/^staff:\d+\/session:\d+$/)]);
    expect(await rawTable()).not.toContain(other.body.data!.loginAsClient.token);
  });

  it('issue 10.5: a signed PDF link is stored encrypted and replayed only to its session', async () => {
    const client = await h.newClient();
    const invoice = await h.invoice(client.id, ['10.00']);
    const login = async () => h.ok(await t.gql(CLIENT_LOGIN, { e: client.email, p: 'client-password-1' })).login.token;
    const [sessionA, sessionB] = [await login(), await login()];
    const key = newKey();
    const first = await post(LINK, { id: invoice.id }, sessionA, key);
    const url = first.body.data!.createInvoicePdfLink.url;
    const signature = new URL(url, t.url).searchParams.get('signature')!;
    expect(signature).toHaveLength(43);
    const table = await rawTable();
    expect(table).not.toContain(signature);
    expect(table).not.toContain(signature.slice(0, 20));

    expect(await post(LINK, { id: invoice.id }, sessionA, key)).toEqual({ replayed: 'true', body: first.body });
    const download = await fetch(new URL(url, t.url));
    expect(download.status).toBe(200);
    expect((await post(LINK, { id: invoice.id }, sessionB, key)).replayed).toBeNull();
  });

  it('issue 10.5: every stored answer is encrypted, not only credentials (an invoice answer names the client)', async () => {
    const client = await h.newClient({ lastName: 'Plaintextson' });
    const key = newKey();
    const created = await post(CREATE_INVOICE, { i: { clientId: client.id, lines: [{ description: 'Confidential hosting', amount: '3.00' }] } }, admin, key);
    expect(created.body.data!.createInvoice.addressedTo).toMatchObject({ name: 'Ina Plaintextson', email: client.email });
    const table = await rawTable();
    for (const plain of [client.email, 'Plaintextson', 'Confidential hosting']) expect(table).not.toContain(plain);
    // Plain invoices still replay to any session of the same login (a retry after logging in again must not bill twice).
    expect((await rowsOf(key))[0].principal).toMatch(/^staff:\d+$/);
  });
});
