import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { ClientPermission, CreateInvoiceInput, TaxRuleInput } from '../generated/graphql';
import { CANCEL, CREATE_INVOICE, GET, MARK_PAID, PUBLISH, TAX_RULE, UPDATE_INVOICE, invoiceHelpers } from '../support/invoices';
import { idOf, keyOf } from '../support/ids';

const CREATE_PAYER = graphql(`mutation InvoicesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }`);
const CREATE_CONTACT = graphql(`mutation InvoicesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }`);
const CREATE_USER = graphql(`mutation InvoicesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }`);
const MY_INVOICES = graphql(`query InvoicesMine { invoices { totalCount edges { node { id } } } }`);
const COUNT = graphql(`query InvoicesCount($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }`);
const LIST = graphql(`query InvoicesList($f: InvoiceFilter, $first: Int, $after: String) { invoices(filter: $f, first: $first, after: $after) { totalCount edges { node { id overdue } } pageInfo { hasNextPage endCursor } } }`);

describe('invoices (issue 4.4)', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    h = invoiceHelpers(t, () => admin);
    const rule = async (i: TaxRuleInput) => h.ok(await t.gql(TAX_RULE, { i }, admin));
    await rule({ name: 'VAT NL', level: 1, country: 'NL', rate: '21' });
    await rule({ name: 'GST', level: 1, country: 'CA', rate: '5' });
    await rule({ name: 'QST', level: 2, country: 'CA', state: 'QC', rate: '9.975', compound: true });
    await rule({ name: 'HST-like', level: 2, country: 'CA', state: 'ON', rate: '9.975' });
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    await h.settings({ taxMode: 'EXCLUSIVE', taxRounding: 'PER_LINE', autoApplyCredit: true, invoiceNumberFormat: '{NUMBER}', invoiceNumberReset: 'NEVER' });
  });

  it('issue 4.4: tax exclusive — totals from the tax engine with the client\'s country, exact strings', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00', '0.05']);
    expect(inv).toMatchObject({ status: 'UNPAID', currency: 'EUR', tax1Name: 'VAT NL', tax2Name: null });
    expect(inv.subtotal.amount).toBe('10.05');
    expect(inv.tax1.amount).toBe('2.11');
    expect(inv.tax2.amount).toBe('0.00');
    expect(inv.total).toEqual({ amount: '12.16', currency: 'EUR' });
    expect(inv.balanceDue.amount).toBe('12.16');
    expect(inv.lines.map((l) => [l.position, l.net.amount, l.tax1.amount, l.total.amount])).toEqual([[1, '10.00', '2.10', '12.10'], [2, '0.05', '0.01', '0.06']]);
    const exempt = await h.newClient({ country: 'NL', taxExempt: true });
    expect((await h.invoice(exempt.id, ['10.00'])).total.amount).toBe('10.00');
  });

  it('issue 4.4: tax inclusive — the gross stays and the tax is backed out', async () => {
    await h.settings({ taxMode: 'INCLUSIVE' });
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['12.10', '1.00']);
    expect([inv.subtotal.amount, inv.tax1.amount, inv.total.amount]).toEqual(['10.83', '2.27', '13.10']);
    expect(inv.lines.map((l) => [l.amount.amount, l.net.amount, l.tax1.amount])).toEqual([['12.10', '10.00', '2.10'], ['1.00', '0.83', '0.17']]);
  });

  it('issue 4.4: compound level 2 (QC) is on net + level 1; simple level 2 (ON) on the net', async () => {
    const qc = await h.newClient({ country: 'CA', state: 'QC', currency: 'CAD' });
    const a = await h.invoice(qc.id, ['100.00']);
    expect([a.tax1.amount, a.tax2.amount, a.total.amount, a.currency]).toEqual(['5.00', '10.47', '115.47', 'CAD']);
    const on = await h.newClient({ country: 'CA', state: 'ON', currency: 'CAD' });
    const b = await h.invoice(on.id, ['100.00']);
    expect([b.tax1.amount, b.tax2.amount, b.total.amount]).toEqual(['5.00', '9.98', '114.98']);
  });

  it('issue 4.4: rounding per line vs per invoice', async () => {
    const c = await h.newClient({ country: 'NL' });
    expect((await h.invoice(c.id, ['0.02', '0.02', '0.02'])).tax1.amount).toBe('0.00');
    await h.settings({ taxRounding: 'PER_INVOICE' });
    const inv = await h.invoice(c.id, ['0.02', '0.02', '0.02']);
    expect(inv.tax1.amount).toBe('0.01');
    expect(inv.lines.reduce((s, l) => s + Math.round(Number(l.tax1.amount) * 100), 0)).toBe(1);
  });

  it('issue 4.4: multi-currency — amounts in the client\'s currency with its decimals (JPY 0, BHD 3)', async () => {
    const jpy = await h.newClient({ currency: 'JPY', country: 'JP' });
    expect((await h.invoice(jpy.id, ['1500', '1'])).total).toEqual({ amount: '1501', currency: 'JPY' });
    expect(errorOf(await t.gql(CREATE_INVOICE, { i: { clientId: jpy.id, lines: [{ description: 'x', amount: '1.5' }] } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const bhd = await h.newClient({ currency: 'BHD', country: 'BH' });
    expect((await h.invoice(bhd.id, ['0.125'])).total).toEqual({ amount: '0.125', currency: 'BHD' });
    expect(errorOf(await t.gql(CREATE_INVOICE, { i: { clientId: jpy.id, currency: 'EUR', lines: [{ description: 'x', amount: '1' }] } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
  });

  it('issue 4.4: bad input is refused with a coded error and changes nothing', async () => {
    const c = await h.newClient({ country: 'NL' });
    const count = async () => (await h.sql('select count(*)::int as n from invoice where client_id = ?', [keyOf(c.id)]))[0].n;
    const line = (l: Record<string, unknown>) => ({ clientId: c.id, lines: [{ description: 'x', amount: '1.00', ...l }] });
    const cases: [Record<string, unknown>, string][] = [
      [line({ amount: '1.001' }), 'amount'],
      [line({ amount: 'abc' }), 'amount'],
      [{ clientId: c.id, lines: [{ description: 'x', amount: '-5.00' }] }, 'lines'],
      [line({ description: '   ' }), 'description'],
      [line({ serviceId: idOf('Service', 99999) }), 'serviceId'],
      [line({ domainId: idOf('Domain', 99999) }), 'domainId'],
      [line({ type: 'SERVICE' }), 'type'],
      [{ ...line({}), issueDate: '2026-02-10', dueDate: '2026-02-01' }, 'dueDate'],
      [{ ...line({}), payerId: idOf('ClientPayer', 99999) }, 'payerId'],
      [{ clientId: c.id, lines: [] }, 'lines'],
      [{ ...line({}), currency: 'USD' }, 'currency'],
    ];
    for (const [i, field] of cases) expect(errorOf(await t.gql(CREATE_INVOICE, { i: i as CreateInvoiceInput /* invalid on purpose */ }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errorOf(await t.gql(CREATE_INVOICE, { i: { ...line({}), clientId: idOf('Client', 99999999) } }, admin)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(CREATE_INVOICE, { i: line({}) }, await c.token())).code).toBe('FORBIDDEN');
    expect(await count()).toBe(0);
    // A discount line is fine while the total stays >= 0.
    expect((await h.invoice(c.id, ['10.00', '-2.00'])).total.amount).toBe('9.68');
  });

  it('issue 4.4: gapless numbers from the configured format, assigned when the invoice leaves Draft', async () => {
    await h.settings({ invoiceNumberFormat: 'INV-{YEAR}-{NUMBER:5}' });
    const c = await h.newClient({ country: 'NL' });
    const draft = await h.invoice(c.id, ['5.00'], { draft: true, issueDate: '2026-03-01' });
    expect(draft).toMatchObject({ status: 'DRAFT', number: null, addressedTo: null });
    const first = await h.invoice(c.id, ['5.00'], { issueDate: '2026-03-02' });
    const published = h.ok(await t.gql(PUBLISH, { id: draft.id }, admin)).publishInvoice;
    expect(published.status).toBe('UNPAID');
    const n1 = Number(/^INV-2026-(\d{5})$/.exec(first.number!)![1]);
    expect(published.number).toBe(`INV-2026-${String(n1 + 1).padStart(5, '0')}`);
    expect(errorOf(await t.gql(PUBLISH, { id: draft.id }, admin))).toMatchObject({ code: 'CONFLICT', field: 'status' });
    // Concurrent publishing: distinct, consecutive numbers.
    const drafts = await Promise.all(Array.from({ length: 8 }, () => h.invoice(c.id, ['1.00'], { draft: true, issueDate: '2026-03-03' })));
    const out = await Promise.all(drafts.map((d) => t.gql(PUBLISH, { id: d.id }, admin)));
    const numbers = out.map((r) => Number(/(\d{5})$/.exec(h.ok(r).publishInvoice.number!)![1])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => n1 + 2 + i));
  });

  it('issue 4.4: addressed to the chosen payer, else the billing contact, else the client', async () => {
    const c = await h.newClient({ country: 'NL', companyName: 'Acme BV' });
    const plain = await h.invoice(c.id, ['1.00']);
    expect(plain.addressedTo).toMatchObject({ name: 'Ina Voice', companyName: 'Acme BV', email: c.email, country: 'NL' });
    const payer = h.ok(await t.gql(CREATE_PAYER,
      { c: c.id, i: { type: 'COMPANY', name: 'Acme Holding', taxId: 'NL123B01', country: 'NL' } }, admin)).createPayer;
    const viaPayer = await h.invoice(c.id, ['1.00'], { payerId: payer.id });
    expect(viaPayer).toMatchObject({ payer: { id: payer.id }, addressedTo: { name: 'Acme Holding', taxId: 'NL123B01' } });
    const contact = h.ok(await t.gql(CREATE_CONTACT,
      { c: c.id, i: { firstName: 'Bill', lastName: 'Ing', email: `bill-${Date.now()}@example.com`, country: 'BE', billingContact: true } }, admin)).createContact;
    expect(contact.id).toBeDefined();
    expect((await h.invoice(c.id, ['1.00'])).addressedTo).toMatchObject({ name: 'Bill Ing', country: 'BE' });
    const other = await h.newClient();
    const otherPayer = h.ok(await t.gql(CREATE_PAYER,
      { c: other.id, i: { type: 'INDIVIDUAL', name: 'Someone' } }, admin)).createPayer;
    expect(errorOf(await t.gql(CREATE_INVOICE, { i: { clientId: c.id, payerId: otherPayer.id, lines: [{ description: 'x', amount: '1' }] } }, admin)))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'payerId' });
  });

  it('issue 4.4: staff edit Draft/Unpaid invoices (lines replaced, recomputed); a paid one cannot be edited; cancel', async () => {
    const c = await h.newClient({ country: 'NL' });
    const inv = await h.invoice(c.id, ['10.00']);
    const edited = h.ok(await t.gql(UPDATE_INVOICE, { id: inv.id, i: { notes: 'Thanks', dueDate: '2099-01-01', lines: [{ description: 'A', amount: '20.00' }, { description: 'B', amount: '5.00', taxable: false }] } }, admin)).updateInvoice;
    expect(edited).toMatchObject({ notes: 'Thanks', dueDate: '2099-01-01', number: inv.number });
    expect([edited.subtotal.amount, edited.tax1.amount, edited.total.amount, edited.lines.length]).toEqual(['25.00', '4.20', '29.20', 2]);
    expect(errorOf(await t.gql(UPDATE_INVOICE, { id: inv.id, i: { lines: [{ description: 'x', amount: '1.001' }] } }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect((await h.get(inv.id)).total.amount).toBe('29.20');
    const paid = h.ok(await t.gql(MARK_PAID, { id: inv.id }, admin)).markInvoicePaid;
    expect(paid).toMatchObject({ status: 'PAID', balanceDue: { amount: '0.00' }, amountPaid: { amount: '29.20' } });
    expect(paid.datePaid).toEqual(expect.any(String));
    expect(paid.transactions).toMatchObject([{ kind: 'PAYMENT', gateway: 'manual', amount: { amount: '29.20' } }]);
    expect(errorOf(await t.gql(UPDATE_INVOICE, { id: inv.id, i: { notes: 'late' } }, admin))).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(errorOf(await t.gql(CANCEL, { id: inv.id }, admin))).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(errorOf(await t.gql(MARK_PAID, { id: inv.id }, admin))).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect((await h.get(inv.id)).notes).toBe('Thanks');
    const other = await h.invoice(c.id, ['3.00']);
    const cancelled = h.ok(await t.gql(CANCEL, { id: other.id }, admin)).cancelInvoice;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', balanceDue: { amount: '0.00' } });
    expect(errorOf(await t.gql(UPDATE_INVOICE, { id: other.id, i: { notes: 'x' } }, admin)).code).toBe('CONFLICT');
    const activity = await h.sql(`select action from activity_log_entry where target_type = 'Invoice' and target_id = ? order by id`, [String(keyOf(inv.id))]);
    expect(activity.map((a: any) => a.action)).toEqual(['invoice.create', 'invoice.update', 'invoice.markPaid']);
  });

  it('issue 4.4: a client sees its own issued invoices (users need INVOICES), never drafts or another client\'s', async () => {
    const a = await h.newClient({ country: 'NL' });
    const b = await h.newClient({ country: 'NL' });
    const mine = await h.invoice(a.id, ['1.00']);
    const draft = await h.invoice(a.id, ['1.00'], { draft: true });
    const theirs = await h.invoice(b.id, ['1.00']);
    const token = await a.token();
    expect(h.ok(await t.gql(GET, { id: mine.id }, token)).invoice!.id).toBe(mine.id);
    expect(await t.gql(GET, { id: theirs.id }, token)).toMatchObject({ data: { invoice: null } });
    expect(await t.gql(GET, { id: draft.id }, token)).toMatchObject({ data: { invoice: null } });
    const list = h.ok(await t.gql(MY_INVOICES, {}, token)).invoices;
    expect(list.edges.map((e) => e.node.id)).toEqual([mine.id]);
    expect(errorOf(await t.gql(COUNT, { c: b.id }, token)).code).toBe('NOT_FOUND');
    const userInput = (p: ClientPermission[]) => ({ email: `u-${p.join('')}-${Date.now()}@example.com`, firstName: 'U', lastName: 'Ser', password: 'user-password-1', permissions: p });
    const billing = h.ok(await t.gql(CREATE_USER, { c: a.id, i: userInput(['INVOICES']) }, token)).createClientUser;
    const support = h.ok(await t.gql(CREATE_USER, { c: a.id, i: userInput(['SUPPORT']) }, token)).createClientUser;
    expect(h.ok(await t.gql(GET, { id: mine.id }, await t.clientToken(billing.email, 'user-password-1'))).invoice!.id).toBe(mine.id);
    expect(await t.gql(GET, { id: mine.id }, await t.clientToken(support.email, 'user-password-1'))).toMatchObject({ data: { invoice: null } });
  });

  it('issue 4.4: staff list invoices by client, status and overdue, paginated', async () => {
    const c = await h.newClient({ country: 'NL' });
    const late = await h.invoice(c.id, ['1.00'], { issueDate: '2020-01-01', dueDate: '2020-01-15' });
    const current = await h.invoice(c.id, ['2.00'], { dueDate: '2099-01-01' });
    await h.invoice(c.id, ['3.00'], { draft: true });
    const all = h.ok(await t.gql(LIST, { f: { clientId: c.id }, first: 2 }, admin)).invoices;
    expect(all.totalCount).toBe(3);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = h.ok(await t.gql(LIST, { f: { clientId: c.id }, first: 2, after: all.pageInfo.endCursor }, admin)).invoices;
    expect(next.edges.length).toBe(1);
    const overdue = h.ok(await t.gql(LIST, { f: { clientId: c.id, overdue: true } }, admin)).invoices;
    expect(overdue.edges).toEqual([{ node: { id: late.id, overdue: true } }]);
    const unpaid = h.ok(await t.gql(LIST, { f: { clientId: c.id, status: ['UNPAID'] } }, admin)).invoices;
    expect(unpaid.edges.map((e) => e.node.id)).toEqual([current.id, late.id]);
  });
});
