/**
 * Issue 16.1 (AU-1, DN-1) over the wire: the daily run invoices auto-renew
 * domains before they expire (the TLD's renewal price, once per expiry date)
 * and paying queues the registrar's renew; the run's domain steps queue the
 * renews a payment could not and the daily syncs, on the domain command
 * path; the real job runner carries them out against the strict EPP test
 * registry. A sync happens at most once a day per domain, a second run of
 * the same date queues nothing, and the preview queues nothing.
 */
import { StaffRole } from '../../src/auth/staff-user.entity';
import { EppTestServer } from '../servers/epp-server';
import { keyOf } from '../support/ids';
import { waitFor } from '../support/wait';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { createClient, createDomain, createRegistrarServer, REGISTRANT_ADDRESS, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateDomainInput } from '../generated/graphql';

const REGISTRY_PASSWORD = 'Reg-pass-1';

const RUN = graphql(`mutation DailyRunDomainsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count errorCount } errors { step subjectType message } } }`);
const PREVIEW = graphql(`query DailyRunDomainsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } domain { id } description amount { amount } } }
  domainRenewals { id name } domainSyncs { id name } errors { step message } } }`);
const INVOICES = graphql(`query DailyRunDomainsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 20, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { id status dueDate total { amount }
  lines { type description domain { id } amount { amount } } } } } }`);
const PAY = graphql(`mutation DailyRunDomainsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }`);
const UPDATE_SERVER = graphql(`mutation DailyRunDomainsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }`);
const TLD_PRICING = graphql(`mutation DailyRunDomainsTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }`);
const ADD_CREDIT = graphql(`mutation DailyRunDomainsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }`);
const BALANCE = graphql(`query DailyRunDomainsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }`);
const SETTINGS = graphql(`mutation DailyRunDomainsSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }`);
const DOMAINS = graphql(`query DailyRunDomainsDomains { domains { edges { node { id name status expiryDate } } } }`);

/** DD/MM/YYYY, as invoice lines print periods. */
const printed = (date: string) => date.split('-').reverse().join('/');
/** `date` moved by `days` (YYYY-MM-DD). */
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const nextYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

describe('issue 16.1: the daily run invoices auto-renew domains, renews them once paid, and syncs domains through the registrar', () => {
  const registry = new EppTestServer({ hbreg: { password: REGISTRY_PASSWORD } });
  let t: TestApp;
  let admin: string;
  let clientId: string;
  let serverId: string;
  let seq = 0;
  const name = (label: string) => `${label}${++seq}-${process.pid}.test`;

  /** The run of `date`, with the operator's clock on that day (the registry keeps real time). */
  const runOn = async (date: string) => {
    t.config.automation.clock.setTo(`${date}T10:00:00Z`);
    const run = ok(await t.gql(RUN, { d: date }, admin)).runDailyRun;
    expect(run.errors).toEqual([]);
    expect(run.steps.filter((s) => s.status !== 'OK')).toEqual([]);
    return Object.fromEntries(run.steps.map((s) => [s.name, s.count]));
  };
  const invoicesOf = async (client: string) => ok(await t.gql(INVOICES, { c: client }, admin)).invoices.edges.map((e) => e.node);
  const domainOf = async (id: string) => {
    const { edges } = ok(await t.gql(DOMAINS, {}, admin)).domains;
    return edges.find((e) => e.node.id === id)?.node;
  };
  const jobs = async (id: string, command: string) => Number((await t.app.orm.em.fork().getConnection()
    .execute('select count(*) as n from module_job where domain_id = ? and command = ?', [keyOf(id), command]))[0].n);
  const allJobsDone = () => waitFor(async () => {
    const [{ n }] = await t.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from module_job where status not in ('succeeded', 'failed', 'cancelled')`);
    return n === 0 ? true : undefined;
  }, { what: 'module jobs to finish', timeoutMs: 20_000 });
  /** A domain sponsored by us at the registry and recorded here with `record`. */
  const domainAtRegistry = async (years: number, record: Partial<CreateDomainInput>) => {
    const domain = name('dr');
    registry.seedDomain({ name: domain, clID: 'hbreg', authInfo: 'Auth-code-1', years });
    const registryExpiry = registry.domain(domain)!.expiryDate;
    const id = await createDomain(t, admin, { clientId, name: domain, registrar: 'registrar', status: 'ACTIVE', expiryDate: registryExpiry, ...record });
    return { id, name: domain, registryExpiry };
  };

  let renewing: { id: string; name: string; registryExpiry: string };
  let renewDate: string;

  beforeAll(async () => {
    await registry.start();
    t = await startTestApp({ JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50', MODULE_MAX_ATTEMPTS: '3', MODULE_COMMAND_TIMEOUT_MS: '5000', REGISTRY_POLL_INTERVAL_MS: '0' });
    admin = await t.staffToken(StaffRole.ADMIN);
    serverId = await createRegistrarServer(t, admin, registry, { password: REGISTRY_PASSWORD });
    ok(await t.gql(TLD_PRICING, { i: { tld: '.test', currency: 'EUR', prices: [{ years: 1, register: '12.00', renew: '14.00' }] } }, admin));
    clientId = (await createClient(t, admin, {
      firstName: 'Ada', lastName: 'Renewer', email: uniqueEmail('dr'), password: 'client-password-1', currency: 'EUR', ...REGISTRANT_ADDRESS,
    })).id;
    renewing = await domainAtRegistry(1, { autoRenew: true });
    // Within the default 14 days before expiry.
    renewDate = addDays(renewing.registryExpiry, -10);
  });
  afterAll(async () => {
    await t?.stop();
    await registry.stop();
  });

  it('issue 16.1 / AU-1: dailyRunPreview lists the domain renewal invoice and the syncs without queueing anything', async () => {
    // Expires a year after the renewing domain: outside the renewal window, synced only.
    const outside = await domainAtRegistry(2, { autoRenew: true });
    const preview = ok(await t.gql(PREVIEW, { d: renewDate }, admin)).dailyRunPreview;
    expect(preview.errors).toEqual([]);
    expect(preview.invoices).toEqual([{ dueDate: renewing.registryExpiry, total: { amount: '14.00' }, lines: [{
      service: null, domain: { id: renewing.id }, amount: { amount: '14.00' },
      description: `Domain renewal - ${renewing.name} (${printed(renewing.registryExpiry)} - ${printed(addDays(nextYear(renewing.registryExpiry), -1))})`,
    }] }]);
    // Nothing is renewed before it is paid for.
    expect(preview.domainRenewals).toEqual([]);
    expect(preview.domainSyncs.map((d) => d.id)).toEqual([renewing.id, outside.id]);
    expect(await jobs(renewing.id, 'renew') + await jobs(renewing.id, 'sync') + await jobs(outside.id, 'sync')).toBe(0);
    expect(await invoicesOf(clientId)).toEqual([]);
  });

  it('issue 16.1 / DN-1 / SV-7: a domain with auto-renew expiring soon is invoiced once per expiry date; paying queues one renew at the registry and its expiry moves a year', async () => {
    const first = await runOn(renewDate);
    expect([first.RENEWAL_INVOICES, first.DOMAIN_RENEWALS]).toEqual([1, 0]);
    await allJobsDone();
    expect(await jobs(renewing.id, 'renew')).toBe(0);
    const [invoice] = await invoicesOf(clientId);
    expect(invoice).toMatchObject({ status: 'UNPAID', dueDate: renewing.registryExpiry, total: { amount: '14.00' } });
    expect(invoice.lines).toEqual([expect.objectContaining({ type: 'DOMAIN', domain: { id: renewing.id }, amount: { amount: '14.00' } })]);
    // The same date again and the next day: no second invoice for this expiry date.
    expect((await runOn(renewDate)).RENEWAL_INVOICES).toBe(0);
    expect((await runOn(addDays(renewDate, 1))).RENEWAL_INVOICES).toBe(0);
    expect(await invoicesOf(clientId)).toHaveLength(1);

    // The next day's run queued the domain's daily sync: a payment while it runs leaves the renew to the next run (one
    // command per domain at a time), which this test is not about.
    await allJobsDone();
    ok(await t.gql(PAY, { id: invoice.id }, admin));
    await allJobsDone();
    const renewed = nextYear(renewing.registryExpiry);
    expect(await domainOf(renewing.id)).toMatchObject({ status: 'ACTIVE', expiryDate: renewed });
    expect(registry.domain(renewing.name)!.expiryDate).toBe(renewed);
    const again = await runOn(addDays(renewDate, 1));
    expect([again.RENEWAL_INVOICES, again.DOMAIN_RENEWALS]).toEqual([0, 0]);
    await allJobsDone();
    expect(await jobs(renewing.id, 'renew')).toBe(1);
    expect(registry.domain(renewing.name)!.expiryDate).toBe(renewed);
  });

  it('issue 16.1 / DN-1: the daily sync takes the expiry date and status from the registry, once per domain and day', async () => {
    const drifted = await domainAtRegistry(2, { autoRenew: false, status: 'PENDING_TRANSFER', expiryDate: '2026-06-01' });
    const day = addDays(renewDate, 2);
    // This one, the one renewed above and the one outside its renewal window (the first test's).
    const first = await runOn(day);
    expect(first.DOMAIN_SYNC).toBe(3);
    await allJobsDone();
    expect(await domainOf(drifted.id)).toMatchObject({ status: 'ACTIVE', expiryDate: drifted.registryExpiry });
    const again = await runOn(day);
    expect([again.DOMAIN_RENEWALS, again.DOMAIN_SYNC]).toEqual([0, 0]);
    expect(await jobs(drifted.id, 'sync')).toBe(1);
    // A new day syncs again.
    expect((await runOn(addDays(day, 1))).DOMAIN_SYNC).toBe(3);
    await allJobsDone();
    expect(await jobs(drifted.id, 'sync')).toBe(2);
  });

  it('issue 16.1 / DN-1: a renewal paid while its registrar cannot be reached is renewed by the next run, once; a TLD without a renewal price is reported and not invoiced', async () => {
    const paidLate = await domainAtRegistry(1, { autoRenew: true });
    const day = addDays(paidLate.registryExpiry, -5);
    expect((await runOn(day)).RENEWAL_INVOICES).toBe(1);
    await allJobsDone();
    const invoice = (await invoicesOf(clientId)).find((i) => i.lines[0].domain?.id === paidLate.id)!;
    ok(await t.gql(UPDATE_SERVER, { id: serverId, i: { enabled: false } }, admin));
    ok(await t.gql(PAY, { id: invoice.id }, admin));
    expect(await jobs(paidLate.id, 'renew')).toBe(0);
    ok(await t.gql(UPDATE_SERVER, { id: serverId, i: { enabled: true } }, admin));
    const run = await runOn(day);
    expect(run.DOMAIN_RENEWALS).toBe(1);
    await allJobsDone();
    expect(await domainOf(paidLate.id)).toMatchObject({ expiryDate: nextYear(paidLate.registryExpiry) });
    expect((await runOn(day)).DOMAIN_RENEWALS).toBe(0);
    expect(await jobs(paidLate.id, 'renew')).toBe(1);

    const unpriced = await createDomain(t, admin, { clientId, name: `nop${++seq}-${process.pid}.example`, status: 'ACTIVE', expiryDate: addDays(day, 3), autoRenew: true });
    t.config.automation.clock.setTo(`${day}T10:00:00Z`);
    const reported = ok(await t.gql(RUN, { d: day }, admin)).runDailyRun;
    expect(reported.errors).toEqual([{ step: 'RENEWAL_INVOICES', subjectType: 'Domain', message: expect.stringMatching(/no 1-year renewal price for its TLD in EUR/) }]);
    expect((await invoicesOf(clientId)).filter((i) => i.lines.some((l) => l.domain?.id === unpriced))).toEqual([]);
    // Later runs of this file are not about it.
    await t.app.orm.em.fork().getConnection().execute('update domain set auto_renew = false where id = ?', [keyOf(unpriced)]);
  });

  it('CR-3 / DN-1: the run pays a domain renewal invoice from the client\'s credit and the renew is queued at once; with autoApplyCredit off it waits for a payment', async () => {
    const saver = (await createClient(t, admin, {
      firstName: 'Cy', lastName: 'Credit', email: uniqueEmail('dr-credit'), password: 'client-password-1', currency: 'EUR', ...REGISTRANT_ADDRESS,
    })).id;
    ok(await t.gql(ADD_CREDIT, { i: { clientId: saver, amount: '20.00', description: 'Prepaid' } }, admin));
    const balance = async () => ok(await t.gql(BALANCE, { id: saver }, admin)).client!.creditBalance!.amount;
    // Registered for longer than the other tests' domains (which these runs invoice too, as past their expiry).
    const waiting = await domainAtRegistry(3, { autoRenew: true, clientId: saver });
    const covered = await domainAtRegistry(5, { autoRenew: true, clientId: saver });

    ok(await t.gql(SETTINGS, { i: { autoApplyCredit: false } }, admin));
    try {
      expect((await runOn(addDays(waiting.registryExpiry, -7))).APPLY_CREDIT).toBe(0);
    } finally {
      ok(await t.gql(SETTINGS, { i: { autoApplyCredit: true } }, admin));
    }
    const [unpaid] = await invoicesOf(saver);
    expect(unpaid).toMatchObject({ status: 'UNPAID', total: { amount: '14.00' }, lines: [expect.objectContaining({ domain: { id: waiting.id } })] });
    expect(await balance()).toBe('20.00');
    expect(await jobs(waiting.id, 'renew')).toBe(0);

    expect((await runOn(addDays(covered.registryExpiry, -7))).APPLY_CREDIT).toBe(1);
    await allJobsDone();
    const [stillUnpaid, paid, ...others] = await invoicesOf(saver);
    expect(others).toEqual([]);
    expect(paid).toMatchObject({ status: 'PAID', total: { amount: '14.00' }, lines: [expect.objectContaining({ type: 'DOMAIN', domain: { id: covered.id } })] });
    expect(await balance()).toBe('6.00');
    expect(await jobs(covered.id, 'renew')).toBe(1);
    expect(await domainOf(covered.id)).toMatchObject({ expiryDate: nextYear(covered.registryExpiry) });
    // The run does not go back to the invoice it issued while the setting was off: credit is applied to that one by hand (CR-4).
    expect(stillUnpaid).toMatchObject({ id: unpaid.id, status: 'UNPAID' });
  });
});
