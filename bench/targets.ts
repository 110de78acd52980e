/**
 * Speed and memory targets checked by `npm run bench` (the run exits 1 when
 * one is missed). Calibrated on a 2-core machine with the seed of
 * bench/seed.ts (2,000 clients, 6,000 invoices); the worst of eight runs is
 * in each comment. Latency limits are about 2.5-3x that worst value: loose
 * enough for a noisy CI machine, tight enough that a request doing three
 * times the work fails. The SQL and plan targets count, with little headroom,
 * so they catch an N+1 or a missing index that latency at this data size
 * cannot show.
 */
export interface Target {
  /** latency, statements, plan, memory: at most `limit`; throughput: at least. */
  metric: 'latency' | 'statements' | 'plan' | 'throughput' | 'memory';
  limit: number;
  unit: 'ms' | 'statements' | 'scans' | 'ops/s' | 'MB';
}

export const targets = {
  // invoices(first: 50) with lines and transactions, staff, walking the pages. Worst p50 66 ms, p95 86 ms.
  'invoices (staff) p50': { metric: 'latency', limit: 150, unit: 'ms' },
  'invoices (staff) p95': { metric: 'latency', limit: 250, unit: 'ms' },
  // 5 today: session, page, count, lines, transactions. An N+1 adds 50 per page.
  'invoices (staff) SQL/request': { metric: 'statements', limit: 8, unit: 'statements' },
  // The same query as the client that owns 120 of the invoices. Worst p95 65 ms.
  'invoices (client) p95': { metric: 'latency', limit: 200, unit: 'ms' },
  'invoices (client) SQL/request': { metric: 'statements', limit: 8, unit: 'statements' },
  // transactions(first: 50) with invoice and client. Worst p95 65 ms.
  'transactions p95': { metric: 'latency', limit: 200, unit: 'ms' },
  'transactions SQL/request': { metric: 'statements', limit: 8, unit: 'statements' },
  // clients(first: 50) with contacts. Worst p95 47 ms; 4 statements.
  'clients p95': { metric: 'latency', limit: 150, unit: 'ms' },
  'clients SQL/request': { metric: 'statements', limit: 8, unit: 'statements' },
  // createInvoice, 3 taxed lines, credit applied, one at a time. Worst p95 71 ms.
  'createInvoice p95': { metric: 'latency', limit: 200, unit: 'ms' },
  // 16 today; one more query per line (3 lines) fails.
  'createInvoice SQL/request': { metric: 'statements', limit: 18, unit: 'statements' },
  // 10 in flight; the invoice number's row lock serialises the end of each. Worst 28 ops/s: slow work
  // moved inside that lock, or a lock held longer, shows here first.
  'createInvoice x10 throughput': { metric: 'throughput', limit: 10, unit: 'ops/s' },
  // 20 payments at once on 20 invoices of 20 clients, p95 over 10 rounds. Worst 409 ms: the 20 share
  // one Node process and 10 pooled connections, so each waits for most of the others.
  'addInvoicePayment x20 p95': { metric: 'latency', limit: 1200, unit: 'ms' },
  // Sequential scans that filter a table of 1,000+ rows in the sampled requests' plans: a missing index.
  'seq scans filtering large tables': { metric: 'plan', limit: 0, unit: 'scans' },
  // The bench process (server, seed leftovers, HTTP client) after a full GC. Worst RSS 372 MB;
  // heapUsed is 58-59 MB every run, so it is the sharper leak detector.
  'server RSS': { metric: 'memory', limit: 640, unit: 'MB' },
  'server heapUsed': { metric: 'memory', limit: 150, unit: 'MB' },
} satisfies Record<string, Target>;
