import { sqlStatements } from '../../src/shared/orm';
import { Client } from '../../src/clients/client.entity';
import { ClientGroup } from '../../src/clients/client-group.entity';
import { Project } from '../../src/clients/project.entity';
import { Contact } from '../../src/clients/contact.entity';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../generated';

const CLIENTS = graphql(`query NPlusOneClients($first: Int!) {
  clients(first: $first) {
    totalCount
    edges { node {
      id
      group { id name }
      project { id name }
      billingContact { id email }
      contacts { id email }
    } }
  }
}`);

describe('issue point 10: no N+1 queries', () => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.staffToken();
    // 50 clients, each with its own group, one of 5 projects and 2 contacts (the first is the billing contact).
    const em = t.app.orm.em.fork();
    const projects = Array.from({ length: 5 }, (_, i) => em.create(Project, { name: `Project ${i}` }));
    const clients: { client: Client; billing: Contact }[] = [];
    for (let i = 0; i < 50; i++) {
      const group = em.create(ClientGroup, { name: `Group ${i}` });
      const client = em.create(Client, {
        firstName: `First${i}`,
        lastName: `Last${i}`,
        email: `n1-${i}@example.com`,
        currency: 'EUR',
        group,
        project: projects[i % 5],
      });
      const billing = em.create(Contact, { client, firstName: 'Billing', lastName: `${i}`, email: `billing-${i}@example.com` });
      em.create(Contact, { client, firstName: 'Tech', lastName: `${i}`, email: `tech-${i}@example.com` });
      clients.push({ client, billing });
    }
    await em.flush();
    for (const { client, billing } of clients) client.billingContact = em.getReference(Contact, billing.id, { wrapped: true });
    await em.flush();
  });
  afterAll(() => t.stop());

  /** SQL statements run while one HTTP request is served (the session lookup included). */
  const statementsFor = async (first: number) => {
    const before = sqlStatements.count;
    const res = await t.gql(CLIENTS, { first }, staff);
    const statements = sqlStatements.count - before;
    return { statements, edges: ok(res).clients.edges };
  };

  it('issue point 10: clients(first: 5) and clients(first: 50) with group, project, billingContact and contacts run the same number of SQL statements', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);

    // The relations really were resolved, so the counts cover the loaders.
    expect(small.edges).toHaveLength(5);
    expect(large.edges).toHaveLength(50);
    for (const { node } of large.edges) {
      const i = Number(node.contacts![0].email.match(/^billing-(\d+)@/)![1]);
      expect(node.group?.name).toBe(`Group ${i}`);
      expect(node.project?.name).toBe(`Project ${i % 5}`);
      expect(node.contacts?.map((c) => c.email)).toEqual([`billing-${i}@example.com`, `tech-${i}@example.com`]);
      expect(node.billingContact?.email).toBe(`billing-${i}@example.com`);
    }

    // The counter counts: page + total, four relation batches, plus the session lookup.
    expect(small.statements).toBeGreaterThanOrEqual(6);
    // One statement per client for any relation would add at least 45 here.
    expect(large.statements).toBe(small.statements);
  });

  it('issue point 10: the statement count is stable for the same request (nothing cached across requests hides queries)', async () => {
    const a = await statementsFor(50);
    const b = await statementsFor(50);
    expect(b.statements).toBe(a.statements);
    expect(a.statements).toBeGreaterThanOrEqual(6);
  });
});
