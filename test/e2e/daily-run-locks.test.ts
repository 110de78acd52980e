/**
 * Issue 16 / SV-7: the daily run's renewal batch locks like every other change
 * to a client's records: the client first, then its services in id order. A
 * third connection holds a service row so that the batch and a staff invoice
 * for the same service queue behind it in the order that deadlocked before.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { createClient, createProduct, createService, uniqueEmail } from '../support/fixtures';
import { holdRow, untilWaitingOnLocks } from '../support/row-locks';
import { graphql } from '../generated';

const RUN = graphql(`mutation DailyRunLocksRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } steps { name count } } }`);
const CREATE_INVOICE = graphql(`mutation DailyRunLocksCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }`);
const REQUEST_CANCELLATION = graphql(`mutation DailyRunLocksRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }`);
const WITHDRAW = graphql(`mutation DailyRunLocksWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { status } }`);
const SERVICE = graphql(`query DailyRunLocksService($id: ID!) { service(id: $id) { status cancellationRequest { id } } }`);

describe('issue 16: the renewal batch beside other changes to the same client', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
  });
  afterAll(() => t.stop());

  const sql = (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);

  it('SV-7 / issue 16: staff invoicing a service while the daily run invoices its renewal: both finish (client first, then services)', async () => {
    t.config.automation.clock.setTo('2031-02-10T10:00:00Z');
    const product = await createProduct(t, admin, { name: 'Renewing hosting', type: 'OTHER' });
    const client = await createClient(t, admin, { firstName: 'Re', lastName: 'New', email: uniqueEmail('renew'), currency: 'EUR' });
    const service = await createService(t, admin, {
      clientId: client.id, productId: product, status: 'ACTIVE', billingCycle: 'MONTHLY', recurringAmount: '10.00',
      registrationDate: '2031-01-20', nextDueDate: '2031-02-20', domain: `renew-${process.pid}.example`,
    });

    // Another transaction holds the service's row: the run's renewal batch waits for it…
    const holder = await holdRow(t.app.orm, 'service', 'id', keyOf(service));
    const running = t.gql(RUN, { d: '2031-02-10' }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, 'the renewal batch to wait for the service');
    // …and so does a staff invoice with a line for the service; then the holder lets go.
    const invoicing = t.gql(CREATE_INVOICE, { i: { clientId: client.id, lines: [{ description: 'Extra disk', amount: '3.00', serviceId: service }] } }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, 'the staff invoice to wait as well');
    await holder.release();

    const run = ok(await running).runDailyRun;
    expect(run).toMatchObject({ status: 'COMPLETED', errors: [] });
    expect(ok(await invoicing).createInvoice.id).toBeDefined();
    const lines = await sql(`select l.description from invoice_line l where l.service_id = ? order by l.id`, [keyOf(service)]);
    expect(lines).toHaveLength(2); // the renewal's and the staff's
  });

  it('SV-12: a cancellation request withdrawn while the daily run takes it up: withdrawn first, the service stays (the run locks the service before its claim and reads the request again)', async () => {
    t.config.automation.clock.setTo('2031-04-10T10:00:00Z');
    const product = await createProduct(t, admin, { name: 'Cancelled hosting', type: 'OTHER' });
    const client = await createClient(t, admin, { firstName: 'With', lastName: 'Drawn', email: uniqueEmail('withdraw'), currency: 'EUR' });
    const service = await createService(t, admin, {
      clientId: client.id, productId: product, status: 'ACTIVE', billingCycle: 'MONTHLY', recurringAmount: '10.00',
      registrationDate: '2031-03-20', nextDueDate: '2031-05-20', domain: `withdraw-${process.pid}.example`,
    });
    const request = ok(await t.gql(REQUEST_CANCELLATION, { i: { serviceId: service, type: 'IMMEDIATE', reason: 'Not needed' } }, admin)).requestCancellation.id;

    // Another transaction holds the service's row: the withdrawal waits for it first…
    const holder = await holdRow(t.app.orm, 'service', 'id', keyOf(service));
    const withdrawing = t.gql(WITHDRAW, { id: request }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, 'the withdrawal to wait for the service');
    // …then the run's cancellation step, for the same service; then the holder lets go and the withdrawal goes first.
    const running = t.gql(RUN, { d: '2031-04-10' }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, 'the daily run to wait as well');
    await holder.release();

    expect(ok(await withdrawing).withdrawCancellationRequest.status).toBe('WITHDRAWN');
    const run = ok(await running).runDailyRun;
    expect(run).toMatchObject({ status: 'COMPLETED', errors: [] });
    expect(run.steps.find((step) => step.name === 'CANCELLATIONS')?.count).toBe(0);
    // Before, the run had claimed the request unseen by the withdrawal, and then ended the service anyway.
    expect(ok(await t.gql(SERVICE, { id: service }, admin)).service).toEqual({ status: 'ACTIVE', cancellationRequest: null });
  });
});
