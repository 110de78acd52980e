import { keyOf } from '../support/ids';
import { errorOf, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { AddInvoicePaymentInput, PriceInput, TaxRuleInput } from '../generated/graphql';
import { CREATE_INVOICE, PAY, PUBLISH, REFUND, TAX_RULE, UPDATE_INVOICE, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';

const UPDATE_CLIENT = graphql(`mutation MoneyFixesUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id country state } }`);
const UPDATE_RULE = graphql(`mutation MoneyFixesUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { id state } }`);
const CREATE_PAYER = graphql(`mutation MoneyFixesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id state country } }`);
const CREATE_CONTACT = graphql(`mutation MoneyFixesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id state } }`);
const PREVIEW = graphql(`query MoneyFixesPreview($i: PreviewTaxInput!) { previewTax(input: $i) { total { amount } level1Rule { name } } }`);
const PAYMENT_PARTS = graphql(`query MoneyFixesPaymentParts($id: ID!) { invoice(id: $id) { amountPaid { amount }
  transactions { kind amount { amount } toClientCredit { amount } fromClientCredit { amount } appliedToInvoice { amount } } } }`);
const CREATE_PRODUCT = graphql(`mutation MoneyFixesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`);
const CREATE_ADDON = graphql(`mutation MoneyFixesCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const CATALOG = graphql(`query MoneyFixesCatalog($c: Currency) { catalog(currency: $c) { id prices { currency } addons { prices { currency } } } all: products { id prices { currency } } }`);
const USD_CATALOG = graphql(`query MoneyFixesUsdCatalog { catalog(currency: "USD") { id prices { currency } } }`);

describe('money fixes (issue 11.12)', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let seq = 0;
  const txid = () => `mf-${++seq}-${Date.now()}`;
  const pay = (invoiceId: string, amount: string, extra: Partial<AddInvoicePaymentInput> = {}) =>
    t.gql(PAY, { i: { invoiceId, amount, gateway: 'stripe', transactionId: txid(), ...extra } }, admin);
  const rule = async (i: TaxRuleInput) => h.ok(await t.gql(TAX_RULE, { i }, admin)).createTaxRule.id;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp()); // VAT NL 21 % on level 1
  });
  afterAll(() => t.stop());
  beforeEach(() => h.settings({ taxMode: 'EXCLUSIVE', taxRounding: 'PER_LINE', autoApplyCredit: true, invoiceNumberReset: 'NEVER', invoiceNumberFormat: '{NUMBER}' }));

  it('issue 11.12: an issued invoice keeps its amounts when notes change, the rules change or the client moves; new lines use its frozen rates', async () => {
    const be = await rule({ name: 'VAT BE', level: 1, country: 'BE', rate: '21' });
    const c = await h.newClient({ country: 'BE' });
    const issued = await h.invoice(c.id, ['100.00'], { applyCredit: false });
    const draft = await h.invoice(c.id, ['100.00'], { draft: true });
    expect([issued.total.amount, draft.total.amount]).toEqual(['121.00', '121.00']);
    h.ok(await t.gql(UPDATE_RULE, { id: be, i: { name: 'VAT BE', level: 1, country: 'BE', rate: '6' } }, admin));
    h.ok(await t.gql(UPDATE_CLIENT, { id: c.id, i: { country: 'NL' } }, admin));
    await h.settings({ taxMode: 'INCLUSIVE' });

    const noted = h.ok(await t.gql(UPDATE_INVOICE, { id: issued.id, i: { notes: 'Thanks', dueDate: '2099-01-01' } }, admin)).updateInvoice;
    expect(noted).toMatchObject({ total: { amount: '121.00' }, tax1: { amount: '21.00' }, tax1Name: 'VAT BE', addressedTo: { country: 'BE' } });
    const relined = h.ok(await t.gql(UPDATE_INVOICE, { id: issued.id, i: { lines: [{ description: 'Hosting', amount: '200.00' }] } }, admin)).updateInvoice;
    expect(relined).toMatchObject({ subtotal: { amount: '200.00' }, tax1: { amount: '42.00' }, total: { amount: '242.00' }, tax1Name: 'VAT BE' });
    // The Draft follows today's rules, settings and address: NL 21 % inclusive.
    const redone = h.ok(await t.gql(UPDATE_INVOICE, { id: draft.id, i: { notes: 'x', lines: [{ description: 'Hosting', amount: '121.00' }] } }, admin)).updateInvoice;
    expect(redone).toMatchObject({ subtotal: { amount: '100.00' }, tax1: { amount: '21.00' }, total: { amount: '121.00' }, tax1Name: 'VAT NL' });
    const published = h.ok(await t.gql(PUBLISH, { id: draft.id, c: false }, admin)).publishInvoice;
    expect(published).toMatchObject({ total: { amount: '121.00' }, tax1Name: 'VAT NL', addressedTo: { country: 'NL' } });
  });

  it('issue 11.12: tax follows the addressee the invoice names — the payer when one is chosen', async () => {
    await rule({ name: 'VAT DE', level: 1, country: 'DE', rate: '19' });
    const c = await h.newClient({ country: 'NL' });
    const payer = h.ok(await t.gql(CREATE_PAYER, { c: c.id, i: { type: 'COMPANY', name: 'Berlin GmbH', taxId: 'DE123', country: 'DE', city: 'Berlin' } }, admin)).createPayer;
    const own = await h.invoice(c.id, ['100.00'], { applyCredit: false });
    const paid = await h.invoice(c.id, ['100.00'], { applyCredit: false, payerId: payer.id });
    expect([own.tax1Name, own.total.amount]).toEqual(['VAT NL', '121.00']);
    expect([paid.tax1Name, paid.total.amount, paid.addressedTo!.country]).toEqual(['VAT DE', '119.00', 'DE']);
    // Re-addressing an issued invoice to the client is a new tax determination.
    const moved = h.ok(await t.gql(UPDATE_INVOICE, { id: paid.id, i: { clearPayer: true } }, admin)).updateInvoice;
    expect([moved.tax1Name, moved.total.amount, moved.addressedTo!.country]).toEqual(['VAT NL', '121.00', 'NL']);
  });

  it('issue 11.12: the overpaid part of a payment is refundable through the gateway; its credit is taken back, refused once spent', async () => {
    const c = await h.newClient({ country: 'NL' });
    const first = await h.invoice(c.id, ['100.00']); // 121.00
    const payment = h.ok(await pay(first.id, '150.00')).addInvoicePayment;
    expect(payment.toClientCredit.amount).toBe('29.00');
    const refund = h.ok(await t.gql(REFUND, { i: { paymentId: payment.id, amount: '20.00' } }, admin)).refundTransaction;
    expect(refund.amount.amount).toBe('-20.00');
    expect(await h.get(first.id)).toMatchObject({ status: 'PAID', amountPaid: { amount: '121.00' } });
    expect(await h.balance(c.id)).toBe('9.00');
    expect(await h.sql(`select kind, amount_minor::text as a from credit_entry where client_id = ? order by id`, [keyOf(c.id)]))
      .toEqual([{ kind: 'overpayment', a: '2900' }, { kind: 'overpayment_refunded', a: '-2000' }]);
    // The remaining 9.00 of credit is spent on another invoice: refunding it through the gateway is refused, nothing changes.
    const second = await h.invoice(c.id, ['5.00']); // 6.05, auto-applied from credit
    expect(second.creditApplied.amount).toBe('6.05');
    const spent = errorOf(await t.gql(REFUND, { i: { paymentId: payment.id, amount: '9.00' } }, admin));
    expect(spent).toMatchObject({ code: 'CONFLICT', field: 'amount' });
    expect(spent.message).toContain('spent');
    expect(await h.balance(c.id)).toBe('2.95');
    // What is left of the overpaid part (2.95 of it is still credit) plus the invoice part can go back.
    h.ok(await t.gql(REFUND, { i: { paymentId: payment.id, amount: '2.95' } }, admin));
    expect(await h.balance(c.id)).toBe('0.00');
    const l = await h.ledger(c.id);
    expect(l.sum).toBe(l.balance);
  });

  it('issue 11.12: the transactions say what went to credit, and the invoice part adds up to the amount paid', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']); // 12.10
    const payment = h.ok(await pay(inv.id, '20.00')).addInvoicePayment;
    h.ok(await t.gql(REFUND, { i: { paymentId: payment.id, amount: '10.00' } }, admin)); // 7.90 from credit, 2.10 from the invoice
    const rows = h.ok(await t.gql(PAYMENT_PARTS, { id: inv.id }, admin)).invoice!;
    expect(rows.transactions).toEqual([
      { kind: 'PAYMENT', amount: { amount: '20.00' }, toClientCredit: { amount: '7.90' }, fromClientCredit: { amount: '0.00' }, appliedToInvoice: { amount: '12.10' } },
      { kind: 'REFUND', amount: { amount: '-10.00' }, toClientCredit: { amount: '0.00' }, fromClientCredit: { amount: '7.90' }, appliedToInvoice: { amount: '-2.10' } },
    ]);
    expect(rows.amountPaid.amount).toBe('10.00');
  });

  it('issue 11.12: a payment beyond the balance due by more than the invoice total needs allowOverpayment', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']); // 12.10
    const typo = errorOf(await pay(inv.id, '1210.00'));
    expect(typo).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(typo.message).toContain('allowOverpayment');
    expect(await h.get(inv.id)).toMatchObject({ status: 'UNPAID', amountPaid: { amount: '0.00' } });
    // Twice the total (a duplicate payment) is accepted as it is; more with the flag.
    expect(h.ok(await pay(inv.id, '24.20')).addInvoicePayment.toClientCredit.amount).toBe('12.10');
    expect(errorOf(await pay(inv.id, '12.11')).code).toBe('BAD_USER_INPUT');
    expect(h.ok(await pay(inv.id, '1210.00', { allowOverpayment: true })).addInvoicePayment.toClientCredit.amount).toBe('1210.00');
    expect(await h.balance(c.id)).toBe('1222.10');
  });

  it('issue 11.12: a retried refund returns the first refund — same gateway refund id (also concurrently) or same Idempotency-Key', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    const payment = h.ok(await pay(inv.id, '12.10')).addInvoicePayment;
    const i = { paymentId: payment.id, transactionId: `re_${Date.now()}` };
    const answers = await Promise.all(Array.from({ length: 6 }, () => t.gql(REFUND, { i }, admin)));
    const ids = answers.map((res) => h.ok(res).refundTransaction.id);
    expect(new Set(ids).size).toBe(1);
    expect(h.ok(await t.gql(REFUND, { i }, admin)).refundTransaction.id).toBe(ids[0]);
    expect(errorOf(await t.gql(REFUND, { i: { ...i, amount: '1.00' } }, admin))).toMatchObject({ code: 'CONFLICT', field: 'transactionId' });
    expect(await h.get(inv.id)).toMatchObject({ status: 'REFUNDED', amountPaid: { amount: '0.00' } });

    const other = await h.invoice(c.id, ['10.00']);
    const second = h.ok(await pay(other.id, '12.10')).addInvoicePayment;
    const headers = { 'idempotency-key': `refund-${Date.now()}` };
    const once = h.ok(await t.gql(REFUND, { i: { paymentId: second.id, amount: '1.00' } }, admin, headers)).refundTransaction;
    const again = h.ok(await t.gql(REFUND, { i: { paymentId: second.id, amount: '1.00' } }, admin, headers)).refundTransaction;
    expect(again.id).toBe(once.id);
    expect((await h.get(other.id)).amountPaid.amount).toBe('11.10');
  });

  it('issue 11.12: with yearly numbers an invoice cannot be dated before the last one issued in its year', async () => {
    await h.settings({ invoiceNumberReset: 'YEARLY', invoiceNumberFormat: 'Y{YEAR}-{NUMBER}' });
    const c = await h.newClient({ country: 'NL' });
    const march = await h.invoice(c.id, ['1.00'], { issueDate: '2031-03-10', dueDate: '2031-03-20' });
    expect(march.number).toBe('Y2031-1');
    const earlier = errorOf(await t.gql(CREATE_INVOICE, { i: { clientId: c.id, issueDate: '2031-03-01', dueDate: '2031-03-20', lines: [{ description: 'x', amount: '1.00' }] } }, admin));
    expect(earlier).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issueDate' });
    expect(earlier.message).toContain('2031-03-10');
    // Nothing was created and no number was used up; the same day and later days are fine, other years are other series.
    expect((await h.sql(`select count(*)::int as n from invoice where client_id = ?`, [keyOf(c.id)]))[0].n).toBe(1);
    expect((await h.invoice(c.id, ['1.00'], { issueDate: '2031-03-10', dueDate: '2031-03-20' })).number).toBe('Y2031-2');
    expect((await h.invoice(c.id, ['1.00'], { issueDate: '2030-12-31', dueDate: '2031-01-20' })).number).toBe('Y2030-1');
    // A Draft dated earlier is refused when it is issued, not when it is saved.
    const draft = await h.invoice(c.id, ['1.00'], { draft: true, issueDate: '2031-02-01', dueDate: '2031-03-20' });
    expect(errorOf(await t.gql(PUBLISH, { id: draft.id }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issueDate' });
    expect((await h.get(draft.id)).status).toBe('DRAFT');
  });

  it('issue 11.12: states are stored as ISO 3166-2 codes; names are normalised, unknown ones refused, so tax by state matches', async () => {
    await rule({ name: 'QST', level: 2, country: 'CA', state: 'Québec', rate: '9.975' });
    expect((await h.sql(`select state from tax_rule where name = 'QST'`))[0].state).toBe('QC');
    await rule({ name: 'GST', level: 1, country: 'CA', rate: '5' });
    const typed = await h.newClient({ country: 'CA', state: 'quebec', currency: 'CAD' });
    expect((await h.sql(`select state from client where id = ?`, [keyOf(typed.id)]))[0].state).toBe('QC');
    const inv = await h.invoice(typed.id, ['100.00']);
    expect([inv.tax1Name, inv.tax2Name, inv.total.amount]).toEqual(['GST', 'QST', '114.98']);
    for (const state of ['CA-QC', 'qc', ' Québec ']) {
      expect(h.ok(await t.gql(UPDATE_CLIENT, { id: typed.id, i: { state } }, admin)).updateClient.state).toBe('QC');
    }
    expect(errorOf(await t.gql(UPDATE_CLIENT, { id: typed.id, i: { state: 'Atlantis' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
    // Moving to another country re-checks the state it keeps.
    expect(errorOf(await t.gql(UPDATE_CLIENT, { id: typed.id, i: { country: 'US' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
    expect(h.ok(await t.gql(UPDATE_CLIENT, { id: typed.id, i: { country: 'US', state: 'New York' } }, admin)).updateClient).toMatchObject({ country: 'US', state: 'NY' });
    expect(errorOf(await t.gql(CREATE_PAYER, { c: typed.id, i: { type: 'INDIVIDUAL', name: 'P', country: 'CA', state: 'Bavaria' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
    expect(h.ok(await t.gql(CREATE_CONTACT, { c: typed.id, i: { firstName: 'A', lastName: 'B', email: `c-${Date.now()}@example.com`, country: 'DE', state: 'Bayern' } }, admin)).createContact.state).toBe('BY');
    expect(h.ok(await t.gql(PREVIEW, { i: { country: 'CA', state: 'Quebec', lines: [{ amount: '100.00' }] } }, admin)).previewTax.total.amount).toBe('114.98');
    expect(errorOf(await t.gql(TAX_RULE, { i: { name: 'X', level: 1, country: 'US', state: 'Gotham', rate: '1' } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'state' });
  });

  it('issue 11.12: catalog(currency:) returns only that currency\'s prices, nested prices included', async () => {
    const prices: PriceInput[] = [{ currency: 'EUR', cycle: 'MONTHLY', amount: '5.00' }, { currency: 'USD', cycle: 'MONTHLY', amount: '6.00' }];
    const p = h.ok(await t.gql(CREATE_PRODUCT, { i: { name: `Web ${Date.now()}`, type: 'HOSTING', payType: 'RECURRING', prices } }, admin)).createProduct;
    h.ok(await t.gql(CREATE_ADDON, { i: { name: 'Backup', payType: 'RECURRING', prices, productIds: [p.id] } }, admin));
    const res = h.ok(await t.gql(CATALOG, { c: 'EUR' }, admin));
    const mine = res.catalog.find((x) => x.id === p.id)!;
    expect(mine.prices).toEqual([{ currency: 'EUR' }]);
    expect(mine.addons[0].prices).toEqual([{ currency: 'EUR' }]);
    // Another root field of the same operation still sees every currency.
    expect(res.all.find((x) => x.id === p.id)!.prices.map((x) => x.currency).sort()).toEqual(['EUR', 'USD']);
    const anonymous = h.ok(await t.gql(USD_CATALOG));
    expect(anonymous.catalog.find((x) => x.id === p.id)!.prices).toEqual([{ currency: 'USD' }]);
  });
});
