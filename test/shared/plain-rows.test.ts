import { ReferenceKind, type EntityMetadata } from '@mikro-orm/postgresql';
import pg from 'pg';
import { readFieldColumns, readRows } from '../../src/shared/batch-loaders';
import { Invoice } from '../../src/billing/invoice.entity';
import { Client } from '../../src/clients/client.entity';
import { sqlStatements } from '../../src/shared/orm';
import { recordSql } from '../../bench/sql';
import { keyOf } from '../support/ids';
import { seed, type Seeded } from '../../bench/seed';
import { graphqlClient } from '../../bench/clients';
import { startInvoiceTestApp, PAY } from '../support/invoices';
import { ok, type TestApp } from '../support/test-app';

interface IntrospectedType {
  kind: string;
  name: string | null;
  ofType: IntrospectedType | null;
}
interface IntrospectedField {
  name: string;
  args: { type: { kind: string } }[];
  type: IntrospectedType;
}
const TYPES = `{ __schema { types { name kind fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

/**
 * How a field is asked for in the projection test: a leaf as itself, an object
 * by id (else its leaves, as Money's amount and currency), a connection by its
 * totalCount; undefined for a field with required arguments.
 */
function selectionOf(field: IntrospectedField, types: Map<string, { kind: string; fields: IntrospectedField[] | null }>): string | undefined {
  const required = (f: IntrospectedField) => f.args.some((arg) => arg.type.kind === 'NON_NULL');
  const named = (f: IntrospectedField) => {
    let type = f.type;
    while (type.ofType) type = type.ofType;
    return type.name!;
  };
  const isLeaf = (f: IntrospectedField) => ['SCALAR', 'ENUM'].includes(types.get(named(f))!.kind);
  if (required(field)) return undefined;
  if (isLeaf(field)) return field.name;
  const type = types.get(named(field))!;
  if (type.kind !== 'OBJECT') return `${field.name} { __typename }`;
  if (named(field).endsWith('Connection')) return `${field.name} { totalCount }`;
  if (type.fields!.some((f) => f.name === 'id')) return `${field.name} { id }`;
  return `${field.name} { ${type.fields!.filter((f) => !required(f) && isLeaf(f)).map((f) => f.name).join(' ')} }`;
}

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
  let admin: string;
  let seeded: Seeded;
  /** A client with a credit log, an invoice paid partly by credit and a payment. */
  let creditClientId: string;

  beforeAll(async () => {
    const started = await startInvoiceTestApp();
    t = started.t;
    admin = started.admin;
    const { h } = started;
    // Services with products, domains, paid and open invoices with lines: rows of every list that reads fewer columns.
    const db = new pg.Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    try {
      seeded = await seed(db, graphqlClient(t.url), admin, () => undefined, { clients: 4, servicesPerClient: 2, domainsPerClient: 2, invoicesPerClient: 2, bigClient: { services: 6, domains: 4, invoices: 4 }, products: 2, creditClients: 1 });
    } finally {
      await db.end();
    }
    // A client with credit, an invoice partly paid by credit and partly by a transaction: rows in most billing tables.
    const client = await h.newClient({ country: 'NL', companyName: 'Plain Rows BV' });
    creditClientId = client.id;
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

  it('issue 12: a read is counted and recorded as the ORM\'s statements are, and inside a transaction it runs on the transaction\'s connection', async () => {
    const id = keyOf(creditClientId);
    const before = sqlStatements.count;
    const recorded = recordSql(t.app.orm);
    const [read] = await readRows(t.app.orm.em.fork(), Client, { id });
    const statements = recorded().filter(({ sql }) => sql.includes('from "client" as "e"'));
    expect(read.companyName).toBe('Plain Rows BV');
    expect(statements).toHaveLength(1);
    expect(sqlStatements.count - before).toBeGreaterThanOrEqual(1);

    // A row changed and not committed: only a read on the transaction's own connection sees it.
    const rolledBack = new Error('rolled back on purpose');
    const seen = await t.app.orm.em
      .fork()
      .transactional(async (em) => {
        await em.execute(`update client set company_name = 'Plain Rows Uncommitted' where id = ?`, [id]);
        const [row] = await readRows(em, Client, { id });
        throw Object.assign(rolledBack, { companyName: row.companyName });
      })
      .catch((error: Error & { companyName?: string }) => (error === rolledBack ? error.companyName : Promise.reject(error)));
    expect(seen).toBe('Plain Rows Uncommitted');
    const [after] = await readRows(t.app.orm.em.fork(), Client, { id });
    expect(after.companyName).toBe('Plain Rows BV');
  });

  /** The lists that read only the columns their selection needs (readFieldColumns), root and nested, with their node type. */
  const PROJECTED: [list: string, type: string][] = [
    ['clients(first: 5)', 'Client'],
    ...(['services', 'domains', 'invoices', 'transactions'] as const).flatMap((name): [string, string][] => [
      [`${name}(first: 5, filter: { clientId: $c })`, { services: 'Service', domains: 'Domain', invoices: 'Invoice', transactions: 'Transaction' }[name]],
      [`client(id: $c) { page: ${name}(first: 5)`, { services: 'Service', domains: 'Domain', invoices: 'Invoice', transactions: 'Transaction' }[name]],
    ]),
    ['creditLog(first: 5, clientId: $c)', 'CreditEntry'],
    ['client(id: $c) { page: creditLog(first: 5)', 'CreditEntry'],
  ];
  /** The query of one list asking `selection` of its nodes. */
  const listQuery = (name: string, list: string, selection: string) => {
    const nested = list.startsWith('client(');
    return `query ${name}${list.includes('$c') ? '($c: ID!)' : ''} { page: ${list} { edges { node { id ${selection} } } } }${nested ? ' }' : ''}`;
  };
  const nodesOf = (data: any, list: string) => (list.startsWith('client(') ? data.page.page : data.page).edges.map((edge: any) => edge.node);

  it('issue 12: a list asked for any one field reads only that field\'s columns and answers it as node(id), which loads the whole entity, does', async () => {
    const { __schema } = ok(await t.gql(TYPES, {}, admin));
    const types = new Map<string, { kind: string; fields: IntrospectedField[] | null }>(__schema.types.map((type: any) => [type.name, type]));
    let compared = 0;
    for (const [list, type] of PROJECTED) {
      const selections = new Map(types.get(type)!.fields!.map((field) => [field.name, selectionOf(field, types)]).filter((entry): entry is [string, string] => !!entry[1]));
      const variables = list.includes('$c') ? { c: type === 'CreditEntry' ? creditClientId : seeded.bigClient.id } : {};
      const ids = nodesOf(ok(await t.gql(listQuery('PlainRowsIds', list, ''), variables, admin)), list).map((node: any) => node.id);
      expect(ids.length).toBeGreaterThan(1);
      const whole = ok(await t.gql(`query PlainRowsWhole($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} { id ${[...selections.values()].join(' ')} } } }`, { ids }, admin)).nodes;
      for (const [field, selection] of selections) {
        const nodes = nodesOf(ok(await t.gql(listQuery('PlainRowsOneField', list, selection), variables, admin)), list);
        expect({ [`${list} ${field}`]: nodes }).toEqual({ [`${list} ${field}`]: whole.map((node: any) => ({ id: node.id, [field]: node[field] })) });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('issue 12: a field whose column the list leaves out answers wrongly, so the comparison above would catch a map that misses one', async () => {
    const variables = { c: seeded.bigClient.id };
    const list = 'invoices(first: 5, filter: { clientId: $c })';
    const expected = nodesOf(ok(await t.gql(listQuery('PlainRowsBalanceDue', list, 'balanceDue { amount currency }'), variables, admin)), list);
    expect(expected.some((node: any) => node.balanceDue.amount !== '0.00')).toBe(true);
    // balanceDue without the status that says whether anything is due: open invoices answer 0.00, no error.
    const replaced = readFieldColumns(Invoice, { always: ['currency'], fields: { balanceDue: ['totalMinor', 'creditAppliedMinor', 'amountPaidMinor'] } });
    try {
      const nodes = nodesOf(ok(await t.gql(listQuery('PlainRowsBalanceDueWithoutStatus', list, 'balanceDue { amount currency }'), variables, admin)), list);
      expect(nodes.map((node: any) => node.id)).toEqual(expected.map((node: any) => node.id));
      expect(nodes).not.toEqual(expected);
      expect(nodes.every((node: any) => node.balanceDue.amount === '0.00')).toBe(true);
    } finally {
      readFieldColumns(Invoice, replaced!);
    }
  });
});
