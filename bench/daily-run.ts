/**
 * Issue 16.3 / AU-1: the daily run's renewal invoices for about 100,000 due services
 * beside raw multi-row INSERTs of the same invoices and lines.
 *
 * 1. Every seeded service is made due by one UPDATE: due in 0–2 days from the
 *    run date (so a client's 5 services share 3 invoices at most).
 * 2. A fresh server process (`app-server.js`, the daily run's schedule off)
 *    runs the renewal step for that date through its code path
 *    (renewal-invoices.step.ts), CPU-profiled; its time and its peak RSS: the kernel's
 *    high-water mark of that process (`process.resourceUsage().maxRSS`), so
 *    start-up counts too, and nothing of the earlier benchmarks.
 * 3. The same date again: no invoice may be created (the claims).
 * 4. The invoices and lines it created are read back, and inserted again with
 *    multi-row INSERT … VALUES (numbers prefixed, fresh ids) in one
 *    transaction that is rolled back: the time a hand-written batch insert of
 *    exactly that output takes on the same tables.
 */
import type pg from 'pg';
import { join } from 'node:path';
import { now } from './measure';
import { startServerProcess } from './servers';

/** The date the run works for: the seed's services and invoices are older, its domains expire months later. */
const RUN_DATE = '2026-03-02';
/** Rows per INSERT … VALUES of the raw insert (the parameters stay under PostgreSQL's 65,535). */
const RAW_ROWS_PER_STATEMENT = 1_000;

const INVOICE_COLUMNS = ['number', 'status', 'currency', 'client_id', 'addressed_to', 'issue_date', 'due_date', 'payment_method', 'subtotal_minor', 'tax1minor', 'tax2minor', 'total_minor',
  'tax1name', 'tax1rate', 'tax2name', 'tax2rate', 'tax2compound', 'tax_mode', 'tax_rounding'];
const LINE_COLUMNS = ['invoice_id', 'position', 'type', 'service_id', 'addon_id', 'domain_id', 'description', 'taxable', 'amount_minor', 'net_minor', 'tax1minor', 'tax2minor',
  'total_minor', 'currency', 'computation'];

/** What the server process reports for one renewal step (bench/app-server.ts). */
export interface RenewalStepResult {
  invoices: number;
  failedItems: number;
  ms: number;
  rssBeforeMiB: number;
  /** Sampled every 50 ms during the step. */
  rssSampledPeakMiB: number;
  /** The process's high-water mark since it started. */
  maxRssMiB: number;
}

/** `profilePath`: where the CPU profile of the first run's step is written. */
export async function dailyRunBench(db: pg.Client, env: Record<string, string>, profilePath: string, log: (line: string) => void) {
  const facts: string[] = [];
  const count = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0].n as number;
  const lead = Number(env.INVOICE_DAYS_BEFORE_DUE ?? 14);
  const made = await db.query(`update service set next_due_date = $1::date + $2::int - id % 3 where status in ('pending', 'active', 'suspended')`, [RUN_DATE, lead]);
  await db.query('analyze service');
  const firstNew = await count('select coalesce(max(id), 0)::int + 1 as n from invoice');

  const server = await startServerProcess('daily run', join(__dirname, 'app-server.js'), env);
  let first: RenewalStepResult;
  let second: RenewalStepResult;
  let stopMs: number;
  try {
    log(`  ${made.rowCount} services due; renewal step for ${RUN_DATE} ...`);
    // Profiled (the profiler's cost counts against the step): where its time goes when it misses the target.
    await server.profileStart();
    first = await server.request<RenewalStepResult>('renewalInvoices', RUN_DATE);
    await server.profileStop(profilePath);
    log(`  ${first.invoices} invoices in ${(first.ms / 1000).toFixed(1)} s; the same date again ...`);
    second = await server.request<RenewalStepResult>('renewalInvoices', RUN_DATE);
  } finally {
    // Its stop waits for the events of the invoices to be published: nothing of the run goes on during the raw inserts.
    const stopping = now();
    await server.stop();
    stopMs = now() - stopping;
  }
  const invoices = await count('select count(*)::int as n from invoice where id >= $1', [firstNew]);
  facts.push(`Daily run (issue 16.3): ${made.rowCount} services due on ${RUN_DATE} (+${lead} days' lead), renewal step ${(first.ms / 1000).toFixed(1)} s for ${first.invoices} invoices`
    + ` (${await count('select count(*)::int as n from invoice_line where invoice_id >= $1', [firstNew])} lines, ${first.failedItems} failed items);`
    + ` RSS ${first.rssBeforeMiB.toFixed(0)} MiB before, ${first.rssSampledPeakMiB.toFixed(0)} MiB sampled peak, ${first.maxRssMiB.toFixed(0)} MiB maxRSS;`
    + ` the same date again ${(second.ms / 1000).toFixed(1)} s, ${second.invoices} invoices; the server stopped in ${(stopMs / 1000).toFixed(1)} s`);
  log('  raw multi-row INSERTs of the same invoices and lines ...');
  const rawMs = await rawInserts(db, firstNew);
  facts.push(`Raw multi-row INSERTs of the same invoices and lines (${RAW_ROWS_PER_STATEMENT} rows a statement, one transaction, rolled back): ${(rawMs / 1000).toFixed(1)} s`);
  return {
    compared: { 'daily run renewal step (reference: raw INSERTs)': [first.ms, rawMs] as [number, number] },
    // Invoices beyond those of the first run: made by the second run of the date.
    measured: { 'daily run RSS (maxRSS)': first.maxRssMiB, 'daily run same date again: invoices': invoices - first.invoices },
    facts,
  };
}

/** Inserts again the invoices from id `firstNew` on and their lines, in one transaction rolled back; the INSERTs' time (ms). */
async function rawInserts(db: pg.Client, firstNew: number): Promise<number> {
  // As text, exactly as stored (no Date or jsonb round trip in the client).
  const asText = (columns: string[]) => columns.map((column) => `${column}::text`).join(', ');
  const invoices = (await db.query({ text: `select id, ${asText(INVOICE_COLUMNS)} from invoice where id >= $1 order by id`, values: [firstNew], rowMode: 'array' })).rows as unknown[][];
  const lines = (await db.query({ text: `select ${asText(LINE_COLUMNS)} from invoice_line where invoice_id >= $1 order by id`, values: [firstNew], rowMode: 'array' })).rows as unknown[][];
  const invoiceRows = invoices.map(([, number, ...rest]) => [`raw-${number}`, ...rest]);
  const start = now();
  await db.query('begin');
  try {
    const newId = new Map<string, string>();
    for (let i = 0; i < invoiceRows.length; i += RAW_ROWS_PER_STATEMENT) {
      const chunk = invoiceRows.slice(i, i + RAW_ROWS_PER_STATEMENT);
      const { rows } = await db.query(`insert into invoice (${INVOICE_COLUMNS.join(', ')}) values ${placeholders(chunk.length, INVOICE_COLUMNS.length)} returning id`, chunk.flat());
      rows.forEach((row, j) => newId.set(String(invoices[i + j][0]), String(row.id)));
    }
    for (let i = 0; i < lines.length; i += RAW_ROWS_PER_STATEMENT) {
      const chunk = lines.slice(i, i + RAW_ROWS_PER_STATEMENT).map(([invoiceId, ...rest]) => [newId.get(String(invoiceId)), ...rest]);
      await db.query(`insert into invoice_line (${LINE_COLUMNS.join(', ')}) values ${placeholders(chunk.length, LINE_COLUMNS.length)}`, chunk.flat());
    }
    return now() - start;
  } finally {
    await db.query('rollback');
  }
}

/** `($1, $2), ($3, $4)` for 2 rows of 2 columns. */
function placeholders(rows: number, columns: number): string {
  return Array.from({ length: rows }, (_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`).join(', ');
}
