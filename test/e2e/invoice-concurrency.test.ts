import { keyOf } from '../support/ids';
import type { TestApp } from '../support/test-app';
import { APPLY, PAY, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';

describe('invoice concurrency (issue 4.6)', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
  });
  afterAll(() => t.stop());

  const minor = (amount: string) => BigInt(amount.replace('.', ''));

  it('issue 4.6 / CR-4 / CR-5: 20 concurrent applyCredit and addInvoicePayment on one invoice apply nothing twice and no balance goes negative', async () => {
    const c = await h.newClient({ country: 'NL' });
    await h.addCredit(c.id, '50.00');
    const inv = await h.invoice(c.id, ['100.00'], { applyCredit: false }); // total 121.00
    const clientToken = await c.token();
    const stamp = Date.now();
    const requests = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? t.gql(APPLY, { id: inv.id, a: '9.00' }, i % 4 === 0 ? admin : clientToken)
        // Two pairs share a transaction id: retries of one payment.
        : t.gql(PAY, { i: { invoiceId: inv.id, amount: '15.00', gateway: 'stripe', transactionId: `conc-${stamp}-${i % 7}` } }, admin),
    );
    const results = await Promise.all(requests);
    for (const r of results) {
      if (r.errors) expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(r.errors[0].extensions?.code);
    }
    const applied = results.filter((r, i) => i % 2 === 0 && !r.errors).length;
    const after = await h.get(inv.id);
    const l = await h.ledger(c.id);
    // Neither balance is negative; the ledger sums to the balance.
    expect(minor(after.balanceDue.amount)).toBeGreaterThanOrEqual(0n);
    expect(BigInt(l.balance)).toBeGreaterThanOrEqual(0n);
    expect(l.sum).toBe(l.balance);
    // Every credit application succeeded once: the invoice shows exactly those.
    expect(minor(after.creditApplied.amount)).toBe(BigInt(applied) * 900n);
    expect(applied).toBeGreaterThan(0);
    // Each distinct transaction id is recorded once; payments less what went to credit = amount paid.
    const payments = after.transactions.filter((x: any) => x.kind === 'PAYMENT');
    expect(payments.length).toBe(new Set(payments.map((p: any) => p.transactionId)).size);
    expect(payments.length).toBe(7);
    const paidIn = payments.reduce((s: bigint, p: any) => s + minor(p.amount.amount) - minor(p.toClientCredit.amount), 0n);
    const toCredit = payments.reduce((s: bigint, p: any) => s + minor(p.toClientCredit.amount), 0n);
    expect(minor(after.amountPaid.amount)).toBe(paidIn);
    expect(paidIn + minor(after.creditApplied.amount) + minor(after.balanceDue.amount)).toBe(12100n);
    // 7 × 15.00 + credit ≥ 121.00: the invoice is settled and the excess is credit.
    expect(after.status).toBe('PAID');
    expect(BigInt(l.balance)).toBe(5000n - BigInt(applied) * 900n + toCredit);
    const entries = await h.sql(`select kind, count(*)::int as n from credit_entry where client_id = ? group by kind order by kind`, [keyOf(c.id)]);
    expect(entries.find((e: any) => e.kind === 'invoice_applied')?.n).toBe(applied);
  });
});
