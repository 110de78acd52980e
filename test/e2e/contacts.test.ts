import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { clientWithLogin } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateContactInput, EmailCategory } from '../generated/graphql';

// The contact fields the mutations below select.
graphql(`fragment ContactsContact on Contact { id firstName lastName email companyName city country emailCategories subAccount { id email permissions } }`);
const CREATE = graphql(`mutation ContactsCreate($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { ...ContactsContact } }`);
const UPDATE = graphql(`mutation ContactsUpdate($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { ...ContactsContact } }`);
const DELETE = graphql(`mutation ContactsDelete($id: ID!) { deleteContact(id: $id) }`);
const CLIENT = graphql(`query ContactsClient($id: ID!) { client(id: $id) { id billingContact { id email } contacts { id email emailCategories } } }`);
const CONTACT = graphql(`query ContactsContactById($id: ID!) { contact(id: $id) { id } }`);

let seq = 0;
const uniqueEmail = (tag = 'ct') => `${tag}-${++seq}-${Date.now()}@example.com`;

describe('contacts', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
  });
  afterAll(() => t.stop());

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const newClient = () => clientWithLogin(t, admin, { firstName: 'Own', lastName: 'Er', email: uniqueEmail('owner') });
  const contactInput = (extra: Partial<CreateContactInput> = {}) => ({ firstName: 'Grace', lastName: 'Hopper', email: uniqueEmail(), ...extra });

  it('CT-1: staff create, update and delete a contact of any client', async () => {
    const c = await newClient();
    const contact = ok(await t.gql(CREATE, { c: c.id, i: contactInput({ companyName: 'Navy', city: 'Arlington', country: 'us' }) }, admin)).createContact;
    expect(contact).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', companyName: 'Navy', city: 'Arlington', country: 'US', emailCategories: [], subAccount: null });
    const updated = ok(await t.gql(UPDATE, { id: contact.id, i: { lastName: 'Murray', city: null } }, admin)).updateContact;
    expect(updated).toMatchObject({ firstName: 'Grace', lastName: 'Murray', city: null });
    expect(ok(await t.gql(CLIENT, { id: c.id }, admin)).client!.contacts!.map((x: any) => x.id)).toEqual([contact.id]);
    expect(ok(await t.gql(DELETE, { id: contact.id }, admin)).deleteContact).toBe(contact.id);
    expect(ok(await t.gql(CLIENT, { id: c.id }, admin)).client!.contacts).toEqual([]);
    const actions = (await sql(`select action from activity_log_entry where client_id = ? order by id`, [keyOf(c.id)])).map((r: any) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['contact.create', 'contact.update', 'contact.delete']));
  });

  it('CT-1: a client manages its own contacts', async () => {
    const c = await newClient();
    const contact = ok(await t.gql(CREATE, { c: c.id, i: contactInput() }, c.token)).createContact;
    ok(await t.gql(UPDATE, { id: contact.id, i: { firstName: 'Amazing' } }, c.token));
    expect(ok(await t.gql(CLIENT, { id: c.id }, c.token)).client!.contacts).toHaveLength(1);
    expect(ok(await t.gql(DELETE, { id: contact.id }, c.token)).deleteContact).toBe(contact.id);
  });

  it('CT-1 / issue 10.7: a client cannot touch another client\'s contacts: NOT_FOUND, as for missing ids', async () => {
    const a = await newClient();
    const b = await newClient();
    const contact = ok(await t.gql(CREATE, { c: b.id, i: contactInput() }, admin)).createContact;
    expect(errorOf(await t.gql(CREATE, { c: b.id, i: contactInput() }, a.token))).toMatchObject({ code: 'NOT_FOUND', message: `Client ${b.id} not found` });
    expect(errorOf(await t.gql(UPDATE, { id: contact.id, i: { firstName: 'Evil' } }, a.token))).toMatchObject({ code: 'NOT_FOUND', message: `Contact ${contact.id} not found` });
    expect(errorOf(await t.gql(DELETE, { id: contact.id }, a.token)).code).toBe('NOT_FOUND');
    expect(await t.gql(CONTACT, { id: contact.id }, a.token)).toEqual({ status: 200, data: { contact: null } });
    expect((await sql(`select first_name from contact where id = ?`, [keyOf(contact.id)]))[0].first_name).toBe('Grace');
  });

  it('CT-1: first name, last name and email are required; bad input and unknown ids change nothing', async () => {
    const c = await newClient();
    const count = async () => (await sql(`select count(*)::int as n from contact`))[0].n;
    const before = await count();
    expect(errorOf(await t.gql(CREATE, { c: c.id, i: { firstName: 'A', lastName: 'B' } as CreateContactInput /* without the email on purpose */ }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(errorOf(await t.gql(CREATE, { c: c.id, i: contactInput({ firstName: '' }) }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstName' });
    expect(errorOf(await t.gql(CREATE, { c: c.id, i: contactInput({ lastName: '   ' }) }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastName' });
    expect(errorOf(await t.gql(CREATE, { c: c.id, i: contactInput({ email: 'not-an-email' }) }, admin))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await t.gql(CREATE, { c: idOf('Client', 99999999), i: contactInput() }, admin)).code).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
    const contact = ok(await t.gql(CREATE, { c: c.id, i: contactInput() }, admin)).createContact;
    expect(errorOf(await t.gql(UPDATE, { id: contact.id, i: { email: null } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(errorOf(await t.gql(UPDATE, { id: idOf('Contact', 99999999), i: { firstName: 'X' } }, admin)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(DELETE, { id: idOf('Contact', 99999999) }, admin)).code).toBe('NOT_FOUND');
  });

  it('CT-2: a contact subscribes to any of the five email categories', async () => {
    const c = await newClient();
    const contact = ok(await t.gql(CREATE, { c: c.id, i: contactInput({ emailCategories: ['INVOICE', 'SUPPORT', 'INVOICE'] }) }, admin)).createContact;
    expect(contact.emailCategories.sort()).toEqual(['INVOICE', 'SUPPORT']);
    const all = ok(await t.gql(UPDATE, { id: contact.id, i: { emailCategories: ['GENERAL', 'PRODUCT', 'DOMAIN', 'INVOICE', 'SUPPORT'] } }, c.token)).updateContact;
    expect(all.emailCategories).toHaveLength(5);
    expect(ok(await t.gql(UPDATE, { id: contact.id, i: { emailCategories: [] } }, admin)).updateContact.emailCategories).toEqual([]);
    expect(errorOf(await t.gql(UPDATE, { id: contact.id, i: { emailCategories: ['SPAM' as string as EmailCategory] } }, admin)).code).toBe('BAD_USER_INPUT');
  });

  it('CT-3: a contact is made the billing contact; deleting it clears the reference', async () => {
    const c = await newClient();
    const first = ok(await t.gql(CREATE, { c: c.id, i: contactInput({ billingContact: true }) }, c.token)).createContact;
    expect(ok(await t.gql(CLIENT, { id: c.id }, c.token)).client!.billingContact!.id).toBe(first.id);
    const second = ok(await t.gql(CREATE, { c: c.id, i: contactInput() }, c.token)).createContact;
    ok(await t.gql(UPDATE, { id: second.id, i: { billingContact: true } }, admin));
    expect(ok(await t.gql(CLIENT, { id: c.id }, admin)).client!.billingContact!.id).toBe(second.id);
    ok(await t.gql(UPDATE, { id: first.id, i: { billingContact: false } }, admin)); // not the billing contact: nothing changes
    expect(ok(await t.gql(CLIENT, { id: c.id }, admin)).client!.billingContact!.id).toBe(second.id);
    ok(await t.gql(DELETE, { id: second.id }, c.token));
    expect(ok(await t.gql(CLIENT, { id: c.id }, admin)).client!.billingContact).toBeNull();
    expect((await sql(`select billing_contact_id from client where id = ?`, [keyOf(c.id)]))[0].billing_contact_id).toBeNull();
  });
});
