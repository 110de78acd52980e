import { idOf } from '../support/ids';
import { operationText, startTestApp, type GraphQLResponse, type Operation, type TestApp } from '../support/test-app';
import type { CreateInvoiceInput } from '../generated/graphql';
import { APPLY, CANCEL, CREATE_INVOICE, PAY, REFUND, UPDATE_INVOICE, invoiceHelpers } from '../support/invoices';
import { graphql } from '../generated';

const CREATE_PRODUCT = graphql(`mutation FormErrorsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`);
const CREATE_PROMOTION = graphql(`mutation FormErrorsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }`);
const SET_TLD_PRICING = graphql(`mutation FormErrorsSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { id } }`);
const CREATE_CLIENT = graphql(`mutation FormErrorsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const CREATE_CONTACT = graphql(`mutation FormErrorsCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }`);
const CREATE_SERVICE = graphql(`mutation FormErrorsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }`);
const CREATE_SERVER = graphql(`mutation FormErrorsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }`);
const CREATE_TAX_RULE = graphql(`mutation FormErrorsCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }`);
const ADD_CREDIT = graphql(`mutation FormErrorsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const CONFIGURE_GATEWAY = graphql(`mutation FormErrorsConfigureGateway($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module } }`);
const PLACE_ORDER = graphql(`mutation FormErrorsPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { id } }`);
const REMOVE_CREDIT = graphql(`mutation FormErrorsRemoveCredit($i: CreditChangeInput!) { removeCredit(input: $i) { id } }`);
const UPDATE_PROFILE = graphql(`mutation FormErrorsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`);
const COUNT_INVOICES = graphql(`query FormErrorsCountInvoices($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }`);
const SETTINGS = graphql(`mutation FormErrorsSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }`);
const REGISTER = graphql(`mutation FormErrorsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const CREATE_SERVER_GROUP = graphql(`mutation FormErrorsCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }`);
const CLIENTS = graphql(`query FormErrorsClients { clients(first: 1) { totalCount } }`);
const DELETE_CLIENTS = graphql(`mutation FormErrorsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }`);
const CLOSE_CLIENT = graphql(`mutation FormErrorsCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }`);

/**
 * Issue 13.5: errors map onto forms (full input paths, every field problem in
 * one response, our own texts instead of the framework's); issue 17.6:
 * expected failures carry a stable extensions.reason.
 */
describe('issues 13.5 and 17.6: errors a form can show', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken();
    h = invoiceHelpers(t, () => admin);
  });
  afterAll(async () => {
    await t?.stop();
  });

  const extensionsOf = (res: GraphQLResponse) => {
    expect(res.errors).toHaveLength(1);
    return res.errors![0].extensions;
  };

  it('issue 13.5: a service-level problem on a nested input names its full path from the argument', async () => {
    const client = await h.newClient();
    const res = await t.gql(CREATE_INVOICE, { i: { clientId: client.id, lines: [{ description: 'Fine', amount: '1.00' }, { description: 'Bad', amount: '1.001' }] } }, admin);
    expect(extensionsOf(res)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_AMOUNT',
      field: ['input', 'lines', 1, 'amount'],
      fields: [{ path: ['input', 'lines', 1, 'amount'], reason: 'INVALID_AMOUNT', message: 'Line 2: the amount must be a decimal amount with at most the decimals of EUR' }],
    });
    expect(res.errors![0].message).toBe('Line 2: the amount must be a decimal amount with at most the decimals of EUR');
  });

  it('issue 13.5: all field problems of the invoice lines come back in one response, and nothing is created', async () => {
    const client = await h.newClient();
    const lines = [{ description: 'ok', amount: 'ten' }, { description: 'ok', amount: '2.00' }, { description: '   ', amount: '3.5.0' }];
    const res = await t.gql(CREATE_INVOICE, { i: { clientId: client.id, lines } }, admin);
    const extensions = extensionsOf(res);
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'lines', 0, 'amount'] });
    expect(extensions?.fields).toEqual([
      { path: ['input', 'lines', 0, 'amount'], reason: 'INVALID_AMOUNT', message: expect.stringMatching(/^Line 1: the amount/) },
      { path: ['input', 'lines', 2, 'amount'], reason: 'INVALID_AMOUNT', message: expect.stringMatching(/^Line 3: the amount/) },
      { path: ['input', 'lines', 2, 'description'], reason: 'VALUE_REQUIRED', message: 'Line 3: the description must not be blank' },
    ]);
    const listed = h.ok(await t.gql(COUNT_INVOICES, { c: client.id }, admin));
    expect(listed.invoices.totalCount).toBe(0);
  });

  it('issue 13.5: a sign-up missing several required fields hears of all of them at once', async () => {
    expect(h.ok(await t.gql(SETTINGS, { i: { requiredClientFields: ['PHONE_NUMBER', 'CITY', 'COUNTRY'] } }, admin)).updateSettings.requiredClientFields).toEqual(['PHONE_NUMBER', 'CITY', 'COUNTRY']);
    try {
      const res = await t.gql(REGISTER,
        { i: { firstName: 'Form', lastName: 'Filler', email: `form-${++seq}-${Date.now()}@example.com`, password: 'client-password-1', country: 'NL' } });
      const extensions = extensionsOf(res);
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALUE_REQUIRED' });
      const fields = extensions?.fields as { path: unknown[]; reason: string }[];
      expect(fields).toHaveLength(2);
      expect(fields).toEqual(expect.arrayContaining([
        { path: ['input', 'phoneNumber'], reason: 'VALUE_REQUIRED', message: 'phoneNumber is required' },
        { path: ['input', 'city'], reason: 'VALUE_REQUIRED', message: 'city is required' },
      ]));
      expect(fields.map((problem) => problem.path)).toContainEqual(extensions?.field);
    } finally {
      h.ok(await t.gql(SETTINGS, { i: { requiredClientFields: [] } }, admin));
    }
  });

  it('issue 13.5: class-validator failures are listed together, each at its full path, with our message and a reason', async () => {
    const client = await h.newClient();
    const invoice = await h.invoice(client.id, ['10.00']);
    const res = await t.gql(PAY, { i: { invoiceId: invoice.id, amount: '1.00', gateway: '', transactionId: 'x'.repeat(256) } }, admin);
    const extensions = extensionsOf(res);
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALUE_REQUIRED', field: ['input', 'gateway'] });
    // Our words, not class-validator's ("must be longer than or equal to 1 characters").
    expect(extensions?.fields).toEqual([
      { path: ['input', 'gateway'], reason: 'VALUE_REQUIRED', message: 'gateway must not be empty' },
      { path: ['input', 'transactionId'], reason: 'VALUE_TOO_LONG', message: 'transactionId must be at most 255 characters' },
    ]);
    expect(res.errors![0].message).not.toMatch(/Argument Validation Error/);
    expect(res.errors![0].message).toBe((extensions?.fields as { message: string }[])[0].message);
  });

  it('issue 13.5: variables that do not fit their types come back together, each at its full path, over HTTP and graphql-ws', async () => {
    const client = await h.newClient();
    const lines = [{ description: 'ok', amount: 12 }, { amount: '1.00', colour: 'red' }, { description: 'x', amount: '1.00', taxable: 'yes' }];
    const variables = { i: { clientId: client.id, lines, dueDate: 'soon' } as unknown as CreateInvoiceInput /* invalid on purpose */ };
    const expected = [
      { path: ['input', 'lines', 0, 'amount'], reason: 'INVALID_FORMAT', message: 'amount must be text' },
      { path: ['input', 'lines', 1, 'description'], reason: 'VALUE_REQUIRED', message: 'description is required' },
      { path: ['input', 'lines', 1, 'colour'], reason: 'INVALID_FORMAT', message: 'colour is not a field of this input' },
      { path: ['input', 'lines', 2, 'taxable'], reason: 'INVALID_FORMAT', message: 'taxable must be true or false' },
      { path: ['input', 'dueDate'], reason: 'INVALID_FORMAT', message: 'dueDate must be a date such as 2026-12-31' },
    ];
    const res = await t.gql(CREATE_INVOICE, variables, admin);
    expect(res.status).toBe(400);
    const extensions = extensionsOf(res);
    expect(extensions?.fields).toEqual(expect.arrayContaining(expected));
    expect(extensions?.fields).toHaveLength(expected.length);
    const [first] = extensions?.fields as { path: unknown[]; message: string; reason: string }[];
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: first.reason, field: first.path });
    expect(res.errors![0].message).toBe(first.message);

    // The same over graphql-ws, where graphql-ws sends the errors itself.
    const socket = t.ws(admin);
    const wsErrors = await new Promise<any[]>((resolve) => {
      socket.subscribe({ query: operationText(CREATE_INVOICE), variables }, { next: () => resolve([]), error: (errors) => resolve(errors as any[]), complete: () => resolve([]) });
    });
    expect(wsErrors).toHaveLength(1);
    expect(wsErrors[0].extensions).toEqual(extensions);

    // A required variable left out, and a nested required one given as null.
    const missing = extensionsOf(await t.gql(CREATE_INVOICE, {} as { i: CreateInvoiceInput } /* left out on purpose */, admin));
    expect(missing).toMatchObject({ field: ['input'], fields: [{ path: ['input'], reason: 'VALUE_REQUIRED', message: 'input is required' }] });
    const nulled = extensionsOf(await t.gql(CREATE_INVOICE, { i: { clientId: null, lines: [] } as unknown as CreateInvoiceInput /* null on purpose */ }, admin));
    expect(nulled).toMatchObject({ field: ['input', 'clientId'], fields: [{ path: ['input', 'clientId'], reason: 'VALUE_REQUIRED', message: 'clientId is required' }] });
    const listed = h.ok(await t.gql(COUNT_INVOICES, { c: client.id }, admin));
    expect(listed.invoices.totalCount).toBe(0);
  });

  it('issue 13.5: every area\'s mutations report all their field problems in one response, and change nothing', async () => {
    const client = await h.newClient();
    const none = (type: string) => idOf(type, 99999999);
    const later = '2026-02-01T00:00:00Z';
    const cases: { area: string; mutation: Operation<unknown, any>; variables: Record<string, unknown>; paths: (string | number)[][] }[] = [
      {
        area: 'catalog: products',
        mutation: CREATE_PRODUCT,
        variables: { i: { name: 'P', type: 'HOSTING', payType: 'RECURRING', groupId: none('ProductGroup'), prices: [{ currency: 'EUR', cycle: 'ONE_TIME', amount: 'x' }, { currency: 'CHF', cycle: 'MONTHLY', amount: '1' }] } },
        paths: [['input', 'groupId'], ['input', 'prices', 0, 'cycle'], ['input', 'prices', 0, 'amount'], ['input', 'prices', 1, 'currency']],
      },
      {
        area: 'catalog: promotions',
        mutation: CREATE_PROMOTION,
        variables: { i: { code: 'bad code!', type: 'PERCENT', value: '0', currency: 'EUR', appliesTo: 'RECURRING', startsAt: later, expiresAt: '2026-01-01T00:00:00Z' } },
        paths: [['input', 'code'], ['input', 'currency'], ['input', 'value'], ['input', 'expiresAt']],
      },
      {
        area: 'catalog: domain prices',
        mutation: SET_TLD_PRICING,
        variables: { i: { tld: 'not a tld', currency: 'EUR', prices: [{ years: 11, register: '-1', renew: '1' }] } },
        paths: [['input', 'tld'], ['input', 'prices', 0, 'years'], ['input', 'prices', 0, 'register']],
      },
      {
        area: 'clients',
        mutation: CREATE_CLIENT,
        variables: { i: { firstName: 'A', lastName: 'B', email: `all-${++seq}-${Date.now()}@example.com`, password: 'client-password-1', type: null, groupId: none('ClientGroup'), projectId: none('Project') } },
        paths: [['input', 'type'], ['input', 'groupId'], ['input', 'projectId']],
      },
      {
        area: 'contacts',
        mutation: CREATE_CONTACT,
        variables: { c: client.id, i: { firstName: ' ', lastName: ' ', email: 'contact@example.com' } },
        paths: [['input', 'firstName'], ['input', 'lastName']],
      },
      {
        area: 'provisioning: services',
        mutation: CREATE_SERVICE,
        variables: { i: { clientId: none('Client'), productId: none('Product'), billingCycle: 'MONTHLY', status: 'ACTIVE', suspensionReason: 'unpaid' } },
        paths: [['input', 'clientId'], ['input', 'productId'], ['input', 'suspensionReason']],
      },
      {
        area: 'provisioning: servers',
        mutation: CREATE_SERVER,
        variables: { i: { name: 'S', module: 'no-such-module', hostname: 'host.example', ip: 'not-an-ip', settings: {}, groupId: none('ServerGroup') } },
        paths: [['input', 'module'], ['input', 'ip'], ['input', 'groupId']],
      },
      {
        area: 'billing: tax rules',
        mutation: CREATE_TAX_RULE,
        variables: { i: { name: ' ', level: 1, rate: '101', compound: true } },
        paths: [['input', 'name'], ['input', 'rate'], ['input', 'compound']],
      },
      {
        area: 'credit',
        mutation: ADD_CREDIT,
        variables: { i: { clientId: client.id, amount: 'ten', description: ' ' } },
        paths: [['input', 'description'], ['input', 'amount']],
      },
      {
        area: 'payments: gateway settings',
        mutation: CONFIGURE_GATEWAY,
        variables: { i: { module: 'no-such-gateway', enabled: true, currencies: ['EURO', 'US'] } },
        paths: [['input', 'module'], ['input', 'currencies', 0], ['input', 'currencies', 1]],
      },
    ];
    const activity = async () => (await t.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from activity_log_entry`))[0].n;
    const before = await activity();
    for (const { area, mutation, variables, paths } of cases) {
      const extensions = extensionsOf(await t.gql(mutation, variables, admin));
      const fields = extensions?.fields as { path: unknown[]; message: string; reason: string }[];
      expect({ area, code: extensions?.code, paths: fields.map((problem) => problem.path) }).toEqual({ area, code: 'BAD_USER_INPUT', paths });
      expect({ area, field: extensions?.field }).toEqual({ area, field: paths[0] });
      for (const problem of fields) expect(problem.message).not.toMatch(/must be longer than|Argument Validation/);
    }
    expect(await activity()).toBe(before);
  });

  it('issue 13.5: problems of the input\'s form and of the service\'s rules (state-dependent ones too) come back in ONE response listing every field, and nothing changes', async () => {
    const client = await h.newClient();
    const clientToken = await client.token();
    await h.addCredit(client.id, '5.00');
    const invoice = await h.invoice(client.id, ['10.00']);
    const none = (type: string) => idOf(type, 99999999);
    type Case = { area: string; mutation: Operation<unknown, any>; variables: Record<string, unknown>; token?: string; paths: [(string | number)[], string][] };
    const cases: Case[] = [
      {
        area: 'clients',
        mutation: CREATE_CLIENT,
        variables: { i: { firstName: '', lastName: 'B', email: `one-${++seq}-${Date.now()}@example.com`, password: 'short', phoneNumber: 'call me', groupId: none('ClientGroup'), projectId: none('Project') } },
        paths: [[['input', 'firstName'], 'VALUE_REQUIRED'], [['input', 'phoneNumber'], 'INVALID_FORMAT'], [['input', 'password'], 'INVALID_FORMAT'], [['input', 'groupId'], 'REFERENCE_NOT_FOUND'], [['input', 'projectId'], 'REFERENCE_NOT_FOUND']],
      },
      {
        area: 'products',
        mutation: CREATE_PRODUCT,
        variables: { i: { name: '', type: 'HOSTING', payType: 'RECURRING', autoTerminateDays: 0, groupId: none('ProductGroup'), prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: 'x' }] } },
        paths: [[['input', 'autoTerminateDays'], 'OUT_OF_RANGE'], [['input', 'name'], 'VALUE_REQUIRED'], [['input', 'groupId'], 'REFERENCE_NOT_FOUND'], [['input', 'prices', 0, 'amount'], 'INVALID_AMOUNT']],
      },
      {
        area: 'orders (nested cart rules, the catalog, the promotion code)',
        mutation: PLACE_ORDER,
        token: clientToken,
        variables: { c: {
          products: [{ productId: none('Product'), cycle: 'MONTHLY', domain: `${'a'.repeat(250)}.com` }],
          domains: [{ name: 'example.com', action: 'REGISTER', years: 11, eppCode: '' }],
          promotionCode: 'P'.repeat(51),
        } },
        paths: [
          [['cart', 'products', 0, 'domain'], 'VALUE_TOO_LONG'], [['cart', 'domains', 0, 'eppCode'], 'VALUE_REQUIRED'], [['cart', 'promotionCode'], 'VALUE_TOO_LONG'],
          [['cart', 'promotionCode'], 'REFERENCE_NOT_FOUND'], [['cart', 'products', 0, 'productId'], 'REFERENCE_NOT_FOUND'], [['cart', 'domains', 0, 'years'], 'OUT_OF_RANGE'],
        ],
      },
      {
        area: 'module settings (every schema problem at its property)',
        mutation: CREATE_SERVER,
        variables: { i: { name: '', module: 'spam-filter', hostname: 'filter.example.net', port: 0, groupId: none('ServerGroup'), settings: { username: '', adoptExistingDomains: 'yes', colour: 'red' } } },
        paths: [
          [['input', 'name'], 'VALUE_REQUIRED'], [['input', 'port'], 'OUT_OF_RANGE'], [['input', 'groupId'], 'REFERENCE_NOT_FOUND'],
          [['input', 'settings', 'password'], 'VALUE_REQUIRED'], [['input', 'settings', 'defaultDestination'], 'VALUE_REQUIRED'], [['input', 'settings', 'colour'], 'INVALID_FORMAT'],
          [['input', 'settings', 'username'], 'INVALID_FORMAT'], [['input', 'settings', 'adoptExistingDomains'], 'INVALID_FORMAT'],
        ],
      },
      {
        area: 'credit (the amount against the balance, under the client\'s lock)',
        mutation: REMOVE_CREDIT,
        variables: { i: { clientId: client.id, amount: '6.00', description: 'x'.repeat(256) } },
        paths: [[['input', 'description'], 'VALUE_TOO_LONG'], [['input', 'amount'], 'INSUFFICIENT_CREDIT']],
      },
      {
        area: 'payments (the amount against the balance due, under the invoice\'s lock)',
        mutation: PAY,
        variables: { i: { invoiceId: invoice.id, amount: '100.00', currency: 'USD', gateway: '', transactionId: 'x'.repeat(256) } },
        paths: [[['input', 'gateway'], 'VALUE_REQUIRED'], [['input', 'transactionId'], 'VALUE_TOO_LONG'], [['input', 'currency'], 'CURRENCY_MISMATCH'], [['input', 'amount'], 'EXCEEDS_BALANCE_DUE']],
      },
      {
        area: 'own profile (the current password with the other fields)',
        mutation: UPDATE_PROFILE,
        token: clientToken,
        variables: { i: { phoneNumber: 'call me', newPassword: 'short', currentPassword: 'not-the-password' } },
        paths: [[['input', 'phoneNumber'], 'INVALID_FORMAT'], [['input', 'newPassword'], 'INVALID_FORMAT'], [['input', 'currentPassword'], 'WRONG_PASSWORD']],
      },
    ];
    const counts = async () => (await h.sql(`select (select count(*) from activity_log_entry)::int as activity, (select count(*) from client_order)::int as orders,
      (select count(*) from server)::int as servers, (select count(*) from payment_transaction)::int as payments, (select count(*) from credit_entry)::int as credit`))[0];
    const before = await counts();
    const ledger = await h.ledger(client.id);
    for (const { area, mutation, variables, token, paths } of cases) {
      const extensions = extensionsOf(await t.gql(mutation, variables, token ?? admin));
      const fields = (extensions?.fields ?? []) as { path: unknown[]; message: string; reason: string }[];
      const got = fields.map((problem) => [problem.path, problem.reason]);
      expect({ area, code: extensions?.code, problems: got }).toEqual({ area, code: 'BAD_USER_INPUT', problems: expect.arrayContaining(paths) });
      expect({ area, count: got.length }).toEqual({ area, count: paths.length });
      expect({ area, field: extensions?.field, reason: extensions?.reason }).toEqual({ area, field: fields[0].path, reason: fields[0].reason });
      for (const problem of fields) expect(problem.message).not.toMatch(/must be longer than|must be shorter|Argument Validation/);
    }
    expect(await counts()).toEqual(before);
    expect(await h.ledger(client.id)).toEqual(ledger);
    expect((await h.get(invoice.id)).status).toBe('UNPAID');
  });

  it('issue 13.5: a mutation whose service has no rules of its own still answers its input\'s problems and changes nothing', async () => {
    const before = (await h.sql(`select count(*)::int as n from server_group`))[0].n;
    const res = await t.gql(CREATE_SERVER_GROUP, { i: { name: '' } }, admin);
    expect(extensionsOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'name'], fields: [{ path: ['input', 'name'], reason: 'VALUE_REQUIRED' }] });
    expect((await h.sql(`select count(*)::int as n from server_group`))[0].n).toBe(before);
  });

  it("issue 13.5: type-graphql's access-denied text is replaced by ours, with a reason", async () => {
    const client = await h.newClient();
    const token = await client.token();
    const res = await t.gql(CLIENTS, {}, token);
    expect(res.errors?.[0]).toMatchObject({ message: 'Your login may not do this', extensions: { code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' } });
    expect(JSON.stringify(res.errors)).not.toMatch(/Access denied/);
    const anonymous = await t.gql(CLIENTS, {});
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'LOGIN_REQUIRED' });
  });

  it('issue 17.6: invoice and payment failures carry their reasons (INVOICE_NOT_OPEN, NOTHING_TO_REFUND, CLIENT_DELETED, RECORD_NOT_FOUND)', async () => {
    const client = await h.newClient();
    await h.addCredit(client.id, '5.00');
    const cancelled = await h.invoice(client.id, ['10.00']);
    h.ok(await t.gql(CANCEL, { id: cancelled.id }, admin));
    expect(extensionsOf(await t.gql(APPLY, { id: cancelled.id, a: '1.00' }, admin))).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NOT_OPEN', field: ['status'] });

    const paid = await h.invoice(client.id, ['10.00']);
    const payment = h.ok(await t.gql(PAY, { i: { invoiceId: paid.id, amount: '10.00', gateway: 'bank', transactionId: `form-${++seq}-${Date.now()}` } }, admin)).addInvoicePayment;
    h.ok(await t.gql(REFUND, { i: { paymentId: payment.id } }, admin));
    expect(extensionsOf(await t.gql(REFUND, { i: { paymentId: payment.id } }, admin))).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_TO_REFUND', field: ['input', 'paymentId'] });

    const open = await h.invoice(client.id, ['10.00']);
    h.ok(await t.gql(DELETE_CLIENTS, { ids: [client.id] }, admin));
    expect(extensionsOf(await t.gql(UPDATE_INVOICE, { id: open.id, i: { notes: 'after delete' } }, admin))).toMatchObject({ code: 'CONFLICT', reason: 'CLIENT_DELETED' });

    const gone = await t.gql(CLOSE_CLIENT, { id: client.id }, admin);
    expect(extensionsOf(gone)).toMatchObject({ code: 'NOT_FOUND', reason: 'RECORD_NOT_FOUND' });
  });
});
