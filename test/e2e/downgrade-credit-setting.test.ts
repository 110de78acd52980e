/**
 * Issue 16.6 (SV-8): the operator's choice whether a downgrade's credit for
 * the rest of the cycle goes to the client's credit balance (the default) or
 * is not given (WHMCS "Credit on Downgrade"). A service without a module, so
 * no provisioning is involved; the clock stands on 15 March 2027 and the
 * service is due on 31 March 2027 (31-day cycle, 16 days left).
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { createClient, createProduct, createService, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';

const SETTINGS = graphql(`mutation DowngradeCreditSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment creditOnDowngrade } }`);
const READ_SETTINGS = graphql(`query DowngradeCreditReadSettings { settings { creditOnDowngrade } }`);
const PREVIEW = graphql(`query DowngradeCreditPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) { amount { amount } creditToBalance { amount currency } } }`);
const UPGRADE = graphql(`mutation DowngradeCreditUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }`);
const SERVICE = graphql(`query DowngradeCreditService($id: ID!) { service(id: $id) { product { id } recurringAmount { amount } } }`);
const BALANCE = graphql(`query DowngradeCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }`);
const ACTIVATE = graphql(`mutation DowngradeCreditActivate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }`);

describe('issue 16.6: the operator setting for credit on downgrade', () => {
  let t: TestApp;
  let admin: string;
  let support: string;
  let small: string;
  let large: string;

  const sql = (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const product = (name: string, amount: string) => createProduct(t, admin, {
    name, type: 'OTHER', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount }],
  });
  /** A client with an Active service of the large product (25.00 a month). */
  const clientWithService = async () => {
    const client = await createClient(t, admin, {
      firstName: 'Down', lastName: 'Grade', email: uniqueEmail('downgrade'), password: 'client-password-1', currency: 'EUR', country: 'DE',
    });
    const serviceId = await createService(t, admin, {
      clientId: client.id, productId: large, billingCycle: 'MONTHLY', recurringAmount: '25.00', registrationDate: '2027-01-31', nextDueDate: '2027-03-31',
    });
    ok(await t.gql(ACTIVATE, { id: serviceId, i: { status: 'ACTIVE' } }, admin));
    return { clientId: client.id, serviceId };
  };
  const balance = async (clientId: string) => ok(await t.gql(BALANCE, { id: clientId }, admin)).client!.creditBalance!.amount;
  const downgradeEntries = async (clientId: string) => sql(`select count(*)::int as n from credit_entry where client_id = ? and kind = 'downgrade'`, [keyOf(clientId)]);
  const setCredit = async (creditOnDowngrade: boolean) => ok(await t.gql(SETTINGS, { i: { creditOnDowngrade } }, admin)).updateSettings;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    support = await t.staffToken(StaffRole.SUPPORT);
    small = await product('Hosting Small', '10.00');
    large = await product('Hosting Large', '25.00');
    t.config.automation.clock.setTo('2027-03-15T10:00:00Z');
  });
  afterAll(() => t?.stop());

  it('issue 16.6: by default a downgrade\'s credit goes to the credit balance, and the preview says so', async () => {
    expect(ok(await t.gql(READ_SETTINGS, {}, admin)).settings.creditOnDowngrade).toBe(true);
    const { clientId, serviceId } = await clientWithService();
    // (10.00 − 25.00) × 16/31 = −7.741… → 7.74 credited.
    expect(ok(await t.gql(PREVIEW, { s: serviceId, i: { productId: small } }, admin)).serviceChangePreview)
      .toEqual({ amount: { amount: '-7.74' }, creditToBalance: { amount: '7.74', currency: 'EUR' } });
    expect(ok(await t.gql(UPGRADE, { s: serviceId, i: { productId: small } }, admin)).upgradeService).toEqual({ status: 'ACTIVE', invoices: [] });
    expect(await balance(clientId)).toBe('7.74');
    expect(await downgradeEntries(clientId)).toEqual([{ n: 1 }]);
  });

  it('issue 16.6: with credit on downgrade off, the downgrade still applies at once but gives no credit; the preview shows none; turned on again it credits', async () => {
    expect(await setCredit(false)).toEqual({ acceptOrdersOnPayment: false, creditOnDowngrade: false });
    try {
      const { clientId, serviceId } = await clientWithService();
      expect(ok(await t.gql(PREVIEW, { s: serviceId, i: { productId: small } }, admin)).serviceChangePreview)
        .toEqual({ amount: { amount: '-7.74' }, creditToBalance: { amount: '0.00', currency: 'EUR' } });
      expect(ok(await t.gql(UPGRADE, { s: serviceId, i: { productId: small } }, admin)).upgradeService).toEqual({ status: 'ACTIVE', invoices: [] });
      expect(ok(await t.gql(SERVICE, { id: serviceId }, admin)).service).toEqual({ product: { id: small }, recurringAmount: { amount: '10.00' } });
      expect(await balance(clientId)).toBe('0.00');
      expect(await downgradeEntries(clientId)).toEqual([{ n: 0 }]);
      // An upgrade is charged as before: the setting is about credit only.
      const upgrade = ok(await t.gql(UPGRADE, { s: serviceId, i: { productId: large } }, admin)).upgradeService;
      expect(upgrade).toMatchObject({ status: 'PENDING', invoices: [expect.anything()] });
    } finally {
      await setCredit(true);
    }
    const { clientId, serviceId } = await clientWithService();
    ok(await t.gql(UPGRADE, { s: serviceId, i: { productId: small } }, admin));
    expect(await balance(clientId)).toBe('7.74');
  });

  it('issue 16.6: only admins change the setting; null is refused with its field and changes nothing', async () => {
    expect(errorOf(await t.gql(SETTINGS, { i: { creditOnDowngrade: false } }, support))).toMatchObject({ code: 'FORBIDDEN' });
    const refused = await t.gql(SETTINGS, { i: { creditOnDowngrade: null, acceptOrdersOnPayment: null } }, admin);
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = refused.errors?.[0]?.extensions?.fields as { path: unknown[]; reason: string }[];
    expect(fields.map((f) => [f.path.at(-1), f.reason]).sort()).toEqual([['acceptOrdersOnPayment', 'VALUE_REQUIRED'], ['creditOnDowngrade', 'VALUE_REQUIRED']]);
    expect(ok(await t.gql(READ_SETTINGS, {}, admin)).settings.creditOnDowngrade).toBe(true);
  });
});
