import { sqlStatements } from '../../src/shared/orm';
import { PAY, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';
import { ok, type Operation, type TestApp } from '../support/test-app';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { createProduct, createServer, createService } from '../support/fixtures';
import { graphql } from '../generated';

const INVOICES = graphql(`query NPlusOneInvoices($first: Int!) { invoices(first: $first) { edges { node {
  id number client { id email } payer { id } lines { id description total { amount } service { id domain } domain { id } addon { id } } transactions { id amount { amount } staff { id email } refundOf { id } }
} } } }`);
const TRANSACTIONS = graphql(`query NPlusOneTransactions($first: Int!) { transactions(first: $first) { edges { node {
  id amount { amount } client { id email } invoice { id number lines { id } } staff { id email } refundOf { id }
} } } }`);
const SERVICES = graphql(`query NPlusOneServices($first: Int!) { services(first: $first) { edges { node {
  id client { id email } product { id name } server { id name }
} } } }`);

describe('no N+1 queries on billing and service lists', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
    // 24 invoices of 12 clients, two lines each, each paid in part; 24 services on 3 servers of 3 products.
    const serverIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      serverIds.push(await createServer(t, admin, { name: `plesk-n1-${i}`, module: 'plesk', hostname: `panel${i}.example.net`, settings: { username: 'admin', password: 'plesk-secret-pw' } }));
    }
    const productIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      productIds.push(await createProduct(t, admin, { name: `Hosting N1 ${i}`, type: 'HOSTING', module: 'plesk', productOptions: { planName: 'Default' } }));
    }
    for (let c = 0; c < 12; c++) {
      const client = await h.newClient({ country: 'NL' });
      for (let k = 0; k < 2; k++) {
        const serviceId = await createService(t, admin, { clientId: client.id, productId: productIds[(c + k) % 3], serverId: serverIds[k % 3], billingCycle: 'MONTHLY', recurringAmount: '5.00' });
        // Issue 13.3: the first line refers to the service, which the list resolves as an object.
        const invoice = await h.invoice(client.id, [], { lines: [{ description: 'Line 1', amount: '10.00', serviceId }, { description: 'Line 2', amount: '2.50' }] });
        h.ok(await t.gql(PAY, { i: { invoiceId: invoice.id, amount: '5.00', gateway: 'bank', transactionId: `n1-${c}-${k}` } }, admin));
      }
    }
  });
  afterAll(() => t.stop());

  /**
   * SQL statements run while one HTTP request is served (the session lookup included). Background work
   * (the job queue's recurring tasks) only ever adds statements, so the fewest of three runs is the request's.
   */
  const statementsFor = async <R, N>(query: Operation<R, { first: number }>, first: number, nodesOf: (data: R) => N[]) => {
    let fewest = Infinity;
    let data: R | undefined;
    for (let run = 0; run < 3; run++) {
      const before = sqlStatements.count;
      const res = await t.gql(query, { first }, admin);
      fewest = Math.min(fewest, sqlStatements.count - before);
      data = ok(res);
    }
    return { statements: fewest, edges: nodesOf(data!) };
  };
  const invoices = (data: ResultOf<typeof INVOICES>) => data.invoices.edges.map((e) => e.node);
  const transactions = (data: ResultOf<typeof TRANSACTIONS>) => data.transactions.edges.map((e) => e.node);
  const services = (data: ResultOf<typeof SERVICES>) => data.services.edges.map((e) => e.node);

  it('issue 4.4 / 13.3: invoices(first: 3) and invoices(first: 24) with client, payer, lines (their service, domain, addon) and transactions (their staff) run the same number of statements', async () => {
    const small = await statementsFor(INVOICES, 3, invoices);
    const large = await statementsFor(INVOICES, 24, invoices);
    expect(large.edges).toHaveLength(24);
    for (const invoice of large.edges) {
      expect(invoice.client!.email).toMatch(/@example\.com$/);
      expect(invoice.lines.map((l) => l.description)).toEqual(['Line 1', 'Line 2']);
      expect(invoice.transactions.map((x) => x.amount.amount)).toEqual(['5.00']);
      expect(invoice.lines[0].service!.id).toBeDefined();
      expect(invoice.transactions[0].staff!.email).toMatch(/@example\.com$/);
    }
    expect(large.statements).toBe(small.statements);
  });

  it('issue 4.5 / 13.3: transactions(first: 3) and transactions(first: 24) with client, invoice (and its lines), staff and refunded payment run the same number of statements', async () => {
    const small = await statementsFor(TRANSACTIONS, 3, transactions);
    const large = await statementsFor(TRANSACTIONS, 24, transactions);
    expect(large.edges).toHaveLength(24);
    for (const transaction of large.edges) {
      expect(transaction.invoice!.lines).toHaveLength(2);
      expect(transaction.client!.id).toBeDefined();
      expect(transaction.staff!.id).toBeDefined();
    }
    expect(large.statements).toBe(small.statements);
  });

  it('SV-1: services(first: 3) and services(first: 24) with client, product and server run the same number of statements', async () => {
    const small = await statementsFor(SERVICES, 3, services);
    const large = await statementsFor(SERVICES, 24, services);
    expect(large.edges).toHaveLength(24);
    for (const service of large.edges) expect([service.client.email, service.product.name, service.server!.name].every(Boolean)).toBe(true);
    expect(large.statements).toBe(small.statements);
  });
});
