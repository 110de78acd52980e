import { ReferenceKind, type EntityMetadata } from '@mikro-orm/postgresql';
import { readRows } from '../../src/shared/batch-loaders';
import { startInvoiceTestApp, PAY } from '../support/invoices';
import type { TestApp } from '../support/test-app';

/** A value as the API reads it: references by id, dates by time. */
function comparable(meta: EntityMetadata, name: string, value: unknown): unknown {
  const prop = meta.properties[name];
  if (value == null) return null;
  if (prop.kind !== ReferenceKind.SCALAR) return (value as { id: unknown }).id;
  if (value instanceof Date) return value.getTime();
  return value;
}

describe('issue 12.3: rows read without hydration', () => {
  let t: TestApp;

  beforeAll(async () => {
    const started = await startInvoiceTestApp();
    t = started.t;
    const { h, admin } = started;
    // A client with credit, an invoice partly paid by credit and partly by a transaction: rows in most billing tables.
    const client = await h.newClient({ country: 'NL', companyName: 'Plain Rows BV' });
    await h.addCredit(client.id, '5.00');
    const invoice = await h.invoice(client.id, ['10.00', '2.50']);
    h.ok(await t.gql(PAY, { i: { invoiceId: invoice.id, amount: '2.00', gateway: 'bank', transactionId: 'plain-rows-1' } }, admin));
  });
  afterAll(() => t.stop());

  it('issue 12.3: every entity\'s rows read as plain objects carry the values the ORM hydrates (booleans, dates, custom types, references)', async () => {
    const em = t.app.orm.em.fork();
    let compared = 0;
    const tables: string[] = [];
    for (const meta of Object.values(em.getMetadata().getAll())) {
      if (meta.embeddable || meta.abstract || meta.virtual || !meta.class || meta.primaryKeys.length !== 1) continue;
      const entities = await em.fork().find(meta.class, {}, { limit: 20, orderBy: { [meta.primaryKeys[0]]: 'asc' } as never });
      if (!entities.length) continue;
      const rows = await readRows(em, meta.class, {}, { [meta.primaryKeys[0]]: 'asc' } as never, 20);
      expect(rows).toHaveLength(entities.length);
      rows.forEach((row, i) => {
        expect(row).toBeInstanceOf(meta.class);
        for (const prop of meta.props) {
          if (!prop.fieldNames || ![ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE].includes(prop.kind) && !(prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) continue;
          const entity = entities[i] as Record<string, unknown>;
          expect({ [`${meta.className}.${prop.name}`]: comparable(meta, prop.name, (row as Record<string, unknown>)[prop.name]) })
            .toEqual({ [`${meta.className}.${prop.name}`]: comparable(meta, prop.name, entity[prop.name]) });
          compared++;
        }
      });
      tables.push(meta.className);
    }
    // The client, the invoice, its lines, the payment, the credit entries, the staff, the tax rules and the mails at least.
    expect(tables).toEqual(expect.arrayContaining(['Client', 'Invoice', 'InvoiceLine', 'Transaction', 'CreditEntry', 'StaffUser', 'TaxRule', 'MailMessage']));
    expect(compared).toBeGreaterThan(200);
  });
});
