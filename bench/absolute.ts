/**
 * The benchmarks of this server alone, checked against absolute limits
 * (bench/targets.ts): invoice, transaction and client lists, client and
 * invoice searches, createInvoice,
 * concurrent payments, query plans and memory. They write (invoices,
 * payments), so they run after the comparisons.
 */
import type { ServerProcess } from './servers';
import type { Gql, Seeded } from './seed';
import { concurrent, percentile, sequential } from './measure';
import { sqlPerRequest } from './compare';
import { globalId } from '../src/shared/ids';

const REQUESTS = 200;
const WARM_UP = 10;

const INVOICES = `query($after: String) { invoices(first: 50, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id number status issueDate dueDate client { id } clientName
    subtotal { amount currency } tax1 { amount } total { amount } creditApplied { amount } amountPaid { amount } balanceDue { amount }
    lines { id description amount { amount } tax1 { amount } total { amount } }
    transactions { id kind gateway transactionId date amount { amount } } } } } }`;
const TRANSACTIONS = `query($after: String) { transactions(first: 50, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id kind gateway transactionId date amount { amount currency } invoice { id number status } client { id email } } } } }`;
const CLIENTS = `query($after: String) { clients(first: 50, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id email firstName lastName companyName status creditBalance { amount currency } contacts { id email firstName lastName } } } } }`;
const CLIENT_SEARCH = `query($search: String!) { clients(first: 50, filter: { search: $search }) {
  totalCount edges { node { id email firstName lastName companyName status } } } }`;
const INVOICE_SEARCH = `query($search: String!) { invoices(first: 50, filter: { search: $search }) {
  totalCount edges { node { id number status issueDate client { id } total { amount currency } balanceDue { amount } } } } }`;
const CREATE_INVOICE = `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) {
  id number status total { amount } creditApplied { amount } balanceDue { amount } lines { id total { amount } } } }`;
const PAY = `mutation($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id amount { amount } } }`;

interface Bench {
  gql: Gql;
  server: ServerProcess;
}

export async function absoluteBenchmarks(server: ServerProcess, gql: Gql, seeded: Seeded, tokens: { admin: string; client: string }) {
  const b: Bench = { gql, server };
  const measured: Record<string, number> = {
    ...(await listLatency(b, 'invoices (staff)', INVOICES, 'invoices', tokens.admin)),
    ...(await listLatency(b, 'invoices (client)', INVOICES, 'invoices', tokens.client)),
    ...(await listLatency(b, 'transactions', TRANSACTIONS, 'transactions', tokens.admin)),
    ...(await listLatency(b, 'clients', CLIENTS, 'clients', tokens.admin)),
    ...(await searchLatency(b, 'client search', CLIENT_SEARCH, 'clients', tokens.admin)),
    ...(await searchLatency(b, 'invoice search', INVOICE_SEARCH, 'invoices', tokens.admin)),
    ...(await createInvoiceBench(b, tokens.admin, seeded.creditClientIds)),
    ...(await paymentBench(b, tokens.admin, seeded.unpaid)),
  };
  const seqScans = await server.request<string[]>('seqScans');
  const { rssMiB, heapUsedMiB } = await server.stats({ gc: true });
  return { measured: { ...measured, 'seq scans filtering large tables': seqScans.length, 'server RSS': rssMiB, 'server heapUsed': heapUsedMiB }, seqScans };
}

/** Runs one request of a benchmark with the server recording its SQL, for the query plan check. */
async function sample(b: Bench, fn: () => Promise<unknown>) {
  await b.server.request('sampleStart');
  try {
    await fn();
  } finally {
    await b.server.request('sampleStop');
  }
}

/** Sequential requests walking a list with its cursor (back to the first page at the end): p50, p95 and the SQL of a page. */
async function listLatency(b: Bench, name: string, query: string, field: string, token: string) {
  let after: string | undefined;
  const page = async () => {
    const connection = (await b.gql(query, { after }, token))[field];
    if (!connection.edges.length) throw new Error(`${name}: empty page`);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : undefined;
  };
  await sequential(WARM_UP, page);
  const statements = await sqlPerRequest(b.server, page);
  await sample(b, page);
  const samples = await sequential(REQUESTS, page);
  return { [`${name} p50`]: percentile(samples, 50), [`${name} p95`]: percentile(samples, 95), [`${name} SQL/request`]: statements };
}

/**
 * Sequential first pages of a list searched for a seeded client's last name
 * fragment ("last1234" matches about 11 of the 20,000 clients: Last1234,
 * Last12340-Last12349), a different one each request: p50, p95.
 */
async function searchLatency(b: Bench, name: string, query: string, field: string, token: string) {
  const page = async (i: number) => {
    const connection = (await b.gql(query, { search: `last${1000 + ((i * 37) % 1000)}` }, token))[field];
    if (!connection.edges.length) throw new Error(`${name}: nothing found`);
  };
  await sequential(WARM_UP, page);
  await sample(b, () => page(0));
  const samples = await sequential(REQUESTS, page);
  return { [`${name} p50`]: percentile(samples, 50), [`${name} p95`]: percentile(samples, 95) };
}

/** createInvoice with 3 taxed lines on clients with credit (applied automatically): sequential latency, then 10 in flight. */
async function createInvoiceBench(b: Bench, token: string, clientIds: string[]) {
  const create = async (i: number) => {
    const data = await b.gql(CREATE_INVOICE, { i: { clientId: clientIds[i % clientIds.length], lines: [
      { description: 'Web hosting Pro (monthly)', amount: '19.95' },
      { description: 'Domain example.nl (1 year)', amount: '12.99' },
      { description: 'SSL certificate', amount: '4.50' },
    ] } }, token);
    if (data.createInvoice.creditApplied.amount === '0.00') throw new Error('createInvoice: credit was not applied');
  };
  await sequential(WARM_UP, create);
  const statements = await sqlPerRequest(b.server, () => create(0));
  await sample(b, () => create(0));
  const samples = await sequential(REQUESTS, create);
  const { opsPerSec } = await concurrent(500, 10, create);
  return { 'createInvoice p50': percentile(samples, 50), 'createInvoice p95': percentile(samples, 95), 'createInvoice SQL/request': statements, 'createInvoice x10 throughput': opsPerSec };
}

/** Rounds of 20 payments at once, each settling a different unpaid invoice of a different client (round 0 warms up). */
async function paymentBench(b: Bench, token: string, unpaid: Seeded['unpaid']) {
  const pay = (invoice: Seeded['unpaid'][0]) =>
    b.gql(PAY, { i: { invoiceId: globalId('Invoice', invoice.id), amount: invoice.amount, gateway: 'bench', transactionId: `bench-${invoice.id}` } }, token);
  const [warmUp, ...rounds] = paymentRounds(unpaid, 11, 20);
  await sample(b, () => pay(warmUp.pop()!));
  await concurrent(warmUp.length, warmUp.length, (i) => pay(warmUp[i]));
  const samples: number[] = [];
  for (const round of rounds) samples.push(...(await concurrent(round.length, round.length, (i) => pay(round[i]))).samples);
  return { 'addInvoicePayment x20 p50': percentile(samples, 50), 'addInvoicePayment x20 p95': percentile(samples, 95) };
}

/** `count` groups of `width` invoices, each invoice used once and each group of distinct clients. */
function paymentRounds(unpaid: Seeded['unpaid'], count: number, width: number): Seeded['unpaid'][] {
  const taken = new Set<number>();
  return Array.from({ length: count }, () => {
    const clients = new Set<number>();
    const round: Seeded['unpaid'] = [];
    for (const invoice of unpaid) {
      if (round.length === width) break;
      if (taken.has(invoice.id) || clients.has(invoice.clientId)) continue;
      taken.add(invoice.id);
      clients.add(invoice.clientId);
      round.push(invoice);
    }
    if (round.length < width) throw new Error('payments: not enough unpaid invoices of different clients');
    return round;
  });
}
