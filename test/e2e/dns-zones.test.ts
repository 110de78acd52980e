/**
 * Issue 15.3 (DN-2, DN-3) and 15.4 (DN-4) over the wire: zones of domains made
 * through the DNS-manager module on a real PowerDNS (answers checked with a
 * DNS client against pdns's own port), records kept by clients and staff, and
 * the MX records following the spam filter, added through the real job runner
 * on the SpamExperts test server.
 */
import { Resolver } from 'node:dns/promises';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { PowerDnsClient } from '../../plugins/dns-manager/powerdns-client';
import { powerDnsMissing, startPowerDns, type PowerDnsInstance } from '../servers/powerdns';
import { keyOf } from '../support/ids';
import { pause } from '../support/wait';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { CLIENT_SAFE_JOB_ERROR } from '../../src/provisioning/module-command.service';
import { clientWithLogin, createDomain, createProduct, createServer, createService, createSpamFilterServer, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { DomainStatus } from '../generated/graphql';

const FORWARDING_IP = '192.0.2.10';
const PLESK_IP = '198.51.100.20';
const MAIL_HOST = 'mail.hosting-operator.example';

const UPDATE_SERVER = graphql(`mutation DnsZonesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }`);
const CREATE_ZONE = graphql(`mutation DnsZonesCreateZone($d: ID!) { createDnsZone(domainId: $d) { name status lastError } }`);
const DELETE_ZONE = graphql(`mutation DnsZonesDeleteZone($d: ID!) { deleteDnsZone(domainId: $d) { id dnsZone { name } } }`);
const DOMAIN_ZONE = graphql(`query DnsZonesDomainZone($id: ID!) { domain(id: $id) { dnsZone { name status lastError } } }`);
const RECORDS = graphql(`query DnsZonesRecords($d: ID!) { dnsRecords(domainId: $d) { name type ttl records } }`);
const CHANGE = graphql(`mutation DnsZonesChangeRecords($d: ID!, $c: [DnsRecordSetInput!]!) { changeDnsRecords(domainId: $d, changes: $c) { name type ttl records } }`);
const RUN = graphql(`mutation DnsZonesRun($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }`);
const RETRY = graphql(`mutation DnsZonesRetry($id: ID!) { retryModuleJob(id: $id) { id } }`);
const SERVICE = graphql(`query DnsZonesService($id: ID!) { service(id: $id) { status lastModuleError } }`);

const missing = powerDnsMissing();
const optional = process.env.PDNS_REQUIRED !== '1';
if (missing && optional) console.warn(`\n\n!!!!! SKIPPING DNS zone tests (PowerDNS not installed, PDNS_REQUIRED unset): ${missing}\n\n`);
const describeWithPdns = missing && optional ? describe.skip : describe;

describeWithPdns('DNS zones of domains and the spam filter MX (issue 15.3, 15.4)', () => {
  const spam = new SpamExpertsTestServer();
  let pdns: PowerDnsInstance;
  let t: TestApp;
  let admin: string;
  let seq = 0;
  let owner: { id: string; token: string };
  let other: { id: string; token: string };
  let spamProduct: string;
  let spamServer: string;
  let hostingProduct: string;
  let pleskServer: string;
  let pdnsServer: string;

  const resolver = () => {
    const r = new Resolver({ timeout: 2000, tries: 2 });
    r.setServers([`127.0.0.1:${pdns.dnsPort}`]);
    return r;
  };
  /** The DNS answer, or the resolver's error code (ENOTFOUND, ENODATA, EREFUSED, ...). */
  const dns = <T>(query: (r: Resolver) => Promise<T>): Promise<T | string> => query(resolver()).catch((error: { code?: string }) => error.code ?? String(error));
  const mx = async (name: string) => {
    const answer = await dns((r) => r.resolveMx(name));
    return typeof answer === 'string' ? answer : answer.map((m) => `${m.priority} ${m.exchange}`).sort();
  };
  const waitFor = async <T>(read: () => Promise<T>, wanted: T, timeoutMs = 8000): Promise<T> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (JSON.stringify(value) === JSON.stringify(wanted) || Date.now() > end) return value;
      await pause(50);
    }
  };
  const zoneOf = async (domainId: string, token = admin) => ok(await t.gql(DOMAIN_ZONE, { id: domainId }, token)).domain!.dnsZone;
  const jobStatus = async (id: string) => (await t.app.orm.em.fork().getConnection().execute('select status from module_job where id = ?', [keyOf(id)]))[0].status as string;
  const waitJob = (id: string, status: string) => waitFor(() => jobStatus(id), status);

  const newClient = () => clientWithLogin(t, admin, { firstName: 'D', lastName: `Z${++seq}`, email: uniqueEmail('dz'), currency: 'EUR' });
  const newDomain = async (clientId = owner.id, status: DomainStatus = 'ACTIVE') => {
    const name = `zone${++seq}-${process.pid}.example`;
    const id = await createDomain(t, admin, { clientId, name, status });
    return { id, name };
  };
  const zoned = async (clientId = owner.id) => {
    const domain = await newDomain(clientId);
    expect(ok(await t.gql(CREATE_ZONE, { d: domain.id }, admin)).createDnsZone).toMatchObject({ status: 'ACTIVE' });
    return domain;
  };
  const pdnsSettings = (apiKey: string) => ({
    apiKey, nameservers: ['ns1.hosting-operator.example', 'ns2.hosting-operator.example'], defaultIpv4: FORWARDING_IP, mailHost: MAIL_HOST, suspensionIpv4: '203.0.113.99',
  });
  /** The zone's pending MX change as the database keeps it. */
  const mxMark = async (domainId: string) =>
    (await t.app.orm.em.fork().getConnection().execute('select sync_due_at is not null as pending, sync_attempts as attempts from dns_zone where domain_id = ?', [keyOf(domainId)]))[0] as { pending: boolean; attempts: number };
  const spamService = async (domain: string, clientId = owner.id) =>
    createService(t, admin, { clientId, productId: spamProduct, serverId: spamServer, domain, billingCycle: 'MONTHLY', recurringAmount: '1.00' });

  beforeAll(async () => {
    pdns = await startPowerDns();
    await spam.start();
    // The DNS sweep runs every half module-job lease: MX changes still pending are retried within 1.5 s.
    t = await startTestApp({ DNS_ZONE_SERVER: 'pdns-zones', JOBS_POLL_MS: '50', MODULE_RETRY_BASE_MS: '50', MODULE_MAX_ATTEMPTS: '2', MODULE_COMMAND_TIMEOUT_MS: '2500', MODULE_JOB_LEASE_MS: '3000' });
    admin = await t.staffToken(StaffRole.ADMIN);
    pdnsServer = await createServer(t, admin, {
      name: 'pdns-zones', module: 'dns-manager', hostname: '127.0.0.1', port: pdns.apiPort, secure: false, settings: pdnsSettings(pdns.apiKey),
    });
    spamServer = await createSpamFilterServer(t, admin, spam, { defaultDestination: 'mail.hosting-operator.example:25' });
    spamProduct = await createProduct(t, admin, { name: 'Spam filter', type: 'OTHER', module: 'spam-filter', productOptions: {} });
    pleskServer = await createServer(t, admin, { name: 'plesk-1', module: 'plesk', hostname: 'plesk-1.hosting-operator.example', ip: PLESK_IP, settings: { password: 'plesk-admin-pass' } });
    hostingProduct = await createProduct(t, admin, { name: 'Web hosting', type: 'HOSTING', module: 'plesk', productOptions: { planName: 'Default' } });
    owner = await newClient();
    other = await newClient();
  });
  afterAll(async () => {
    await t?.stop();
    await spam.stop();
    await pdns?.stop();
  });

  it('issue 15.3 (DN-2, DN-3): staff create a zone from the default template; over DNS @ and www answer the forwarding server, MX the mail host, TXT the SPF record', async () => {
    const domain = await newDomain();
    expect(await zoneOf(domain.id)).toBeNull();
    expect(ok(await t.gql(CREATE_ZONE, { d: domain.id }, admin)).createDnsZone).toEqual({ name: domain.name, status: 'ACTIVE', lastError: null });
    expect(await dns((r) => r.resolve4(domain.name))).toEqual([FORWARDING_IP]);
    expect(await dns((r) => r.resolve4(`www.${domain.name}`))).toEqual([FORWARDING_IP]);
    expect(await mx(domain.name)).toEqual([`10 ${MAIL_HOST}`]);
    expect(await dns((r) => r.resolveTxt(domain.name))).toEqual([[`v=spf1 a mx ip4:${FORWARDING_IP} ~all`]]);
    expect((await dns((r) => r.resolveNs(domain.name))) as string[]).toEqual(expect.arrayContaining(['ns1.hosting-operator.example', 'ns2.hosting-operator.example']));
    // The client sees its zone and its records.
    expect(await zoneOf(domain.id, owner.token)).toEqual({ name: domain.name, status: 'ACTIVE', lastError: null });
    const records = ok(await t.gql(RECORDS, { d: domain.id }, owner.token)).dnsRecords;
    expect(records).toEqual(expect.arrayContaining([
      { name: domain.name, type: 'A', ttl: 3600, records: [FORWARDING_IP] },
      { name: domain.name, type: 'MX', ttl: 3600, records: [`10 ${MAIL_HOST}.`] },
    ]));
    // Creating it again answers the zone as it is.
    expect(ok(await t.gql(CREATE_ZONE, { d: domain.id }, admin)).createDnsZone.status).toBe('ACTIVE');
  });

  it('issue 15.3 (DN-3): a domain whose client has hosting on a Plesk server gets records pointing at that server', async () => {
    const domain = await newDomain();
    await createService(t, admin, { clientId: owner.id, productId: hostingProduct, serverId: pleskServer, domain: domain.name, billingCycle: 'MONTHLY', recurringAmount: '5.00' });
    ok(await t.gql(CREATE_ZONE, { d: domain.id }, admin));
    expect(await dns((r) => r.resolve4(domain.name))).toEqual([PLESK_IP]);
    expect(await dns((r) => r.resolve4(`www.${domain.name}`))).toEqual([PLESK_IP]);
    expect(await dns((r) => r.resolveTxt(domain.name))).toEqual([[`v=spf1 a mx ip4:${PLESK_IP} ~all`]]);
  });

  it('issue 15.3 (PM-3): a DNS server that cannot be reached leaves the zone FAILED with the error (staff in full, the client a general line); creating it again finishes it', async () => {
    const domain = await newDomain();
    ok(await t.gql(UPDATE_SERVER, { id: pdnsServer, i: { port: 1 } }, admin));
    try {
      const res = await t.gql(CREATE_ZONE, { d: domain.id }, admin);
      expect(errorOf(res).code).toBe('SERVICE_UNAVAILABLE');
      expect(res.errors![0].extensions!.reason).toBe('DNS_SERVER_UNAVAILABLE');
    } finally {
      ok(await t.gql(UPDATE_SERVER, { id: pdnsServer, i: { port: pdns.apiPort } }, admin));
    }
    const failed = await zoneOf(domain.id);
    expect(failed).toMatchObject({ status: 'FAILED', lastError: expect.stringContaining('Cannot reach the PowerDNS API') });
    const seenByClient = await zoneOf(domain.id, owner.token);
    expect(seenByClient).toEqual({ name: domain.name, status: 'FAILED', lastError: CLIENT_SAFE_JOB_ERROR });
    expect(await dns((r) => r.resolve4(domain.name))).toBe('EREFUSED');
    expect(ok(await t.gql(CREATE_ZONE, { d: domain.id }, admin)).createDnsZone).toEqual({ name: domain.name, status: 'ACTIVE', lastError: null });
    expect(await dns((r) => r.resolve4(domain.name))).toEqual([FORWARDING_IP]);
  });

  it('issue 15.3: a client changes its own zone (A, AAAA, CNAME, MX, TXT, SRV, CAA), seen over DNS, and removes a record set', async () => {
    const domain = await zoned();
    const records = ok(await t.gql(CHANGE, { d: domain.id, c: [
      { name: 'shop', type: 'A', ttl: 300, records: ['192.0.2.55', '192.0.2.56'] },
      { name: 'shop', type: 'AAAA', records: ['2001:DB8::55'] },
      { name: 'blog', type: 'CNAME', records: ['shop.' + domain.name] },
      { name: '@', type: 'MX', records: ['10 mx1.example.net', '20 mx2.example.net.'] },
      { name: '_dmarc', type: 'TXT', records: ['v=DMARC1; p=none'] },
      { name: '_sip._tcp', type: 'SRV', records: ['10 5 5060 sip.example.net'] },
      { name: '@', type: 'CAA', records: ['0 issue "letsencrypt.org"'] },
    ] }, owner.token)).changeDnsRecords;
    expect(records).toEqual(expect.arrayContaining([{ name: `shop.${domain.name}`, type: 'A', ttl: 300, records: ['192.0.2.55', '192.0.2.56'] }]));
    expect(((await dns((r) => r.resolve4(`shop.${domain.name}`))) as string[]).sort()).toEqual(['192.0.2.55', '192.0.2.56']);
    expect(await dns((r) => r.resolve6(`shop.${domain.name}`))).toEqual(['2001:db8::55']);
    expect(await dns((r) => r.resolveCname(`blog.${domain.name}`))).toEqual([`shop.${domain.name}`]);
    expect(await mx(domain.name)).toEqual(['10 mx1.example.net', '20 mx2.example.net']);
    expect(await dns((r) => r.resolveTxt(`_dmarc.${domain.name}`))).toEqual([['v=DMARC1; p=none']]);
    expect(await dns((r) => r.resolveSrv(`_sip._tcp.${domain.name}`))).toEqual([{ priority: 10, weight: 5, port: 5060, name: 'sip.example.net' }]);
    expect(await dns((r) => r.resolveCaa(domain.name))).toEqual([{ critical: 0, issue: 'letsencrypt.org' }]);

    ok(await t.gql(CHANGE, { d: domain.id, c: [{ name: 'blog', type: 'CNAME', records: [] }] }, owner.token));
    expect(await dns((r) => r.resolveCname(`blog.${domain.name}`))).toBe('ENOTFOUND');
  });

  it('issue 15.3: invalid records are refused with every problem in one error (per type, CNAME exclusivity, TTL bounds) and nothing changes', async () => {
    const domain = await zoned();
    const res = await t.gql(CHANGE, { d: domain.id, c: [
      { name: 'ok', type: 'A', records: ['192.0.2.7'] },
      { name: 'bad', type: 'A', records: ['999.1.1.1'] },
      { name: 'www', type: 'CNAME', records: ['elsewhere.example.net'] },
      { name: '@', type: 'MX', ttl: 5, records: ['mail.example.net'] },
      { name: 'v6', type: 'AAAA', records: ['192.0.2.8'] },
      { name: 'other.example.org.', type: 'TXT', records: ['x'] },
      { name: '@', type: 'CAA', records: ['0 sign "x"'] },
    ] }, owner.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (res.errors![0].extensions!.fields as { path: (string | number)[]; reason: string }[]).map((p) => `${p.path.slice(1).join('.')} ${p.reason}`);
    expect(fields.sort()).toEqual([
      '1.records.0 INVALID_FORMAT',
      '2.type CONFLICTING_INPUT', // www has an A record
      '3.records.0 INVALID_FORMAT',
      '3.ttl OUT_OF_RANGE',
      '4.records.0 INVALID_FORMAT',
      '5.name INVALID_FORMAT',
      '6.records.0 INVALID_FORMAT',
    ].sort());
    // Nothing was written, the valid set included.
    expect(await dns((r) => r.resolve4(`ok.${domain.name}`))).toBe('ENOTFOUND');
    expect(await dns((r) => r.resolve4(`www.${domain.name}`))).toEqual([FORWARDING_IP]);
    expect(await mx(domain.name)).toEqual([`10 ${MAIL_HOST}`]);
    // An A next to an existing CNAME is refused too; the zone itself cannot be a CNAME.
    ok(await t.gql(CHANGE, { d: domain.id, c: [{ name: 'alias', type: 'CNAME', records: ['www.example.net'] }] }, owner.token));
    const both = await t.gql(CHANGE, { d: domain.id, c: [{ name: 'alias', type: 'TXT', records: ['hello'] }, { name: '@', type: 'CNAME', records: ['x.example.net'] }] }, owner.token);
    expect(errorOf(both).code).toBe('BAD_USER_INPUT');
    expect((both.errors![0].extensions!.fields as { path: (string | number)[]; reason: string }[]).map((p) => `${p.path.slice(1).join('.')} ${p.reason}`).sort())
      .toEqual(['0.type CONFLICTING_INPUT', '1.name CONFLICTING_INPUT']);
    const after = ok(await t.gql(RECORDS, { d: domain.id }, owner.token)).dnsRecords;
    expect(after.filter((set) => set.name === `alias.${domain.name}`).map((set) => set.type)).toEqual(['CNAME']);
  });

  it("issue 15.3: a client on another client's domain gets NOT_FOUND; clients cannot create or delete zones", async () => {
    const domain = await zoned();
    expect(errorOf(await t.gql(RECORDS, { d: domain.id }, other.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(CHANGE, { d: domain.id, c: [{ name: 'x', type: 'A', records: ['192.0.2.9'] }] }, other.token)).code).toBe('NOT_FOUND');
    expect(await dns((r) => r.resolve4(`x.${domain.name}`))).toBe('ENOTFOUND');
    expect(errorOf(await t.gql(CREATE_ZONE, { d: domain.id }, owner.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(DELETE_ZONE, { d: domain.id }, owner.token)).code).toBe('FORBIDDEN');
  });

  it('issue 15.3 (DN-2): staff delete a zone by hand; it is gone from PowerDNS and the records query says so', async () => {
    const domain = await zoned();
    expect(ok(await t.gql(DELETE_ZONE, { d: domain.id }, admin)).deleteDnsZone).toEqual({ id: domain.id, dnsZone: null });
    const api = new PowerDnsClient({ baseUrl: pdns.apiUrl, apiKey: pdns.apiKey, serverId: 'localhost', signal: AbortSignal.timeout(5000) });
    expect(await api.listZones(`${domain.name}.`)).toEqual([]);
    expect(await dns((r) => r.resolve4(domain.name))).toBe('EREFUSED');
    const res = await t.gql(RECORDS, { d: domain.id }, owner.token);
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.reason).toBe('NO_DNS_ZONE');
    // Created again by hand, from the template.
    ok(await t.gql(CREATE_ZONE, { d: domain.id }, admin));
    expect(await dns((r) => r.resolve4(domain.name))).toEqual([FORWARDING_IP]);
  });

  it('issue 15.4 (DN-4): a failed spam-filter add leaves MX as it was with the error on the service; once the add is confirmed MX is the filter\'s; terminate restores the template MX', async () => {
    const domain = await zoned();
    const serviceId = await spamService(domain.name);
    spam.failNext('error');
    const job = ok(await t.gql(RUN, { s: serviceId, c: 'create' }, admin)).runModuleCommand.id;
    expect(await waitJob(job, 'failed')).toBe('failed');
    expect(ok(await t.gql(SERVICE, { id: serviceId }, admin)).service).toMatchObject({ status: 'PENDING', lastModuleError: expect.stringContaining('create') });
    expect(spam.domain(domain.name)).toBeUndefined();
    expect(await mx(domain.name)).toEqual([`10 ${MAIL_HOST}`]);

    ok(await t.gql(RETRY, { id: job }, admin));
    expect(await waitJob(job, 'succeeded')).toBe('succeeded');
    expect(spam.domain(domain.name)).toMatchObject({ name: domain.name, routes: ['mail.hosting-operator.example::25'] });
    const filterMx = [`10 spamx.${domain.name}`, `20 spamx-fallback.${domain.name}`];
    expect(await waitFor(() => mx(domain.name), filterMx)).toEqual(filterMx);

    const terminate = ok(await t.gql(RUN, { s: serviceId, c: 'terminate' }, admin)).runModuleCommand.id;
    expect(await waitJob(terminate, 'succeeded')).toBe('succeeded');
    expect(await waitFor(() => mx(domain.name), [`10 ${MAIL_HOST}`])).toEqual([`10 ${MAIL_HOST}`]);
    expect(spam.domain(domain.name)).toBeUndefined();
  });

  it('issue 15.4 (DN-4): the MX answers change only after SpamExperts confirmed the add, not when the command is queued', async () => {
    const domain = await zoned();
    const serviceId = await spamService(domain.name);
    spam.failNext('timeout'); // the first attempt hangs until the time limit, then is retried
    const job = ok(await t.gql(RUN, { s: serviceId, c: 'create' }, admin)).runModuleCommand.id;
    await waitFor(() => jobStatus(job), 'running');
    expect(await mx(domain.name)).toEqual([`10 ${MAIL_HOST}`]);
    expect(await waitJob(job, 'succeeded')).toBe('succeeded');
    const filterMx = [`10 spamx.${domain.name}`, `20 spamx-fallback.${domain.name}`];
    expect(await waitFor(() => mx(domain.name), filterMx)).toEqual(filterMx);
  });

  it("issue 15.4 (DN-4): another client's spam filter naming the domain leaves the owner's MX alone", async () => {
    const domain = await zoned();
    ok(await t.gql(CHANGE, { d: domain.id, c: [{ name: '@', type: 'MX', records: ['5 mx.own-mail.example'] }] }, owner.token));
    const foreign = await spamService(domain.name, other.id);
    const job = ok(await t.gql(RUN, { s: foreign, c: 'create' }, admin)).runModuleCommand.id;
    expect(await waitJob(job, 'succeeded')).toBe('succeeded');
    expect(spam.domain(domain.name)).toMatchObject({ name: domain.name, routes: ['mail.hosting-operator.example::25'] });
    // The job's success and the MX change it leads to are recorded in one transaction (DN-4 marks the zone): no mark, so nothing follows.
    expect(await mxMark(domain.id)).toEqual({ pending: false, attempts: 0 });
    expect(await mx(domain.name)).toEqual(['5 mx.own-mail.example']);
  });

  it('issue 15.4 (DN-4): a new registration that is not live yet gets the filter MX at once, before the filter confirmed the domain', async () => {
    const domain = await newDomain(owner.id, 'PENDING_REGISTRATION');
    await spamService(domain.name);
    expect(ok(await t.gql(CREATE_ZONE, { d: domain.id }, admin)).createDnsZone.status).toBe('ACTIVE');
    expect(await mx(domain.name)).toEqual([`10 spamx.${domain.name}`, `20 spamx-fallback.${domain.name}`]);
    expect(spam.domain(domain.name)).toBeUndefined();
    expect(await dns((r) => r.resolve4(domain.name))).toEqual([FORWARDING_IP]);
  });

  it('issue 17.2 (DN-4): a DNS server that refuses the MX change leaves the error on the zone and the change pending; it is retried until the DNS server takes it', async () => {
    const domain = await zoned();
    const serviceId = await spamService(domain.name);
    ok(await t.gql(UPDATE_SERVER, { id: pdnsServer, i: { settings: pdnsSettings('not-the-api-key') } }, admin));
    try {
      const job = ok(await t.gql(RUN, { s: serviceId, c: 'create' }, admin)).runModuleCommand.id;
      expect(await waitJob(job, 'succeeded')).toBe('succeeded');
      const zoneError = async () => (await zoneOf(domain.id))?.lastError;
      expect(await waitFor(async () => /^Setting the MX records failed: .*401/.test((await zoneError()) ?? ''), true)).toBe(true);
      // Tried more than once, still pending, and the MX answers are the template's.
      expect(await waitFor(async () => (await mxMark(domain.id)).attempts >= 2, true)).toBe(true);
      expect((await mxMark(domain.id)).pending).toBe(true);
      expect(await mx(domain.name)).toEqual([`10 ${MAIL_HOST}`]);
    } finally {
      ok(await t.gql(UPDATE_SERVER, { id: pdnsServer, i: { settings: pdnsSettings(pdns.apiKey) } }, admin));
    }
    const filterMx = [`10 spamx.${domain.name}`, `20 spamx-fallback.${domain.name}`];
    expect(await waitFor(() => mx(domain.name), filterMx, 15_000)).toEqual(filterMx);
    expect(await waitFor(async () => (await mxMark(domain.id)).pending, false)).toBe(false);
    expect(await zoneOf(domain.id)).toMatchObject({ status: 'ACTIVE', lastError: null });
    expect(await mxMark(domain.id)).toEqual({ pending: false, attempts: 0 });
  });
});
