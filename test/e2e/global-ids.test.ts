import { StaffRole } from '../../src/auth/staff-user.entity';
import { Server } from '../../src/provisioning/server.entity';
import { Service } from '../../src/provisioning/service.entity';
import { ServiceAddon } from '../../src/provisioning/service-addon.entity';
import { BillingCycle } from '../../src/catalog/billing-cycle';
import { ModuleJob } from '../../src/provisioning/module-job.entity';
import { ModuleLogEntry } from '../../src/provisioning/module-log-entry.entity';
import { sqlStatements } from '../../src/shared/orm';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { idOf, keyOf } from '../support/ids';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { clientWithLogin, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { PriceInput } from '../generated/graphql';

const NODE = graphql(`query GlobalIdsNode($id: ID!) { node(id: $id) { __typename id } }`);
const PAY = graphql(`mutation GlobalIdsAddInvoicePayment($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }`);
const NODES = graphql(`query GlobalIdsNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`);
const PASSWORD = 'client-password-1';
const PRICES: PriceInput[] = [{ currency: 'EUR', cycle: 'MONTHLY', amount: '4.99' }];

/** GraphQL types whose rows live under another entity name. */
const ENTITY_OF: Record<string, string> = { BillingCurrency: 'Currency', Email: 'MailMessage', Staff: 'StaffUser' };

describe('issue 13.3/13.4: global object ids, node/nodes and lookups that answer null', () => {
  let t: TestApp;
  let admin: string;
  const a = { id: '', email: '', token: '' };
  const b = { id: '', email: '', token: '' };
  let invoiceId: string;
  let serviceId: string;

  const run = async <R, V>(query: TypedDocumentNode<R, V>, variables = {} as V, token = admin) => ok(await t.gql(query, variables, token));
  const newClient = async (into: typeof a) => {
    Object.assign(into, await clientWithLogin(t, admin, { firstName: 'Glo', lastName: 'Bal', email: uniqueEmail('gid'), password: PASSWORD, currency: 'EUR' }));
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    await newClient(a);
    await newClient(b);
    // One record of every type over the API where the API makes it; module jobs and their log need a module, so as rows.
    await run(graphql(`mutation GlobalIdsCreateClientGroup { createClientGroup(input: { name: "Resellers" }) { id } createProject(input: { name: "Brand" }) { id } }`));
    await run(graphql(`mutation GlobalIdsCreateContact($c: ID!) { createContact(clientId: $c, input: { firstName: "Con", lastName: "Tact", email: "contact@example.com" }) { id } }`), { c: a.id });
    await run(graphql(`mutation GlobalIdsCreateClientUser($c: ID!) { createClientUser(clientId: $c, input: { email: "user-gid@example.com", firstName: "Us", lastName: "Er", password: "user-password-123", permissions: [SUPPORT] }) { id } }`), { c: a.id });
    await run(graphql(`mutation GlobalIdsCreatePayer($c: ID!) { createPayer(clientId: $c, input: { type: INDIVIDUAL, name: "Payer" }) { id } }`), { c: a.id });
    await run(graphql(`mutation GlobalIdsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`), { i: { clientId: a.id, amount: '10.00', description: 'goodwill' } });
    const group = (await run(graphql(`mutation GlobalIdsCreateProductGroup { createProductGroup(input: { name: "Hosting" }) { id } }`))).createProductGroup;
    const product = (await run(graphql(`mutation GlobalIdsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`), { i: { name: 'Web', type: 'HOSTING', payType: 'RECURRING', groupId: group.id, prices: PRICES } })).createProduct;
    await run(graphql(`mutation GlobalIdsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`), { i: { name: 'Backups', payType: 'RECURRING', productIds: [product.id], prices: PRICES } });
    await run(graphql(`mutation GlobalIdsCreateConfigOptionGroup($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id } }`), { i: { name: 'Options', productIds: [product.id], options: [
      { name: 'OS', type: 'DROPDOWN', choices: [{ name: 'Debian', prices: PRICES }] },
      { name: 'IPs', type: 'QUANTITY', minQuantity: 0, maxQuantity: 4, unitPrices: PRICES },
    ] } });
    await run(graphql(`mutation GlobalIdsSetTldPricing { setTldPricing(input: { tld: "com", currency: "EUR", prices: [{ years: 1, register: "9.99", renew: "9.99" }] }) { tld } }`));
    await run(graphql(`mutation GlobalIdsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }`), { i: { code: 'GID', type: 'PERCENT', value: '5', appliesTo: 'RECURRING', productIds: [product.id] } });
    await run(graphql(`mutation GlobalIdsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }`), { i: { clientId: a.id, noInvoice: true, cart: { products: [{ productId: product.id, cycle: 'MONTHLY' }] } } });
    await run(graphql(`mutation GlobalIdsAddClientDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }`), { i: { clientId: a.id, type: 'PERCENT', value: '5' } });
    await run(graphql(`mutation GlobalIdsCreateTaxRule { createTaxRule(input: { name: "VAT", level: 1, country: "NL", rate: "21" }) { id } createServerGroup(input: { name: "Pool" }) { id } }`));
    serviceId = (await run(graphql(`mutation GlobalIdsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }`), { i: { clientId: a.id, productId: product.id, billingCycle: 'MONTHLY', recurringAmount: '4.99' } })).createService.id;
    await run(graphql(`mutation GlobalIdsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }`), { i: { clientId: a.id, name: 'global-ids.example' } });
    invoiceId = (await run(graphql(`mutation GlobalIdsCreateInvoice2($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }`), { i: { clientId: a.id, lines: [{ description: 'Web', amount: '4.99', serviceId }] } })).createInvoice.id;
    await run(graphql(`mutation GlobalIdsPublishInvoice($id: ID!) { publishInvoice(id: $id) { id } }`), { id: invoiceId }); // also queues its Email
    await run(graphql(`mutation GlobalIdsSendClientMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }`), { i: { clientId: a.id, category: 'GENERAL', subject: 'Hello', message: 'Text' } });
    await run(PAY, { i: { invoiceId, amount: '1.00', gateway: 'bank', transactionId: 'gid-1' } });
    await run(graphql(`mutation GlobalIdsRunDailyRun { runDailyRun { id } }`)); // today's, as an admin starts it by hand
    await run(graphql(`mutation GlobalIdsRequestCancellation($s: ID!) { requestCancellation(input: { serviceId: $s, type: IMMEDIATE, reason: "Global ids" }) { id } }`), { s: serviceId });
    const em = t.app.orm.em.fork();
    em.create(Server, { name: 'plesk-1', module: 'plesk', hostname: 'plesk.example' });
    const job = em.create(ModuleJob, { service: em.getReference(Service, keyOf(serviceId)), command: 'create' });
    em.create(ServiceAddon, { service: keyOf(serviceId), name: 'Backups', billingCycle: BillingCycle.MONTHLY, currency: 'EUR', registrationDate: '2026-01-01' });
    await em.flush();
    em.create(ModuleLogEntry, { service: job.service, module: 'plesk', command: 'create', attempt: 1, success: true, request: {}, durationMs: 1, jobId: job.id });
    await em.flush();
  });
  afterAll(() => t.stop());

  /** The Node types of the served schema, and every object type that has an id. */
  const schemaTypes = async () => {
    const { __schema } = await run(graphql(`query GlobalIdsSchema { __schema { types { name kind interfaces { name } fields { name } } } }`));
    const withId = __schema.types.filter((type) => type.kind === 'OBJECT' && type.fields?.some((f) => f.name === 'id'));
    return { withId, nodeTypes: withId.filter((type) => type.interfaces?.some((i) => i.name === 'Node')).map((type) => type.name!) };
  };

  /** A global id of each Node type, from a row of its table (the types come from the schema, the keys from SQL). */
  const oneIdOfEach = async (types: string[]) => {
    const metadata = t.app.orm.getMetadata().getAll();
    const ids: Record<string, string> = {};
    for (const type of types) {
      const meta = Object.values(metadata).find((m) => m.className === (ENTITY_OF[type] ?? type));
      if (!meta) throw new Error(`No entity for the Node type ${type}: give node(id:) a lookup and this test its table`);
      const [row] = await t.app.orm.em.fork().getConnection().execute(`select min(id) as id from "${meta.tableName}"`);
      if (row.id == null) throw new Error(`No ${type} to look up: create one in beforeAll`);
      ids[type] = idOf(type, row.id);
    }
    return ids;
  };

  it('issue 13.3: every object type with an id implements Node, and node/nodes find one of each for staff (table built from the schema)', async () => {
    const { withId, nodeTypes } = await schemaTypes();
    const notNodes = withId.filter((type) => !nodeTypes.includes(type.name!) && type.name !== 'ModuleJobProgress').map((type) => type.name);
    expect(notNodes).toEqual([]);
    expect(nodeTypes.length).toBeGreaterThan(30);
    const ids = await oneIdOfEach(nodeTypes);
    for (const type of nodeTypes) {
      expect({ type, node: (await run(NODE, { id: ids[type] })).node }).toEqual({ type, node: { __typename: type, id: ids[type] } });
    }
    const all = nodeTypes.map((type) => ids[type]);
    expect((await run(NODES, { ids: all })).nodes).toEqual(nodeTypes.map((type) => ({ __typename: type, id: ids[type] })));
  });

  it('issue 13.3: ids are opaque base64url of Type:key, the same in every field that shows them', async () => {
    expect(Buffer.from(a.id, 'base64url').toString()).toBe(`Client:${keyOf(a.id)}`);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]+$/);
    const invoice = (await run(graphql(`query GlobalIdsInvoice($id: ID!) { invoice(id: $id) { id client { id } lines { id service { id } } transactions { id staff { id } } } }`), { id: invoiceId })).invoice!;
    expect(invoice).toMatchObject({ id: invoiceId, client: { id: a.id }, lines: [{ service: { id: serviceId } }] });
    expect(invoice.transactions[0].staff?.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect((await run(NODE, { id: invoice.transactions[0].staff!.id })).node?.__typename).toBe('Staff');
    const { me } = await run(graphql(`query GlobalIdsMe { me { staff { id } } }`));
    expect(me?.staff?.id).toBe(invoice.transactions[0].staff!.id);
  });

  it('issue 13.4: a missing record next to me answers null without an error; me stays', async () => {
    const res = await t.gql(graphql(`query GlobalIdsMe2($c: ID!, $i: ID!, $s: ID!) { me { client { id } } client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }`),
      { c: idOf('Client', 99999999), i: idOf('Invoice', 99999999), s: idOf('Service', 99999999) }, a.token);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: { client: { id: a.id } }, client: null, invoice: null, service: null });
    expect(await t.gql(graphql(`query GlobalIdsMe3 { me { client { id } } }`))).toMatchObject({ data: { me: null } });
  });

  it('issue 13.3: an id of another type answers exactly as a nonexistent id (null for lookups, NOT_FOUND for mutations)', async () => {
    const missing = idOf('Invoice', 99999999);
    expect((await run(graphql(`query GlobalIdsInvoice2($a: ID!, $b: ID!) { a: invoice(id: $a) { id } b: invoice(id: $b) { id } }`), { a: a.id, b: missing }))).toEqual({ a: null, b: null });
    const CANCEL = graphql(`mutation GlobalIdsCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id } }`);
    expect(errorOf(await t.gql(CANCEL, { id: a.id }, admin)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(CANCEL, { id: missing }, admin)).code).toBe('NOT_FOUND');
    const CREATE_INVOICE = graphql(`mutation GlobalIdsCreateInvoice($c: ID!) { createInvoice(input: { clientId: $c, lines: [{ description: "x", amount: "1.00" }] }) { id } }`);
    const asNonexistent = { code: 'NOT_FOUND', field: undefined, message: expect.stringMatching(/^Client [A-Za-z0-9_-]+ not found$/) };
    expect(errorOf(await t.gql(CREATE_INVOICE, { c: invoiceId }, admin))).toEqual(asNonexistent);
    expect(errorOf(await t.gql(CREATE_INVOICE, { c: idOf('Client', 99999999) }, admin))).toEqual(asNonexistent);
    // An id naming no type of the schema, and a raw table key, which is no id at all.
    expect((await run(NODE, { id: idOf('Nothing', 1) })).node).toBeNull();
    expect(errorOf(await t.gql(graphql(`query GlobalIdsClient($id: ID!) { client(id: $id) { id } }`), { id: String(keyOf(a.id)) }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('issue 13.3/13.4: records of another tenant are null through node, nodes and lookups, exactly like missing ones', async () => {
    const { nodes } = await run(NODES, { ids: [a.id, invoiceId, serviceId, b.id, idOf('Client', 99999999)] }, b.token);
    expect(nodes).toEqual([null, null, null, { __typename: 'Client', id: b.id }, null]);
    const res = await t.gql(graphql(`query GlobalIdsClient2($c: ID!, $i: ID!, $s: ID!) { client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }`), { c: a.id, i: invoiceId, s: serviceId }, b.token);
    expect(res).toMatchObject({ data: { client: null, invoice: null, service: null } });
    expect(res.errors).toBeUndefined();
    // Records only staff see (the catalog's administration, other staff) are null for clients too.
    const { nodeTypes } = await schemaTypes();
    const ids = await oneIdOfEach(nodeTypes.filter((type) => ['Staff', 'ClientGroup', 'ActivityLogEntry', 'TaxRule'].includes(type)));
    expect((await run(NODES, { ids: Object.values(ids) }, a.token)).nodes).toEqual(Object.values(ids).map(() => null));
  });

  it('issue 13.4: a user lacking INVOICES asking for client { name invoices } gets the name, null invoices and one error on that path', async () => {
    const user = `limited-${Date.now()}@example.com`;
    await run(graphql(`mutation GlobalIdsCreateClientUser2($c: ID!, $e: EmailAddress!) { createClientUser(clientId: $c, input: { email: $e, firstName: "Li", lastName: "Mited", password: "user-password-123", permissions: [PROFILE, SUPPORT] }) { id } }`), { c: a.id, e: user });
    const token = await t.clientToken(user, 'user-password-123');
    const res = await t.gql(graphql(`query GlobalIdsClient3($id: ID!) { client(id: $id) { firstName invoices { totalCount } } me { client { id } } }`), { id: a.id }, token);
    expect(res.data).toEqual({ client: { firstName: 'Glo', invoices: null }, me: { client: { id: a.id } } });
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['client', 'invoices'], 'FORBIDDEN']]);
    // Without PROFILE the profile is refused the same way: null names, the id and the areas it may use still there.
    const helpdesk = (await t.gql(graphql(`query GlobalIdsClient4($id: ID!) { client(id: $id) { id firstName } }`), { id: a.id }, await t.clientToken('user-gid@example.com', 'user-password-123')));
    expect(helpdesk.data).toEqual({ client: { id: a.id, firstName: null } });
    expect(helpdesk.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['client', 'firstName'], 'FORBIDDEN']]);
  });

  it('issue 13.3: references are objects resolved in batches (one statement per relation for a page)', async () => {
    for (let i = 0; i < 3; i++) await run(PAY, { i: { invoiceId, amount: '0.10', gateway: 'bank', transactionId: `gid-batch-${i}` } });
    const before = sqlStatements.count;
    const { transactions } = await run(graphql(`query GlobalIdsTransactions { transactions(first: 10) { edges { node { id staff { id email } refundOf { id } invoice { id } client { id } } } } }`));
    const statements = sqlStatements.count - before;
    expect(transactions.edges.length).toBeGreaterThanOrEqual(4);
    expect([...new Set(transactions.edges.map((e) => e.node.staff?.id))]).toEqual([expect.any(String)]);
    // The session, the page and its count, then staff, invoices and clients once each.
    expect(statements).toBeLessThanOrEqual(7);
    const { client } = await run(graphql(`query GlobalIdsClient5($id: ID!) { client(id: $id) { creditLog(first: 5) { edges { node { staff { id } invoice { id } } } } } }`), { id: a.id });
    expect(client?.creditLog?.edges[0].node.staff?.id).toBe(transactions.edges[0].node.staff!.id);
    const { activityLog } = await run(graphql(`query GlobalIdsActivityLog($c: ID!) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { targetType targetId staff { id } client { id } } } } }`), { c: a.id });
    const created = activityLog.edges.map((e) => e.node).find((n) => n.targetType === 'Invoice');
    expect(created).toMatchObject({ targetId: invoiceId, client: { id: a.id }, staff: { id: transactions.edges[0].node.staff!.id } });
  });
});
