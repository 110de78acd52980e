import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { registerOwnedRecords } from '../../src/clients/client-ownership';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { createClient, createDomain, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateClientInput } from '../generated/graphql';

const CREATE_CONTACT = graphql(`mutation MergeDeleteCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }`);
const ADD = graphql(`mutation MergeDeleteAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const MERGE = graphql(`mutation MergeDeleteMerge($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id email creditBalance { amount currency } contacts { id } } }`);
const DELETE = graphql(`mutation MergeDeleteDelete($ids: [ID!]!, $confirm: Boolean!) { deleteClients(ids: $ids, confirm: $confirm) }`);
const CREATE_USER = graphql(`mutation MergeDeleteCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }`);
const CREATE_PAYER = graphql(`mutation MergeDeleteCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }`);
const ME = graphql(`query MergeDeleteMe { me { sessionId } }`);
const DOMAIN = graphql(`query MergeDeleteDomain($id: ID!) { domain(id: $id) { updatedAt client { id } } }`);

/** A stand-in for a later area (services, invoices) registering through the one extension point. */
const otherArea = { moved: [] as [number, number][], deleted: [] as number[] };
registerOwnedRecords({
  name: 'test-area',
  async moveToClient(_em, from, to) { otherArea.moved.push([from, to]); },
  async deleteForClient(_em, client) { otherArea.deleted.push(client.id); },
});

describe('merge and delete', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
  });
  afterAll(() => t.stop());

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (await sql(`select count(*)::int as n from ${table} where ${where}`, params))[0].n as number;
  const newClient = (input: Partial<CreateClientInput> = {}) =>
    createClient(t, admin, { firstName: 'Mer', lastName: 'Ge', email: uniqueEmail('md'), password: 'client-password-1', currency: 'EUR', ...input });
  /** A client with a contact, credit, a user and a payer. */
  const populated = async (credit: string) => {
    const c = await newClient();
    ok(await t.gql(CREATE_CONTACT, { c: c.id, i: { firstName: 'Con', lastName: 'Tact', email: uniqueEmail('contact') } }, admin));
    ok(await t.gql(ADD, { i: { clientId: c.id, amount: credit, description: 'seed' } }, admin));
    ok(await t.gql(CREATE_USER, { c: c.id, i: { email: uniqueEmail('user'), firstName: 'U', lastName: 'Ser', password: 'user-password-123', permissions: ['SUPPORT'] } }, admin));
    ok(await t.gql(CREATE_PAYER, { c: c.id, i: { type: 'INDIVIDUAL', name: 'Payer Person' } }, admin));
    return c;
  };

  it('CL-7: merge moves contacts, credit log, activity, users, payers and registered records to the survivor, then removes the discarded client', async () => {
    const keep = await populated('10.05');
    const discard = await populated('0.96');
    const discardActivity = await count('activity_log_entry', 'client_id = ?', [keyOf(discard.id)]);
    const merged = ok(await t.gql(MERGE, { k: keep.id, d: discard.id }, admin)).mergeClients;
    expect(merged.id).toBe(keep.id);
    expect(merged.email).toBe(keep.email);
    expect(merged.creditBalance).toEqual({ amount: '11.01', currency: 'EUR' });
    expect(merged.contacts).toHaveLength(2);
    expect(await count('client', 'id = ?', [keyOf(discard.id)])).toBe(0);
    for (const table of ['contact', 'credit_entry', 'client_user', 'client_payer']) {
      expect(await count(table, 'client_id = ?', [keyOf(discard.id)])).toBe(0);
    }
    expect(await count('client_user', 'client_id = ?', [keyOf(keep.id)])).toBe(2);
    expect(await count('client_payer', 'client_id = ?', [keyOf(keep.id)])).toBe(2);
    expect(await count('activity_log_entry', 'client_id = ?', [keyOf(discard.id)])).toBe(0);
    expect(await count('activity_log_entry', 'client_id = ?', [keyOf(keep.id)])).toBeGreaterThan(discardActivity);
    expect(otherArea.moved).toContainEqual([keyOf(discard.id), keyOf(keep.id)]);
    // CR-5 still holds: the balance equals the sum of the (moved) ledger.
    const [l] = await sql(`select sum(amount_minor)::text as s from credit_entry where client_id = ?`, [keyOf(keep.id)]);
    expect(l.s).toBe('1101');
    const [merge] = await sql(`select action, details from activity_log_entry where client_id = ? and action = 'client.merge'`, [keyOf(keep.id)]);
    expect(merge.details).toMatchObject({ discardedClientId: keyOf(discard.id) });
  });

  it('CL-7: records a merge moves count as changed: a moved domain\'s updatedAt is the merge\'s time', async () => {
    const keep = await newClient();
    const discard = await newClient();
    const domain = await createDomain(t, admin, { clientId: discard.id, name: `merge-${Date.now()}.example` });
    await sql(`update domain set updated_at = now() - interval '1 hour' where id = ?`, [keyOf(domain)]);
    const before = Date.now();
    ok(await t.gql(MERGE, { k: keep.id, d: discard.id }, admin));
    const moved = ok(await t.gql(DOMAIN, { id: domain }, admin)).domain!;
    expect(moved.client.id).toBe(keep.id);
    expect(new Date(moved.updatedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('CL-7: merging a client into itself, a missing client or clients with different currencies is refused and changes nothing', async () => {
    const a = await populated('1.00');
    const b = await newClient({ currency: 'USD' });
    const before = await count('contact', 'client_id = ?', [keyOf(a.id)]);
    expect(errorOf(await t.gql(MERGE, { k: a.id, d: a.id }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'discardId' });
    expect(errorOf(await t.gql(MERGE, { k: a.id, d: idOf('Client', 99999999) }, admin)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(MERGE, { k: idOf('Client', 99999999), d: a.id }, admin)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(MERGE, { k: b.id, d: a.id }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'discardId' });
    expect(await count('client', 'id = ?', [keyOf(a.id)])).toBe(1);
    expect(await count('contact', 'client_id = ?', [keyOf(a.id)])).toBe(before);
  });

  it('CL-7/CL-8: only staff merge and delete clients', async () => {
    const a = await newClient();
    const b = await newClient();
    const token = await t.clientToken(a.email, 'client-password-1');
    expect(errorOf(await t.gql(MERGE, { k: a.id, d: b.id }, token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(DELETE, { ids: [a.id], confirm: true }, token)).code).toBe('FORBIDDEN');
    expect(await count('client', 'id in (?, ?)', [keyOf(a.id), keyOf(b.id)])).toBe(2);
  });

  it('CL-8: deleting without confirm: true, or with an unknown id, is refused and nothing changes', async () => {
    const a = await populated('2.00');
    expect(errorOf(await t.gql(DELETE, { ids: [a.id], confirm: false }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirm' });
    // Text, not a typed document: without the required confirm it does not validate, which is the point.
    expect(errorOf(await t.gql(`mutation($ids: [ID!]!) { deleteClients(ids: $ids) }`, { ids: [a.id] }, admin)).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorOf(await t.gql(DELETE, { ids: [a.id, idOf('Client', 99999999)], confirm: true }, admin)).code).toBe('NOT_FOUND');
    expect(await count('client', 'id = ?', [keyOf(a.id)])).toBe(1);
    expect(await count('contact', 'client_id = ?', [keyOf(a.id)])).toBe(1);
    expect(await count('credit_entry', 'client_id = ?', [keyOf(a.id)])).toBe(1);
  });

  it('CL-8: deletes several clients and everything they own, keeping financial records with the name and email snapshotted', async () => {
    const a = await populated('3.00');
    const b = await populated('4.00');
    const userToken = await t.clientToken(a.email, 'client-password-1');
    const deleted = ok(await t.gql(DELETE, { ids: [a.id, b.id], confirm: true }, admin)).deleteClients;
    expect(deleted.sort()).toEqual([a.id, b.id].sort());
    for (const c of [a, b]) {
      expect(await count('client', 'id = ?', [keyOf(c.id)])).toBe(0);
      for (const table of ['contact', 'client_user', 'client_payer', 'credit_entry']) expect(await count(table, 'client_id = ?', [keyOf(c.id)])).toBe(0);
      const kept = await sql(`select client_id, client_name, client_email, amount_minor::text as a from credit_entry where client_email = ?`, [c.email]);
      expect(kept).toEqual([{ client_id: null, client_name: 'Mer Ge', client_email: c.email, a: expect.any(String) }]);
      expect(otherArea.deleted).toContain(keyOf(c.id));
      expect(await count('activity_log_entry', `client_id = ? and action = 'client.delete'`, [keyOf(c.id)])).toBe(1);
    }
    // Their sessions are gone too.
    expect(await t.gql(ME, {}, userToken)).toEqual({ status: 200, data: { me: null } });
  });
});
