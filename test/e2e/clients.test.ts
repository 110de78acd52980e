import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { idOf, keyOf } from '../support/ids';
import { graphql } from '../generated';
import type { ClientFilter, ClientsListQueryVariables, ClientStatus, CreateClientInput, RegisterClientInput, RequiredClientField, UpdateClientInput, UpdateProfileInput } from '../generated/graphql';

// The client fields every operation below selects.
graphql(`fragment ClientsClientFields on Client {
  id type firstName lastName companyName contactPerson email securityQuestion
  address1 address2 city state postcode country phoneNumber
  lateFeeExempt overdueNoticesDisabled taxExempt separateInvoices cardProcessingDisabled
  marketingEmailsOptOut statusAutoUpdateDisabled singleSignOnAllowed defaultPaymentMethod
  language status currency createdAt registrationIp updatedAt
  group { id name } project { id name } billingContact { id }
  creditBalance { amount currency } }`);

const CREATE = graphql(`mutation ClientsCreate($i: CreateClientInput!) { createClient(input: $i) { ...ClientsClientFields adminNotes } }`);
const REGISTER = graphql(`mutation ClientsRegister($i: RegisterClientInput!) { registerClient(input: $i) { ...ClientsClientFields } }`);
const UPDATE = graphql(`mutation ClientsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { ...ClientsClientFields adminNotes } }`);
const UPDATE_ME = graphql(`mutation ClientsUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { ...ClientsClientFields } }`);
const SET_STATUS = graphql(`mutation ClientsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }`);
const GET = graphql(`query ClientsGet($id: ID!) { client(id: $id) { ...ClientsClientFields } }`);
const GET_STAFF = graphql(`query ClientsGetStaff($id: ID!) { client(id: $id) { ...ClientsClientFields adminNotes } }`);
const ADMIN_NOTES = graphql(`query ClientsAdminNotes($id: ID!) { client(id: $id) { adminNotes } }`);
const LIST = graphql(`query ClientsList($f: ClientFilter, $first: Int, $after: String, $last: Int, $before: String) {
  clients(filter: $f, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id email firstName lastName companyName status } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`);
const LOGIN = graphql(`mutation ClientsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);
const ME = graphql(`query ClientsMe { me { client { id status } } }`);
const REQUIRED_FIELDS = graphql(`query ClientsRequiredFields { requiredClientFields }`);
const SETTINGS = graphql(`query ClientsSettings { settings { defaultCurrency } }`);
const UPDATE_SETTINGS = graphql(`mutation ClientsUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields defaultCurrency } }`);
const CURRENCIES = graphql(`query ClientsCurrencies { currencies { id code } }`);
const MAKE_DEFAULT = graphql(`mutation ClientsMakeCurrencyDefault($id: ID!) { updateCurrency(id: $id, input: { isDefault: true }) { code isDefault } }`);
const CREATE_GROUP = graphql(`mutation ClientsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id name } }`);
const CREATE_PROJECT = graphql(`mutation ClientsCreateProject($i: ProjectInput!) { createProject(input: $i) { id name defaultCurrency } }`);

let seq = 0;
const uniqueEmail = (tag: string) => `${tag}-${++seq}-${Date.now()}@example.com`;

describe('clients', () => {
  let t: TestApp;
  let admin: string;
  let support: string;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
    admin = await t.staffToken(StaffRole.ADMIN);
    support = await t.staffToken(StaffRole.SUPPORT);
  });
  afterAll(() => t.stop());

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (await sql(`select count(*)::int as n from ${table} where ${where}`, params))[0].n as number;
  /** Everything a rejected mutation must leave alone. */
  const snapshot = async () => ({
    clients: await sql(`select * from client order by id`),
    credit: await count('credit_entry'),
    activity: await count('activity_log_entry'),
    groups: await count('client_group'),
    projects: await count('project'),
    settings: await sql(`select required_client_fields from operator_settings`),
  });

  const create = async (input: Partial<CreateClientInput> = {}, token = admin) =>
    ok(await t.gql(CREATE, { i: { firstName: 'Ada', lastName: 'Lovelace', email: uniqueEmail('c'), ...input } }, token)).createClient;
  const register = async (input: Partial<RegisterClientInput> = {}, headers?: Record<string, string>) =>
    ok(await t.gql(REGISTER, { i: { firstName: 'Reg', lastName: 'Ister', email: uniqueEmail('r'), password: 'client-password-1', ...input } }, undefined, headers))
      .registerClient;
  const clientWithToken = async (input: Partial<RegisterClientInput> = {}) => {
    const email = uniqueEmail('self');
    const client = await register({ email, ...input });
    return { client, token: await t.clientToken(email, 'client-password-1') };
  };
  const setRequired = async (fields: RequiredClientField[]) => ok(await t.gql(UPDATE_SETTINGS, { i: { requiredClientFields: fields } }, admin));

  /** Runs a mutation that must fail and proves nothing changed. */
  const rejected = async <R, V>(query: Operation<R, V>, variables: V, token?: string) => {
    const before = await snapshot();
    const res = await t.gql(query, variables, token);
    const error = errorOf(res);
    expect(Object.values(res.data ?? {})[0] ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
    return error;
  };

  describe('create (staff)', () => {
    it('CL-1: staff create a client with every field and flag; all of it is stored and returned', async () => {
      const group = ok(await t.gql(CREATE_GROUP, { i: { name: `Gold ${Date.now()}` } }, admin)).createClientGroup;
      const project = ok(await t.gql(CREATE_PROJECT, { i: { name: `Brand ${Date.now()}` } }, admin)).createProject;
      const email = uniqueEmail('full');
      const input: CreateClientInput = {
        firstName: 'Grace', lastName: 'Hopper', type: 'COMPANY', companyName: 'Navy Ltd', contactPerson: 'Grace Hopper',
        email, password: 'a-strong-password', securityQuestion: 'First ship?', securityAnswer: 'Mark I',
        address1: 'Main Street 1', address2: 'Floor 2', city: 'Amsterdam', state: 'Noord-Holland', postcode: '1012 AB',
        country: 'NL', phoneNumber: '+31 20 123 4567', language: 'nl', marketingEmailsOptOut: true,
        lateFeeExempt: true, overdueNoticesDisabled: true, taxExempt: true, separateInvoices: true, cardProcessingDisabled: true,
        statusAutoUpdateDisabled: true, singleSignOnAllowed: true, defaultPaymentMethod: 'banktransfer',
        currency: 'EUR', groupId: group.id, projectId: project.id, adminNotes: 'Pays late', status: 'INACTIVE', openingCredit: '25.50',
      };
      const created = ok(await t.gql(CREATE, { i: input }, admin)).createClient;
      const expected = {
        type: 'COMPANY', firstName: 'Grace', lastName: 'Hopper', companyName: 'Navy Ltd', contactPerson: 'Grace Hopper', email,
        securityQuestion: 'First ship?', address1: 'Main Street 1', address2: 'Floor 2', city: 'Amsterdam', state: 'NH',
        postcode: '1012 AB', country: 'NL', phoneNumber: '+31 20 123 4567', language: 'nl', marketingEmailsOptOut: true,
        lateFeeExempt: true, overdueNoticesDisabled: true, taxExempt: true, separateInvoices: true, cardProcessingDisabled: true,
        statusAutoUpdateDisabled: true, singleSignOnAllowed: true, defaultPaymentMethod: 'banktransfer', status: 'INACTIVE',
        currency: 'EUR', adminNotes: 'Pays late', group: { id: group.id, name: group.name }, project: { id: project.id, name: project.name },
        billingContact: null, creditBalance: { amount: '25.50', currency: 'EUR' }, registrationIp: null,
      };
      expect(created).toMatchObject(expected);
      // Re-read in a new request: it was stored, not just echoed.
      expect(ok(await t.gql(GET_STAFF, { id: created.id }, support)).client).toMatchObject(expected);
      // Secrets are hashed, never stored in clear.
      const [row] = await sql(`select password_hash, security_answer_hash from client where id = ?`, [keyOf(created.id)]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.security_answer_hash).toMatch(/^\$argon2id\$/);
      expect(JSON.stringify(row)).not.toMatch(/a-strong-password|Mark I/i);
      // The password given by staff works for logging in.
      expect(ok(await t.gql(LOGIN, { e: email, p: 'a-strong-password' })).login.token).toBeDefined();
    });

    it('CL-1: the opening credit is recorded in the credit log and the balance equals the log (CR-5)', async () => {
      const created = await create({ currency: 'USD', openingCredit: '10.05' });
      expect(created.creditBalance).toEqual({ amount: '10.05', currency: 'USD' });
      const entries = await sql(`select amount_minor, balance_after_minor, currency, description, staff_id from credit_entry where client_id = ?`, [keyOf(created.id)]);
      expect(entries).toHaveLength(1);
      expect(BigInt(entries[0].amount_minor)).toBe(1005n);
      expect(BigInt(entries[0].balance_after_minor)).toBe(1005n);
      expect(entries[0].currency).toBe('USD');
      expect(entries[0].staff_id).not.toBeNull();
      const [{ balance }] = await sql(`select credit_balance_minor as balance from client where id = ?`, [keyOf(created.id)]);
      expect(BigInt(balance)).toBe(1005n);

      // JPY has no minor unit; an integer credit is fine.
      const yen = await create({ currency: 'JPY', openingCredit: '1500' });
      expect(yen.creditBalance).toEqual({ amount: '1500', currency: 'JPY' });

      // No opening credit: no credit log line, balance zero.
      const none = await create({ currency: 'EUR' });
      expect(none.creditBalance).toEqual({ amount: '0.00', currency: 'EUR' });
      expect(await count('credit_entry', 'client_id = ?', [keyOf(none.id)])).toBe(0);
    });

    it('CL-1: defaults — individual, Active, flags off, language en, operator default currency; project currency wins over it', async () => {
      const plain = await create();
      expect(plain).toMatchObject({
        type: 'INDIVIDUAL', status: 'ACTIVE', language: 'en', currency: 'USD', lateFeeExempt: false, taxExempt: false,
        overdueNoticesDisabled: false, separateInvoices: false, cardProcessingDisabled: false, marketingEmailsOptOut: false,
        statusAutoUpdateDisabled: false, singleSignOnAllowed: false, group: null, project: null,
      });
      const project = ok(await t.gql(CREATE_PROJECT, { i: { name: `Yen brand ${Date.now()}`, defaultCurrency: 'JPY' } }, admin)).createProject;
      expect((await create({ projectId: project.id })).currency).toBe('JPY');
      expect((await create({ projectId: project.id, currency: 'GBP' })).currency).toBe('GBP');
    });

    it('CL-1: the email is stored lower-cased and is unique regardless of case (CONFLICT on email)', async () => {
      const email = uniqueEmail('dup');
      const first = await create({ email: email.toUpperCase() });
      expect(first.email).toBe(email);
      const dup = await rejected(CREATE, { i: { firstName: 'A', lastName: 'B', email: email.replace('dup', 'DUP') } }, admin);
      expect(dup).toMatchObject({ code: 'CONFLICT', field: 'email' });
    });

    it('CL-1: missing required fields and invalid email/country/currency/phone/language are BAD_USER_INPUT naming the field', async () => {
      const base = { firstName: 'A', lastName: 'B', email: uniqueEmail('bad') };
      const cases: [Record<string, unknown>, string][] = [
        [{ lastName: 'B', email: uniqueEmail('bad') }, 'firstName'],
        [{ firstName: 'A', email: uniqueEmail('bad') }, 'lastName'],
        [{ firstName: 'A', lastName: 'B' }, 'email'],
        [{ ...base, firstName: '' }, 'firstName'],
        [{ ...base, email: 'not-an-email' }, 'email'],
        [{ ...base, country: 'XX' }, 'country'],
        [{ ...base, country: 'NLD' }, 'country'],
        [{ ...base, currency: 'ABC' }, 'currency'],
        [{ ...base, phoneNumber: 'call me maybe' }, 'phoneNumber'],
        [{ ...base, language: 'English!' }, 'language'],
        [{ ...base, password: 'short' }, 'password'],
        [{ ...base, status: 'ZOMBIE' }, 'status'],
        // Optional inputs whose column cannot be empty refuse an explicit null.
        [{ ...base, taxExempt: null }, 'taxExempt'],
        [{ ...base, type: null }, 'type'],
        [{ ...base, language: null }, 'language'],
        [{ ...base, securityAnswer: null }, 'securityAnswer'],
      ];
      for (const [input, field] of cases) {
        const error = await rejected(CREATE, { i: input as CreateClientInput /* incomplete or invalid on purpose */ }, admin);
        expect({ input, ...error }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });

    it('CL-1: ISO codes given in lower case are stored in canonical upper case', async () => {
      const created = await create({ country: 'be', currency: 'eur', openingCredit: '1.00' });
      expect(created).toMatchObject({ country: 'BE', currency: 'EUR', creditBalance: { amount: '1.00', currency: 'EUR' } });
      const [row] = await sql(`select country, currency from client where id = ?`, [keyOf(created.id)]);
      expect(row).toEqual({ country: 'BE', currency: 'EUR' });
    });

    it('CL-1: an opening credit more precise than the currency, negative or malformed is refused and nothing is stored', async () => {
      const base = () => ({ firstName: 'A', lastName: 'B', email: uniqueEmail('credit') });
      for (const [currency, openingCredit] of [['USD', '1.234'], ['JPY', '1.5'], ['USD', '-5.00'], ['USD', 'ten'], ['EUR', '1,50']]) {
        const error = await rejected(CREATE, { i: { ...base(), currency, openingCredit } }, admin);
        expect({ currency, openingCredit, ...error }).toMatchObject({ code: 'BAD_USER_INPUT', field: 'openingCredit' });
      }
    });

    it('CL-2: a company needs a company name (create, update and profile edit)', async () => {
      for (const companyName of [undefined, '', '   ']) {
        const error = await rejected(CREATE, { i: { firstName: 'A', lastName: 'B', email: uniqueEmail('co'), type: 'COMPANY', companyName } }, admin);
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyName' });
      }
      const individual = await create();
      expect(await rejected(UPDATE, { id: individual.id, i: { type: 'COMPANY' } }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyName' });
      const company = await create({ type: 'COMPANY', companyName: 'Acme' });
      expect(await rejected(UPDATE, { id: company.id, i: { companyName: '' } }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyName' });

      const { token } = await clientWithToken();
      expect(await rejected(UPDATE_ME, { i: { type: 'COMPANY' } }, token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyName' });
      const ok2 = ok(await t.gql(UPDATE_ME, { i: { type: 'COMPANY', companyName: 'Mine BV', contactPerson: 'Me' } }, token)).updateMyProfile;
      expect(ok2).toMatchObject({ type: 'COMPANY', companyName: 'Mine BV', contactPerson: 'Me' });
    });

    it('CL-1: unknown group/project ids are BAD_USER_INPUT on that field; malformed ids too', async () => {
      const base = () => ({ firstName: 'A', lastName: 'B', email: uniqueEmail('ref') });
      expect(await rejected(CREATE, { i: { ...base(), groupId: idOf('ClientGroup', 999999) } }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupId' });
      expect(await rejected(CREATE, { i: { ...base(), projectId: idOf('Project', 999999) } }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
      expect(await rejected(CREATE, { i: { ...base(), groupId: 'abc' } }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupId' });
    });

    it('CL-1: only staff create clients — no token UNAUTHENTICATED, a client token FORBIDDEN; support may', async () => {
      const input = { firstName: 'A', lastName: 'B', email: uniqueEmail('auth') };
      expect((await rejected(CREATE, { i: input })).code).toBe('UNAUTHENTICATED');
      const { token } = await clientWithToken();
      expect((await rejected(CREATE, { i: input }, token)).code).toBe('FORBIDDEN');
      expect((await create(input, support)).email).toBe(input.email);
    });
  });

  describe('self-registration and profile (CL-4)', () => {
    it('CL-4/CL-2: anyone can sign up; the registration date and IP are recorded and they can log in', async () => {
      const before = Date.now();
      const email = uniqueEmail('signup');
      const client = await register({ email, country: 'PT', currency: 'EUR', language: 'pt-BR' }, { 'x-forwarded-for': '198.51.100.23' });
      expect(client).toMatchObject({ email, country: 'PT', currency: 'EUR', language: 'pt-BR', status: 'ACTIVE', registrationIp: '198.51.100.23' });
      expect(new Date(client.createdAt!).getTime()).toBeGreaterThanOrEqual(before - 5000);
      expect(new Date(client.createdAt!).getTime()).toBeLessThanOrEqual(Date.now() + 5000);
      const [row] = await sql(`select registration_ip from client where id = ?`, [keyOf(client.id)]);
      expect(row.registration_ip).toBe('198.51.100.23');
      // Staff-created clients did not register from anywhere.
      expect((await create()).registrationIp).toBeNull();
      const token = await t.clientToken(email, 'client-password-1');
      expect(ok(await t.gql(ME, {}, token)).me!.client!.id).toBe(client.id);
    });

    it('CL-4: a forged X-Forwarded-For that is not an address records the connection\'s address instead', async () => {
      for (const forged of ['x'.repeat(300), 'not-an-ip', '198.51.100.23:80']) {
        const client = await register({ email: uniqueEmail('forged') }, { 'x-forwarded-for': forged });
        expect(client.registrationIp).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
      }
    });

    it('CL-4: a double-submitted sign-up creates one client; the others get CONFLICT on email', async () => {
      const email = uniqueEmail('double');
      const i = { firstName: 'A', lastName: 'B', email, password: 'client-password-1' };
      const results = await Promise.all([1, 2, 3, 4].map(() => t.gql(REGISTER, { i })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors)) expect(errorOf(r)).toMatchObject({ code: 'CONFLICT', field: 'email' });
      expect(await count('client', 'email = ?', [email])).toBe(1);
      expect(await count('activity_log_entry', "action = 'client.register' and client_id = (select id from client where email = ?)", [email])).toBe(1);
    });

    it('CL-4: self sign-up cannot set staff-only fields (status, credit, flags, notes)', async () => {
      const res = await t.gql(REGISTER, {
        i: { firstName: 'A', lastName: 'B', email: uniqueEmail('sneaky'), password: 'client-password-1', status: 'CLOSED', openingCredit: '100', taxExempt: true },
      });
      expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    });

    it('CL-4: sign-up input errors — duplicate email CONFLICT, bad email/country/currency/password BAD_USER_INPUT; nothing stored', async () => {
      const taken = (await create()).email!;
      const base = () => ({ firstName: 'A', lastName: 'B', email: uniqueEmail('su'), password: 'client-password-1' });
      expect(await rejected(REGISTER, { i: { ...base(), email: taken.toUpperCase() } })).toMatchObject({ code: 'CONFLICT', field: 'email' });
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base(), email: 'nope' }, 'email'],
        [{ ...base(), country: 'UK' }, 'country'],
        [{ ...base(), currency: 'XYZ' }, 'currency'],
        [{ ...base(), password: 'short' }, 'password'],
        [{ firstName: 'A', lastName: 'B', email: uniqueEmail('su') }, 'password'],
        [{ ...base(), lastName: '' }, 'lastName'],
        [{ ...base(), projectId: idOf('Project', 999999) }, 'projectId'],
        [{ ...base(), type: 'COMPANY' }, 'companyName'],
      ];
      for (const [input, field] of cases) {
        expect({ input, ...(await rejected(REGISTER, { i: input as RegisterClientInput /* incomplete or invalid on purpose */ })) }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });

    it('CL-4 / issue 10.7: a client reads and edits its own profile; another client is NOT_FOUND like a missing one; admin notes are staff-only', async () => {
      const { client, token } = await clientWithToken({ city: 'Porto' });
      const other = await create({ adminNotes: 'secret' });
      expect(ok(await t.gql(GET, { id: client.id }, token)).client!.city).toBe('Porto');
      expect(await t.gql(GET, { id: other.id }, token)).toEqual({ status: 200, data: { client: null } });
      expect(await t.gql(GET, { id: idOf('Client', 999999) }, token)).toEqual({ status: 200, data: { client: null } });
      const notes = await t.gql(ADMIN_NOTES, { id: client.id }, token);
      expect(errorOf(notes).code).toBe('FORBIDDEN');
      expect(notes.data?.client?.adminNotes ?? null).toBeNull();

      const updated = ok(await t.gql(UPDATE_ME, { i: { city: 'Lisboa', phoneNumber: '+351 21 000 0000', marketingEmailsOptOut: true } }, token)).updateMyProfile;
      expect(updated).toMatchObject({ city: 'Lisboa', phoneNumber: '+351 21 000 0000', marketingEmailsOptOut: true, firstName: 'Reg' });
      expect(ok(await t.gql(GET, { id: client.id }, token)).client!.city).toBe('Lisboa');
    });

    it('CL-4: a client cannot change staff-only fields through its profile', async () => {
      const { token } = await clientWithToken();
      const staffOnly: Record<string, unknown>[] = [{ taxExempt: true }, { adminNotes: 'x' }, { groupId: idOf('ClientGroup', 1) }, { currency: 'EUR' }, { password: 'new-password-1' }];
      for (const i of staffOnly) {
        expect(errorOf(await t.gql(UPDATE_ME, { i: i as UpdateProfileInput /* fields the profile input does not have */ }, token)).code).toBe('BAD_USER_INPUT');
      }
    });

    it('CL-4: changing the password needs the right current password; a wrong one is BAD_USER_INPUT and changes nothing', async () => {
      const email = uniqueEmail('pw');
      await register({ email });
      const token = await t.clientToken(email, 'client-password-1');
      const wrong = await rejected(UPDATE_ME, { i: { newPassword: 'brand-new-password', currentPassword: 'not-my-password' } }, token);
      expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      const missing = await rejected(UPDATE_ME, { i: { newPassword: 'brand-new-password', city: 'Gent' } }, token);
      expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      expect(errorOf(await t.gql(LOGIN, { e: email, p: 'brand-new-password' })).code).toBe('UNAUTHENTICATED');

      const tooShort = await rejected(UPDATE_ME, { i: { newPassword: 'short', currentPassword: 'client-password-1' } }, token);
      expect(tooShort).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

      ok(await t.gql(UPDATE_ME, { i: { newPassword: 'brand-new-password', currentPassword: 'client-password-1' } }, token));
      expect(ok(await t.gql(LOGIN, { e: email, p: 'brand-new-password' })).login.token).toBeDefined();
      expect(errorOf(await t.gql(LOGIN, { e: email, p: 'client-password-1' })).code).toBe('UNAUTHENTICATED');
    });

    it('CL-4: profile edit errors — duplicate email CONFLICT, bad email/country BAD_USER_INPUT, staff or no token refused', async () => {
      const taken = (await create()).email;
      const { token } = await clientWithToken();
      expect(await rejected(UPDATE_ME, { i: { email: taken, currentPassword: 'client-password-1' } }, token)).toMatchObject({ code: 'CONFLICT', field: 'email' });
      // Issue 13.5: the current password is judged with the other fields, before whether another login has the email.
      expect(await rejected(UPDATE_ME, { i: { email: taken } }, token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      expect(await rejected(UPDATE_ME, { i: { email: 'x@' } }, token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(await rejected(UPDATE_ME, { i: { country: 'EU' } }, token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'country' });
      expect(await rejected(UPDATE_ME, { i: { firstName: '' } }, token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstName' });
      expect((await rejected(UPDATE_ME, { i: { city: 'X' } })).code).toBe('UNAUTHENTICATED');
      expect((await rejected(UPDATE_ME, { i: { city: 'X' } }, admin)).code).toBe('FORBIDDEN');
    });

    it('CL-4: a new email from the profile edit is normalised and used to log in', async () => {
      const { token } = await clientWithToken();
      const email = uniqueEmail('moved');
      // Issue 10.4: a new login email needs the current password.
      expect(ok(await t.gql(UPDATE_ME, { i: { email: email.toUpperCase(), currentPassword: 'client-password-1' } }, token)).updateMyProfile.email).toBe(email);
      expect(ok(await t.gql(LOGIN, { e: email, p: 'client-password-1' })).login.token).toBeDefined();
    });
  });

  describe('required fields (CL-3)', () => {
    afterEach(() => setRequired([]));

    it('CL-3: required fields configured by the operator apply to sign-up and are public', async () => {
      await setRequired(['PHONE_NUMBER', 'COUNTRY', 'CITY']);
      expect(ok(await t.gql(REQUIRED_FIELDS)).requiredClientFields.sort()).toEqual(['CITY', 'COUNTRY', 'PHONE_NUMBER']);
      const base = () => ({ firstName: 'A', lastName: 'B', email: uniqueEmail('req'), password: 'client-password-1' });
      expect(await rejected(REGISTER, { i: { ...base(), country: 'NL', city: 'Delft' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phoneNumber' });
      expect(await rejected(REGISTER, { i: { ...base(), phoneNumber: '+31 6 1234 5678', city: 'Delft' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'country' });
      expect(await rejected(REGISTER, { i: { ...base(), phoneNumber: '+31 6 1234 5678', country: 'NL', city: '  ' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'city' });
      const ok1 = await register({ phoneNumber: '+31 6 1234 5678', country: 'NL', city: 'Delft' });
      expect(ok1.city).toBe('Delft');

      await setRequired([]);
      expect((await register()).phoneNumber).toBeNull();
    });

    it('CL-3: required fields apply to profile edits (cannot blank them, must fill them) but not to staff', async () => {
      const { client, token } = await clientWithToken({ city: 'Utrecht' });
      await setRequired(['CITY', 'SECURITY_QUESTION']);
      expect(await rejected(UPDATE_ME, { i: { city: 'Leiden' } }, token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'securityQuestion' });
      expect(await rejected(UPDATE_ME, { i: { city: '', securityQuestion: 'Pet?' } }, token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'city' });
      const updated = ok(await t.gql(UPDATE_ME, { i: { city: 'Leiden', securityQuestion: 'Pet?', securityAnswer: 'Rex' } }, token)).updateMyProfile;
      expect(updated).toMatchObject({ city: 'Leiden', securityQuestion: 'Pet?' });
      // Staff entering a client by phone are not held to the sign-up form.
      expect((await create()).city).toBeNull();
      expect(ok(await t.gql(UPDATE, { id: client.id, i: { firstName: 'Staff-edited' } }, admin)).updateClient.firstName).toBe('Staff-edited');
    });

    it('CL-3: only admins change settings; bad values are BAD_USER_INPUT; a rejected change changes nothing', async () => {
      expect((await rejected(UPDATE_SETTINGS, { i: { requiredClientFields: ['CITY'] } }, support)).code).toBe('FORBIDDEN');
      const { token } = await clientWithToken();
      expect((await rejected(UPDATE_SETTINGS, { i: { requiredClientFields: ['CITY'] } }, token)).code).toBe('FORBIDDEN');
      expect((await rejected(UPDATE_SETTINGS, { i: { requiredClientFields: ['CITY'] } })).code).toBe('UNAUTHENTICATED');
      expect(await rejected(UPDATE_SETTINGS, { i: { requiredClientFields: ['SHOE_SIZE' as string as RequiredClientField] } }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requiredClientFields' });
      expect((await rejected(SETTINGS, {}, token)).code).toBe('FORBIDDEN');
    });

    it('CL-3/issue 4.1: the operator\'s default currency (the currency table\'s) applies to new clients', async () => {
      const currencies = ok(await t.gql(CURRENCIES, {}, admin)).currencies;
      const byCode = Object.fromEntries(currencies.map((c) => [c.code, c.id]));
      ok(await t.gql(MAKE_DEFAULT, { id: byCode.GBP }, admin));
      try {
        expect(ok(await t.gql(SETTINGS, {}, admin)).settings.defaultCurrency).toBe('GBP');
        expect((await register()).currency).toBe('GBP');
        expect((await create()).currency).toBe('GBP');
      } finally {
        ok(await t.gql(MAKE_DEFAULT, { id: byCode.USD }, admin));
      }
    });
  });

  describe('update (staff)', () => {
    it('CL-4: staff edit any field of any client; the change is stored', async () => {
      const group = ok(await t.gql(CREATE_GROUP, { i: { name: `Silver ${Date.now()}` } }, admin)).createClientGroup;
      const project = ok(await t.gql(CREATE_PROJECT, { i: { name: `Upd brand ${Date.now()}` } }, admin)).createProject;
      const { client } = await clientWithToken();
      const email = uniqueEmail('edited');
      const i = {
        firstName: 'New', lastName: 'Name', email: email.toUpperCase(), country: 'DE', city: 'Berlin', taxExempt: true, lateFeeExempt: true,
        adminNotes: 'VIP', groupId: group.id, projectId: project.id, currency: 'EUR', singleSignOnAllowed: true, password: 'staff-set-password',
      };
      const updated = ok(await t.gql(UPDATE, { id: client.id, i }, support)).updateClient;
      const expected = {
        firstName: 'New', lastName: 'Name', email, country: 'DE', city: 'Berlin', taxExempt: true, lateFeeExempt: true, adminNotes: 'VIP',
        group: { id: group.id }, project: { id: project.id }, currency: 'EUR', singleSignOnAllowed: true, registrationIp: client.registrationIp,
      };
      expect(updated).toMatchObject(expected);
      expect(ok(await t.gql(GET_STAFF, { id: client.id }, admin)).client).toMatchObject(expected);
      expect(ok(await t.gql(LOGIN, { e: email, p: 'staff-set-password' })).login.token).toBeDefined();

      // Unset group and project with null.
      const cleared = ok(await t.gql(UPDATE, { id: client.id, i: { groupId: null, projectId: null } }, admin)).updateClient;
      expect(cleared).toMatchObject({ group: null, project: null, firstName: 'New' });
      const [row] = await sql(`select group_id, project_id from client where id = ?`, [keyOf(client.id)]);
      expect(row).toEqual({ group_id: null, project_id: null });
    });

    it('CL-1/issue 4.1: the currency cannot change while the client has a credit balance', async () => {
      const client = await create({ currency: 'USD', openingCredit: '5.00' });
      expect(await rejected(UPDATE, { id: client.id, i: { currency: 'EUR' } }, admin)).toMatchObject({ code: 'CONFLICT', field: 'currency' });
    });

    it('CL-4: update errors — unknown id NOT_FOUND, duplicate email CONFLICT, bad values BAD_USER_INPUT, client token FORBIDDEN; nothing changes', async () => {
      const target = await create();
      const other = await create();
      expect((await rejected(UPDATE, { id: idOf('Client', 999999), i: { city: 'X' } }, admin)).code).toBe('NOT_FOUND');
      expect(await rejected(UPDATE, { id: 'abc', i: { city: 'X' } }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(await rejected(UPDATE, { id: target.id, i: { email: other.email!.toUpperCase() } }, admin)).toMatchObject({ code: 'CONFLICT', field: 'email' });
      const cases: [Record<string, unknown>, string][] = [
        [{ email: 'bad@' }, 'email'],
        [{ country: 'ZZ' }, 'country'],
        [{ currency: 'US' }, 'currency'],
        [{ firstName: '' }, 'firstName'],
        [{ phoneNumber: 'abc' }, 'phoneNumber'],
        [{ password: 'short' }, 'password'],
        [{ groupId: idOf('ClientGroup', 999999) }, 'groupId'],
        [{ projectId: idOf('Project', 999999) }, 'projectId'],
        [{ billingContactId: idOf('Contact', 999999) }, 'billingContactId'],
        // Columns that cannot be empty refuse an explicit null instead of failing in the database.
        [{ firstName: null }, 'firstName'],
        [{ lastName: null }, 'lastName'],
        [{ email: null }, 'email'],
        [{ type: null }, 'type'],
        [{ language: null }, 'language'],
        [{ taxExempt: null }, 'taxExempt'],
      ];
      for (const [i, field] of cases) {
        expect({ i, ...(await rejected(UPDATE, { id: target.id, i }, admin)) }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      const { token } = await clientWithToken();
      expect((await rejected(UPDATE, { id: target.id, i: { city: 'X' } }, token)).code).toBe('FORBIDDEN');
      expect((await rejected(UPDATE, { id: target.id, i: { city: 'X' } })).code).toBe('UNAUTHENTICATED');
    });

    it('CL-4: profile edits refuse an explicit null for fields that cannot be empty', async () => {
      const { token } = await clientWithToken();
      for (const field of ['firstName', 'lastName', 'email', 'language', 'marketingEmailsOptOut']) {
        expect({ field, ...(await rejected(UPDATE_ME, { i: { [field]: null } }, token)) }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });

    it('CT-3: the billing contact must be one of the client\'s own contacts', async () => {
      const a = await create();
      const b = await create();
      const [{ id: contactOfB }] = await sql(
        `insert into contact (client_id, first_name, last_name, email) values (?, 'Bill', 'Ing', 'bill@example.com') returning id`, [keyOf(b.id)],
      );
      expect(await rejected(UPDATE, { id: a.id, i: { billingContactId: idOf('Contact', contactOfB) } }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'billingContactId' });
      const updated = ok(await t.gql(UPDATE, { id: b.id, i: { billingContactId: idOf('Contact', contactOfB) } }, admin)).updateClient;
      expect(updated.billingContact).toEqual({ id: idOf('Contact', contactOfB) });
    });
  });

  describe('status (CL-5)', () => {
    it('CL-5: Inactive clients can still log in; Closed cannot; reopening allows it again; no data is lost', async () => {
      const email = uniqueEmail('status');
      const client = await create({ email, password: 'status-password-1', openingCredit: '7.00', city: 'Gouda' });
      expect(ok(await t.gql(SET_STATUS, { id: client.id, s: 'INACTIVE' }, support)).setClientStatus.status).toBe('INACTIVE');
      const token = await t.clientToken(email, 'status-password-1');
      expect(ok(await t.gql(ME, {}, token)).me!.client!.status).toBe('INACTIVE');

      ok(await t.gql(SET_STATUS, { id: client.id, s: 'CLOSED' }, admin));
      expect(errorOf(await t.gql(LOGIN, { e: email, p: 'status-password-1' })).code).toBe('FORBIDDEN');
      const closed = ok(await t.gql(GET_STAFF, { id: client.id }, admin)).client;
      expect(closed).toMatchObject({ status: 'CLOSED', city: 'Gouda', email, creditBalance: { amount: '7.00', currency: 'USD' } });
      expect(await count('credit_entry', 'client_id = ?', [keyOf(client.id)])).toBe(1);

      ok(await t.gql(SET_STATUS, { id: client.id, s: 'ACTIVE' }, admin));
      expect(ok(await t.gql(LOGIN, { e: email, p: 'status-password-1' })).login.token).toBeDefined();
    });

    it('CL-5: a client created Closed cannot log in', async () => {
      const email = uniqueEmail('born-closed');
      await create({ email, password: 'closed-password-1', status: 'CLOSED' });
      expect(errorOf(await t.gql(LOGIN, { e: email, p: 'closed-password-1' })).code).toBe('FORBIDDEN');
    });

    it('CL-5: status errors — unknown id NOT_FOUND, bad status BAD_USER_INPUT, client token FORBIDDEN; nothing changes', async () => {
      const { client, token } = await clientWithToken();
      expect((await rejected(SET_STATUS, { id: idOf('Client', 999999), s: 'CLOSED' }, admin)).code).toBe('NOT_FOUND');
      expect((await rejected(SET_STATUS, { id: client.id, s: 'DELETED' as string as ClientStatus }, admin)).code).toBe('BAD_USER_INPUT');
      expect((await rejected(SET_STATUS, { id: client.id, s: 'CLOSED' }, token)).code).toBe('FORBIDDEN');
      expect((await rejected(SET_STATUS, { id: client.id, s: 'CLOSED' })).code).toBe('UNAUTHENTICATED');
      // The client's session survived all of that.
      expect(ok(await t.gql(ME, {}, token)).me!.client!.status).toBe('ACTIVE');
    });
  });

  describe('list, filter, paginate (CL-6)', () => {
    const tag = `f${Date.now()}`;
    const ids: Record<string, string> = {};
    let gold: string;
    let brand: string;

    beforeAll(async () => {
      gold = ok(await t.gql(CREATE_GROUP, { i: { name: `Filter group ${tag}` } }, admin)).createClientGroup.id;
      brand = ok(await t.gql(CREATE_PROJECT, { i: { name: `Filter brand ${tag}` } }, admin)).createProject.id;
      const rows: [string, Record<string, unknown>][] = [
        ['alice', { firstName: 'Alice', lastName: 'Zephyr', companyName: `Zeta_${tag} Hosting`, type: 'COMPANY', city: 'Rotterdam', groupId: gold }],
        ['bob', { firstName: 'Bob', lastName: 'Alison', status: 'INACTIVE', phoneNumber: '+31 10 555 0101', projectId: brand }],
        ['carol', { firstName: 'Carol', lastName: 'Zephyr', status: 'CLOSED', groupId: gold, projectId: brand, city: 'Rotterdam' }],
        ['dave', { firstName: 'Dave', lastName: 'Percent', companyName: `100% ${tag}`, type: 'COMPANY' }],
      ];
      for (const [key, input] of rows) ids[key] = (await create({ ...input, email: `${key}.${tag}@filter.example.com` })).id;
    });

    const list = async (f: ClientFilter, page: Omit<ClientsListQueryVariables, 'f'> = {}) =>
      ok(await t.gql(LIST, { f, ...page }, support)).clients;
    const names = async (f: ClientFilter) => {
      const conn = await list({ email: tag, ...f });
      const found = conn.edges.map((e: any) => e.node.firstName).sort();
      expect(conn.totalCount).toBe(found.length);
      return found;
    };

    it('CL-6: filter by ids, name, company, email, status, group and project', async () => {
      expect(await names({})).toEqual(['Alice', 'Bob', 'Carol', 'Dave']);
      expect(await names({ ids: [ids.alice, ids.carol] })).toEqual(['Alice', 'Carol']);
      expect(await names({ name: 'zephyr' })).toEqual(['Alice', 'Carol']);
      expect(await names({ name: 'Carol Zeph' })).toEqual(['Carol']);
      expect(await names({ name: 'ali' })).toEqual(['Alice', 'Bob']);
      expect(await names({ company: `zeta_${tag}` })).toEqual(['Alice']);
      expect(await names({ email: `bob.${tag}` })).toEqual(['Bob']);
      expect(await names({ status: ['INACTIVE', 'CLOSED'] })).toEqual(['Bob', 'Carol']);
      expect(await names({ status: ['ACTIVE'] })).toEqual(['Alice', 'Dave']);
      expect(await names({ groupId: gold })).toEqual(['Alice', 'Carol']);
      expect(await names({ projectId: brand })).toEqual(['Bob', 'Carol']);
      expect(await names({ groupId: gold, projectId: brand, status: ['CLOSED'] })).toEqual(['Carol']);
    });

    it('CL-6: free-text search over name, company, email, phone, city and id; wildcards are literal', async () => {
      expect(await names({ search: 'rotterdam' })).toEqual(['Alice', 'Carol']);
      expect(await names({ search: '555 0101' })).toEqual(['Bob']);
      expect(await names({ search: `Zeta_${tag}` })).toEqual(['Alice']);
      expect(await names({ search: 'carol zephyr' })).toEqual(['Carol']);
      // A numeric word matches the id and also digits in emails/phones, which may hold the same digits: Dave must be among them.
      expect(await names({ search: ids.dave })).toContain('Dave');
      expect(await names({ search: '100%' })).toEqual(['Dave']);
      expect(await names({ search: '%' })).toEqual(['Dave']);
      expect(await names({ search: 'nobody-matches-this' })).toEqual([]);
    });

    it('CL-6: bad filter values are BAD_USER_INPUT naming the field', async () => {
      const bad: [Record<string, unknown>, string][] = [[{ ids: ['x'] }, 'ids'], [{ groupId: 'g' }, 'groupId'], [{ projectId: '1;drop' }, 'projectId'], [{ status: ['GONE'] }, 'status']];
      for (const [f, field] of bad) {
        expect({ f, ...errorOf(await t.gql(LIST, { f: f as ClientFilter /* invalid on purpose */ }, admin)) }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(errorOf(await t.gql(LIST, { first: 101 }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(errorOf(await t.gql(LIST, { first: -1 }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(errorOf(await t.gql(LIST, { first: 2, last: 2 }, admin))).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errorOf(await t.gql(LIST, { after: 'not-a-cursor' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('CL-6: only staff list clients', async () => {
      expect(errorOf(await t.gql(LIST, {})).code).toBe('UNAUTHENTICATED');
      const { token } = await clientWithToken();
      expect(errorOf(await t.gql(LIST, {}, token)).code).toBe('FORBIDDEN');
    });

    it('CL-6: Relay pagination walks forward and backward through every page without gaps or duplicates', async () => {
      const pageTag = `p${Date.now()}`;
      const created: string[] = [];
      for (let i = 0; i < 11; i++) created.push((await create({ email: `n${i}.${pageTag}@page.example.com`, lastName: `Page${i}` })).id);
      const f = { email: pageTag };

      // Forward, 3 at a time: 3 + 3 + 3 + 2.
      const forward: string[] = [];
      const sizes: number[] = [];
      let after: string | null | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const conn = await list(f, { first: 3, after });
        expect(conn.totalCount).toBe(11);
        sizes.push(conn.edges.length);
        forward.push(...conn.edges.map((e: any) => e.node.id));
        expect(conn.pageInfo.startCursor).toBe(conn.edges[0]?.cursor ?? null);
        expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1]?.cursor ?? null);
        expect(conn.pageInfo.hasPreviousPage).toBe(after !== undefined);
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(sizes).toEqual([3, 3, 3, 2]);
      expect(forward).toEqual(created); // ordered by id, complete, no duplicates

      // Backward from the end, 4 at a time: 4 + 4 + 3, each page still in ascending order.
      const backwardPages: string[][] = [];
      let before: string | null | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const conn = await list(f, { last: 4, before });
        expect(conn.totalCount).toBe(11);
        backwardPages.push(conn.edges.map((e: any) => e.node.id));
        expect(conn.pageInfo.hasNextPage).toBe(before !== undefined);
        if (!conn.pageInfo.hasPreviousPage) break;
        before = conn.pageInfo.startCursor;
      }
      expect(backwardPages.map((p) => p.length)).toEqual([4, 4, 3]);
      expect(backwardPages.reverse().flat()).toEqual(created);

      // The default page size is 20 and first: 0 returns only the count.
      const empty = await list(f, { first: 0 });
      expect(empty).toMatchObject({ totalCount: 11, edges: [], pageInfo: { hasNextPage: true } });
      expect((await list(f)).edges).toHaveLength(11);
    });

    it('CL-6: after and before together bound a window of the list', async () => {
      const conn = await list({ email: tag });
      const all = conn.edges;
      expect(all).toHaveLength(4);
      const window = await list({ email: tag }, { first: 10, after: all[0].cursor, before: all[3].cursor });
      expect(window.edges.map((e: any) => e.node.id)).toEqual([all[1].node.id, all[2].node.id]);
      const backWindow = await list({ email: tag }, { last: 10, after: all[0].cursor, before: all[3].cursor });
      expect(backWindow.edges.map((e: any) => e.node.id)).toEqual([all[1].node.id, all[2].node.id]);
    });
  });

  describe('not found', () => {
    it('CL-4 / issue 13.4: staff reading an unknown client get null; a malformed id is BAD_USER_INPUT', async () => {
      expect(await t.gql(GET, { id: idOf('Client', 999999) }, admin)).toEqual({ status: 200, data: { client: null } });
      expect(errorOf(await t.gql(GET, { id: 'x1' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });
});
