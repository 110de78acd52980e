/**
 * The lock order of changes to a client's records (src/provisioning/client-lock.ts)
 * in payments, mass updates, moves, invoicing early and manual package changes: a
 * third connection holds a row so that two changes queue behind it in the order
 * that deadlocked before.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { keyOf } from '../support/ids';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { createClient, createDomain, createProduct, createService, uniqueEmail } from '../support/fixtures';
import { holdRow, untilWaitingOnLocks } from '../support/row-locks';
import { graphql } from '../generated';

const CREATE_ADDON = graphql(`mutation RecordLocksCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }`);
const ADD_ORDER = graphql(`mutation RecordLocksAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }`);
const ACCEPT = graphql(`mutation RecordLocksAccept($id: ID!) { acceptOrder(id: $id) { items { service { id addons { id } } } } }`);
const INVOICE_EARLY = graphql(`mutation RecordLocksInvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) { id } }`);
const PAY = graphql(`mutation RecordLocksPay($id: ID!) { markInvoicePaid(id: $id) { id status } }`);
const MASS_UPDATE = graphql(`mutation RecordLocksMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {
  services { id } addons { id recurringAmount { amount } } } }`);
const SERVICE = graphql(`query RecordLocksService($id: ID!) { service(id: $id) { nextDueDate recurringAmount { amount } addons { nextDueDate recurringAmount { amount } } } }`);
const UPDATE_SERVICE = graphql(`mutation RecordLocksUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }`);
const UPDATE_DOMAIN = graphql(`mutation RecordLocksUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }`);
const MOVE_SERVICE = graphql(`mutation RecordLocksMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { client { id } } }`);
const MOVE_DOMAIN = graphql(`mutation RecordLocksMoveDomain($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { client { id } } }`);
const CLIENT = graphql(`query RecordLocksClient($id: ID!) { client(id: $id) { status } }`);
const CHANGE_PACKAGE = graphql(`mutation RecordLocksChangePackage($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id } }`);
const SCHEDULE_TERMINATION = graphql(`mutation RecordLocksScheduleTermination($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }`);
const SERVICE_STATE = graphql(`query RecordLocksServiceState($id: ID!) { service(id: $id) { status nextDueDate recurringAmount { amount } adminNotes } }`);

describe('the lock order of payments, mass updates, moves, invoicing early and package changes', () => {
  let t: TestApp;
  let admin: string;
  let web: string;
  let backups: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    t.config.automation.clock.setTo('2031-03-10T10:00:00Z');
    web = await createProduct(t, admin, { name: 'Web', type: 'HOSTING', payType: 'RECURRING', prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '10.00' }] });
    backups = ok(await t.gql(CREATE_ADDON, { i: {
      name: 'Backups', payType: 'RECURRING', productIds: [web],
      prices: [{ currency: 'EUR', cycle: 'MONTHLY', amount: '2.00' }, { currency: 'EUR', cycle: 'ANNUALLY', amount: '20.00' }],
    } }, admin)).createAddon.id;
  });
  afterAll(() => t.stop());

  const newClient = async () => (await createClient(t, admin, { firstName: 'Lock', lastName: `Order${++seq}`, email: uniqueEmail('locks'), currency: 'EUR' })).id;
  /** An Active service of `web` with Backups addons of the given cycles, by an order staff accept. */
  async function serviceWithAddons(clientId: string, cycles: ('MONTHLY' | 'ANNUALLY')[]) {
    const order = ok(await t.gql(ADD_ORDER, { i: { clientId, noInvoice: true, cart: { products: [{
      productId: web, cycle: 'MONTHLY', addons: cycles.map((cycle) => ({ addonId: backups, cycle })),
    }] } } }, admin)).addOrder;
    const { service } = ok(await t.gql(ACCEPT, { id: order.id }, admin)).acceptOrder.items[0];
    return { service: service!.id, addons: service!.addons.map((addon) => addon.id) };
  }
  const serviceOf = async (id: string) => ok(await t.gql(SERVICE, { id }, admin)).service!;
  const statusOf = async (id: string) => ok(await t.gql(CLIENT, { id }, admin)).client!.status;

  it('AU-1 / SV-3 / SV-15: paying a renewal invoice whose service has moved to another client while staff mass-update the service and its addon there: both finish (the new owner first, then services before addons)', async () => {
    const from = await newClient();
    const to = await newClient();
    const { service, addons: [addon] } = await serviceWithAddons(from, ['MONTHLY']);
    const [invoice] = ok(await t.gql(INVOICE_EARLY, { i: { clientId: from, serviceIds: [service], addonIds: [addon] } }, admin)).invoiceEarly;
    // SV-15: the invoice stays with the old owner; paying it locks the new owner's row before the service.
    ok(await t.gql(MOVE_SERVICE, { id: service, to }, admin));

    // Another transaction holds the addon's row: the payment waits for it…
    const holder = await holdRow(t.app.orm, 'service_addon', 'id', keyOf(addon));
    const paying = t.gql(PAY, { id: invoice.id }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, 'the payment to wait for the addon');
    // …and so does a mass update of the service and its addon at the new owner; then the holder lets go.
    const updating = t.gql(MASS_UPDATE, { i: { serviceIds: [service], addonIds: [addon], recurringAmount: '12.00' } }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, 'the mass update to wait as well');
    await holder.release();

    expect(ok(await paying).markInvoicePaid.status).toBe('PAID');
    ok(await updating);
    // The payment moved both due dates one cycle on; the mass update set both amounts.
    expect(await serviceOf(service)).toEqual({
      nextDueDate: '2031-05-10', recurringAmount: { amount: '12.00' }, addons: [{ nextDueDate: '2031-05-10', recurringAmount: { amount: '12.00' } }],
    });
  });

  it('SV-10: two mass updates listing the same addons the other way round: both finish (each kind locked in id order), each answering in its own order', async () => {
    const client = await newClient();
    const { addons } = await serviceWithAddons(client, ['MONTHLY', 'ANNUALLY']);
    const [low, high] = [...addons].sort((x, y) => keyOf(x) - keyOf(y));

    // Another transaction holds the first addon's row: a mass update of both waits for it…
    const holder = await holdRow(t.app.orm, 'service_addon', 'id', keyOf(low));
    const upward = t.gql(MASS_UPDATE, { i: { addonIds: [low, high], recurringAmount: '3.00' } }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, 'the first mass update to wait for the first addon');
    // …and so does one listing them the other way round; then the holder lets go.
    const downward = t.gql(MASS_UPDATE, { i: { addonIds: [high, low], recurringAmount: '4.00' } }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, 'the second mass update to wait as well');
    await holder.release();

    expect(ok(await upward).massUpdateServices.addons.map((a) => a.id)).toEqual([low, high]);
    // The second committed last.
    expect(ok(await downward).massUpdateServices.addons).toEqual([{ id: high, recurringAmount: { amount: '4.00' } }, { id: low, recurringAmount: { amount: '4.00' } }]);
  });

  it.each(['service', 'domain'] as const)('SV-15 / CL-5: moving a %s to another client while staff edit it: both finish (both clients locked first, in id order)', async (kind) => {
    const from = await newClient();
    const to = await newClient();
    // The client's only Active record: moving it makes the client Inactive (CL-5), a change to the client's row.
    const record = kind === 'service'
      ? await createService(t, admin, { clientId: from, productId: web, status: 'ACTIVE', billingCycle: 'MONTHLY', recurringAmount: '10.00' })
      : await createDomain(t, admin, { clientId: from, name: `locks-${++seq}-${process.pid}.example`, status: 'ACTIVE' });
    expect(await statusOf(from)).toBe('ACTIVE');

    // Another transaction holds the old owner's row: staff editing the record wait for it…
    const holder = await holdRow(t.app.orm, 'client', 'id', keyOf(from));
    const editing = kind === 'service'
      ? t.gql(UPDATE_SERVICE, { id: record, i: { adminNotes: 'Checked' } }, admin)
      : t.gql(UPDATE_DOMAIN, { id: record, i: { autoRenew: false } }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, `the ${kind} edit to wait for the client`);
    // …and so does the move; then the holder lets go.
    const moving = kind === 'service' ? t.gql(MOVE_SERVICE, { id: record, to }, admin) : t.gql(MOVE_DOMAIN, { id: record, to }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, `the ${kind} move to wait as well`);
    await holder.release();

    const [edited, moved] = await Promise.all([editing, moving]);
    expect([edited.errors, moved.errors]).toEqual([undefined, undefined]);
    expect([await statusOf(from), await statusOf(to)]).toEqual(['INACTIVE', 'ACTIVE']);
  });

  it('SV-7: invoicing a service early while staff edit it: both finish (the client locked before the selected items)', async () => {
    const client = await newClient();
    const { service } = await serviceWithAddons(client, []);

    // Another transaction holds the service's row: invoicing it early waits for it…
    const holder = await holdRow(t.app.orm, 'service', 'id', keyOf(service));
    const invoicing = t.gql(INVOICE_EARLY, { i: { clientId: client, serviceIds: [service] } }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, 'the early invoice to wait for the service');
    // …and so does a staff edit of the service (client, then service); then the holder lets go.
    const editing = t.gql(UPDATE_SERVICE, { id: service, i: { adminNotes: 'Checked' } }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, 'the edit to wait as well');
    await holder.release();

    const [invoiced, edited] = await Promise.all([invoicing, editing]);
    expect([invoiced.errors, edited.errors]).toEqual([undefined, undefined]);
    expect(invoiced.data!.invoiceEarly).toHaveLength(1);
  });

  it('SV-9 / SV-13: staff changing a service\'s package while scheduling its termination: both finish (the client locked before the service)', async () => {
    const client = await newClient();
    const { service } = await serviceWithAddons(client, []);

    // Another transaction holds the service's row: the package change waits for it…
    const holder = await holdRow(t.app.orm, 'service', 'id', keyOf(service));
    const changing = t.gql(CHANGE_PACKAGE, { s: service, i: { recurringAmount: '11.00' } }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, 'the package change to wait for the service');
    // …and so does scheduling its termination (client FOR UPDATE, then service); then the holder lets go.
    const scheduling = t.gql(SCHEDULE_TERMINATION, { s: service }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, 'the scheduled termination to wait as well');
    await holder.release();

    const [changed, scheduled] = await Promise.all([changing, scheduling]);
    expect([changed.errors, scheduled.errors]).toEqual([undefined, undefined]);
    expect(ok(await t.gql(SERVICE_STATE, { id: service }, admin)).service!.recurringAmount).toEqual({ amount: '11.00' });
  });

  it('AU-1 / SV-15: paying the renewal invoice of a service suspended for non-payment that has moved to another client while staff edit it there: both finish, the service unsuspended (its new owner locked before it)', async () => {
    const from = await newClient();
    const to = await newClient();
    const service = await createService(t, admin, {
      clientId: from, productId: web, status: 'SUSPENDED', billingCycle: 'MONTHLY', recurringAmount: '10.00', registrationDate: '2031-02-20', nextDueDate: '2031-03-20',
    });
    const [invoice] = ok(await t.gql(INVOICE_EARLY, { i: { clientId: from, serviceIds: [service] } }, admin)).invoiceEarly;
    ok(await t.gql(MOVE_SERVICE, { id: service, to }, admin));

    // Another transaction holds the service's row: the payment waits for it…
    const holder = await holdRow(t.app.orm, 'service', 'id', keyOf(service));
    const paying = t.gql(PAY, { id: invoice.id }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, 'the payment to wait for the service');
    // …and so does a staff edit of the service at its new owner (client, then service); then the holder lets go.
    const editing = t.gql(UPDATE_SERVICE, { id: service, i: { adminNotes: 'Checked' } }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, 'the edit to wait as well');
    await holder.release();

    const [paid, edited] = await Promise.all([paying, editing]);
    expect([paid.errors, edited.errors]).toEqual([undefined, undefined]);
    // Paid: the due date moved one cycle on and the service (no module) was unsuspended at once.
    expect(ok(await t.gql(SERVICE_STATE, { id: service }, admin)).service).toEqual({
      status: 'ACTIVE', nextDueDate: '2031-04-20', recurringAmount: { amount: '10.00' }, adminNotes: 'Checked',
    });
  });

  it('SV-15: paying an invoice whose service has moved to a client of lower id while staff move another service between the two: both finish (the invoice locks both clients, in id order)', async () => {
    const low = await newClient();
    const high = await newClient();
    const { service } = await serviceWithAddons(high, []);
    const [invoice] = ok(await t.gql(INVOICE_EARLY, { i: { clientId: high, serviceIds: [service] } }, admin)).invoiceEarly;
    // SV-15: the invoice stays with its client (high); the service it bills now belongs to low.
    ok(await t.gql(MOVE_SERVICE, { id: service, to: low }, admin));
    const { service: other } = await serviceWithAddons(low, []);

    // Another transaction holds the invoice's client: the payment waits for it…
    const holder = await holdRow(t.app.orm, 'client', 'id', keyOf(high));
    const paying = t.gql(PAY, { id: invoice.id }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, 'the payment to wait for the invoice\'s client');
    // …and so does a move of another service from low to high (both clients, in id order); then the holder lets go.
    const moving = t.gql(MOVE_SERVICE, { id: other, to: high }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, 'the move to wait as well');
    await holder.release();

    const [paid, moved] = await Promise.all([paying, moving]);
    expect([paid.errors, moved.errors]).toEqual([undefined, undefined]);
    expect(paid.data!.markInvoicePaid.status).toBe('PAID');
    expect(moved.data!.moveService.client.id).toBe(high);
  });

  it('SV-15 / CL-5: two moves of the same service at once: the one that read the owner before the other committed is refused with CONFLICT, the service stays with the first target', async () => {
    const from = await newClient();
    const first = await newClient();
    const second = await newClient();
    const { service } = await serviceWithAddons(from, []);

    // Another transaction holds the owner's row: both moves have read the owner and wait for it, one after the other.
    const holder = await holdRow(t.app.orm, 'client', 'id', keyOf(from));
    const toFirst = t.gql(MOVE_SERVICE, { id: service, to: first }, admin);
    await untilWaitingOnLocks(t.app.orm, 1, 'the first move to wait for the owner');
    const toSecond = t.gql(MOVE_SERVICE, { id: service, to: second }, admin);
    await untilWaitingOnLocks(t.app.orm, 2, 'the second move to wait as well');
    await holder.release();

    expect(ok(await toFirst).moveService.client.id).toBe(first);
    // Before, the second moved it on from `first` unseen: its activity named the old owner and `first` stayed Active without it.
    expect(errorOf(await toSecond)).toEqual({ code: 'CONFLICT', field: 'id', message: 'The service moved to another client meanwhile; reload it and move it again' });
    expect(await statusOf(first)).toBe('ACTIVE');
    expect(await statusOf(from)).toBe('INACTIVE');
  });
});
