import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { sqlStatements } from '../../src/shared/orm';
import { errorOf, ok, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { ConfigOptionInput, CreateProductInput, PriceInput, PromotionFilter, PromotionInput, TldYearPriceInput, TldPricingInput } from '../generated/graphql';

// The price fields the operations below select.
graphql(`fragment CatalogPrice on Price { currency cycle amount { amount currency } setupFee { amount currency } }`);
graphql(`fragment CatalogProductFields on Product { id name payType hidden retired stock stockControl autoTerminateDays group { id name } prices { ...CatalogPrice } upgradeTargets { id } }`);
const REGISTER = graphql(`mutation CatalogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const CREATE_PRODUCT = graphql(`mutation CatalogCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { ...CatalogProductFields } }`);
const UPDATE_PRODUCT = graphql(`mutation CatalogUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { ...CatalogProductFields } }`);
const CREATE_GROUP = graphql(`mutation CatalogCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { id name hidden sortOrder } }`);
const CREATE_ADDON = graphql(`mutation CatalogCreateAddon($i: AddonInput!) { createAddon(input: $i) { id name payType prices { ...CatalogPrice } products { id } } }`);
const CREATE_PROMO = graphql(`mutation CatalogCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code type percent amount { amount currency } appliesTo cycles products { id } maxUses uses } }`);
const PROMOTIONS = graphql(`query CatalogPromotions($f: PromotionFilter, $first: Int, $after: String) { promotions(filter: $f, first: $first, after: $after) {
  totalCount edges { node { id code } } pageInfo { hasNextPage endCursor } } }`);
const SET_TLD = graphql(`mutation CatalogSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld currency years register { amount } transfer { amount } renew { amount } } }`);
const TLD_PRICES = graphql(`query CatalogTldPrices { tldPrices(tld: ".com") { years register { amount currency } } }`);
const CREATE_OPTIONS = graphql(`mutation CatalogCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id name products { id }
  options { name type minQuantity maxQuantity choices { name prices { ...CatalogPrice } } unitPrices { ...CatalogPrice } } } }`);
const CATALOG = graphql(`query CatalogCatalog($c: Currency) { catalog(currency: $c) { id name group { name } prices(currency: $c) { ...CatalogPrice }
  addons { name prices(currency: $c) { ...CatalogPrice } } configOptionGroups { name options { name choices { name prices(currency: $c) { cycle amount { amount } } } unitPrices(currency: $c) { cycle amount { amount } } } } } }`);
const CATALOG_OPTIONS = graphql(`query CatalogProductOptions { catalog { id productOptions } }`);
const PRODUCT_IDS = graphql(`query CatalogProductIds { products { id } }`);
const PROMOTION_COUNT = graphql(`query CatalogPromotionCount { promotions { totalCount } }`);
const STAFF_LISTS = graphql(`query CatalogStaffLists { products { id } productGroups { id } addons { id } }`);
const PRODUCT_ADDONS = graphql(`query CatalogProductAddons($id: ID!) { product(id: $id) { addons { name } } }`);
const PRODUCTS_DEEP = graphql(`query CatalogProductsDeep { products { id group { name } prices { ...CatalogPrice } upgradeTargets { id } addons { name prices { ...CatalogPrice } }
  configOptionGroups { name options { name choices { name prices { amount { amount } } } unitPrices { amount { amount } } } } } }`);

describe('issue 4.3: the catalog over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let support: string;
  let client: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    support = await t.staffToken(StaffRole.SUPPORT);
    // USD (default), EUR, JPY and BHD come with the test database (test/support/database.ts).
    ok(await t.gql(REGISTER, { i: { firstName: 'Cat', lastName: 'Alog', email: 'catalog@example.org', password: 'client-password-1' } }));
    client = await t.clientToken('catalog@example.org', 'client-password-1');
  });
  afterAll(() => t.stop());

  const sql = async (query: string) => t.app.orm.em.fork().getConnection().execute(query);
  const snapshot = async () => ({
    products: await sql(`select * from product order by id`),
    prices: await sql(`select * from product_price order by id`),
    addons: await sql(`select * from addon_price order by id`),
    promos: await sql(`select * from promotion order by id`),
    tlds: await sql(`select * from tld_price order by id`),
    activity: (await sql(`select count(*)::int as n from activity_log_entry`))[0].n,
  });
  const rejected = async <R, V>(query: Operation<R, V>, variables: V, token = admin) => {
    const before = await snapshot();
    const error = errorOf(await t.gql(query, variables, token));
    expect(await snapshot()).toEqual(before);
    return error;
  };
  const recurring = (extra: Partial<CreateProductInput> = {}): CreateProductInput => ({
    name: 'Web S', type: 'HOSTING', payType: 'RECURRING',
    prices: [
      { currency: 'EUR', cycle: 'MONTHLY', amount: '4.99', setupFee: '10' },
      { currency: 'EUR', cycle: 'ANNUALLY', amount: '49.90' },
      { currency: 'JPY', cycle: 'MONTHLY', amount: '800' },
      { currency: 'BHD', cycle: 'MONTHLY', amount: '1.875' },
    ],
    ...extra,
  });

  it('issue 4.3: a RECURRING product with prices per cycle and currency, exact in each currency\'s decimals, in a group', async () => {
    const group = ok(await t.gql(CREATE_GROUP, { i: { name: 'Shared hosting', sortOrder: 1 } }, admin)).createProductGroup;
    const product = ok(await t.gql(CREATE_PRODUCT, { i: recurring({ groupId: group.id, stockControl: true, stock: 5, autoTerminateDays: 30 }) }, admin)).createProduct;
    expect(product).toMatchObject({ payType: 'RECURRING', stock: 5, stockControl: true, autoTerminateDays: 30, group: { name: 'Shared hosting' } });
    expect(product.prices).toEqual([
      { currency: 'BHD', cycle: 'MONTHLY', amount: { amount: '1.875', currency: 'BHD' }, setupFee: { amount: '0.000', currency: 'BHD' } },
      { currency: 'EUR', cycle: 'MONTHLY', amount: { amount: '4.99', currency: 'EUR' }, setupFee: { amount: '10.00', currency: 'EUR' } },
      { currency: 'EUR', cycle: 'ANNUALLY', amount: { amount: '49.90', currency: 'EUR' }, setupFee: { amount: '0.00', currency: 'EUR' } },
      { currency: 'JPY', cycle: 'MONTHLY', amount: { amount: '800', currency: 'JPY' }, setupFee: { amount: '0', currency: 'JPY' } },
    ]);
    const rows = await sql(`select amount_minor::text, setup_fee_minor::text from product_price where product_id = ${keyOf(product.id)} order by product_price.amount_minor`);
    expect(rows.map((r: any) => [r.amount_minor, r.setup_fee_minor])).toEqual([['499', '1000'], ['800', '0'], ['1875', '0'], ['4990', '0']]);
    const [entry] = await sql(`select action, target_id from activity_log_entry order by id desc limit 1`);
    expect(entry).toEqual({ action: 'product.create', target_id: String(keyOf(product.id)) });
  });

  it('issue 4.3: pay type rules: FREE has no prices, ONE_TIME only ONE_TIME prices, RECURRING at least one recurring cycle', async () => {
    expect(await rejected(CREATE_PRODUCT, { i: { name: 'F', type: 'OTHER', payType: 'FREE', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '1' }] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prices' });
    expect(await rejected(CREATE_PRODUCT, { i: { name: 'R', type: 'OTHER', payType: 'RECURRING' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prices' });
    expect(await rejected(CREATE_PRODUCT, { i: { name: 'O', type: 'OTHER', payType: 'ONE_TIME', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '1' }] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycle' });
    expect(await rejected(CREATE_PRODUCT, { i: { name: 'R', type: 'OTHER', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'ONE_TIME', amount: '1' }] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycle' });
    const once = ok(await t.gql(CREATE_PRODUCT, { i: { name: 'Setup', type: 'OTHER', payType: 'ONE_TIME', prices: [{ currency: 'USD', cycle: 'ONE_TIME', amount: '99.00' }] } }, admin)).createProduct;
    expect(once.prices).toEqual([{ currency: 'USD', cycle: 'ONE_TIME', amount: { amount: '99.00', currency: 'USD' }, setupFee: { amount: '0.00', currency: 'USD' } }]);
    // Switching to FREE with the ONE_TIME price kept is refused; with prices: [] it works.
    expect(await rejected(UPDATE_PRODUCT, { id: once.id, i: { payType: 'FREE' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prices' });
    const free = ok(await t.gql(UPDATE_PRODUCT, { id: once.id, i: { payType: 'FREE', prices: [] } }, admin)).updateProduct;
    expect(free).toMatchObject({ payType: 'FREE', prices: [] });
  });

  it('issue 4.3: bad amounts: negative, malformed, too many decimals for the currency, undefined currency, duplicate cycle — nothing changes', async () => {
    const bad = async (price: Partial<PriceInput>, field: string) =>
      expect(await rejected(CREATE_PRODUCT, { i: recurring({ prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '1', ...price }] }) })).toMatchObject({ code: 'BAD_USER_INPUT', field });
    await bad({ amount: '-1.00' }, 'amount');
    await bad({ amount: '1,00' }, 'amount');
    await bad({ amount: '1.001' }, 'amount');
    await bad({ setupFee: '-0.01' }, 'setupFee');
    await bad({ currency: 'JPY', amount: '1.5' }, 'amount');
    await bad({ currency: 'CHF' }, 'currency');
    expect((await rejected(CREATE_PRODUCT, { i: recurring({ prices: [{ currency: 'XXZ', cycle: 'MONTHLY', amount: '1' }] }) })).code).toBe('BAD_USER_INPUT');
    expect(await rejected(CREATE_PRODUCT, { i: recurring({ prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '1' }, { currency: 'EUR', cycle: 'MONTHLY', amount: '2' }] }) })).toMatchObject({ field: 'prices' });
    expect(await rejected(CREATE_PRODUCT, { i: recurring({ stock: -1 }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stock' });
    expect(await rejected(CREATE_PRODUCT, { i: recurring({ autoTerminateDays: 0 }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'autoTerminateDays' });
    expect(await rejected(CREATE_PRODUCT, { i: recurring({ groupId: idOf('ProductGroup', 999999) }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupId' });
  });

  it('issue 4.3: upgrade targets exclude the product itself; they must exist', async () => {
    const a = ok(await t.gql(CREATE_PRODUCT, { i: { name: 'Up A', type: 'HOSTING' } }, admin)).createProduct;
    const b = ok(await t.gql(CREATE_PRODUCT, { i: { name: 'Up B', type: 'HOSTING' } }, admin)).createProduct;
    expect(await rejected(UPDATE_PRODUCT, { id: a.id, i: { upgradeTargetIds: [a.id] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'upgradeTargetIds' });
    expect(await rejected(UPDATE_PRODUCT, { id: a.id, i: { upgradeTargetIds: [idOf('Product', 999999)] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'upgradeTargetIds' });
    expect(ok(await t.gql(UPDATE_PRODUCT, { id: a.id, i: { upgradeTargetIds: [b.id, b.id] } }, admin)).updateProduct.upgradeTargets).toEqual([{ id: b.id }]);
  });

  it('issue 4.3: authorization: support staff read, only admins change; clients and visitors cannot manage the catalog', async () => {
    expect((await rejected(CREATE_PRODUCT, { i: recurring() }, support)).code).toBe('FORBIDDEN');
    expect((await rejected(CREATE_PRODUCT, { i: recurring() }, client)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(CREATE_PRODUCT, { i: recurring() })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(PRODUCT_IDS, {}, client)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(PROMOTION_COUNT, {}, client)).code).toBe('FORBIDDEN');
    expect((await rejected(SET_TLD, { i: { tld: '.com', currency: 'EUR', prices: [] } }, support)).code).toBe('FORBIDDEN');
    expect(ok(await t.gql(STAFF_LISTS, {}, support)).products.length).toBeGreaterThan(0);
    // Clients see the public catalog but not the module configuration of a product.
    expect(errorOf(await t.gql(CATALOG_OPTIONS, {}, client)).code).toBe('FORBIDDEN');
  });

  it('SV-4: predefined addons with their own cycles and prices, for the products they apply to', async () => {
    const product = ok(await t.gql(CREATE_PRODUCT, { i: recurring({ name: 'With addon' }) }, admin)).createProduct;
    const addon = ok(await t.gql(CREATE_ADDON, { i: { name: 'Backups', payType: 'RECURRING', productIds: [product.id], prices: [{ currency: 'EUR', cycle: 'QUARTERLY', amount: '6.00', setupFee: '1.50' }] } }, admin)).createAddon;
    expect(addon).toMatchObject({ name: 'Backups', payType: 'RECURRING', products: [{ id: product.id }] });
    expect(addon.prices).toEqual([{ currency: 'EUR', cycle: 'QUARTERLY', amount: { amount: '6.00', currency: 'EUR' }, setupFee: { amount: '1.50', currency: 'EUR' } }]);
    expect(await rejected(CREATE_ADDON, { i: { name: 'X', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '-1' }] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(await rejected(CREATE_ADDON, { i: { name: 'X', payType: 'FREE', productIds: [idOf('Product', 999999)] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'productIds' });
    ok(await t.gql(CREATE_ADDON, { i: { name: 'Staff-only addon', payType: 'FREE', productIds: [product.id], clientOrderable: false } }, admin));
    const staffView = ok(await t.gql(PRODUCT_ADDONS, { id: product.id }, support)).product!;
    expect(staffView.addons.map((a) => a.name)).toEqual(['Backups', 'Staff-only addon']);
    const publicView = ok(await t.gql(CATALOG, { c: 'EUR' })).catalog.find((p) => p.id === product.id)!;
    expect(publicView.addons).toEqual([{ name: 'Backups', prices: [{ currency: 'EUR', cycle: 'QUARTERLY', amount: { amount: '6.00', currency: 'EUR' }, setupFee: { amount: '1.50', currency: 'EUR' } }] }]);
  });

  it('issue 4.3: configurable options: dropdown choices and quantity unit prices per cycle, attached to products', async () => {
    const product = ok(await t.gql(CREATE_PRODUCT, { i: recurring({ name: 'VPS' , type: 'SERVER' }) }, admin)).createProduct;
    const group = ok(await t.gql(CREATE_OPTIONS, { i: { name: 'VPS options', productIds: [product.id], options: [
      { name: 'OS', type: 'DROPDOWN', choices: [{ name: 'Debian', prices: [] }, { name: 'Windows', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '15.00' }] }] },
      { name: 'Extra IPs', type: 'QUANTITY', minQuantity: 0, maxQuantity: 8, unitPrices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '2.50' }, { currency: 'EUR', cycle: 'ANNUALLY', amount: '25' }] },
    ] } }, admin)).createConfigOptionGroup;
    expect(group.options[0].choices[1].prices[0].amount).toEqual({ amount: '15.00', currency: 'EUR' });
    expect(group.options[1]).toMatchObject({ type: 'QUANTITY', maxQuantity: 8, choices: [] });
    expect(group.options[1].unitPrices.map((p) => [p.cycle, p.amount.amount])).toEqual([['MONTHLY', '2.50'], ['ANNUALLY', '25.00']]);
    const opt = (o: Omit<ConfigOptionInput, 'name'>) => ({ i: { name: 'Bad', options: [{ name: 'o', ...o }] } });
    expect(await rejected(CREATE_OPTIONS, opt({ type: 'DROPDOWN', choices: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'choices' });
    expect(await rejected(CREATE_OPTIONS, opt({ type: 'QUANTITY', minQuantity: 5, maxQuantity: 2 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxQuantity' });
    expect(await rejected(CREATE_OPTIONS, opt({ type: 'QUANTITY', unitPrices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '0.001' }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const listed = ok(await t.gql(CATALOG, { c: 'EUR' }, client)).catalog.find((p) => p.id === product.id)!;
    expect(listed.configOptionGroups[0].options[1].unitPrices).toEqual([{ cycle: 'MONTHLY', amount: { amount: '2.50' } }, { cycle: 'ANNUALLY', amount: { amount: '25.00' } }]);
  });

  it('issue 4.3: TLD pricing for 1-10 years per currency; years and amounts are validated', async () => {
    const rows = ok(await t.gql(SET_TLD, { i: { tld: 'COM', currency: 'EUR', prices: [
      { years: 1, register: '9.99', transfer: '8.50', renew: '10.99' },
      { years: 2, register: '19.98', renew: '21.98' },
    ] } }, admin)).setTldPricing;
    expect(rows).toEqual([
      { tld: '.com', currency: 'EUR', years: 1, register: { amount: '9.99' }, transfer: { amount: '8.50' }, renew: { amount: '10.99' } },
      { tld: '.com', currency: 'EUR', years: 2, register: { amount: '19.98' }, transfer: null, renew: { amount: '21.98' } },
    ]);
    const bad = (price: Partial<TldYearPriceInput>, extra: Partial<TldPricingInput> = {}) => rejected(SET_TLD, { i: { tld: '.com', currency: 'EUR', prices: [{ years: 1, register: '1', renew: '1', ...price }], ...extra } });
    expect(await bad({ years: 11 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years' });
    expect(await bad({ years: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'years' });
    expect(await bad({ register: '-5' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'register' });
    expect(await bad({ renew: '1.234' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'renew' });
    expect(await bad({}, { currency: 'CHF' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(await bad({}, { tld: 'not a tld' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tld' });
    // Public: visitors read TLD prices.
    expect(ok(await t.gql(TLD_PRICES)).tldPrices).toHaveLength(2);
  });

  it('issue 4.3: promotion codes: percent or fixed, restrictions, unique code without regard to case, bad values refused', async () => {
    const product = ok(await t.gql(CREATE_PRODUCT, { i: { name: 'Promo target', type: 'OTHER' } }, admin)).createProduct;
    const pct = ok(await t.gql(CREATE_PROMO, { i: { code: 'spring-25', type: 'PERCENT', value: '12.5', appliesTo: 'FIRST_PAYMENT', productIds: [product.id], cycles: ['MONTHLY'], maxUses: 10 } }, admin)).createPromotion;
    expect(pct).toMatchObject({ code: 'SPRING-25', type: 'PERCENT', percent: '12.50', amount: null, appliesTo: 'FIRST_PAYMENT', cycles: ['MONTHLY'], products: [{ id: product.id }], maxUses: 10, uses: 0 });
    const fixed = ok(await t.gql(CREATE_PROMO, { i: { code: 'TENOFF', type: 'FIXED', value: '10', currency: 'USD', appliesTo: 'RECURRING' } }, admin)).createPromotion;
    expect(fixed).toMatchObject({ percent: null, amount: { amount: '10.00', currency: 'USD' } });
    const promo = (i: Partial<PromotionInput>) => rejected(CREATE_PROMO, { i: { code: 'NEW', type: 'PERCENT', value: '10', appliesTo: 'RECURRING', ...i } });
    expect(await promo({ code: 'Spring-25' })).toMatchObject({ code: 'CONFLICT', field: 'code' });
    expect(await promo({ value: '0' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(await promo({ value: '100.01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(await promo({ value: '-5' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(await promo({ type: 'FIXED' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(await promo({ type: 'FIXED', currency: 'JPY', value: '10.5' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(await promo({ type: 'FIXED', currency: 'CHF' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(await promo({ code: 'bad code!' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await promo({ startsAt: '2026-02-01T00:00:00Z', expiresAt: '2026-01-01T00:00:00Z' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  });

  it('issue 4.3: staff list promotions newest first, paged, searched by code and filtered by whether they are usable now', async () => {
    const make = async (code: string, extra: Partial<PromotionInput> = {}) =>
      ok(await t.gql(CREATE_PROMO, { i: { code, type: 'PERCENT', value: '5', appliesTo: 'RECURRING', ...extra } }, admin)).createPromotion.id;
    const day = 86_400_000;
    const live = await make('LIST-LIVE', { startsAt: new Date(Date.now() - day).toISOString(), expiresAt: new Date(Date.now() + day).toISOString(), maxUses: 5 });
    const future = await make('LIST-FUTURE', { startsAt: new Date(Date.now() + day).toISOString() });
    const expired = await make('LIST-OLD', { startsAt: new Date(Date.now() - 3 * day).toISOString(), expiresAt: new Date(Date.now() - day).toISOString() });
    const usedUp = await make('LIST_USED', { maxUses: 2 });
    await sql(`update promotion set uses = 2 where id = ${keyOf(usedUp)}`);
    const ids = async (f: PromotionFilter) => ok(await t.gql(PROMOTIONS, { f }, support)).promotions.edges.map((e) => e.node.id);
    expect(await ids({ search: 'list-' })).toEqual([expired, future, live]); // newest first; "_" is not a wildcard
    expect(await ids({ search: 'list', usable: true })).toEqual([live]);
    expect(await ids({ search: 'list', usable: false })).toEqual([usedUp, expired, future]);
    const first = ok(await t.gql(PROMOTIONS, { f: { search: 'LIST' }, first: 3 }, admin)).promotions;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const rest = ok(await t.gql(PROMOTIONS, { f: { search: 'LIST' }, first: 3, after: first.pageInfo.endCursor }, admin)).promotions;
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual([usedUp, expired, future, live]);
    expect((await rejected(PROMOTIONS, { f: { search: '' } })).code).toBe('BAD_USER_INPUT');
  });

  it('issue 4.3: the public catalog lists products neither hidden nor retired outside hidden groups, sold in the requested currency', async () => {
    const hiddenGroup = ok(await t.gql(CREATE_GROUP, { i: { name: 'Secret', hidden: true } }, admin)).createProductGroup;
    const inHidden = ok(await t.gql(CREATE_PRODUCT, { i: recurring({ name: 'In hidden group', groupId: hiddenGroup.id }) }, admin)).createProduct;
    const hidden = ok(await t.gql(CREATE_PRODUCT, { i: recurring({ name: 'Hidden', hidden: true }) }, admin)).createProduct;
    const retired = ok(await t.gql(CREATE_PRODUCT, { i: recurring({ name: 'Retired', retired: true }) }, admin)).createProduct;
    const usdOnly = ok(await t.gql(CREATE_PRODUCT, { i: { name: 'USD only', type: 'OTHER', payType: 'RECURRING', prices: [{ currency: 'USD', cycle: 'MONTHLY', amount: '1' }] } }, admin)).createProduct;
    const visible = ok(await t.gql(CREATE_PRODUCT, { i: recurring({ name: 'Visible' }) }, admin)).createProduct;
    const eur = ok(await t.gql(CATALOG, { c: 'EUR' })).catalog;
    const ids = eur.map((p) => p.id);
    expect(ids).toContain(visible.id);
    for (const p of [inHidden, hidden, retired, usdOnly]) expect(ids).not.toContain(p.id);
    expect(eur.find((p) => p.id === visible.id)!.prices.map((p) => [p.cycle, p.amount.amount])).toEqual([['MONTHLY', '4.99'], ['ANNUALLY', '49.90']]);
    expect(ok(await t.gql(CATALOG, { c: 'USD' }, client)).catalog.map((p) => p.id)).toContain(usdOnly.id);
    expect(errorOf(await t.gql(CATALOG, { c: 'CHF' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    // Staff still read hidden and retired products.
    const all = ok(await t.gql(PRODUCT_IDS, {}, support)).products.map((p) => p.id);
    for (const p of [inHidden, hidden, retired]) expect(all).toContain(p.id);
  });

  it('issue 4.3: listing products with prices, addons, upgrade targets and option groups costs the same number of SQL statements for 3 and 30 products', async () => {
    const group = ok(await t.gql(CREATE_GROUP, { i: { name: 'Bulk' } }, admin)).createProductGroup;
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(ok(await t.gql(CREATE_PRODUCT, { i: recurring({ name: `Bulk ${i}`, groupId: group.id, hidden: i >= 3 }) }, admin)).createProduct.id);
    ok(await t.gql(CREATE_ADDON, { i: { name: 'Bulk addon', payType: 'RECURRING', productIds: ids, prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '1' }] } }, admin));
    ok(await t.gql(CREATE_OPTIONS, { i: { name: 'Bulk options', productIds: ids, options: [{ name: 'Disk', type: 'DROPDOWN', choices: [{ name: '10G', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '1' }] }] }] } }, admin));
    const count = async (hiddenToo: boolean) => {
      if (!hiddenToo) await sql(`update product set hidden = true where id >= ${keyOf(ids[3])} and name like 'Bulk %'`);
      await sql(`update product set retired = ${!hiddenToo} where id not in (${ids.slice(0, hiddenToo ? 30 : 3).map(keyOf).join(',')})`);
      const before = sqlStatements.count;
      const { products } = ok(await t.gql(PRODUCTS_DEEP, {}, support));
      const statements = sqlStatements.count - before;
      await sql(`update product set retired = false`);
      return { statements, products };
    };
    const small = await count(false);
    const large = await count(true);
    expect(large.products.filter((p) => ids.includes(p.id))).toHaveLength(30);
    const sample = large.products.find((p) => p.id === ids[29])!;
    expect(sample.addons[0].prices[0].amount.amount).toBe('1.00');
    expect(sample.configOptionGroups[0].options[0].choices[0].prices[0].amount.amount).toBe('1.00');
    expect(small.statements).toBeGreaterThanOrEqual(8);
    expect(large.statements).toBe(small.statements);
  });
});
