import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type TestApp } from './test-app';
import { keyOf } from './ids';
import { graphql } from '../generated';
import type { CreateClientInput, UpdateBillingSettingsInput } from '../generated/graphql';

/** GraphQL documents and helpers shared by the invoice, payment and concurrency tests. */
/** The invoice fields the documents below select. */
export const INVOICE_FIELDS = graphql(`fragment InvoiceFields on Invoice { id number status currency client { id } payer { id } issueDate dueDate datePaid notes overdue clientName clientEmail
  subtotal { amount currency } tax1 { amount currency } tax2 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency }
  tax1Name tax2Name addressedTo { name companyName email country taxId }
  lines { id position type description taxable service { id } domain { id } addon { id } amount { amount } net { amount } tax1 { amount } tax2 { amount } total { amount } }
  transactions { id kind gateway transactionId amount { amount } toClientCredit { amount } refunded { amount } refundOf { id } toCredit } }`);
export const CREATE_CLIENT = graphql(`mutation InvoiceHelpersCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency } }`);
export const CREATE_INVOICE = graphql(`mutation InvoiceHelpersCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...InvoiceFields } }`);
export const UPDATE_INVOICE = graphql(`mutation InvoiceHelpersUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { ...InvoiceFields } }`);
export const PUBLISH = graphql(`mutation InvoiceHelpersPublish($id: ID!, $c: Boolean) { publishInvoice(id: $id, applyCredit: $c) { ...InvoiceFields } }`);
export const CANCEL = graphql(`mutation InvoiceHelpersCancel($id: ID!) { cancelInvoice(id: $id) { ...InvoiceFields } }`);
export const MARK_PAID = graphql(`mutation InvoiceHelpersMarkPaid($id: ID!) { markInvoicePaid(id: $id) { ...InvoiceFields } }`);
export const GET = graphql(`query InvoiceHelpersGet($id: ID!) { invoice(id: $id) { ...InvoiceFields } }`);
export const PAY = graphql(`mutation InvoiceHelpersPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id kind gateway transactionId invoice { id } amount { amount currency } toClientCredit { amount } } }`);
export const REFUND = graphql(`mutation InvoiceHelpersRefund($i: RefundTransactionInput!) { refundTransaction(input: $i) { id kind gateway amount { amount currency } refundOf { id } toCredit toClientCredit { amount } } }`);
export const APPLY = graphql(`mutation InvoiceHelpersApplyCredit($id: ID!, $a: String) { applyCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }`);
export const REMOVE_CREDIT = graphql(`mutation InvoiceHelpersRemoveCredit($id: ID!, $a: String) { removeAppliedCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }`);
export const ADD_CREDIT = graphql(`mutation InvoiceHelpersAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
export const SETTINGS = graphql(`mutation InvoiceHelpersSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { taxMode taxRounding autoApplyCredit } }`);
export const TAX_RULE = graphql(`mutation InvoiceHelpersTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }`);
export const BALANCE = graphql(`query InvoiceHelpersBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }`);

let seq = 0;

export function invoiceHelpers(t: TestApp, admin: () => string) {
  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  return {
    ok,
    sql,
    errorOf,
    async newClient(input: Partial<CreateClientInput> = {}) {
      const email = `inv-${++seq}-${Date.now()}@example.com`;
      const client = ok(await t.gql(CREATE_CLIENT, { i: { firstName: 'Ina', lastName: 'Voice', email, password: 'client-password-1', currency: 'EUR', ...input } }, admin())).createClient;
      return { ...client, email, token: () => t.clientToken(email, 'client-password-1') };
    },
    async invoice(clientId: string, amounts: string[], extra: Record<string, unknown> = {}) {
      const lines = amounts.map((amount, i) => ({ description: `Line ${i + 1}`, amount }));
      return ok(await t.gql(CREATE_INVOICE, { i: { clientId, lines, ...extra } }, admin())).createInvoice;
    },
    async get(id: string) {
      return ok(await t.gql(GET, { id }, admin())).invoice!;
    },
    async balance(clientId: string) {
      return ok(await t.gql(BALANCE, { id: clientId }, admin())).client!.creditBalance!.amount;
    },
    async addCredit(clientId: string, amount: string) {
      ok(await t.gql(ADD_CREDIT, { i: { clientId, amount, description: 'test credit' } }, admin()));
    },
    async settings(input: UpdateBillingSettingsInput) {
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
export const SET_STATUS = graphql(`mutation InvoiceHelpersSetStatus($id: ID!, $status: InvoiceStatus!, $note: String) { setInvoiceStatus(id: $id, status: $status, note: $note) { id status balanceDue { amount } overdue } }`);
export const REFUND_TOTALS = graphql(`query InvoiceHelpersRefundTotals($id: ID!) { invoice(id: $id) { status amountPaid { amount currency } amountRefunded { amount currency } creditApplied { amount } balanceDue { amount } } }`);
// The transaction fields the transaction documents select.
graphql(`fragment TransactionFields on Transaction { id kind gateway transactionId client { id } invoice { id } clientName clientEmail date toCredit refundOf { id } amount { amount currency } toClientCredit { amount } refunded { amount } }`);
export const TRANSACTIONS = graphql(`query InvoiceHelpersTransactions($f: TransactionFilter, $first: Int, $after: String, $last: Int, $before: String) {
  transactions(filter: $f, first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { ...TransactionFields } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
export const GET_TRANSACTION = graphql(`query InvoiceHelpersGetTransaction($id: ID!) { transaction(id: $id) { ...TransactionFields } }`);

/** A test app with an admin token, the invoice helpers and one tax rule: VAT NL 21 % on level 1. */
export async function startInvoiceTestApp(env: Record<string, string> = {}) {
  const t = await startTestApp(env);
  const admin = await t.staffToken(StaffRole.ADMIN);
  const h = invoiceHelpers(t, () => admin);
  h.ok(await t.gql(TAX_RULE, { i: { name: 'VAT NL', level: 1, country: 'NL', rate: '21' } }, admin));
  return { t, admin, h };
}
