import { getBillingSettings } from '../../src/billing/billing.service';
import { getOperatorSettings } from '../../src/settings/settings.service';
import { startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../generated';

const SETTINGS = graphql(`query SettingsFirstUseSettings { settings { requiredClientFields } billingSettings { taxMode autoApplyCredit } }`);

/** The settings rows are created on first use; simultaneous first requests must not collide on them. */
describe('CL-3 / issue 4.2: settings on first use', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('CL-3/issue 4.2: simultaneous first reads of the operator and billing settings all succeed with one row each', async () => {
    const staff = await t.staffToken();
    const count = async (table: string) => (await t.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from ${table}`))[0].n;
    expect([await count('operator_settings'), await count('billing_settings')]).toEqual([0, 0]);
    // Many first callers at once, each on its own connection: every one reads "no row" and inserts.
    const direct = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? getBillingSettings : getOperatorSettings)(t.app.orm.em.fork())));
    expect(direct.every((row) => row.id === 1)).toBe(true);
    const results = await Promise.all(Array.from({ length: 10 }, () => t.gql(SETTINGS, {}, staff)));
    for (const res of results) expect(res).toMatchObject({ data: { settings: { requiredClientFields: [] }, billingSettings: { taxMode: 'EXCLUSIVE', autoApplyCredit: true } } });
    expect([await count('operator_settings'), await count('billing_settings')]).toEqual([1, 1]);
  });
});
