/**
 * Issue 16.7 over the wire: auto-recalculation on save (SV-5), mass update
 * (SV-10) and the prorata invoice of a due-date change (SV-11).
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { CreateServiceInput, UpdateServiceInput } from '../generated/graphql';

const CREATE_GROUP = graphql(`mutation ServiceRulesCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }`);
const CREATE_CLIENT = graphql(`mutation ServiceRulesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const CREATE_PRODUCT = graphql(`mutation ServiceRulesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`);
const CREATE_SERVICE = graphql(`mutation ServiceRulesCreateService($i: CreateServiceInput!) { createService(input: $i) { id autoRecalculate recurringAmount { amount currency } } }`);
const UPDATE_SERVICE = graphql(`mutation ServiceRulesUpdateService($id: ID!, $i: UpdateServiceInput!) {
  updateService(id: $id, input: $i) { id product { id } billingCycle autoRecalculate recurringAmount { amount currency } } }`);
const SERVICE_RECALC = graphql(`query ServiceRulesServiceRecalc($id: ID!) { service(id: $id) { id autoRecalculate } }`);

describe('issue 16.7: service rules', () => {
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let small: string;
  let large: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    const product = async (name: string, monthly: string, annually: string) => ok(await t.gql(CREATE_PRODUCT, { i: {
      name, type: 'HOSTING', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: monthly }, { currency: 'EUR', cycle: 'ANNUALLY', amount: annually }],
    } }, admin)).createProduct.id;
    small = await product('Small', '10.00', '100.00');
    large = await product('Large', '30.00', '300.00');
  });
  afterAll(() => t.stop());

  const sql = (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const newClient = async (groupId?: string) => ok(await t.gql(CREATE_CLIENT, { i: {
    firstName: 'Rule', lastName: 'Ed', email: `rules-${++seq}-${Date.now()}@example.com`, currency: 'EUR', groupId,
  } }, admin)).createClient.id;
  const newService = async (clientId: string, input: Partial<CreateServiceInput> = {}) => ok(await t.gql(CREATE_SERVICE, { i: {
    clientId, productId: small, billingCycle: 'MONTHLY', recurringAmount: '7.50', status: 'ACTIVE', nextDueDate: '2027-01-01', ...input,
  } }, admin)).createService;
  const update = async (id: string, i: UpdateServiceInput, token = admin) => t.gql(UPDATE_SERVICE, { id, i }, token);

  describe('SV-5: auto-recalculate on save', () => {
    it('SV-5: off by default: a new product or cycle keeps the custom price', async () => {
      const service = await newService(await newClient());
      expect(service.autoRecalculate).toBe(false);
      const moved = ok(await update(service.id, { productId: large, billingCycle: 'ANNUALLY' })).updateService;
      expect(moved).toMatchObject({ product: { id: large }, billingCycle: 'ANNUALLY', recurringAmount: { amount: '7.50', currency: 'EUR' } });
    });

    it('SV-5: on, a new product or cycle sets the catalog price for the client (group discount included); an amount typed in the same save wins', async () => {
      const group = ok(await t.gql(CREATE_GROUP, { i: { name: `Ten off ${++seq}`, discountPercent: '10' } }, admin)).createClientGroup.id;
      const service = await newService(await newClient(group));
      const on = ok(await update(service.id, { autoRecalculate: true })).updateService;
      // Turning it on changes no amount by itself: only a change of product or cycle recalculates.
      expect(on).toMatchObject({ autoRecalculate: true, recurringAmount: { amount: '7.50' } });
      expect(ok(await update(service.id, { productId: large })).updateService.recurringAmount).toEqual({ amount: '27.00', currency: 'EUR' });
      expect(ok(await update(service.id, { billingCycle: 'ANNUALLY' })).updateService.recurringAmount).toEqual({ amount: '270.00', currency: 'EUR' });
      expect(ok(await update(service.id, { productId: small, recurringAmount: '50.00' })).updateService.recurringAmount.amount).toBe('50.00');
      // Other edits leave the amount alone.
      expect(ok(await update(service.id, { domain: 'kept.example' })).updateService.recurringAmount.amount).toBe('50.00');
    });

    it('SV-5: a cycle the product is not sold in is BAD_USER_INPUT and changes nothing; null is refused', async () => {
      const service = await newService(await newClient(), { autoRecalculate: true });
      const before = await sql('select * from service where id = (select max(id) from service)');
      const quarterly = await update(service.id, { billingCycle: 'QUARTERLY' });
      expect(errorOf(quarterly)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(quarterly.errors?.[0]?.extensions?.reason).toBe('CYCLE_NOT_OFFERED');
      expect(errorOf(await update(service.id, { autoRecalculate: null }))).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await sql('select * from service where id = (select max(id) from service)')).toEqual(before);
      expect(ok(await t.gql(SERVICE_RECALC, { id: service.id }, admin)).service?.autoRecalculate).toBe(true);
    });
  });
});
