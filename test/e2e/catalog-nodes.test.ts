import { StaffRole } from '../../src/auth/staff-user.entity';
import { ok, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { AddonInput, CreateProductInput, PriceInput } from '../generated/graphql';

const PRICES: PriceInput[] = [{ currency: 'EUR', cycle: 'MONTHLY', amount: '4.99' }];
const NODES = graphql(`query CatalogNodesNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`);
const NODE = graphql(`query CatalogNodesNode($id: ID!) { node(id: $id) { __typename id } }`);
/** Every object of the catalog with an id, as `catalog` shows it. */
const CATALOG = graphql(`query CatalogNodesCatalog { catalog { __typename id group { __typename id } prices { __typename id } upgradeTargets { __typename id }
  addons { __typename id prices { __typename id } }
  configOptionGroups { __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } } }`);
const REGISTER = graphql(`mutation CatalogNodesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const CREATE_PRODUCT = graphql(`mutation CatalogNodesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { __typename id prices { __typename id } } }`);
const UPDATE_PRODUCT = graphql(`mutation CatalogNodesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id } }`);
const CREATE_GROUP = graphql(`mutation CatalogNodesCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { __typename id } }`);
const CREATE_ADDON = graphql(`mutation CatalogNodesCreateAddon($i: AddonInput!) { createAddon(input: $i) { __typename id prices { __typename id } } }`);
const CREATE_OPTIONS = graphql(`mutation CatalogNodesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) {
  __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } }`);
const SET_TLD = graphql(`mutation CatalogNodesSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { __typename id } }`);
const CATALOG_UPGRADES = graphql(`query CatalogNodesCatalogUpgrades { catalog { upgradeTargets { id } } }`);
const PRODUCT_UPGRADES = graphql(`query CatalogNodesProductUpgrades { products { name upgradeTargets { id } } }`);

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

  const run = async <R, V>(query: Operation<R, V>, variables: V, token = admin) => ok(await t.gql(query, variables, token));
  const product = async (name: string, extra: Partial<CreateProductInput> = {}) =>
    (await run(CREATE_PRODUCT, { i: { name, type: 'HOSTING', payType: 'RECURRING', prices: PRICES, ...extra } })).createProduct;
  const group = async (name: string, hidden = false) => (await run(CREATE_GROUP, { i: { name, hidden } })).createProductGroup;
  const addon = async (name: string, productIds: string[], extra: Partial<AddonInput> = {}) =>
    (await run(CREATE_ADDON, { i: { name, payType: 'RECURRING', productIds, prices: PRICES, ...extra } })).createAddon;
  const optionGroup = async (name: string, productIds: string[]) => (await run(CREATE_OPTIONS, { i: { name, productIds, options: [
    { name: 'OS', type: 'DROPDOWN', choices: [{ name: 'Debian', prices: PRICES }] },
    { name: 'IPs', type: 'QUANTITY', minQuantity: 0, maxQuantity: 4, unitPrices: PRICES },
  ] } })).createConfigOptionGroup;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    ok(await t.gql(REGISTER, { i: { firstName: 'No', lastName: 'De', email: 'catalog-nodes@example.org', password: 'client-password-1' } }));
    client = await t.clientToken('catalog-nodes@example.org', 'client-password-1');

    // Off the catalog: a hidden product, a retired one, one in a hidden group, a group none of whose products is on offer.
    const hidden = await product('Hidden');
    await run(UPDATE_PRODUCT, { id: hidden.id, i: { hidden: true } });
    const retired = await product('Retired');
    await run(UPDATE_PRODUCT, { id: retired.id, i: { retired: true } });
    const hiddenGroup = await group('Hidden group', true);
    const inHiddenGroup = await product('In a hidden group', { groupId: hiddenGroup.id });
    const emptyGroup = await group('Only hidden products');
    await run(UPDATE_PRODUCT, { id: hidden.id, i: { groupId: emptyGroup.id } });
    staffOnly.push(...refsIn([hidden, retired, hiddenGroup, inHiddenGroup, emptyGroup]));
    // An addon and option group attached only to products off the catalog; addons clients may not order.
    staffOnly.push(...refsIn([await addon('On hidden only', [hidden.id]), await optionGroup('On hidden only', [hidden.id])]));

    // On offer: a product in a visible group with an addon and options, upgradable to the hidden product.
    const shown = await product('Shown', { groupId: (await group('Hosting')).id, upgradeTargetIds: [hidden.id, retired.id] });
    await addon('Backups', [shown.id]);
    staffOnly.push(...refsIn([await addon('Hidden addon', [shown.id], { hidden: true }), await addon('Staff-ordered addon', [shown.id], { clientOrderable: false })]));
    await optionGroup('Options', [shown.id]);

    tldPrice = (await run(SET_TLD, { i: { tld: 'com', currency: 'EUR', prices: [{ years: 1, register: '9.99', renew: '9.99' }] } })).setTldPricing[0];
  });
  afterAll(() => t.stop());

  it('issue 13.3: every object the catalog shows a client or a visitor, node and nodes answer to them too', async () => {
    for (const token of [client, VISITOR]) {
      const shown = refsIn((await run(CATALOG, {}, token)).catalog);
      expect(new Set(shown.map((ref) => ref.__typename))).toEqual(new Set([
        'Product', 'ProductGroup', 'ProductPrice', 'Addon', 'AddonPrice', 'ConfigOptionGroup', 'ConfigOption', 'ConfigOptionChoice', 'ConfigChoicePrice', 'ConfigUnitPrice',
      ]));
      expect((await run(NODES, { ids: [...shown, tldPrice].map((ref) => ref.id) }, token)).nodes).toEqual([...shown, tldPrice]);
      for (const ref of shown) expect((await run(NODE, { id: ref.id }, token)).node).toEqual(ref);
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
    const [shown] = (await run(CATALOG_UPGRADES, {}, client)).catalog.filter((p) => p.upgradeTargets);
    expect(shown.upgradeTargets).toEqual([]);
    const staffView = (await run(PRODUCT_UPGRADES, {})).products.find((p) => p.name === 'Shown')!;
    expect(staffView.upgradeTargets).toHaveLength(2);
  });
});
