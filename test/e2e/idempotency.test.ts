import { keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { CREATE_INVOICE, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';
import { operationText, type Operation, type TestApp } from '../support/test-app';

/** Idempotency-Key on mutations (as Stripe does them): a retry gets the first answer, never a second invoice. */
describe('idempotency keys on mutations', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let seq = 0;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
  });
  afterAll(() => t.stop());

  /** A raw POST, to see the response headers too. */
  const post = async (query: Operation<unknown, any>, variables: Record<string, unknown>, token: string | undefined, key?: string) => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(key !== undefined ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ query: operationText(query), variables }),
    });
    return { replayed: response.headers.get('idempotent-replayed'), body: (await response.json()) as { data?: any; errors?: any[] } };
  };
  const invoicesOf = async (clientId: string) =>
    (await h.sql('select count(*)::int as n from invoice where client_id = ?', [keyOf(clientId)]))[0].n as number;
  const newKey = () => `key-${++seq}-${Date.now()}`;

  it('a retried createInvoice with the same key returns the first invoice and creates nothing more', async () => {
    const client = await h.newClient({ country: 'NL' });
    const key = newKey();
    const variables = { i: { clientId: client.id, lines: [{ description: 'Hosting', amount: '10.00' }] } };
    const first = await post(CREATE_INVOICE, variables, admin, key);
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBeNull();
    const again = await post(CREATE_INVOICE, variables, admin, key);
    expect(again.replayed).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await invoicesOf(client.id)).toBe(1);
    // The same variables with keys in another order are the same request.
    const reordered = { i: { lines: [{ amount: '10.00', description: 'Hosting' }], clientId: client.id } };
    expect((await post(CREATE_INVOICE, reordered, admin, key)).replayed).toBe('true');
    // Without a key, or with a new one, it runs again.
    await post(CREATE_INVOICE, variables, admin);
    await post(CREATE_INVOICE, variables, admin, newKey());
    expect(await invoicesOf(client.id)).toBe(3);
  });

  it('the same key for another request is CONFLICT; a stored error is replayed as it was', async () => {
    const client = await h.newClient();
    const key = newKey();
    const bad = { i: { clientId: client.id, lines: [{ description: 'Hosting', amount: '-1.234' }] } };
    const refused = await post(CREATE_INVOICE, bad, admin, key);
    expect(refused.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await post(CREATE_INVOICE, bad, admin, key)).toEqual({ replayed: 'true', body: refused.body });
    const other = { i: { clientId: client.id, lines: [{ description: 'Hosting', amount: '1.00' }] } };
    expect((await post(CREATE_INVOICE, other, admin, key)).body.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await invoicesOf(client.id)).toBe(0);
    // After 24 hours the key is free again.
    await h.sql(`update idempotent_request set created_at = now() - interval '25 hours' where key = ?`, [key]);
    expect((await post(CREATE_INVOICE, other, admin, key)).body.data.createInvoice.total.amount).toBe('1.00');
    expect(await invoicesOf(client.id)).toBe(1);
  });

  it('keys belong to one login: another staff member with the same key gets a request of its own', async () => {
    const client = await h.newClient();
    const key = newKey();
    const variables = { i: { clientId: client.id, lines: [{ description: 'Setup', amount: '5.00' }] } };
    const mine = await post(CREATE_INVOICE, variables, admin, key);
    const theirs = await post(CREATE_INVOICE, variables, await t.staffToken(StaffRole.ADMIN), key);
    expect(theirs.replayed).toBeNull();
    expect(theirs.body.data.createInvoice.id).not.toBe(mine.body.data.createInvoice.id);
  });

  it('10 concurrent requests with one key create one invoice; the others replay it or are told to retry', async () => {
    const client = await h.newClient();
    const key = newKey();
    const variables = { i: { clientId: client.id, lines: [{ description: 'Burst', amount: '3.00' }] } };
    const results = await Promise.all(Array.from({ length: 10 }, () => post(CREATE_INVOICE, variables, admin, key)));
    expect(await invoicesOf(client.id)).toBe(1);
    const ids = new Set(results.filter((r) => r.body.data).map((r) => r.body.data.createInvoice.id));
    expect(ids.size).toBe(1);
    for (const r of results.filter((r) => r.body.errors)) expect(r.body.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('queries ignore the key; a malformed key or an anonymous mutation with a key is BAD_USER_INPUT', async () => {
    const key = newKey();
    expect((await post(`{ currencies { code } }`, {}, admin, key)).body.errors).toBeUndefined();
    expect((await h.sql('select count(*)::int as n from idempotent_request where key = ?', [key]))[0].n).toBe(0);
    const client = await h.newClient();
    const variables = { i: { clientId: client.id, lines: [{ description: 'X', amount: '1.00' }] } };
    expect((await post(CREATE_INVOICE, variables, admin, 'x'.repeat(256))).body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await post(CREATE_INVOICE, variables, admin, 'with space')).body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const anonymous = await post(`mutation($i: RegisterClientInput!) { registerClient(input: $i) { id } }`,
      { i: { firstName: 'A', lastName: 'N', email: `anon-${seq}@example.com`, password: 'client-password-1' } }, undefined, newKey());
    expect(anonymous.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await invoicesOf(client.id)).toBe(0);
  });
});
