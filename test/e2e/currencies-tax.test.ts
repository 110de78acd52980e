import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { CreateClientInput, CurrenciesTaxPreviewQuery, PreviewTaxInput } from '../generated/graphql';

// The currency, tax rule and billing settings fields the operations below select.
graphql(`fragment CurrenciesTaxCurrency on BillingCurrency { id code prefix suffix decimals exchangeRate isDefault }`);
graphql(`fragment CurrenciesTaxRule on TaxRule { id name level country state rate compound }`);
graphql(`fragment CurrenciesTaxSettings on BillingSettings { taxMode taxRounding invoiceNumberFormat invoiceNumberReset }`);
const CURRENCIES = graphql(`query CurrenciesTaxCurrencies { currencies { ...CurrenciesTaxCurrency } }`);
const CREATE_CURRENCY = graphql(`mutation CurrenciesTaxCreateCurrency($i: CreateCurrencyInput!) { createCurrency(input: $i) { ...CurrenciesTaxCurrency } }`);
const UPDATE_CURRENCY = graphql(`mutation CurrenciesTaxUpdateCurrency($id: ID!, $i: UpdateCurrencyInput!) { updateCurrency(id: $id, input: $i) { ...CurrenciesTaxCurrency } }`);
const DELETE_CURRENCY = graphql(`mutation CurrenciesTaxDeleteCurrency($id: ID!) { deleteCurrency(id: $id) }`);
const TAX_RULES = graphql(`query CurrenciesTaxRules { taxRules { ...CurrenciesTaxRule } }`);
const CREATE_RULE = graphql(`mutation CurrenciesTaxCreateRule($i: TaxRuleInput!) { createTaxRule(input: $i) { ...CurrenciesTaxRule } }`);
const UPDATE_RULE = graphql(`mutation CurrenciesTaxUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { ...CurrenciesTaxRule } }`);
const DELETE_RULE = graphql(`mutation CurrenciesTaxDeleteRule($id: ID!) { deleteTaxRule(id: $id) }`);
const SETTINGS = graphql(`query CurrenciesTaxSettings { billingSettings { ...CurrenciesTaxSettings } }`);
const UPDATE_SETTINGS = graphql(`mutation CurrenciesTaxUpdateSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { ...CurrenciesTaxSettings } }`);
const DEFAULT_CURRENCY = graphql(`query CurrenciesTaxDefaultCurrency { settings { defaultCurrency } }`);
const PREVIEW = graphql(`query CurrenciesTaxPreview($i: PreviewTaxInput!) { previewTax(input: $i) {
  currency mode rounding level1Rule { name } level2Rule { name }
  lines { net { amount } tax1 { amount } tax2 { amount } total { amount } }
  subtotal { amount currency } tax1 { amount } tax2 { amount } total { amount } } }`);
const CREATE_CLIENT = graphql(`mutation CurrenciesTaxCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }`);
const REGISTER = graphql(`mutation CurrenciesTaxRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const UPDATE_CLIENT = graphql(`mutation CurrenciesTaxUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id currency city } }`);
const CREATE_PRODUCT = graphql(`mutation CurrenciesTaxCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`);
const CREATE_PROJECT = graphql(`mutation CurrenciesTaxCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }`);
const CREATE_INVOICE = graphql(`mutation CurrenciesTaxCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount currency } creditApplied { amount } balanceDue { amount } } }`);

let seq = 0;

describe('issue 4.1/4.2: currencies, tax rules, billing settings and the tax preview over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let support: string;
  let ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    support = await t.staffToken(StaffRole.SUPPORT);
  });
  afterAll(() => t.stop());

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const snapshot = async () => ({
    currencies: await sql(`select * from currency order by id`),
    rules: await sql(`select * from tax_rule order by id`),
    settings: await sql(`select * from billing_settings`),
    activity: (await sql(`select count(*)::int as n from activity_log_entry`))[0].n,
  });
  const rejected = async <R, V>(query: Operation<R, V>, variables: V, token = admin) => {
    const before = await snapshot();
    const error = errorOf(await t.gql(query, variables, token));
    expect(await snapshot()).toEqual(before);
    return error;
  };
  const lastActivity = async () => (await sql(`select action, target_type, target_id, actor_type from activity_log_entry order by id desc limit 1`))[0];
  const createClient = async (input: Partial<CreateClientInput>) =>
    ok(await t.gql(CREATE_CLIENT, { i: { firstName: 'Tax', lastName: 'Payer', email: `tax-${++seq}-${Date.now()}@example.com`, ...input } }, admin)).createClient.id;

  describe('currencies', () => {
    const byCode = async () => Object.fromEntries(ok(await t.gql(CURRENCIES, {}, admin)).currencies.map((c) => [c.code, c]));

    it('issue 4.1: the install starts with one default currency (USD, rate 1); settings.defaultCurrency reads it', async () => {
      const all = await byCode();
      for (const code of Object.keys(all)) ids[code] = all[code].id;
      expect(all.USD).toMatchObject({ decimals: 2, exchangeRate: '1.00000000', isDefault: true });
      expect(Object.values(all).filter((c) => c.isDefault)).toHaveLength(1);
      expect(ok(await t.gql(DEFAULT_CURRENCY, {}, admin)).settings.defaultCurrency).toBe('USD');
      // Rates this file relies on (the test database comes with EUR, JPY and BHD).
      for (const [code, exchangeRate] of [['EUR', '0.5'], ['JPY', '150.25'], ['BHD', '0.376']]) ok(await t.gql(UPDATE_CURRENCY, { id: ids[code], i: { exchangeRate } }, admin));
    });

    it('issue 4.1: operator-defined prefix, suffix, decimals (ISO minor unit unless given) and rate; staff list them', async () => {
      const chf = ok(await t.gql(CREATE_CURRENCY, { i: { code: 'chf', prefix: 'CHF ', suffix: '.-', exchangeRate: '0.88' } }, admin)).createCurrency;
      expect(chf).toMatchObject({ code: 'CHF', prefix: 'CHF ', suffix: '.-', decimals: 2, exchangeRate: '0.88000000', isDefault: false });
      expect(await lastActivity()).toMatchObject({ action: 'currency.create', target_type: 'Currency', target_id: String(keyOf(chf.id)), actor_type: 'staff' });
      const krw = ok(await t.gql(CREATE_CURRENCY, { i: { code: 'KRW', prefix: '₩', exchangeRate: '1380.5' } }, admin)).createCurrency;
      expect(krw).toMatchObject({ decimals: 0, exchangeRate: '1380.50000000' });
      const kwd = ok(await t.gql(CREATE_CURRENCY, { i: { code: 'KWD', exchangeRate: '0.307', decimals: 3 } }, admin)).createCurrency;
      expect(kwd.decimals).toBe(3);
      Object.assign(ids, { CHF: chf.id, KRW: krw.id, KWD: kwd.id });
      const listed = ok(await t.gql(CURRENCIES, {}, support)).currencies.map((c) => c.code);
      expect(listed[0]).toBe('USD');
      expect(listed.slice(1)).toEqual([...listed.slice(1)].sort());
      expect(listed).toEqual(expect.arrayContaining(['CHF', 'KRW', 'KWD', 'EUR']));
      const [row] = await sql(`select exchange_rate from currency where code = 'KRW'`);
      expect(String(row.exchange_rate)).toBe('1380.50000000');
    });

    it('issue 4.1: bad input is rejected with the field named and nothing changes', async () => {
      expect(await rejected(CREATE_CURRENCY, { i: { code: 'EUR', exchangeRate: '1' } })).toMatchObject({ code: 'CONFLICT', field: 'code' });
      expect((await rejected(CREATE_CURRENCY, { i: { code: 'XYZ1', exchangeRate: '1' } })).code).toBe('BAD_USER_INPUT');
      expect(await rejected(CREATE_CURRENCY, { i: { code: 'SEK', exchangeRate: '1', decimals: 5 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decimals' });
      expect(await rejected(CREATE_CURRENCY, { i: { code: 'SEK', exchangeRate: '1', prefix: 'x'.repeat(11) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefix' });
      for (const exchangeRate of ['0', '-1', '1.123456789', 'abc', '1e3', '']) {
        expect(await rejected(CREATE_CURRENCY, { i: { code: 'SEK', exchangeRate } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exchangeRate' });
      }
      expect(await rejected(UPDATE_CURRENCY, { id: ids.USD, i: { exchangeRate: '1.1' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exchangeRate' });
      expect(await rejected(UPDATE_CURRENCY, { id: ids.USD, i: { isDefault: false } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'isDefault' });
      expect((await rejected(UPDATE_CURRENCY, { id: idOf('BillingCurrency', 99999), i: { prefix: 'x' } })).code).toBe('NOT_FOUND');
    });

    it('issue 4.1: making another currency the default rebases every rate on it; exactly one default remains', async () => {
      const eur = ok(await t.gql(UPDATE_CURRENCY, { id: ids.EUR, i: { isDefault: true } }, admin)).updateCurrency;
      expect(eur).toMatchObject({ isDefault: true, exchangeRate: '1.00000000' });
      const rebased = await byCode();
      expect(rebased.USD).toMatchObject({ isDefault: false, exchangeRate: '2.00000000' });
      expect(rebased.JPY.exchangeRate).toBe('300.50000000');
      expect(rebased.BHD.exchangeRate).toBe('0.75200000');
      expect((await sql(`select count(*)::int as n from currency where is_default`))[0].n).toBe(1);
      expect(ok(await t.gql(DEFAULT_CURRENCY, {}, admin)).settings.defaultCurrency).toBe('EUR');
      // And back, so the rest of the suite works with USD as the default.
      ok(await t.gql(UPDATE_CURRENCY, { id: ids.USD, i: { isDefault: true } }, admin));
      const back = await byCode();
      expect([back.USD, back.EUR, back.JPY, back.BHD].map((c) => c.exchangeRate)).toEqual(['1.00000000', '0.50000000', '150.25000000', '0.37600000']);
    });

    it('issue 4.1: the database itself holds one default (partial unique index currency_single_default)', async () => {
      await expect(sql(`update currency set is_default = true where code = 'EUR'`)).rejects.toThrow(/currency_single_default/);
    });

    it('issue 4.1: a currency in use (default, clients, project defaults, prices, promotions) cannot be deleted nor change decimals; an unused one can', async () => {
      expect(await rejected(DELETE_CURRENCY, { id: ids.USD })).toMatchObject({ code: 'CONFLICT', field: 'id' });
      await createClient({ currency: 'BHD' });
      expect(await rejected(DELETE_CURRENCY, { id: ids.BHD })).toMatchObject({ code: 'CONFLICT', field: 'id', message: expect.stringContaining('1 client(s)') });
      expect(await rejected(UPDATE_CURRENCY, { id: ids.BHD, i: { decimals: 2 } })).toMatchObject({ code: 'CONFLICT', field: 'decimals' });
      ok(await t.gql(CREATE_PRODUCT, { i: { name: 'Priced in KRW', type: 'OTHER', payType: 'RECURRING', prices: [{ currency: 'KRW', cycle: 'MONTHLY', amount: '9900' }] } }, admin));
      expect(await rejected(DELETE_CURRENCY, { id: ids.KRW })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('1 product price(s)') });
      expect(await rejected(UPDATE_CURRENCY, { id: ids.KRW, i: { decimals: 2 } })).toMatchObject({ code: 'CONFLICT', field: 'decimals' });
      ok(await t.gql(CREATE_PROJECT, { i: { name: `Swiss brand ${Date.now()}`, defaultCurrency: 'CHF' } }, admin));
      expect(await rejected(DELETE_CURRENCY, { id: ids.CHF })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('1 project default(s)') });
      const sek = ok(await t.gql(CREATE_CURRENCY, { i: { code: 'SEK', exchangeRate: '10.5', prefix: 'kr ' } }, admin)).createCurrency;
      expect(ok(await t.gql(UPDATE_CURRENCY, { id: sek.id, i: { decimals: 3, suffix: ' SEK' } }, admin)).updateCurrency).toMatchObject({ decimals: 3, suffix: ' SEK', prefix: 'kr ' });
      expect(ok(await t.gql(DELETE_CURRENCY, { id: sek.id }, admin)).deleteCurrency).toBe(sek.id);
      expect(await lastActivity()).toMatchObject({ action: 'currency.delete', target_id: String(keyOf(sek.id)) });
      expect(await sql(`select * from currency where code = 'SEK'`)).toEqual([]);
      expect((await rejected(DELETE_CURRENCY, { id: sek.id })).code).toBe('NOT_FOUND');
    });

    it('issue 4.1: clients and projects only use the operator\'s currencies (an ISO code it has not defined is BAD_USER_INPUT)', async () => {
      expect(await rejected(CREATE_CLIENT, { i: { firstName: 'N', lastName: 'O', email: `nok-${Date.now()}@example.com`, currency: 'NOK' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
      expect(await rejected(REGISTER, { i: { firstName: 'N', lastName: 'O', email: `nok-${Date.now()}@example.com`, password: 'client-password-1', currency: 'NOK' } }, '')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
      const id = await createClient({ currency: 'EUR' });
      expect(await rejected(UPDATE_CLIENT, { id, i: { currency: 'NOK' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
      expect(await rejected(CREATE_PROJECT, { i: { name: `Norway ${Date.now()}`, defaultCurrency: 'NOK' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'defaultCurrency' });
    });

    it('issue 4.1: a client\'s currency changes freely until money moves, then never (draft invoices, credit)', async () => {
      const id = await createClient({ currency: 'EUR' });
      expect(ok(await t.gql(UPDATE_CLIENT, { id, i: { currency: 'USD' } }, admin)).updateClient.currency).toBe('USD');
      ok(await t.gql(CREATE_INVOICE, { i: { clientId: id, draft: true, lines: [{ description: 'Setup', amount: '10.00' }] } }, admin));
      expect(await rejected(UPDATE_CLIENT, { id, i: { currency: 'EUR' } })).toMatchObject({ code: 'CONFLICT', field: 'currency', message: expect.stringContaining('1 invoice(s)') });
      const withCredit = await createClient({ currency: 'EUR', openingCredit: '1.00' });
      expect(await rejected(UPDATE_CLIENT, { id: withCredit, i: { currency: 'USD' } })).toMatchObject({ code: 'CONFLICT', field: 'currency', message: expect.stringContaining('credit balance') });
      // The same currency again is no change at all.
      expect(ok(await t.gql(UPDATE_CLIENT, { id, i: { currency: 'USD', city: 'Utrecht' } }, admin)).updateClient).toMatchObject({ currency: 'USD', city: 'Utrecht' });
    });

    it('issue 4.1: amounts follow the operator\'s decimals for its currency, not ISO\'s (HUF billed without decimals)', async () => {
      ok(await t.gql(CREATE_CURRENCY, { i: { code: 'HUF', suffix: ' Ft', exchangeRate: '360', decimals: 0 } }, admin));
      const id = await createClient({ currency: 'HUF', openingCredit: '500' });
      expect(await rejected(CREATE_INVOICE, { i: { clientId: id, lines: [{ description: 'Hosting', amount: '1500.50' }] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
      const invoice = ok(await t.gql(CREATE_INVOICE, { i: { clientId: id, lines: [{ description: 'Hosting', amount: '1500' }] } }, admin)).createInvoice;
      expect(invoice).toMatchObject({ total: { amount: '1500', currency: 'HUF' }, creditApplied: { amount: '500' }, balanceDue: { amount: '1000' } });
      const [row] = await sql(`select total_minor from invoice where id = ?`, [keyOf(invoice.id)]);
      expect(String(row.total_minor)).toBe('1500');
    });
  });

  describe('tax rules', () => {
    it('issue 4.2: an admin creates level-1 and level-2 rules by country and state; rates are stored as numeric(7,4)', async () => {
      const vat = ok(await t.gql(CREATE_RULE, { i: { name: 'BTW', level: 1, country: 'nl', rate: '21' } }, admin)).createTaxRule;
      expect(vat).toMatchObject({ name: 'BTW', level: 1, country: 'NL', state: null, rate: '21.0000', compound: false });
      const gst = ok(await t.gql(CREATE_RULE, { i: { name: 'GST', level: 1, country: 'CA', rate: '5' } }, admin)).createTaxRule;
      const qst = ok(await t.gql(CREATE_RULE, { i: { name: 'QST', level: 2, country: 'CA', state: 'QC', rate: '9.975', compound: true } }, admin)).createTaxRule;
      expect(qst).toMatchObject({ level: 2, state: 'QC', rate: '9.9750', compound: true });
      const us = ok(await t.gql(CREATE_RULE, { i: { name: 'US', level: 1, country: 'US', rate: '5' } }, admin)).createTaxRule;
      const usCa = ok(await t.gql(CREATE_RULE, { i: { name: 'California', level: 1, country: 'US', state: 'CA', rate: '7.25' } }, admin)).createTaxRule;
      Object.assign(ids, { vat: vat.id, gst: gst.id, qst: qst.id, us: us.id, usCa: usCa.id });
      expect(await lastActivity()).toMatchObject({ action: 'taxRule.create', target_id: String(keyOf(usCa.id)) });
      const [row] = await sql(`select rate from tax_rule where id = ?`, [keyOf(qst.id)]);
      expect(String(row.rate)).toBe('9.9750');
      expect(ok(await t.gql(TAX_RULES, {}, support)).taxRules.map((r) => r.name)).toEqual(['GST', 'BTW', 'US', 'California', 'QST']);
    });

    it('issue 4.2: invalid rules are rejected with the field named and nothing changes', async () => {
      const base = { name: 'X', level: 1, country: 'DE', rate: '19' };
      for (const rate of ['100.0001', '1.23456', '-1', 'abc', '1000']) {
        expect(await rejected(CREATE_RULE, { i: { ...base, rate } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rate' });
      }
      expect(await rejected(CREATE_RULE, { i: { ...base, level: 3 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
      expect(await rejected(CREATE_RULE, { i: { ...base, compound: true } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'compound' });
      expect(await rejected(CREATE_RULE, { i: { ...base, country: null, state: 'Bavaria' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
      expect(await rejected(CREATE_RULE, { i: { ...base, name: '   ' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect((await rejected(CREATE_RULE, { i: { ...base, country: 'XX' } })).code).toBe('BAD_USER_INPUT');
      // One rule per level and scope; states compare case-insensitively.
      expect(await rejected(CREATE_RULE, { i: { name: 'Cal 2', level: 1, country: 'US', state: 'ca', rate: '8' } })).toMatchObject({ code: 'CONFLICT', field: 'state' });
      expect(await rejected(UPDATE_RULE, { id: ids.us, i: { name: 'US', level: 1, country: 'US', state: 'CA', rate: '5' } })).toMatchObject({ code: 'CONFLICT', field: 'state' });
    });

    it('issue 4.2: an admin updates and deletes a rule', async () => {
      const rule = ok(await t.gql(CREATE_RULE, { i: { name: 'Everywhere', level: 1, rate: '1' } }, admin)).createTaxRule;
      expect(rule.country).toBeNull();
      const updated = ok(await t.gql(UPDATE_RULE, { id: rule.id, i: { name: 'Everywhere else', level: 1, rate: '2.5' } }, admin)).updateTaxRule;
      expect(updated).toMatchObject({ id: rule.id, name: 'Everywhere else', rate: '2.5000' });
      expect(await lastActivity()).toMatchObject({ action: 'taxRule.update', target_id: String(keyOf(rule.id)) });
      expect(ok(await t.gql(DELETE_RULE, { id: rule.id }, admin)).deleteTaxRule).toBe(rule.id);
      expect(await sql(`select * from tax_rule where id = ?`, [keyOf(rule.id)])).toEqual([]);
      expect((await rejected(DELETE_RULE, { id: rule.id })).code).toBe('NOT_FOUND');
    });
  });

  describe('billing settings', () => {
    it('issue 4.2/4.4: defaults are exclusive, per line, "{NUMBER}" never reset; an admin changes them', async () => {
      expect(ok(await t.gql(SETTINGS, {}, support)).billingSettings).toEqual({ taxMode: 'EXCLUSIVE', taxRounding: 'PER_LINE', invoiceNumberFormat: '{NUMBER}', invoiceNumberReset: 'NEVER' });
      const updated = ok(await t.gql(UPDATE_SETTINGS, { i: { invoiceNumberFormat: 'INV-{YEAR}-{NUMBER:5}', invoiceNumberReset: 'YEARLY' } }, admin)).updateBillingSettings;
      expect(updated).toEqual({ taxMode: 'EXCLUSIVE', taxRounding: 'PER_LINE', invoiceNumberFormat: 'INV-{YEAR}-{NUMBER:5}', invoiceNumberReset: 'YEARLY' });
      expect(await lastActivity()).toMatchObject({ action: 'billingSettings.update', target_type: 'BillingSettings' });
    });

    it('issue 4.4: invalid invoice number formats are rejected and nothing changes', async () => {
      for (const format of ['INV-{YEAR}', '{NUMBER}-{NUMBER}', 'INV-{YEAR}-{SEQ}', 'INV-{YEAR}-{NUMBER:0}', 'INV-{YEAR}-{NUMBER:13}', '{YEAR}-{NUMBER', '   ', 'x'.repeat(61)]) {
        expect(await rejected(UPDATE_SETTINGS, { i: { invoiceNumberFormat: format } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invoiceNumberFormat' });
      }
      // Yearly numbers need {YEAR} to stay unique.
      expect(await rejected(UPDATE_SETTINGS, { i: { invoiceNumberFormat: 'INV-{NUMBER}' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invoiceNumberFormat' });
      ok(await t.gql(UPDATE_SETTINGS, { i: { invoiceNumberFormat: 'INV-{NUMBER}', invoiceNumberReset: 'NEVER' } }, admin));
    });
  });

  describe('previewTax', () => {
    const preview = async (input: PreviewTaxInput) => ok(await t.gql(PREVIEW, { i: input }, support)).previewTax;
    const totals = (p: CurrenciesTaxPreviewQuery['previewTax']) => [p.subtotal.amount, p.tax1.amount, p.tax2.amount, p.total.amount];

    it('issue 4.2: exclusive, for an address — 21% on 10.00 is 2.10, in the default currency', async () => {
      const p = await preview({ country: 'NL', lines: [{ amount: '10.00' }, { amount: '5.00', taxable: false }] });
      expect(p).toMatchObject({ currency: 'USD', mode: 'EXCLUSIVE', rounding: 'PER_LINE', level1Rule: { name: 'BTW' }, level2Rule: null });
      expect(totals(p)).toEqual(['15.00', '2.10', '0.00', '17.10']);
      expect(p.subtotal.currency).toBe('USD');
    });

    it('issue 4.2: compound level 2 for a client in Québec, in the client\'s currency', async () => {
      const clientId = await createClient({ country: 'CA', state: 'QC', currency: 'EUR' });
      const p = await preview({ clientId, lines: [{ amount: '100.00' }] });
      expect(p).toMatchObject({ currency: 'EUR', level1Rule: { name: 'GST' }, level2Rule: { name: 'QST' } });
      expect(totals(p)).toEqual(['100.00', '5.00', '10.47', '115.47']);
    });

    it('issue 4.2: state-specific rule beats the country-wide one (client in California)', async () => {
      const clientId = await createClient({ country: 'US', state: 'CA' });
      const p = await preview({ clientId, lines: [{ amount: '100.00' }] });
      expect(p.level1Rule?.name).toBe('California');
      expect(totals(p)).toEqual(['100.00', '7.25', '0.00', '107.25']);
    });

    it('CL-1: a tax-exempt client is never taxed', async () => {
      const clientId = await createClient({ country: 'NL', taxExempt: true });
      const p = await preview({ clientId, lines: [{ amount: '10.00' }] });
      expect(p).toMatchObject({ level1Rule: null, level2Rule: null });
      expect(totals(p)).toEqual(['10.00', '0.00', '0.00', '10.00']);
    });

    it('issue 4.2: the operator\'s inclusive mode and per-invoice rounding apply; an input can override them', async () => {
      ok(await t.gql(UPDATE_SETTINGS, { i: { taxMode: 'INCLUSIVE', taxRounding: 'PER_INVOICE' } }, admin));
      try {
        const p = await preview({ country: 'NL', lines: [{ amount: '12.10' }] });
        expect(p).toMatchObject({ mode: 'INCLUSIVE', rounding: 'PER_INVOICE' });
        expect(totals(p)).toEqual(['10.00', '2.10', '0.00', '12.10']);
        await t.gql(CREATE_RULE, { i: { name: 'GST NZ', level: 1, country: 'NZ', rate: '15' } }, admin);
        const lines = [{ amount: '0.10' }, { amount: '0.10' }];
        expect(totals(await preview({ country: 'NZ', mode: 'EXCLUSIVE', lines }))).toEqual(['0.20', '0.03', '0.00', '0.23']);
        expect(totals(await preview({ country: 'NZ', mode: 'EXCLUSIVE', rounding: 'PER_LINE', lines }))).toEqual(['0.20', '0.04', '0.00', '0.24']);
      } finally {
        ok(await t.gql(UPDATE_SETTINGS, { i: { taxMode: 'EXCLUSIVE', taxRounding: 'PER_LINE' } }, admin));
      }
    });

    it('issue 4.2: amounts follow the currency\'s decimals (JPY 0, BHD 3)', async () => {
      await t.gql(CREATE_RULE, { i: { name: 'JP', level: 1, country: 'JP', rate: '10' } }, admin);
      const jp = await preview({ country: 'JP', currency: 'JPY', lines: [{ amount: '1005' }] });
      expect(totals(jp)).toEqual(['1005', '101', '0', '1106']);
      expect(errorOf(await t.gql(PREVIEW, { i: { country: 'JP', currency: 'JPY', lines: [{ amount: '10.5' }] } }, support))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
      const bh = await preview({ country: 'NL', currency: 'BHD', lines: [{ amount: '1.005' }] });
      expect(totals(bh)).toEqual(['1.005', '0.211', '0.000', '1.216']);
    });

    it('issue 4.2: bad preview input is a coded error', async () => {
      expect(errorOf(await t.gql(PREVIEW, { i: { country: 'NL', lines: [] } }, support))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
      expect(errorOf(await t.gql(PREVIEW, { i: { country: 'NL', lines: [{ amount: '1.234' }] } }, support))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
      expect(errorOf(await t.gql(PREVIEW, { i: { clientId: idOf('Client', 999999), lines: [{ amount: '1' }] } }, support)).code).toBe('NOT_FOUND');
      const clientId = await createClient({});
      expect(errorOf(await t.gql(PREVIEW, { i: { clientId, country: 'NL', lines: [{ amount: '1' }] } }, support))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientId' });
    });
  });

  describe('access', () => {
    it('issue 4.1/4.2: support staff get FORBIDDEN on every admin mutation and nothing changes; clients cannot read', async () => {
      const attempts = [
        () => rejected(CREATE_CURRENCY, { i: { code: 'DKK', exchangeRate: '6.9' } }, support),
        () => rejected(UPDATE_CURRENCY, { id: ids.EUR, i: { prefix: 'E' } }, support),
        () => rejected(DELETE_CURRENCY, { id: ids.JPY }, support),
        () => rejected(CREATE_RULE, { i: { name: 'DE', level: 1, country: 'DE', rate: '19' } }, support),
        () => rejected(UPDATE_RULE, { id: ids.vat, i: { name: 'BTW', level: 1, country: 'NL', rate: '9' } }, support),
        () => rejected(DELETE_RULE, { id: ids.vat }, support),
        () => rejected(UPDATE_SETTINGS, { i: { taxMode: 'INCLUSIVE' } }, support),
      ];
      for (const attempt of attempts) expect((await attempt()).code).toBe('FORBIDDEN');
      const email = `client-${Date.now()}@example.com`;
      ok(await t.gql(REGISTER, { i: { firstName: 'C', lastName: 'L', email, password: 'client-password-1' } }));
      const client = await t.clientToken(email, 'client-password-1');
      expect(errorOf(await t.gql(CURRENCIES, {}, client)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(PREVIEW, { i: { country: 'NL', lines: [{ amount: '1' }] } }, client)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(TAX_RULES)).code).toBe('UNAUTHENTICATED');
    });
  });
});
