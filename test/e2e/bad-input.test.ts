/**
 * Issue 10.8: bad input never reaches the database as an internal error. Each
 * attack goes over HTTP (or graphql-ws) to the running server; each must be
 * refused with a coded error, change nothing, log nothing, and leave the
 * server answering /health at once.
 */
import { idOf, keyOf } from '../support/ids';
import { AppError, formatError } from '../../src/shared/errors';
import { Client } from '../../src/clients/client.entity';
import { Contact } from '../../src/clients/contact.entity';
import { MAX_AMOUNT_MINOR } from '../../src/shared/money';
import { CREATE_INVOICE, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';
import { errorOf, operationText, type GraphQLResponse, type Operation, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import { openSubscriptions } from '../support/subscription-feed';
import { waitFor } from '../support/wait';
import { whileResponsive } from '../support/responsive';
import { captureLog, loggedLines } from '../support/log-capture';

const LOGIN = graphql(`mutation BadInputLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`);
const CREATE_CLIENT = graphql(`mutation BadInputCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const ADD_CREDIT = graphql(`mutation BadInputAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const CREATE_ADDON = graphql(`mutation BadInputCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const CREATE_DOMAIN = graphql(`mutation BadInputCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }`);
const RUN_COMMAND = graphql(`mutation BadInputRunCommand($i: JSONObject) { runModuleCommand(serviceId: "1", command: "x", input: $i) { id } }`);
const CLIENT_CHANGED = graphql(`subscription BadInputClientChanged($id: ID) { clientChanged(id: $id) { clientId } }`);
const CONTACTS = graphql(`query BadInputContacts { clients(first: 1) { edges { node { contacts { id } } } } }`);
// Inline literals (the NUL character and the JSON object below) stay plain text: they are the point of their tests.

describe('issue 10.8: bad input is refused before the database', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let consoleError: jest.SpyInstance;
  let seq = 0;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
  });
  afterAll(() => t.stop());
  // An internal error is logged; a refused input is not. Every test here checks which it was.
  beforeEach(() => {
    consoleError = captureLog('error');
  });
  afterEach(() => consoleError.mockRestore());

  const attack = <V,>(query: Operation<unknown, V>, variables = {} as V, token?: string) => whileResponsive(t.url, () => t.gql(query, variables, token));
  const refused = (res: GraphQLResponse) => {
    const error = errorOf(res);
    expect(error.code).not.toBe('INTERNAL_SERVER_ERROR');
    return error;
  };
  const count = async (table: string) => (await h.sql(`select count(*)::int as n from ${table}`))[0].n as number;

  it('issue 10.8: a NUL character in a variable, anonymously too, is BAD_USER_INPUT naming it; nothing is written or logged', async () => {
    const failures = await count('login_throttle');
    const anonymous = await attack(LOGIN, { e: 'ada\u0000@example.org', p: 'whatever-password' });
    expect(anonymous.status).toBe(400);
    expect(refused(anonymous)).toEqual({ code: 'BAD_USER_INPUT', field: 'e', message: '$e contains a NUL character (\\u0000), which no text field accepts' });
    expect(await count('login_throttle')).toBe(failures);

    const clients = await count('client');
    const nested = await attack(CREATE_CLIENT, { i: { firstName: 'Nul', lastName: 'Byte', email: `nul-${++seq}@example.com`, city: 'Ams\u0000terdam' } }, admin);
    expect(refused(nested)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'city', message: expect.stringContaining('$i.city contains a NUL character') });
    // In a key of a JSON object too.
    const key = await attack(RUN_COMMAND, { i: { ['a\u0000']: 1 } }, admin);
    expect(refused(key)).toEqual({ code: 'BAD_USER_INPUT', field: 'i', message: '$i contains a NUL character (\\u0000), which no text field accepts' });
    expect(await count('client')).toBe(clients);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('issue 10.8: a NUL character in an inline literal is refused the same way, for every operation kind', async () => {
    const literal = await attack(`mutation { login(email: "ada\\u0000@example.org", password: "x") { token } }`);
    expect(refused(literal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', message: expect.stringContaining('email contains a NUL character') });
    const nested = await attack(`{ clients(filter: { search: "a\\u0000" }) { totalCount } }`, {}, admin);
    expect(refused(nested)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', message: expect.stringContaining('filter.search contains') });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('issue 10.8: over graphql-ws a NUL character is refused too, and the connection keeps serving', async () => {
    const ws = t.ws(admin);
    const subscribe = async (variables: Record<string, unknown>) => {
      let answer: unknown;
      const before = await openSubscriptions();
      const stop = ws.subscribe({ query: operationText(CLIENT_CHANGED), variables }, {
        next: (value) => (answer ??= value),
        error: (error) => (answer ??= { error }),
        complete: () => (answer ??= 'complete'),
      });
      // A subscription that was accepted stays open on the server, without events.
      await waitFor(async () => answer !== undefined || (await openSubscriptions()) > before, { what: 'an answer or the subscription open on the server', intervalMs: 10 });
      stop();
      return answer ?? 'open';
    };
    const answer = await whileResponsive(t.url, () => subscribe({ id: '1\u0000' }));
    expect(JSON.stringify(answer)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(answer)).toContain('contains a NUL character');
    expect(await subscribe({ id: '1' })).toBe('open');
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('issue 10.8: a login email longer than the column is BAD_USER_INPUT, not a failed insert', async () => {
    const failures = await count('login_throttle');
    const res = await attack(LOGIN, { e: `${'a'.repeat(300)}@example.org`, p: 'whatever-password' });
    expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', message: 'email must be at most 255 characters' });
    expect(await count('login_throttle')).toBe(failures);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('issue 10.8: every flush checks strings against their varchar columns (entity metadata), naming the property', async () => {
    const em = t.app.orm.em.fork();
    em.create(Client, { firstName: 'Long', lastName: 'City', email: `long-${++seq}@example.com`, currency: 'EUR', city: 'x'.repeat(256) } as never);
    const error = await em.flush().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'city', message: 'city must be at most 255 characters' });
    // Characters, not UTF-16 units, as PostgreSQL counts them: 255 emoji fit a varchar(255).
    const fits = t.app.orm.em.fork();
    fits.create(Client, { firstName: 'Emoji', lastName: 'City', email: `emoji-${++seq}@example.com`, currency: 'EUR', city: '🏙'.repeat(255) } as never);
    await fits.flush();
  });

  it(`issue 10.8: amounts and sums have a maximum (${MAX_AMOUNT_MINOR} minor units): beyond it BAD_USER_INPUT, at it accepted`, async () => {
    const client = await h.newClient({ currency: 'BHD', country: 'BH' });
    const invoices = await count('invoice');
    const line = (amount: string) => ({ description: 'Big', amount });
    const huge = await attack(CREATE_INVOICE, { i: { clientId: client.id, lines: [line('999999999999999.999')] } }, admin);
    expect(refused(huge)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount', message: expect.stringContaining('exceeds the largest amount') });
    // Each line within the maximum, their sum beyond it (enough such lines used to overflow the bigint column).
    const sum = await attack(CREATE_INVOICE, { i: { clientId: client.id, lines: [line('999999999999.999'), line('999999999999.999')] } }, admin);
    expect(refused(sum)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines', message: expect.stringContaining('The invoice subtotal exceeds the largest amount') });
    expect(await count('invoice')).toBe(invoices);
    // Exactly the maximum is fine.
    expect(h.ok(await t.gql(CREATE_INVOICE, { i: { clientId: client.id, lines: [line('999999999999.999')] } }, admin)).createInvoice.total.amount).toBe('999999999999.999');

    const creditor = await h.newClient();
    h.ok(await t.gql(ADD_CREDIT, { i: { clientId: creditor.id, amount: '9999999999999.99', description: 'most' } }, admin));
    const over = await attack(ADD_CREDIT, { i: { clientId: creditor.id, amount: '0.01', description: 'one cent more' } }, admin);
    expect(refused(over)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount', message: expect.stringContaining('The credit balance exceeds the largest amount') });
    expect(await h.balance(creditor.id)).toBe('9999999999999.99');
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('issue 10.8: an addonId that is no addon is BAD_USER_INPUT naming it; a real addon is accepted', async () => {
    const client = await h.newClient();
    const res = await attack(CREATE_INVOICE, { i: { clientId: client.id, lines: [{ description: 'Backups', amount: '1.00', addonId: idOf('Addon', 999999) }] } }, admin);
    expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'addonId' });
    const addon = h.ok(await t.gql(CREATE_ADDON, { i: { name: `Backups ${++seq}`, payType: 'FREE' } }, admin)).createAddon;
    const created = h.ok(await t.gql(CREATE_INVOICE, { i: { clientId: client.id, lines: [{ description: 'Backups', amount: '1.00', addonId: addon.id }] } }, admin)).createInvoice;
    expect(created.lines[0]).toMatchObject({ type: 'ADDON', addon: { id: addon.id } });
  });

  it('issue 10.8: a foreign-key violation that got past the services is the caller\'s input (BAD_USER_INPUT) or a CONFLICT, never internal', async () => {
    const em = t.app.orm.em.fork();
    const violation = (write: Promise<unknown>) => write.then(() => undefined, (error: unknown) => error);
    const missing = await violation(em.insert(Contact, { client: 99999999, firstName: 'No', lastName: 'Client', email: 'no@example.com' } as never));
    expect(formatError({ message: 'x' }, missing)).toEqual({ message: 'A referenced record does not exist', extensions: { code: 'BAD_USER_INPUT', reason: 'REFERENCE_NOT_FOUND' } });
    // A client with a domain cannot go (the service deletes the domain first; a raw delete does not).
    const client = await h.newClient();
    h.ok(await t.gql(CREATE_DOMAIN, { i: { clientId: client.id, name: `fk-${++seq}-${Date.now()}.example` } }, admin));
    const inUse = await violation(em.nativeDelete(Client, { id: keyOf(client.id) }));
    expect(formatError({ message: 'x' }, inUse)).toEqual({ message: 'The record is still referenced by others', extensions: { code: 'CONFLICT', reason: 'RECORD_IN_USE' } });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('issue 10.8: a JSON object literal as runModuleCommand(input:) is judged like a variable, not a crash', async () => {
    for (const input of ['{ a: 1 }', '{ nested: { list: [1, "two", null] } }']) {
      const res = await attack(`mutation { runModuleCommand(serviceId: "${idOf('Service', 999999)}", command: "create", input: ${input}) { id } }`, {}, admin);
      expect(refused(res)).toEqual({ code: 'NOT_FOUND', field: undefined, message: `Service ${idOf('Service', 999999)} not found` });
    }
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('issue 10.8: an internal error is logged once with a request id, which the caller gets in extensions.requestId', async () => {
    await h.newClient();
    const connection = t.app.orm.em.getConnection();
    await connection.execute('alter table "contact" rename to "contact_broken"');
    let res: GraphQLResponse;
    try {
      res = await attack(CONTACTS, {}, admin);
    } finally {
      await connection.execute('alter table "contact_broken" rename to "contact"');
    }
    const requestId = res.errors?.[0].extensions?.requestId as string;
    expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    const logged = loggedLines(consoleError);
    expect(logged.filter((line) => line.includes(requestId))).toHaveLength(1);
    expect(logged.join('\n')).toMatch(/relation "contact" does not exist/);
  });
});
