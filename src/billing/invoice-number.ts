/**
 * Issue 4.4: gapless, sequential human invoice numbers.
 *
 * How it stays gapless: the counter is one row per period in
 * invoice_number_sequence. assignInvoiceNumber increments it with
 * `update … set last_number = last_number + 1 … returning`, which takes the
 * row lock and keeps it until the caller's transaction ends. A concurrent
 * transaction numbering an invoice waits on that lock; if the first one rolls
 * back, its increment is undone with it and the waiter gets the same number.
 * So the committed numbers are exactly 1..N. It must therefore run inside the
 * transaction that moves the invoice out of Draft (and nothing slow should
 * follow it in that transaction: it serialises numbering).
 *
 * Format tokens (dates in UTC, from `issuedAt`):
 *   {YEAR} 2026 · {MONTH} 01-12 · {DAY} 01-31 · {NUMBER} the counter ·
 *   {NUMBER:n} the counter zero-padded to n digits (1-12).
 * Anything else is literal text, so a prefix is written in the format:
 * "INV-{YEAR}-{NUMBER:5}" → "INV-2026-00042". Exactly one {NUMBER} token.
 * Reset policy: NEVER (one counter for ever) or YEARLY (a counter per UTC
 * year, starting at 1 on 1 January; the format must then contain {YEAR} so
 * numbers stay unique). With YEARLY numbers follow the issue dates: an
 * invoice dated before the last one numbered in its year is refused (issue
 * 11.12), as the yearly series of many tax authorities must be chronological.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../shared/errors';
import { isoDate } from '../shared/dates';
import { BillingSettings, InvoiceNumberReset } from './billing-settings.entity';
import { InvoiceNumberSequence } from './invoice-number-sequence.entity';

const TOKEN = /\{([A-Z]+)(?::(\d+))?\}/g;

/** Why a format is not acceptable, or undefined when it is. */
export function invoiceNumberFormatProblem(format: string, reset: InvoiceNumberReset): string | undefined {
  if (!format.trim()) return 'the format must not be blank';
  if (format.length > 60) return 'the format must be at most 60 characters';
  if (/[\u0000-\u001f]/.test(format)) return 'the format must not contain control characters';
  let numbers = 0;
  for (const [, name, width] of format.matchAll(TOKEN)) {
    if (name === 'NUMBER') {
      numbers++;
      if (width !== undefined && (Number(width) < 1 || Number(width) > 12)) return '{NUMBER:n} needs a width from 1 to 12';
    } else if (!['YEAR', 'MONTH', 'DAY'].includes(name) || width !== undefined) {
      return `unknown token {${name}${width ? `:${width}` : ''}}; use {YEAR} {MONTH} {DAY} {NUMBER} {NUMBER:n}`;
    }
  }
  const leftover = format.replace(TOKEN, '');
  if (/[{}]/.test(leftover)) return 'unbalanced or malformed token braces';
  if (numbers !== 1) return 'the format must contain exactly one {NUMBER} or {NUMBER:n} token';
  if (reset === InvoiceNumberReset.YEARLY && !/\{YEAR\}/.test(format)) return 'numbers that reset yearly need {YEAR} in the format to stay unique';
  return undefined;
}

/** Renders a number with a (valid) format. */
export function formatInvoiceNumber(format: string, sequence: number, issuedAt: Date): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return format.replace(TOKEN, (_, name: string, width?: string) => {
    switch (name) {
      case 'YEAR': return String(issuedAt.getUTCFullYear());
      case 'MONTH': return pad(issuedAt.getUTCMonth() + 1, 2);
      case 'DAY': return pad(issuedAt.getUTCDate(), 2);
      default: return width ? pad(sequence, Number(width)) : String(sequence);
    }
  });
}

/** The counter row a number is drawn from. */
export function sequencePeriod(reset: InvoiceNumberReset, issuedAt: Date): string {
  return reset === InvoiceNumberReset.YEARLY ? String(issuedAt.getUTCFullYear()) : 'all';
}

export interface AssignedInvoiceNumber {
  /** The human number, e.g. "INV-2026-00042". */
  number: string;
  /** The counter value it was made from. */
  sequence: number;
  period: string;
}

/**
 * Draws the next invoice number. `em` must be the transactional EntityManager
 * of the transaction that moves the invoice out of Draft (throws otherwise):
 * the number is committed or rolled back together with that change.
 */
export async function assignInvoiceNumber(em: EntityManager, issuedAt: Date = new Date()): Promise<AssignedInvoiceNumber> {
  return (await assignInvoiceNumbers(em, issuedAt, 1))[0];
}

/** Draws `count` consecutive numbers at once (the daily run numbers its renewal invoices a batch at a time). */
export async function assignInvoiceNumbers(em: EntityManager, issuedAt: Date, count: number): Promise<AssignedInvoiceNumber[]> {
  if (!em.isInTransaction()) throw new Error('assignInvoiceNumber must run inside the transaction that moves the invoice out of Draft');
  const settings = await em.findOne(BillingSettings, { id: 1 });
  const format = settings?.invoiceNumberFormat ?? '{NUMBER}';
  const reset = settings?.invoiceNumberReset ?? InvoiceNumberReset.NEVER;
  const period = sequencePeriod(reset, issuedAt);
  const connection = em.getConnection();
  const table = em.getMetadata().get(InvoiceNumberSequence.name).tableName;
  const ctx = em.getTransactionContext();
  // Create the period's row if it is missing (a concurrent creator makes us wait, then we do nothing).
  await connection.execute(`insert into "${table}" ("period", "last_number") values (?, 0) on conflict ("period") do nothing`, [period], 'run', ctx);
  // The row lock taken here is held until the caller's transaction commits or rolls back.
  const issueDate = isoDate(issuedAt);
  const chronological = reset === InvoiceNumberReset.YEARLY;
  const rows = await connection.execute<{ last_number: number; last_issue_date: string | null; previous_issue_date: string | null }[]>(
    `update "${table}" s set "last_number" = s."last_number" + ?, "last_issue_date" = greatest(s."last_issue_date", ?::date)
     from (select "last_issue_date" as previous_issue_date from "${table}" where "period" = ? for update) p
     where s."period" = ? returning s."last_number", to_char(p.previous_issue_date, 'YYYY-MM-DD') as previous_issue_date`,
    [count, issueDate, period, period],
    'all',
    ctx,
  );
  const previous = rows[0].previous_issue_date;
  if (chronological && previous && issueDate < previous) {
    throw badInput('issueDate', `Invoices numbered per year follow their issue dates: this one cannot be dated before ${previous}, the date of the last invoice of ${period}`, 'INVOICE_DATE_OUT_OF_ORDER');
  }
  const last = Number(rows[0].last_number);
  return Array.from({ length: count }, (_, i) => {
    const sequence = last - count + 1 + i;
    return { number: formatInvoiceNumber(format, sequence, issuedAt), sequence, period };
  });
}
