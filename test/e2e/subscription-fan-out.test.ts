import { sqlStatements } from '../../src/shared/orm';
import { ok, operationText, startTestApp, type Operation, type TestApp } from '../support/test-app';
import type { FeedResult } from '../support/subscription-feed';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../generated';

/** The event's object and relations under it, which subscribers of one event share. */
const CLIENT_CHANGED = graphql(`subscription FanOutClientChanged { clientChanged { client { id city group { id } contacts { id } } } }`);
const INVOICE_CHANGED = graphql(`subscription FanOutInvoiceChanged { invoiceChanged { invoice { id notes lines { id } client { id city } } } }`);
const SERVICE_CHANGED = graphql(`subscription FanOutServiceChanged { serviceChanged { change service { id domain product { id name } client { id } } } }`);

/** Subscribers, one graphql-ws connection per token, that keep the last result each received. */
function subscribers<T>(t: TestApp, tokens: string[], query: Operation<T, Record<string, never>>) {
  const last: FeedResult<T>[] = new Array(tokens.length);
  const clients = tokens.map((token, index) => {
    const client = t.ws(token);
    client.subscribe<T>({ query: operationText(query) }, {
      next: (result) => { last[index] = result as FeedResult<T>; },
      error: (error) => { last[index] = { errors: [error as { message: string }] }; },
      complete: () => {},
    });
    return client;
  });
  return { last, stop: () => Promise.all(clients.map((client) => client.dispose())) };
}

/** Resolves once every subscriber's last result passes `received`; fails after `ms`. */
async function allReceived<T>(last: FeedResult<T>[], received: (result: FeedResult<T>) => boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (![...last.keys()].every((index) => last[index] && received(last[index]))) {
    if (Date.now() > deadline) throw new Error(`${last.filter((result) => result && received(result)).length} of ${last.length} subscribers received the event`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** 200 live sockets, events until each received: generous on a loaded CI machine (it takes seconds alone). */
jest.setTimeout(180_000);

describe('issue 12.5: a subscription event is loaded once per event, not once per subscriber', () => {
  let t: TestApp;
  let staff: string;
  let owner: string;
  let clientId: string;
  let invoiceId: string;
  let serviceId: string;
  let edits = 0;
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);

  beforeAll(async () => {
    // 200 subscribers, one connection each, from this one address.
    t = await startTestApp({ MAX_WS_CONNECTIONS_PER_IP: '300' });
    staff = await t.staffToken();
    const email = `fan-out-${Date.now()}@example.com`;
    clientId = ok(await t.gql(graphql(`mutation FanOutRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }`), { i: { firstName: 'Fan', lastName: 'Out', email, password: 'client-password-1' } })).registerClient.id;
    owner = await t.clientToken(email, 'client-password-1');
    invoiceId = ok(await t.gql(graphql(`mutation FanOutCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }`),
      { i: { clientId, draft: true, lines: [{ description: 'Hosting', amount: '10.00' }, { description: 'Domain', amount: '2.00' }] } }, staff)).createInvoice.id;
    const product = ok(await t.gql(graphql(`mutation FanOutCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`), { i: { name: 'Fan-out hosting', type: 'OTHER' } }, staff)).createProduct;
    serviceId = ok(await t.gql(graphql(`mutation FanOutCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }`),
      { i: { clientId, productId: product.id, billingCycle: 'MONTHLY', recurringAmount: '5.00' } }, staff)).createService.id;
    process.on('warning', onWarning);
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    await t?.stop();
  });

  /**
   * SQL statements from a staff edit until every subscriber has it (the
   * edit's own statements included). Edits first until all subscriptions are
   * live (graphql-ws does not acknowledge a subscribe), then three times more, measured.
   */
  const statementsPerEvent = async <T,>(last: FeedResult<T>[], edit: (value: string) => Promise<void>, seen: (result: FeedResult<T>) => string | null | undefined) => {
    const until = async (value: string, ms: number) => {
      await edit(value);
      await allReceived(last, (result) => seen(result) === value, ms);
    };
    for (let attempt = 0; ; attempt++) {
      try {
        await until(`warm-up ${++edits}`, 1_000);
        break;
      } catch (error) {
        if (attempt === 20) throw error;
      }
    }
    // Background work (the job queue's recurring tasks, job leases) runs statements too, so the fewest of three events is the event's.
    const counts = [];
    for (let event = 0; event < 3; event++) {
      const before = sqlStatements.count;
      await until(`measured ${++edits}`, 60_000);
      counts.push(sqlStatements.count - before);
    }
    return Math.min(...counts);
  };

  const editClient = async (city: string) => {
    const res = await t.gql(graphql(`mutation FanOutUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }`), { id: clientId, i: { city } }, staff);
    expect(res.errors).toBeUndefined();
  };
  const editInvoice = async (notes: string) => {
    const res = await t.gql(graphql(`mutation FanOutUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { id } }`), { id: invoiceId, i: { notes } }, staff);
    expect(res.errors).toBeUndefined();
  };

  const editService = async (domain: string) => {
    const res = await t.gql(graphql(`mutation FanOutUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }`), { id: serviceId, i: { domain } }, staff);
    expect(res.errors).toBeUndefined();
  };

  /** Staff subscribers plus the client itself, another viewer scope. */
  const measure = async <T,>(count: number, query: Operation<T, Record<string, never>>, edit: (value: string) => Promise<void>, seen: (result: FeedResult<T>) => string | null | undefined) => {
    const { last, stop } = subscribers(t, [owner, ...new Array(count - 1).fill(staff)], query);
    try {
      return { statements: await statementsPerEvent(last, edit, seen), results: last };
    } finally {
      await stop();
    }
  };

  it('issue 12.5: clientChanged with the client, its group and contacts runs the same SQL per event for 10 and 200 subscribers, and each event reads the client as it is now', async () => {
    const city = (result: FeedResult<ResultOf<typeof CLIENT_CHANGED>>) => result.data?.clientChanged.client?.city;
    const few = await measure(10, CLIENT_CHANGED, editClient, city);
    const many = await measure(200, CLIENT_CHANGED, editClient, city);
    expect(many.statements).toBe(few.statements);
    for (const result of many.results) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.clientChanged.client).toMatchObject({ id: clientId, city: `measured ${edits}`, group: null, contacts: [] });
    }
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
  });

  it('issue 12.5: subscribers share an event\'s result only with the same viewer: staff get the staff-only notes, the client of the same event does not', async () => {
    const query = graphql(`subscription FanOutClientChanged2 { clientChanged { client { id city adminNotes } } }`);
    const { last, stop } = subscribers(t, [owner, staff, staff, staff], query);
    try {
      const note = async (city: string) => {
        const res = await t.gql(graphql(`mutation FanOutUpdateClient2($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }`), { id: clientId, i: { city, adminNotes: `notes ${city}` } }, staff);
        expect(res.errors).toBeUndefined();
      };
      await statementsPerEvent(last, note, (result) => result.data?.clientChanged?.client?.city);
      const [mine, ...staffs] = last;
      for (const result of staffs) expect(result).toEqual({ data: { clientChanged: { client: { id: clientId, city: `measured ${edits}`, adminNotes: `notes measured ${edits}` } } } });
      expect(mine.data?.clientChanged.client).toEqual({ id: clientId, city: `measured ${edits}`, adminNotes: null });
      expect(mine.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    } finally {
      await stop();
    }
  });

  it('issue 12.5: invoiceChanged with the invoice, its lines and client runs the same SQL per event for 10 and 200 subscribers', async () => {
    const notes = (result: FeedResult<ResultOf<typeof INVOICE_CHANGED>>) => result.data?.invoiceChanged.invoice?.notes;
    const few = await measure(10, INVOICE_CHANGED, editInvoice, notes);
    const many = await measure(200, INVOICE_CHANGED, editInvoice, notes);
    expect(many.statements).toBe(few.statements);
    for (const result of many.results) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.invoiceChanged.invoice).toMatchObject({ id: invoiceId, notes: `measured ${edits}`, client: { id: clientId } });
      expect(result.data?.invoiceChanged.invoice?.lines).toHaveLength(2);
    }
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
  });

  it('issue 12.5: serviceChanged (a staff edit) with the service, its product and client runs the same SQL per event for 10 and 200 subscribers', async () => {
    const domain = (result: FeedResult<ResultOf<typeof SERVICE_CHANGED>>) => result.data?.serviceChanged.service?.domain;
    const few = await measure(10, SERVICE_CHANGED, editService, domain);
    const many = await measure(200, SERVICE_CHANGED, editService, domain);
    expect(many.statements).toBe(few.statements);
    for (const result of many.results) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.serviceChanged).toMatchObject({ change: 'UPDATED', service: { id: serviceId, domain: `measured ${edits}`, product: { name: 'Fan-out hosting' }, client: { id: clientId } } });
    }
  });
});
