import pg from 'pg';
import { startTestApp, nextEvents, type TestApp } from '../support/test-app';
import { seed, type Seeded, type Sizes } from '../../bench/seed';
import { graphqlClient } from '../../bench/clients';
import { difference } from '../../bench/compare';
import { startReference, type ReferenceServer } from '../../bench/reference/server';
import { CLIENT_AREA, CLIENT_CHANGED, SET_CLIENT_STATUS, staffList, staffListVariables } from '../../bench/queries';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

/** The bench's seed at a size a test can afford. */
const SIZES: Sizes = { clients: 40, servicesPerClient: 2, domainsPerClient: 1, invoicesPerClient: 5, bigClient: { services: 30, domains: 5, invoices: 12 }, products: 3, creditClients: 1 };

describe('issue 12.1: the benchmark compares like with like (bench/reference/ on bench/seed.ts)', () => {
  let t: TestApp;
  let db: pg.Client;
  let reference: ReferenceServer;
  let seeded: Seeded;
  let admin: string;
  let bigClient: string;
  const wsClients: WsClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken();
    db = new pg.Client({ connectionString: t.config.databaseUrl });
    await db.connect();
    seeded = await seed(db, graphqlClient(t.url), admin, () => undefined, SIZES);
    reference = await startReference(t.config.databaseUrl!);
    bigClient = await t.clientToken(seeded.bigClient.email, seeded.bigClient.password);
  });
  afterAll(async () => {
    await Promise.all(wsClients.map((client) => client.dispose()));
    await reference?.stop();
    await db?.end();
    await t?.stop();
  });

  const mine = () => graphqlClient(t.url);
  const theirs = () => graphqlClient(reference.url);
  const ws = (url: string) => {
    const client = createWsClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${admin}` }, retryAttempts: 0 });
    wsClients.push(client);
    return client;
  };

  test('issue 12.1: the seed makes the sizes asked for, set-based, with the API\'s invoice amounts', async () => {
    const services = SIZES.bigClient.services + (SIZES.clients - 1) * SIZES.servicesPerClient;
    expect(seeded.counts).toMatchObject({ client: SIZES.clients, contact: SIZES.clients, service: services });
    // Every copied invoice adds up like its template: lines to the invoice total, payments to amountPaid.
    const { rows } = await db.query(`select count(*)::int as wrong from invoice i where total_minor <> (select sum(total_minor) from invoice_line where invoice_id = i.id)
      or amount_paid_minor <> coalesce((select sum(amount_minor) from payment_transaction where invoice_id = i.id), 0)`);
    expect(rows[0].wrong).toBe(0);
  });

  test('issue 12.1: the reference answers the client area exactly as this server does', async () => {
    const [a, b] = [await mine()(CLIENT_AREA, {}, bigClient), await theirs()(CLIENT_AREA, {}, bigClient)];
    expect(a.me.client.services.totalCount).toBe(SIZES.bigClient.services);
    expect(a.me.client.services.edges).toHaveLength(Math.min(50, SIZES.bigClient.services));
    expect(a.invoices.edges[0].node.lines).toHaveLength(5);
    expect(difference(a, b)).toBeUndefined();
  });

  test('issue 12.1: the reference answers the staff list with aliased invoice queries as this server does, and Client.invoices alike', async () => {
    const { clients } = await mine()(`{ clients(first: 10) { edges { node { id } } } }`, {}, admin);
    const page = { clientIds: clients.edges.map((edge: { node: { id: string } }) => edge.node.id) };
    const aliased = staffList(10, 'aliased root queries');
    const [a, b] = [await mine()(aliased, staffListVariables(page, 'aliased root queries'), admin), await theirs()(aliased, staffListVariables(page, 'aliased root queries'), admin)];
    expect(a.i0.edges).toHaveLength(5);
    expect(difference(a, b)).toBeUndefined();
    // The future shape (one connection per client) gives the same invoices on the reference.
    const nested = await theirs()(staffList(10, 'Client.invoices'), staffListVariables(page, 'Client.invoices'), admin);
    nested.clients.edges.forEach((edge: { node: { invoices: unknown } }, i: number) => expect(edge.node.invoices).toEqual(b[`i${i}`]));
  });

  test('issue 12.1: a status change reaches the reference\'s subscribers like this server\'s, with SQL independent of their number', async () => {
    const id = seeded.eventClientId;
    const events = async (url: string, subscribers: number, status: string) => {
      const clients = Array.from({ length: subscribers }, () => ws(url));
      const subscriptions = clients.map((client) => nextEvents(client, CLIENT_CHANGED, {}, 1));
      await Promise.all(clients.map((client) => new Promise((resolve) => client.on('connected', resolve))));
      await new Promise((resolve) => setTimeout(resolve, 150)); // subscription registered
      const before = reference.statements();
      await graphqlClient(url)(SET_CLIENT_STATUS, { id, status }, admin);
      const received = await Promise.all(subscriptions.map((s) => s.done));
      return { received: received.map(([event]) => ({ ...event, clientChanged: { ...event.clientChanged, at: typeof event.clientChanged.at } })), sql: reference.statements() - before };
    };
    const expected = [{ clientChanged: { clientId: id, change: 'STATUS_CHANGED', at: 'string', client: { id, status: 'INACTIVE' } } }];
    expect((await events(t.url, 1, 'INACTIVE')).received).toEqual(expected);
    await mine()(SET_CLIENT_STATUS, { id, status: 'ACTIVE' }, admin);
    const one = await events(reference.url, 1, 'INACTIVE');
    expect(one.received).toEqual(expected);
    await theirs()(SET_CLIENT_STATUS, { id, status: 'ACTIVE' }, admin);
    const three = await events(reference.url, 3, 'INACTIVE');
    expect(three.received).toEqual([...expected, ...expected, ...expected]);
    expect(three.sql).toBe(one.sql);
  });
});
