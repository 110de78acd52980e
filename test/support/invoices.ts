import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type TestApp } from './test-app';
import { keyOf } from './ids';

/** GraphQL documents and helpers shared by the invoice, payment and concurrency tests. */
export const MONEY = 'amount currency';
export const INVOICE = `id number status currency client { id } payer { id } issueDate dueDate datePaid notes overdue clientName clientEmail
  subtotal { ${MONEY} } tax1 { ${MONEY} } tax2 { ${MONEY} } total { ${MONEY} } creditApplied { ${MONEY} } amountPaid { ${MONEY} } balanceDue { ${MONEY} }
  tax1Name tax2Name addressedTo { name companyName email country taxId }
  lines { id position type description taxable service { id } domain { id } addon { id } amount { amount } net { amount } tax1 { amount } tax2 { amount } total { amount } }
  transactions { id kind gateway transactionId amount { amount } toClientCredit { amount } refunded { amount } refundOf { id } toCredit }`;
export const CREATE_CLIENT = `mutation($i: CreateClientInput!) { createClient(input: $i) { id currency } }`;
export const CREATE_INVOICE = `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { ${INVOICE} } }`;
export const UPDATE_INVOICE = `mutation($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { ${INVOICE} } }`;
export const PUBLISH = `mutation($id: ID!, $c: Boolean) { publishInvoice(id: $id, applyCredit: $c) { ${INVOICE} } }`;
export const CANCEL = `mutation($id: ID!) { cancelInvoice(id: $id) { ${INVOICE} } }`;
export const MARK_PAID = `mutation($id: ID!) { markInvoicePaid(id: $id) { ${INVOICE} } }`;
export const GET = `query($id: ID!) { invoice(id: $id) { ${INVOICE} } }`;
export const PAY = `mutation($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id kind gateway transactionId invoice { id } amount { ${MONEY} } toClientCredit { amount } } }`;
export const REFUND = `mutation($i: RefundTransactionInput!) { refundTransaction(input: $i) { id kind gateway amount { ${MONEY} } refundOf { id } toCredit toClientCredit { amount } } }`;
export const APPLY = `mutation($id: ID!, $a: String) { applyCredit(invoiceId: $id, amount: $a) { ${INVOICE} } }`;
export const REMOVE_CREDIT = `mutation($id: ID!, $a: String) { removeAppliedCredit(invoiceId: $id, amount: $a) { ${INVOICE} } }`;
export const ADD_CREDIT = `mutation($i: CreditChangeInput!) { addCredit(input: $i) { id } }`;
export const SETTINGS = `mutation($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { taxMode taxRounding autoApplyCredit } }`;
export const TAX_RULE = `mutation($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }`;
export const BALANCE = `query($id: ID!) { client(id: $id) { creditBalance { amount } } }`;

let seq = 0;

export function invoiceHelpers(t: TestApp, admin: () => string) {
  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  return {
    ok,
    sql,
    errorOf,
    async newClient(input: Record<string, unknown> = {}) {
      const email = `inv-${++seq}-${Date.now()}@example.com`;
      const client = ok(await t.gql(CREATE_CLIENT, { i: { firstName: 'Ina', lastName: 'Voice', email, password: 'client-password-1', currency: 'EUR', ...input } }, admin())).createClient;
      return { ...client, email, token: () => t.clientToken(email, 'client-password-1') } as { id: string; currency: string; email: string; token: () => Promise<string> };
    },
    async invoice(clientId: string, amounts: string[], extra: Record<string, unknown> = {}) {
      const lines = amounts.map((amount, i) => ({ description: `Line ${i + 1}`, amount }));
      return ok(await t.gql(CREATE_INVOICE, { i: { clientId, lines, ...extra } }, admin())).createInvoice;
    },
    async get(id: string) {
      return ok(await t.gql(GET, { id }, admin())).invoice;
    },
    async balance(clientId: string) {
      return ok(await t.gql(BALANCE, { id: clientId }, admin())).client.creditBalance.amount as string;
    },
    async addCredit(clientId: string, amount: string) {
      ok(await t.gql(ADD_CREDIT, { i: { clientId, amount, description: 'test credit' } }, admin()));
    },
    async settings(input: Record<string, unknown>) {
      return ok(await t.gql(SETTINGS, { i: input }, admin())).updateBillingSettings;
    },
    /** The ledger sum and the stored balance of a client, in minor units. */
    async ledger(clientId: string) {
      return (await sql(
        `select coalesce(sum(amount_minor), 0)::text as sum, (select credit_balance_minor::text from client where id = ?) as balance from credit_entry where client_id = ?`,
        [keyOf(clientId), keyOf(clientId)],
      ))[0] as { sum: string; balance: string };
    },
  };
}

/** Issue 4.4/4.5: status moves, refund totals and the transactions list. */
export const SET_STATUS = `mutation($id: ID!, $status: InvoiceStatus!, $note: String) { setInvoiceStatus(id: $id, status: $status, note: $note) { id status balanceDue { amount } overdue } }`;
export const REFUND_TOTALS = `query($id: ID!) { invoice(id: $id) { status amountPaid { ${MONEY} } amountRefunded { ${MONEY} } creditApplied { amount } balanceDue { amount } } }`;
export const TRANSACTION = `id kind gateway transactionId client { id } invoice { id } clientName clientEmail date toCredit refundOf { id } amount { ${MONEY} } toClientCredit { amount } refunded { amount }`;
export const TRANSACTIONS = `query($f: TransactionFilter, $first: Int, $after: String, $last: Int, $before: String) {
  transactions(filter: $f, first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { ${TRANSACTION} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
export const GET_TRANSACTION = `query($id: ID!) { transaction(id: $id) { ${TRANSACTION} } }`;

/** A test app with an admin token, the invoice helpers and one tax rule: VAT NL 21 % on level 1. */
export async function startInvoiceTestApp(env: Record<string, string> = {}) {
  const t = await startTestApp(env);
  const admin = await t.staffToken(StaffRole.ADMIN);
  const h = invoiceHelpers(t, () => admin);
  h.ok(await t.gql(TAX_RULE, { i: { name: 'VAT NL', level: 1, country: 'NL', rate: '21' } }, admin));
  return { t, admin, h };
}
