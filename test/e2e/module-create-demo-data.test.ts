/**
 * Issue 11.7: every module's create, run the way staff run it — GraphQL
 * runModuleCommand → background job → module → protocol server — for the demo
 * clients (DEMO_DATA=true), checked on the remote side. The conformance kit
 * hands modules the context the job runner builds (clientContext); this file
 * makes sure the runner really builds it from the whole client.
 */
import { keyOf } from '../support/ids';
import { FakePleskServer } from '../servers/plesk/plesk-server';
import { EppTestServer } from '../servers/epp-server';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { powerDnsMissing, startPowerDns, type PowerDnsInstance } from '../servers/powerdns';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { CreateServerInput, ProductType } from '../generated/graphql';

const LOGIN = graphql(`mutation ModuleCreateDemoDataLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`);
const CLIENTS = graphql(`query ModuleCreateDemoDataClients($email: String!) { clients(filter: { email: $email }) { edges { node { id firstName lastName companyName email phoneNumber address1 address2 city state postcode country language } } } }`);
const CREATE_PRODUCT = graphql(`mutation ModuleCreateDemoDataCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }`);
const CREATE_SERVER = graphql(`mutation ModuleCreateDemoDataCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }`);
const CREATE_SERVICE = graphql(`mutation ModuleCreateDemoDataCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }`);
const RUN = graphql(`mutation ModuleCreateDemoDataRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: "create") { id status } }`);
const JOB = graphql(`query ModuleCreateDemoDataModuleJob($id: ID!) { moduleJob(id: $id) { status lastError } }`);
const SERVICE = graphql(`query ModuleCreateDemoDataService($id: ID!) { service(id: $id) { status moduleData } }`);

const pdnsMissing = powerDnsMissing();
// As in test/plugins/dns-manager.test.ts: CI installs PowerDNS and requires it.
const itWithPdns = pdnsMissing && process.env.PDNS_REQUIRED !== '1' ? it.skip : it;
if (pdnsMissing && process.env.PDNS_REQUIRED !== '1') console.warn(`SKIPPING the dns-manager create of issue 11.7: ${pdnsMissing}`);

describe('issue 11.7: each module\'s create through GraphQL with the demo data', () => {
  const plesk = new FakePleskServer();
  const registry = new EppTestServer({ hbreg: { password: 'Reg-pass-1' } });
  const spamExperts = new SpamExpertsTestServer();
  let pdns: PowerDnsInstance | undefined;
  let t: TestApp;
  let admin: string;

  const demoClient = async (email: string) => ok(await t.gql(CLIENTS, { email }, admin)).clients.edges[0].node;

  /** Server, product and a Pending service for a demo client; runs create and waits for the job to end. */
  async function create(o: { module: string; server: Omit<CreateServerInput, 'name' | 'module' | 'hostname'>; productOptions: Record<string, unknown>; clientId: string; domain: string; type?: ProductType }) {
    const serverId = ok(await t.gql(CREATE_SERVER, { i: { name: `${o.module}-demo`, module: o.module, hostname: '127.0.0.1', ...o.server } }, admin)).createServer.id;
    const productId = ok(await t.gql(CREATE_PRODUCT, { i: { name: `Demo ${o.module}`, type: o.type ?? 'HOSTING', module: o.module, productOptions: o.productOptions } }, admin)).createProduct.id;
    const serviceId = ok(await t.gql(CREATE_SERVICE, { i: {
      clientId: o.clientId, productId, serverId, domain: o.domain, password: 'Demo-pass-0001', billingCycle: 'MONTHLY', recurringAmount: '5.00',
    } }, admin)).createService.id;
    const job = ok(await t.gql(RUN, { s: serviceId }, admin)).runModuleCommand;
    const end = Date.now() + 15_000;
    for (;;) {
      const state = ok(await t.gql(JOB, { id: job.id }, admin)).moduleJob!;
      if (!['QUEUED', 'RUNNING', 'RETRYING'].includes(state.status) || Date.now() > end) {
        return { job: state, service: ok(await t.gql(SERVICE, { id: serviceId }, admin)).service! };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    await Promise.all([plesk.start(), registry.start(), spamExperts.start()]);
    if (!pdnsMissing) pdns = await startPowerDns();
    t = await startTestApp({ DEMO_DATA: 'true', JOBS_POLL_MS: '50', MODULE_COMMAND_TIMEOUT_MS: '5000' });
    // The demo staff login, as an operator trying the demo would use it.
    admin = ok(await t.gql(LOGIN, { e: t.config.demoAdminEmail, p: t.config.demoAdminPassword })).login.token;
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await Promise.all([plesk.stop(), registry.stop(), spamExperts.stop(), pdns?.stop()]);
  });

  it('issue 11.7: plesk creates the customer of demo client Ada with her contact data and the subscription', async () => {
    const ada = await demoClient('ada@example.org');
    expect(ada).toMatchObject({ phoneNumber: expect.any(String), address1: expect.any(String), city: 'London', postcode: expect.any(String), country: 'GB' });
    const { job, service } = await create({
      module: 'plesk', clientId: ada.id, domain: 'ada-demo.example', productOptions: { planName: 'Starter' },
      server: { port: plesk.port, secure: true, settings: { username: 'admin', password: 'admin-pass', certificateFingerprint: plesk.certificate!.fingerprint256 } },
    });
    expect(job).toEqual({ status: 'SUCCEEDED', lastError: null });
    expect(service.status).toBe('ACTIVE');

    const customer = plesk.customers.get(plesk.webspaceByName('ada-demo.example')!.ownerId)!;
    expect(customer).toMatchObject({
      externalId: `hostbill:client:${keyOf(ada.id)}`,
      personalName: 'Ada Lovelace',
      email: ada.email,
      phone: ada.phoneNumber,
      address: ada.address1,
      city: ada.city,
      postcode: ada.postcode,
      country: ada.country,
    });
    expect(plesk.schemaErrors).toEqual([]);
  });

  it('issue 11.7: registrar registers the domain of demo client Grace with a registrant contact made from her address', async () => {
    const grace = await demoClient('grace@example.com');
    const domain = 'compilers-demo.test';
    const { job, service } = await create({
      module: 'registrar', type: 'DOMAIN', clientId: grace.id, domain, productOptions: { period: 1, nameservers: ['ns1.demo.example', 'ns2.demo.example'] },
      server: { port: registry.port, secure: true, settings: { clientId: 'hbreg', password: 'Reg-pass-1', caCertificate: registry.certificate.cert, contactPrefix: 'HB' } },
    });
    expect(job).toEqual({ status: 'SUCCEEDED', lastError: null }); // before: "needs a city and a country"
    expect(service.status).toBe('ACTIVE');

    const registered = registry.domain(domain)!;
    expect(registered).toMatchObject({ clID: 'hbreg', nameservers: ['ns1.demo.example', 'ns2.demo.example'] });
    expect(service.moduleData).toMatchObject({ registrantHandle: registered.registrant });
    expect(registry.contact(registered.registrant)).toMatchObject({
      name: 'Grace Hopper',
      org: 'Compilers Inc.',
      street: [grace.address1, grace.address2],
      city: 'Arlington',
      sp: grace.state,
      pc: grace.postcode,
      cc: 'US',
      voice: grace.phoneNumber,
      email: grace.email,
    });
  });

  it('issue 11.7: spam-filter adds the domain of demo client Alan to SpamExperts', async () => {
    const alan = await demoClient('alan@example.org');
    const { job, service } = await create({
      module: 'spam-filter', type: 'OTHER', clientId: alan.id, domain: 'turing-demo.example', productOptions: { incoming: true, outgoing: false, archiving: false },
      server: { port: spamExperts.port, secure: false, settings: { username: spamExperts.username, password: spamExperts.password, defaultDestination: 'mail.hosting.example:2525' } },
    });
    expect(job).toEqual({ status: 'SUCCEEDED', lastError: null });
    expect(service.status).toBe('ACTIVE');
    expect(spamExperts.domainCount('turing-demo.example')).toBe(1);
  });

  itWithPdns('issue 11.7: dns-manager creates the zone of demo client Edsger on PowerDNS', async () => {
    const edsger = await demoClient('edsger@example.nl');
    const { job, service } = await create({
      module: 'dns-manager', type: 'OTHER', clientId: edsger.id, domain: 'dijkstra-demo.example', productOptions: {},
      server: { port: pdns!.apiPort, secure: false, settings: {
        apiKey: pdns!.apiKey, nameservers: ['ns1.hosting.example', 'ns2.hosting.example'], defaultIpv4: '192.0.2.10', mailHost: 'mail.hosting.example', suspensionIpv4: '203.0.113.99',
      } },
    });
    expect(job).toEqual({ status: 'SUCCEEDED', lastError: null });
    expect(service.status).toBe('ACTIVE');
    const zone = await fetch(`${pdns!.apiUrl}/api/v1/servers/localhost/zones/dijkstra-demo.example.`, { headers: { 'X-API-Key': pdns!.apiKey } });
    expect(zone.status).toBe(200);
    expect(((await zone.json()) as { name: string }).name).toBe('dijkstra-demo.example.');
  });
});
