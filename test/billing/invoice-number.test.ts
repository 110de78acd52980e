import type { EntityManager } from '@mikro-orm/postgresql';
import { assignInvoiceNumber, formatInvoiceNumber, invoiceNumberFormatProblem } from '../../src/billing/invoice-number';
import { InvoiceNumberReset } from '../../src/billing/billing-settings.entity';
import { startTestApp, type TestApp } from '../support/test-app';

class IntendedRollback extends Error {}

describe('issue 4.4: invoice number formats (pure)', () => {
  it('issue 4.4: tokens {YEAR} {MONTH} {DAY} (UTC) and {NUMBER:n} zero-padded; other text is literal', () => {
    const at = new Date('2026-03-07T23:30:00-05:00'); // 2026-03-08 in UTC
    expect(formatInvoiceNumber('INV-{YEAR}-{NUMBER:5}', 42, at)).toBe('INV-2026-00042');
    expect(formatInvoiceNumber('{YEAR}/{MONTH}/{DAY}/{NUMBER}', 7, at)).toBe('2026/03/08/7');
    expect(formatInvoiceNumber('{NUMBER:3}', 123456, at)).toBe('123456');
    expect(formatInvoiceNumber('{NUMBER}', 1, at)).toBe('1');
  });

  it('issue 4.4: a format needs exactly one {NUMBER}, known tokens only, and {YEAR} when numbers reset yearly', () => {
    const table: [string, InvoiceNumberReset, boolean][] = [
      ['{NUMBER}', InvoiceNumberReset.NEVER, true],
      ['INV-{YEAR}-{NUMBER:5}', InvoiceNumberReset.YEARLY, true],
      ['INV-{NUMBER:5}', InvoiceNumberReset.YEARLY, false],
      ['INV-{YEAR}', InvoiceNumberReset.NEVER, false],
      ['{NUMBER}{NUMBER:2}', InvoiceNumberReset.NEVER, false],
      ['{NUMBER:0}', InvoiceNumberReset.NEVER, false],
      ['{NUMBER:13}', InvoiceNumberReset.NEVER, false],
      ['{YEAR:2}-{NUMBER}', InvoiceNumberReset.NEVER, false],
      ['{number}', InvoiceNumberReset.NEVER, false],
      ['{NUMBER', InvoiceNumberReset.NEVER, false],
      ['', InvoiceNumberReset.NEVER, false],
    ];
    for (const [format, reset, valid] of table) expect([format, invoiceNumberFormatProblem(format, reset) === undefined]).toEqual([format, valid]);
  });
});

describe('issue 4.4: gapless invoice numbers under concurrency (real PostgreSQL transactions)', () => {
  let t: TestApp;
  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);

  beforeAll(async () => {
    t = await startTestApp();
    // Stands in for the invoice table: what each committed transaction numbered.
    await sql(`create table test_numbered_invoice (number text primary key, sequence int not null, period text not null, unique (period, sequence))`);
  });
  afterAll(() => t.stop());

  async function setFormat(format: string, reset: InvoiceNumberReset) {
    await sql(
      `insert into billing_settings (id, invoice_number_format, invoice_number_reset) values (1, ?, ?)
       on conflict (id) do update set invoice_number_format = excluded.invoice_number_format, invoice_number_reset = excluded.invoice_number_reset`,
      [format, reset],
    );
  }

  /** One "move out of Draft": draws a number, holds the lock a little, stores the invoice, commits or rolls back. */
  async function numberOne(rollback: boolean, issuedAt: Date) {
    const em = t.app.orm.em.fork();
    try {
      return await em.transactional(async (tx: EntityManager) => {
        const assigned = await assignInvoiceNumber(tx, issuedAt);
        await tx.getConnection().execute(`select pg_sleep(0.01)`, [], 'all', tx.getTransactionContext());
        if (rollback) throw new IntendedRollback();
        await tx.getConnection().execute(
          `insert into test_numbered_invoice (number, sequence, period) values (?, ?, ?)`,
          [assigned.number, assigned.sequence, assigned.period], 'run', tx.getTransactionContext(),
        );
        return assigned;
      });
    } catch (error) {
      if (error instanceof IntendedRollback) return undefined;
      throw error;
    }
  }

  it('issue 4.4: 30 parallel transactions, every third rolled back on purpose — committed numbers are exactly 1..20, no gaps, no duplicates', async () => {
    await setFormat('INV-{NUMBER:5}', InvoiceNumberReset.NEVER);
    const at = new Date('2026-06-01T12:00:00Z');
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => numberOne(i % 3 === 2, at)));
    const committed = results.filter((r) => r !== undefined);
    expect(committed).toHaveLength(20);
    const sequences = committed.map((r) => r!.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const rows = await sql(`select number, sequence from test_numbered_invoice where period = 'all' order by sequence`);
    expect(rows.map((r: any) => r.sequence)).toEqual(sequences);
    expect(rows.map((r: any) => r.number)).toEqual(sequences.map((n) => `INV-${String(n).padStart(5, '0')}`));
    // The counter is what was committed, not what was drawn: the 10 rolled-back draws left no trace.
    expect((await sql(`select last_number from invoice_number_sequence where period = 'all'`))[0].last_number).toBe(20);

    // The next number continues without a gap.
    expect((await numberOne(false, at))!.number).toBe('INV-00021');
  });

  it('issue 4.4: yearly reset — each UTC year has its own counter starting at 1, and the format carries the year', async () => {
    await setFormat('{YEAR}/{NUMBER:4}', InvoiceNumberReset.YEARLY);
    const lastOf2026 = new Date('2026-12-31T23:59:59Z');
    const firstOf2027 = new Date('2027-01-01T00:00:00Z');
    const results = await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => numberOne(i === 0, lastOf2026)),
      ...Array.from({ length: 6 }, (_, i) => numberOne(i === 5, firstOf2027)),
    ]);
    const numbers = results.filter((r) => r !== undefined).map((r) => r!.number).sort();
    expect(numbers).toEqual(['2026/0001', '2026/0002', '2026/0003', '2026/0004', '2026/0005', '2027/0001', '2027/0002', '2027/0003', '2027/0004', '2027/0005']);
  });

  it('issue 4.4: drawing a number outside a transaction is refused (it could never be rolled back with the invoice)', async () => {
    await expect(assignInvoiceNumber(t.app.orm.em.fork())).rejects.toThrow(/inside the transaction/);
  });
});
