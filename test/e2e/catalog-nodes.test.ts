import { StaffRole } from '../../src/auth/staff-user.entity';
import { ok, startTestApp, type TestApp } from '../support/test-app';

const PRICES = [{ currency: 'EUR', cycle: 'MONTHLY', amount: '4.99' }];
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;
/** Every object of the catalog with an id, as `catalog` shows it. */
const CATALOG = `{ catalog { __typename id group { __typename id } prices { __typename id } upgradeTargets { __typename id }
  addons { __typename id prices { __typename id } }
  configOptionGroups { __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } } }`;

type Ref = { __typename: string; id: string };
/** No Authorization header: a visitor. */
const VISITOR = '';

/** Every object with `__typename` and `id` in a response, depth first. */
function refsIn(value: unknown, into: Ref[] = []): Ref[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, into));
  else if (value && typeof value === 'object') {
    const { __typename, id } = value as Partial<Ref>;
    if (__typename && id && !into.some((ref) => ref.id === id)) into.push({ __typename, id });
    Object.values(value).forEach((item) => refsIn(item, into));
  }
  return into;
}

describe('issue 13.3: node(id:) answers the catalog to clients and visitors exactly as `catalog` shows it', () => {
  let t: TestApp;
  let admin: string;
  let client: string;
  const staffOnly: Ref[] = [];
  let tldPrice: Ref;

  const run = async (query: string, variables: Record<string, unknown> = {}, token = admin) => ok(await t.gql(query, variables, token));
  const product = async (name: string, extra: Record<string, unknown> = {}) =>
    (await run(`mutation($i: CreateProductInput!) { createProduct(input: $i) { __typename id prices { __typename id } } }`, { i: { name, type: 'HOSTING', payType: 'RECURRING', prices: PRICES, ...extra } })).createProduct;
  const group = async (name: string, hidden = false) => (await run(`mutation($i: ProductGroupInput!) { createProductGroup(input: $i) { __typename id } }`, { i: { name, hidden } })).createProductGroup;
  const addon = async (name: string, productIds: string[], extra: Record<string, unknown> = {}) =>
    (await run(`mutation($i: AddonInput!) { createAddon(input: $i) { __typename id prices { __typename id } } }`, { i: { name, payType: 'RECURRING', productIds, prices: PRICES, ...extra } })).createAddon;
  const optionGroup = async (name: string, productIds: string[]) => (await run(`mutation($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) {
      __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } }`, { i: { name, productIds, options: [
    { name: 'OS', type: 'DROPDOWN', choices: [{ name: 'Debian', prices: PRICES }] },
    { name: 'IPs', type: 'QUANTITY', minQuantity: 0, maxQuantity: 4, unitPrices: PRICES },
  ] } })).createConfigOptionGroup;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    ok(await t.gql(`mutation($i: RegisterClientInput!) { registerClient(input: $i) { id } }`, { i: { firstName: 'No', lastName: 'De', email: 'catalog-nodes@example.org', password: 'client-password-1' } }));
    client = await t.clientToken('catalog-nodes@example.org', 'client-password-1');

    // Off the catalog: a hidden product, a retired one, one in a hidden group, a group none of whose products is on offer.
    const hidden = await product('Hidden');
    await run(`mutation($id: ID!) { updateProduct(id: $id, input: { hidden: true }) { id } }`, { id: hidden.id });
    const retired = await product('Retired');
    await run(`mutation($id: ID!) { updateProduct(id: $id, input: { retired: true }) { id } }`, { id: retired.id });
    const hiddenGroup = await group('Hidden group', true);
    const inHiddenGroup = await product('In a hidden group', { groupId: hiddenGroup.id });
    const emptyGroup = await group('Only hidden products');
    await run(`mutation($id: ID!, $g: ID!) { updateProduct(id: $id, input: { groupId: $g }) { id } }`, { id: hidden.id, g: emptyGroup.id });
    staffOnly.push(...refsIn([hidden, retired, hiddenGroup, inHiddenGroup, emptyGroup]));
    // An addon and option group attached only to products off the catalog; addons clients may not order.
    staffOnly.push(...refsIn([await addon('On hidden only', [hidden.id]), await optionGroup('On hidden only', [hidden.id])]));

    // On offer: a product in a visible group with an addon and options, upgradable to the hidden product.
    const shown = await product('Shown', { groupId: (await group('Hosting')).id, upgradeTargetIds: [hidden.id, retired.id] });
    await addon('Backups', [shown.id]);
    staffOnly.push(...refsIn([await addon('Hidden addon', [shown.id], { hidden: true }), await addon('Staff-ordered addon', [shown.id], { clientOrderable: false })]));
    await optionGroup('Options', [shown.id]);

    tldPrice = (await run(`mutation { setTldPricing(input: { tld: "com", currency: "EUR", prices: [{ years: 1, register: "9.99", renew: "9.99" }] }) { __typename id } }`)).setTldPricing[0];
  });
  afterAll(() => t.stop());

  it('issue 13.3: every object the catalog shows a client or a visitor, node and nodes answer to them too', async () => {
    for (const token of [client, VISITOR]) {
      const shown = refsIn((await run(CATALOG, {}, token)).catalog);
      expect(new Set(shown.map((ref) => ref.__typename))).toEqual(new Set([
        'Product', 'ProductGroup', 'ProductPrice', 'Addon', 'AddonPrice', 'ConfigOptionGroup', 'ConfigOption', 'ConfigOptionChoice', 'ConfigChoicePrice', 'ConfigUnitPrice',
      ]));
      expect((await run(NODES, { ids: [...shown, tldPrice].map((ref) => ref.id) }, token)).nodes).toEqual([...shown, tldPrice]);
      for (const ref of shown) expect((await run(`query($id: ID!) { node(id: $id) { __typename id } }`, { id: ref.id }, token)).node).toEqual(ref);
    }
  });

  it('issue 13.3: hidden, retired and unattached catalog objects are null for clients and visitors, found for staff', async () => {
    expect(new Set(staffOnly.map((ref) => ref.__typename))).toEqual(new Set([
      'Product', 'ProductGroup', 'ProductPrice', 'Addon', 'AddonPrice', 'ConfigOptionGroup', 'ConfigOption', 'ConfigOptionChoice', 'ConfigChoicePrice', 'ConfigUnitPrice',
    ]));
    const ids = staffOnly.map((ref) => ref.id);
    for (const token of [client, VISITOR]) expect((await run(NODES, { ids }, token)).nodes).toEqual(ids.map(() => null));
    expect((await run(NODES, { ids })).nodes).toEqual(staffOnly);
  });

  it('issue 13.3: a product\'s upgrade targets show clients only products the catalog shows (the same rule as node)', async () => {
    const [shown] = (await run(`{ catalog { upgradeTargets { id } } }`, {}, client)).catalog.filter((p: any) => p.upgradeTargets);
    expect(shown.upgradeTargets).toEqual([]);
    const staffView = (await run(`{ products { name upgradeTargets { id } } }`)).products.find((p: any) => p.name === 'Shown');
    expect(staffView.upgradeTargets).toHaveLength(2);
  });
});
