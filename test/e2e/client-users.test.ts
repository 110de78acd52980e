import { idOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { clientWithLogin, createProduct, createService } from '../support/fixtures';
import { graphql } from '../generated';
import type { ClientPermission } from '../generated/graphql';

const CREATE_USER = graphql(`mutation ClientUsersCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email permissions active } }`);
const UPDATE_USER = graphql(`mutation ClientUsersUpdateUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id permissions active } }`);
const DELETE_USER = graphql(`mutation ClientUsersDeleteUser($id: ID!) { deleteClientUser(id: $id) }`);
const CREATE_CONTACT = graphql(`mutation ClientUsersCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id subAccount { id email permissions } } }`);
const UPDATE_CONTACT = graphql(`mutation ClientUsersUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id subAccount { id email permissions } } }`);
const CREATE_PAYER = graphql(`mutation ClientUsersCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id type name taxId country } }`);
const UPDATE_PAYER = graphql(`mutation ClientUsersUpdatePayer($id: ID!, $i: UpdatePayerInput!) { updatePayer(id: $id, input: $i) { id name taxId } }`);
const DELETE_PAYER = graphql(`mutation ClientUsersDeletePayer($id: ID!) { deletePayer(id: $id) }`);
const LOGIN = graphql(`mutation ClientUsersLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } clientUser { id email } permissions } } }`);
const CREDIT_LOG = graphql(`query ClientUsersCreditLog($c: ID!) { creditLog(clientId: $c) { totalCount } }`);
const CONTACTS = graphql(`query ClientUsersContacts($id: ID!) { client(id: $id) { id contacts { id } } }`);
const USERS = graphql(`query ClientUsersUsers($id: ID!) { client(id: $id) { users { id email } payers { id name } } }`);
const CREDIT_BALANCE = graphql(`query ClientUsersCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }`);
const UPDATE_PROFILE = graphql(`mutation ClientUsersUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`);
const CREATE_DOMAIN = graphql(`mutation ClientUsersCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }`);
const SERVICE_COUNT = graphql(`query ClientUsersServiceCount { services { totalCount } }`);
const SERVICE = graphql(`query ClientUsersService($id: ID!) { service(id: $id) { id } }`);
const CLIENT_SERVICES = graphql(`query ClientUsersClientServices($id: ID!) { client(id: $id) { services { edges { node { id } } } } }`);
const DOMAIN_COUNT = graphql(`query ClientUsersDomainCount { domains { totalCount } }`);
const DOMAIN = graphql(`query ClientUsersDomain($id: ID!) { domain(id: $id) { id } }`);
const CLIENT_DOMAINS = graphql(`query ClientUsersClientDomains($id: ID!) { client(id: $id) { domains { edges { node { id } } } } }`);
const RUN_REBOOT = graphql(`mutation ClientUsersRunReboot($s: ID!) { runModuleCommand(serviceId: $s, command: "reboot") { id } }`);

let seq = 0;
const uniqueEmail = (tag = 'cu') => `${tag}-${++seq}-${Date.now()}@example.com`;
const PASSWORD = 'user-password-123';

describe('client users, sub-accounts and payers', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
  });
  afterAll(() => t.stop());

  const newClient = () => clientWithLogin(t, admin, { firstName: 'Acc', lastName: 'Holder', email: uniqueEmail('owner') });
  const userInput = (permissions: ClientPermission[], extra: Record<string, unknown> = {}) =>
    ({ email: uniqueEmail('user'), firstName: 'Us', lastName: 'Er', password: PASSWORD, permissions, ...extra });
  const login = async (email: string, password = PASSWORD) => ok(await t.gql(LOGIN, { e: email, p: password })).login;

  it('CL-12: the account holder adds users with their own login and permissions, which the API enforces', async () => {
    const c = await newClient();
    const billing = ok(await t.gql(CREATE_USER, { c: c.id, i: userInput(['CREDIT', 'INVOICES']) }, c.token)).createClientUser;
    const helpdesk = ok(await t.gql(CREATE_USER, { c: c.id, i: userInput(['SUPPORT']) }, c.token)).createClientUser;
    const b = await login(billing.email);
    expect(b.me).toMatchObject({ client: { id: c.id }, clientUser: { id: billing.id } });
    expect([...b.me!.permissions!].sort()).toEqual(['CREDIT', 'INVOICES']);
    expect(ok(await t.gql(CREDIT_LOG, { c: c.id }, b.token)).creditLog.totalCount).toBe(0);
    expect(errorOf(await t.gql(CONTACTS, { id: c.id }, b.token)).code).toBe('FORBIDDEN');
    const h = await login(helpdesk.email);
    expect(errorOf(await t.gql(CREDIT_LOG, { c: c.id }, h.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(CREDIT_BALANCE, { id: c.id }, h.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(CREATE_PAYER, { c: c.id, i: { type: 'INDIVIDUAL', name: 'X' } }, h.token)).code).toBe('FORBIDDEN');
    // Users do not manage users (they could grant themselves more) nor the account's email or password.
    expect(errorOf(await t.gql(CREATE_USER, { c: c.id, i: userInput(['CREDIT']) }, b.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(UPDATE_USER, { id: helpdesk.id, i: { permissions: ['CREDIT'] } }, h.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(UPDATE_PROFILE, { i: { city: 'X' } }, h.token)).code).toBe('FORBIDDEN');
    // Permission changes apply at once; deactivation ends the sessions.
    ok(await t.gql(UPDATE_USER, { id: helpdesk.id, i: { permissions: ['SUPPORT', 'CREDIT'] } }, c.token));
    expect(ok(await t.gql(CREDIT_LOG, { c: c.id }, h.token)).creditLog.totalCount).toBe(0);
    ok(await t.gql(UPDATE_USER, { id: helpdesk.id, i: { active: false } }, admin));
    expect(errorOf(await t.gql(CREDIT_LOG, { c: c.id }, h.token)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(LOGIN, { e: helpdesk.email, p: PASSWORD })).code).toBe('FORBIDDEN');
    expect(ok(await t.gql(DELETE_USER, { id: billing.id }, c.token)).deleteClientUser).toBe(billing.id);
    expect(errorOf(await t.gql(CREDIT_LOG, { c: c.id }, b.token)).code).toBe('UNAUTHENTICATED');
    expect(ok(await t.gql(USERS, { id: c.id }, admin)).client!.users!.map((u) => u.id)).toEqual([helpdesk.id]);
  });

  it('CL-12/SV-1/SV-3: services need the SERVICES permission and domains DOMAINS (lists, records, client fields, commands)', async () => {
    const c = await newClient();
    const product = await createProduct(t, admin, { name: `Plain ${seq}`, type: 'OTHER', payType: 'FREE' });
    const service = await createService(t, admin, { clientId: c.id, productId: product, billingCycle: 'FREE' });
    const domain = ok(await t.gql(CREATE_DOMAIN, { i: { clientId: c.id, name: `perm-${seq}-${Date.now()}.example` } }, admin)).createDomain.id;
    const hosting = await login(ok(await t.gql(CREATE_USER, { c: c.id, i: userInput(['SERVICES']) }, c.token)).createClientUser.email);
    const dns = await login(ok(await t.gql(CREATE_USER, { c: c.id, i: userInput(['DOMAINS']) }, c.token)).createClientUser.email);
    const reads = {
      services: (token: string) => t.gql(SERVICE_COUNT, {}, token),
      service: (token: string) => t.gql(SERVICE, { id: service }, token),
      clientServices: (token: string) => t.gql(CLIENT_SERVICES, { id: c.id }, token),
      domains: (token: string) => t.gql(DOMAIN_COUNT, {}, token),
      domain: (token: string) => t.gql(DOMAIN, { id: domain }, token),
      clientDomains: (token: string) => t.gql(CLIENT_DOMAINS, { id: c.id }, token),
    };
    const outcome = async (token: string) => {
      const result: Record<string, string> = {};
      for (const [name, read] of Object.entries(reads)) {
        const res = await read(token);
        // Issue 13.4: a record the login may not see is null, like a missing one.
        result[name] = res.errors?.length ? errorOf(res).code ?? '?' : Object.values(res.data as object)[0] === null ? 'NULL' : 'OK';
      }
      return result;
    };
    expect(await outcome(hosting.token)).toEqual({ services: 'OK', service: 'OK', clientServices: 'OK', domains: 'FORBIDDEN', domain: 'NULL', clientDomains: 'FORBIDDEN' });
    expect(await outcome(dns.token)).toEqual({ services: 'FORBIDDEN', service: 'NULL', clientServices: 'FORBIDDEN', domains: 'OK', domain: 'OK', clientDomains: 'OK' });
    expect(await outcome(c.token)).toEqual({ services: 'OK', service: 'OK', clientServices: 'OK', domains: 'OK', domain: 'OK', clientDomains: 'OK' });
    expect(errorOf(await t.gql(RUN_REBOOT, { s: service }, dns.token))).toMatchObject({ code: 'FORBIDDEN', message: 'This login lacks the services permission' });
    // With SERVICES the permission check passes and the command itself is judged (this product has no module, so no client command).
    expect(errorOf(await t.gql(RUN_REBOOT, { s: service }, hosting.token))).toMatchObject({ code: 'FORBIDDEN', message: 'Clients may not run the "reboot" command on this service' });
  });

  it('CL-12: a client cannot touch another client\'s users or payers; bad input changes nothing', async () => {
    const a = await newClient();
    const b = await newClient();
    const user = ok(await t.gql(CREATE_USER, { c: b.id, i: userInput(['SUPPORT']) }, admin)).createClientUser;
    const payer = ok(await t.gql(CREATE_PAYER, { c: b.id, i: { type: 'INDIVIDUAL', name: 'B Person' } }, admin)).createPayer;
    // Issue 10.7: another client's ids answer NOT_FOUND, as missing ones do.
    expect(errorOf(await t.gql(CREATE_USER, { c: b.id, i: userInput([]) }, a.token))).toMatchObject({ code: 'NOT_FOUND', message: `Client ${b.id} not found` });
    expect(errorOf(await t.gql(UPDATE_USER, { id: user.id, i: { active: false } }, a.token))).toMatchObject({ code: 'NOT_FOUND', message: `ClientUser ${user.id} not found` });
    expect(errorOf(await t.gql(DELETE_USER, { id: user.id }, a.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(UPDATE_PAYER, { id: payer.id, i: { name: 'Mine' } }, a.token))).toMatchObject({ code: 'NOT_FOUND', message: `ClientPayer ${payer.id} not found` });
    expect(errorOf(await t.gql(DELETE_PAYER, { id: payer.id }, a.token)).code).toBe('NOT_FOUND');
    expect(await t.gql(USERS, { id: b.id }, a.token)).toEqual({ status: 200, data: { client: null } });
    // Login emails name one account.
    expect(errorOf(await t.gql(CREATE_USER, { c: a.id, i: userInput([], { email: user.email }) }, admin))).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(errorOf(await t.gql(CREATE_USER, { c: a.id, i: userInput([], { email: b.email }) }, admin))).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(errorOf(await t.gql(CREATE_USER, { c: a.id, i: userInput(['NOPE' as ClientPermission /* not a permission, on purpose */]) }, admin)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(CREATE_USER, { c: a.id, i: userInput([], { password: 'short' }) }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(errorOf(await t.gql(CREATE_USER, { c: idOf('Client', 99999999), i: userInput([]) }, admin)).code).toBe('NOT_FOUND');
    expect(ok(await t.gql(USERS, { id: a.id }, admin)).client!.users).toEqual([]);
  });

  it('CL-12: payers are individuals or companies with tax id and address; a company needs a tax id', async () => {
    const c = await newClient();
    const person = ok(await t.gql(CREATE_PAYER, { c: c.id, i: { type: 'INDIVIDUAL', name: 'Ada Person', country: 'nl' } }, c.token)).createPayer;
    expect(person).toMatchObject({ type: 'INDIVIDUAL', name: 'Ada Person', taxId: null, country: 'NL' });
    expect(errorOf(await t.gql(CREATE_PAYER, { c: c.id, i: { type: 'COMPANY', name: 'Acme BV' } }, c.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taxId' });
    const company = ok(await t.gql(CREATE_PAYER, { c: c.id, i: { type: 'COMPANY', name: 'Acme BV', taxId: 'NL123456789B01' } }, c.token)).createPayer;
    expect(errorOf(await t.gql(UPDATE_PAYER, { id: company.id, i: { taxId: null } }, c.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taxId' });
    expect(ok(await t.gql(UPDATE_PAYER, { id: company.id, i: { name: 'Acme Holding BV' } }, c.token)).updatePayer.name).toBe('Acme Holding BV');
    expect(ok(await t.gql(USERS, { id: c.id }, admin)).client!.payers!.map((p) => p.name)).toEqual(['Ada Person', 'Acme Holding BV']);
    ok(await t.gql(DELETE_PAYER, { id: person.id }, c.token));
    expect(ok(await t.gql(USERS, { id: c.id }, admin)).client!.payers).toHaveLength(1);
  });

  it('CT-4: a contact can be a sub-account with its own login and a permission set the API enforces', async () => {
    const c = await newClient();
    const email = uniqueEmail('sub');
    const contact = ok(await t.gql(CREATE_CONTACT, { c: c.id, i: { firstName: 'Sub', lastName: 'Account', email, subAccount: { password: PASSWORD, permissions: ['CONTACTS'] } } }, c.token)).createContact;
    expect(contact.subAccount).toMatchObject({ email, permissions: ['CONTACTS'] });
    const sub = await login(email);
    expect(sub.me!.clientUser?.email).toBe(email);
    expect(ok(await t.gql(CONTACTS, { id: c.id }, sub.token)).client!.contacts).toHaveLength(1);
    expect(errorOf(await t.gql(CREDIT_LOG, { c: c.id }, sub.token)).code).toBe('FORBIDDEN');
    // A sub-account with CONTACTS still cannot hand out logins or permissions.
    expect(errorOf(await t.gql(UPDATE_CONTACT, { id: contact.id, i: { subAccount: { permissions: ['CREDIT'] } } }, sub.token)).code).toBe('FORBIDDEN');
    ok(await t.gql(UPDATE_CONTACT, { id: contact.id, i: { subAccount: { permissions: ['CONTACTS', 'CREDIT'] } } }, c.token));
    expect(ok(await t.gql(CREDIT_LOG, { c: c.id }, sub.token)).creditLog.totalCount).toBe(0);
    // A new sub-account needs a password.
    const plain = ok(await t.gql(CREATE_CONTACT, { c: c.id, i: { firstName: 'P', lastName: 'Lain', email: uniqueEmail() } }, admin)).createContact;
    expect(errorOf(await t.gql(UPDATE_CONTACT, { id: plain.id, i: { subAccount: { permissions: [] } } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    // Removing the sub-account ends its login.
    expect(ok(await t.gql(UPDATE_CONTACT, { id: contact.id, i: { removeSubAccount: true } }, c.token)).updateContact.subAccount).toBeNull();
    expect(errorOf(await t.gql(CREDIT_LOG, { c: c.id }, sub.token)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(LOGIN, { e: email, p: PASSWORD })).code).toBe('UNAUTHENTICATED');
  });
});
