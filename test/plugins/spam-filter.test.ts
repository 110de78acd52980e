import { AddressInfo, createServer } from 'node:net';
import spamFilterModule, { spamFilterMxRecords } from '../../plugins/spam-filter';
import { SpamExpertsClient } from '../../plugins/spam-filter/spamexperts-client';
import { CustomCommand, ModuleError, ProductContext, ProvisioningModule, ServerContext, ServiceContext } from '@hostbill/plugin-sdk';
import { ConformanceHarness, runConformance, ServiceDriver, silentLogger } from '../conformance/kit';
import { assertMatchesSchema } from '../../src/plugins/module-settings';
import { SpamExpertsTestServer } from '../servers/spamexperts-server';
import { selfSignedCertificate } from '../servers/tls-certificate';

// Typed as the server sees it: a ProvisioningModule called with generic contexts.
const spamFilter: ProvisioningModule = spamFilterModule;
const command = (name: string): CustomCommand => spamFilter.customCommands![name];

const DEFAULT_ROUTE = 'mail.hosting.example:2525';

/** A port that was free a moment ago: nothing listens on it. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const products: [ProductContext, ProductContext] = [
  { id: 'prod-incoming', name: 'Incoming filter', options: { incoming: true, outgoing: false, archiving: false } },
  { id: 'prod-full', name: 'Full filter', options: { incoming: true, outgoing: true, archiving: true } },
];

let serial = 0;

function buildHarness(): ConformanceHarness & { api: SpamExpertsTestServer } {
  const api = new SpamExpertsTestServer();
  let refusedPort = 0;
  const context = (port: number, settings: Record<string, unknown> = {}): ServerContext => ({
    id: 'srv-spamexperts',
    name: 'SpamExperts test',
    hostname: '127.0.0.1',
    port,
    secure: false,
    settings: { username: api.username, password: api.password, defaultDestination: DEFAULT_ROUTE, ...settings },
  });
  return {
    api,
    module: spamFilter,
    async start() {
      await api.start();
      refusedPort = await closedPort();
    },
    stop: () => api.stop(),
    server: () => context(api.port),
    unreachableServer: () => context(refusedPort),
    products,
    newService(): ServiceContext {
      serial += 1;
      return { id: `svc-${serial}`, status: 'Pending', domain: `client${serial}-${process.pid}.example`, moduleData: {} };
    },
    async remote(service) {
      const state = api.domain(service.domain!);
      if (!state) return { exists: false, suspended: false };
      const enabled = (['incoming', 'outgoing', 'archiving'] as const).filter((name) => state.products[name]);
      return { exists: true, suspended: state.whitelistedRecipients.includes('*'), plan: enabled.join(',') };
    },
    remoteCount: async (service) => api.domainCount(service.domain!),
    failNext: (mode) => api.failNext(mode),
    // domain/exists answers, then domain/add is applied but never answered.
    loseCreateResponse: () => api.failNext('apply-then-timeout', 1),
  };
}

const harness = buildHarness();
runConformance('spam-filter', harness);

describe('spam-filter protocol (SpamExperts API)', () => {
  const api = harness.api;
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  const driver = (product = products[0]) => new ServiceDriver(harness, harness.newService(), product);
  const withSettings = (settings: Record<string, unknown>): ServerContext => ({
    ...harness.server(),
    settings: { ...harness.server().settings, ...settings },
  });
  const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as ModuleError);

  it('DN-4: create sends params as path segments after format/json, with routes as URL-encoded JSON and Basic auth', async () => {
    const d = driver();
    api.requests.length = 0;
    d.apply(await spamFilter.create(d.context()));
    const domain = d.service.domain!;

    expect(api.requests.map((r) => r.url)).toEqual([
      `/api/domain/exists/format/json/domain/${domain}/`,
      `/api/domain/add/format/json/domain/${domain}/destinations/%5B%22mail.hosting.example%3A2525%22%5D/`,
      `/api/domain/setproducts/format/json/domain/${domain}/incoming/1/outgoing/0/archiving/0/`,
    ]);
    expect(api.requests.every((r) => r.method === 'GET' && r.authorized)).toBe(true);
    expect(api.domain(domain)).toMatchObject({ routes: ['mail.hosting.example::2525'], products: { incoming: true, outgoing: false, archiving: false } });
    expect(d.service.moduleData).toMatchObject({ domain, destinations: [DEFAULT_ROUTE], products: 'incoming' });
  });

  it('DN-4: routes written as host or host:port are read back as host::port', async () => {
    const d = driver();
    d.apply(await spamFilter.create(d.context()));
    const client = new SpamExpertsClient({ baseUrl: `http://127.0.0.1:${api.port}`, username: api.username, password: api.password }, AbortSignal.timeout(5000));
    await client.editRoutes(d.service.domain!, ['mx1.hosting.example', 'mx2.hosting.example:587']);

    expect(api.domain(d.service.domain!)!.routes).toEqual(['mx1.hosting.example::25', 'mx2.hosting.example::587']);
    expect(await client.getRoutes(d.service.domain!)).toEqual([
      { host: 'mx1.hosting.example', port: 25 },
      { host: 'mx2.hosting.example', port: 587 },
    ]);
  });

  it('issue 11.8: create refuses a domain already in the API account that it did not add, changing nothing; the adopt setting takes it over', async () => {
    const d = driver();
    api.seedDomain(d.service.domain!, ['old-mail.example::25']);
    api.requests.length = 0;
    const refused = await rejection(spamFilter.create(d.context()));
    expect(refused).toMatchObject({ retryable: false, remoteCode: 'DOMAIN_NOT_ADDED_BY_SERVICE' });
    expect(refused!.message).toContain('Adopt existing domains');
    expect(api.requests.map((r) => r.url.split('/').slice(2, 4).join('/'))).toEqual(['domain/exists', 'domain/getroute']);
    expect(api.domain(d.service.domain!)).toMatchObject({ routes: ['old-mail.example::25'], whitelistedRecipients: [] });

    // Same routes as this service would set, but an alias: still not what our domain/add leaves behind.
    const aliased = driver();
    api.seedDomain(aliased.service.domain!, ['mail.hosting.example::2525']);
    api.seedAlias(aliased.service.domain!, `alias-${aliased.service.domain}`);
    expect(await rejection(spamFilter.create(aliased.context()))).toMatchObject({ retryable: false, remoteCode: 'DOMAIN_NOT_ADDED_BY_SERVICE' });

    const adopted = await spamFilter.create(d.context({ server: withSettings({ adoptExistingDomains: true }) }));
    d.apply(adopted);
    expect(adopted.message).toMatch(/^Adopted/);
    expect(d.service.moduleData).toMatchObject({ domain: d.service.domain, origin: 'adopted' });
    expect(api.domain(d.service.domain!)!.routes).toEqual(['mail.hosting.example::2525']);
    expect(api.domainCount(d.service.domain!)).toBe(1);
    // Once adopted, the service holds it: a later create (without the setting) and terminate act on it.
    d.apply(await spamFilter.create(d.context()));
    d.apply(await spamFilter.terminate(d.context()));
    expect(api.domain(d.service.domain!)).toBeUndefined();
  });

  it('issue 11.8: a domain protected by another SpamExperts account is refused, not retried, and left alone', async () => {
    const d = driver();
    api.seedDomain(d.service.domain!, ['their-mail.example::25'], 'other-reseller');
    const error = await rejection(spamFilter.create(d.context({ server: withSettings({ adoptExistingDomains: true }) })));
    expect(error).toMatchObject({ retryable: false, remoteCode: 'DOMAIN_EXISTS' });
    expect(error!.message).toContain('outside this API account');
    expect(api.domain(d.service.domain!)).toMatchObject({ owner: 'other-reseller', routes: ['their-mail.example::25'] });
  });

  it('issue 11.8: a service that holds no domain never touches the one of the same name: other commands refuse, terminate removes nothing', async () => {
    const d = driver();
    api.seedDomain(d.service.domain!, ['old-mail.example::25']);
    expect(await rejection(spamFilter.create(d.context()))).toMatchObject({ remoteCode: 'DOMAIN_NOT_ADDED_BY_SERVICE' });
    api.requests.length = 0;

    expect(await rejection(spamFilter.suspend({ ...d.context(), reason: '' }))).toMatchObject({ retryable: false, remoteCode: 'NOT_PROVISIONED' });
    expect(await rejection(command('editRoutes').run({ ...d.context(), input: { destinations: ['mx.evil.example'] } }))).toMatchObject({ remoteCode: 'NOT_PROVISIONED' });
    const terminated = await spamFilter.terminate(d.context());
    expect(terminated.message).toMatch(/nothing removed/);
    expect(api.requests).toEqual([]);
    expect(api.domain(d.service.domain!)).toMatchObject({ routes: ['old-mail.example::25'], whitelistedRecipients: [] });
  });

  it('issue 11.8: domain/exists answers an error envelope, not present 0, for a domain the account does not have', async () => {
    const client = new SpamExpertsClient({ baseUrl: `http://127.0.0.1:${api.port}`, username: api.username, password: api.password }, AbortSignal.timeout(5000));
    const foreign = `foreign-${process.pid}.example`;
    api.seedDomain(foreign, ['their-mail.example::25'], 'other-reseller');
    for (const name of [`absent-${process.pid}.example`, foreign]) {
      const raw = await client.call('domain', 'exists', { domain: name }).then(() => undefined, (e: unknown) => e as ModuleError);
      expect(raw).toMatchObject({ retryable: false, remoteCode: 'ALREADYEXISTS_NOT_OWNER' });
      expect(raw!.message).toContain(`The domain '${name}' does not belong to the reseller '${api.username}'`);
      expect(await client.domainExists(name)).toBe(false);
    }
  });

  it('SV-3: a create whose domain/add answer was lost recognises its own domain on retry instead of adding it again', async () => {
    const d = driver();
    api.failNext('apply-then-timeout', 1); // domain/exists answers, domain/add is applied but never answered
    const lost = await rejection(spamFilter.create(d.context({ timeoutMs: 300 })));
    expect(lost).toMatchObject({ retryable: true, remoteCode: 'TIMEOUT' });
    expect(api.domainCount(d.service.domain!)).toBe(1);

    api.requests.length = 0;
    const retried = await spamFilter.create(d.context());
    d.apply(retried);
    expect(api.requests.map((r) => r.url.split('/').slice(2, 4).join('/'))).toEqual(['domain/exists', 'domain/getroute', 'domainalias/list', 'domain/setproducts']);
    expect(retried.message).toMatch(/^Added/);
    expect(d.service.moduleData.origin).toBe('added');
    expect(api.domainCount(d.service.domain!)).toBe(1);
  });

  it('PM-3: the test server answers a request without credentials with 401 and the error envelope', async () => {
    const response = await fetch(`http://127.0.0.1:${api.port}/api/domain/exists/format/json/domain/example.com/`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(await response.json()).toEqual({ messages: { error: ['Supplied credential is invalid.'] }, result: null });
  });

  it('PM-1: suspend whitelists recipient * and keeps the domain and its routes; unsuspend removes it', async () => {
    const d = driver();
    d.apply(await spamFilter.create(d.context()));
    await spamFilter.suspend({ ...d.context(), reason: '' });
    expect(api.domain(d.service.domain!)).toMatchObject({ whitelistedRecipients: ['*'], routes: ['mail.hosting.example::2525'] });
    expect(api.requests.at(-1)!.url).toBe(`/api/domain/whitelistrecipient/format/json/domain/${d.service.domain}/recipient/*/`);

    await spamFilter.unsuspend(d.context());
    expect(api.domain(d.service.domain!)!.whitelistedRecipients).toEqual([]);
  });

  it('PM-3: bad credentials (error envelope with HTTP 200) give a non-retryable ModuleError', async () => {
    const d = driver();
    const error = await rejection(spamFilter.create(d.context({ server: withSettings({ password: 'wrong-password' }) })));
    expect(error).toBeInstanceOf(ModuleError);
    expect(error).toMatchObject({ retryable: false, remoteCode: 'INVALID_API_CREDENTIALS' });
    expect(error!.message).not.toContain('wrong-password');
    expect(api.domain(d.service.domain!)).toBeUndefined();
  });

  it('PM-3: an error envelope sent with HTTP 200 is a non-retryable ModuleError carrying the remote code', async () => {
    const d = driver();
    d.apply(await spamFilter.create(d.context()));
    const client = new SpamExpertsClient({ baseUrl: `http://127.0.0.1:${api.port}`, username: api.username, password: api.password }, AbortSignal.timeout(5000));
    await client.removeDomain(d.service.domain!); // gone behind the module's back
    const error = await rejection(spamFilter.changePackage({ ...d.context(), product: products[1], previousProduct: products[0] }));
    expect(error).toBeInstanceOf(ModuleError);
    expect(error).toMatchObject({ retryable: false, remoteCode: 'NO_SUCH_DOMAIN' });
    expect(error!.message).toContain(`No such domain '${d.service.domain}'`);
  });

  it('PM-3: unknown calls and missing required parameters are refused with an error envelope', async () => {
    const client = new SpamExpertsClient({ baseUrl: `http://127.0.0.1:${api.port}`, username: api.username, password: api.password }, AbortSignal.timeout(5000));
    await expect(client.call('domain', 'frobnicate', { domain: 'example.com' })).rejects.toMatchObject({ retryable: false, remoteCode: 'API_CORE_ERROR' });
    await expect(client.call('domain', 'add', {})).rejects.toMatchObject({ retryable: false, remoteCode: 'API_CORE_ERROR' });
  });

  it('PM-3: HTTP 5xx gives a retryable ModuleError and changes nothing', async () => {
    const d = driver();
    api.failNext('http-500');
    const error = await rejection(spamFilter.create(d.context()));
    expect(error).toBeInstanceOf(ModuleError);
    expect(error).toMatchObject({ retryable: true, remoteCode: 'HTTP_500' });
    expect(api.domain(d.service.domain!)).toBeUndefined();
  });

  it('PM-1: a terminate retried after a lost answer succeeds; once terminated, terminate sends nothing', async () => {
    const d = driver();
    d.apply(await spamFilter.create(d.context()));
    api.failNext('apply-then-timeout');
    expect(await rejection(spamFilter.terminate(d.context({ timeoutMs: 300 })))).toMatchObject({ retryable: true });
    expect(api.domain(d.service.domain!)).toBeUndefined();

    const retried = await spamFilter.terminate(d.context());
    d.apply(retried);
    expect(retried.message).toMatch(/already gone/);
    expect(d.service.moduleData).toMatchObject({ origin: null, mxRecords: [] });
    api.requests.length = 0;
    expect((await spamFilter.terminate(d.context())).message).toMatch(/nothing removed/);
    expect(api.requests).toEqual([]);
  });

  it('PM-1/issue 11.8: testConnection reports a healthy account as healthy, and tells bad credentials and an unreachable server apart', async () => {
    const signal = () => AbortSignal.timeout(5000);
    const good = await spamFilter.testConnection!(harness.server(), signal(), silentLogger);
    const bad = await spamFilter.testConnection!(withSettings({ password: 'nope' }), signal(), silentLogger);
    const down = await spamFilter.testConnection!(harness.unreachableServer(), signal(), silentLogger);

    expect(good.ok).toBe(true);
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/^Credentials rejected/) });
    expect(down).toMatchObject({ ok: false, message: expect.stringMatching(/^Cannot reach .*ECONNREFUSED/) });
  });

  it('PM-1: the editRoutes custom command replaces the routes with domain/edit and is used by a later re-create', async () => {
    const d = driver();
    d.apply(await spamFilter.create(d.context()));
    const run = (input: Record<string, unknown>) => command('editRoutes').run({ ...d.context(), input });
    d.apply(await run({ destinations: ['mx1.client.example', 'MX2.client.example:26'] }));

    expect(api.requests.at(-1)!.params).toMatchObject({ destinations: '["mx1.client.example:25","mx2.client.example:26"]' });
    expect(api.domain(d.service.domain!)!.routes).toEqual(['mx1.client.example::25', 'mx2.client.example::26']);
    expect(d.service.moduleData.destinations).toEqual(['mx1.client.example:25', 'mx2.client.example:26']);
    await expect(run({ destinations: ['not a host'] })).rejects.toMatchObject({ retryable: false });

    // The service's own routes, not the server default, are used when the domain is created again.
    d.apply(await spamFilter.terminate(d.context()));
    d.apply(await spamFilter.create(d.context()));
    expect(api.domain(d.service.domain!)!.routes).toEqual(['mx1.client.example::25', 'mx2.client.example::26']);
  });

  it('PM-1: addAlias/removeAlias custom commands are idempotent', async () => {
    const d = driver();
    d.apply(await spamFilter.create(d.context()));
    const [addAlias, removeAlias] = [command('addAlias'), command('removeAlias')];
    const alias = `alias-${d.service.domain}`;

    d.apply(await addAlias.run({ ...d.context(), input: { alias } }));
    d.apply(await addAlias.run({ ...d.context(), input: { alias } }));
    expect(api.domain(d.service.domain!)!.aliases).toEqual([alias]);
    expect(d.service.moduleData.aliases).toEqual([alias]);

    d.apply(await removeAlias.run({ ...d.context(), input: { alias } }));
    d.apply(await removeAlias.run({ ...d.context(), input: { alias } }));
    expect(api.domain(d.service.domain!)!.aliases).toEqual([]);
    expect(d.service.moduleData.aliases).toEqual([]);
  });

  it('DN-4: the SpamExperts server refuses an alias already protected elsewhere', async () => {
    const first = driver();
    const second = driver();
    first.apply(await spamFilter.create(first.context()));
    second.apply(await spamFilter.create(second.context()));
    const error = await rejection(command('addAlias').run({ ...second.context(), input: { alias: first.service.domain } }));
    expect(error).toMatchObject({ retryable: false, remoteCode: 'ALIAS_EXISTS' });
  });
  it('DN-4: create returns the MX records only once the domain is confirmed', async () => {
    const d = driver();
    api.failNext('error');
    const failed = await rejection(spamFilter.create(d.context()));
    expect(failed).toBeInstanceOf(ModuleError);
    const result = await spamFilter.create(d.context({ server: withSettings({ mxPrimary: 'in.{domain}' }) }));
    expect(result.moduleData!.mxRecords).toEqual(spamFilterMxRecords(d.service.domain!, { mxPrimary: 'in.{domain}' }));
  });
});

describe('issue 11.8: SpamExperts over HTTPS with a self-signed certificate, reached by IP', () => {
  // The certificate names the panel, not 127.0.0.1: the usual case for a filter reached by its address.
  const certificate = selfSignedCertificate('spampanel.test', ['DNS:spampanel.test']);
  const api = new SpamExpertsTestServer({ role: 'admin', tls: certificate });
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  const server = (settings: Record<string, unknown> = {}): ServerContext => ({
    id: 'srv-spamexperts-tls',
    name: 'SpamExperts TLS test',
    hostname: '127.0.0.1',
    port: api.port,
    secure: true,
    settings: { username: api.username, password: api.password, defaultDestination: DEFAULT_ROUTE, ...settings },
  });
  const driver = () => new ServiceDriver(harness, harness.newService(), products[0]);
  const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as ModuleError);
  const signal = () => AbortSignal.timeout(5000);

  it('issue 11.8: without trust settings the certificate is a non-retryable, clearly named TLS error (not "Cannot reach"), and no request is answered', async () => {
    const d = driver();
    const error = await failure(spamFilter.create(d.context({ server: server() })));
    expect(error).toBeInstanceOf(ModuleError);
    expect(error).toMatchObject({ retryable: false, remoteCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(error!.message).toMatch(/TLS certificate rejected/);
    const test = await spamFilter.testConnection!(server(), signal(), silentLogger);
    expect(test.ok).toBe(false);
    expect(test.message).toMatch(/TLS certificate rejected/);
    expect(test.message).not.toMatch(/Cannot reach/);
    expect(api.requests).toEqual([]);
  });

  it('issue 11.8: a pinned SHA-256 fingerprint trusts the certificate; a wrong pin fails before the credentials are sent', async () => {
    const plain = certificate.fingerprint256.replaceAll(':', '').toLowerCase();
    for (const pin of [certificate.fingerprint256, plain]) {
      const d = driver();
      d.apply(await spamFilter.create(d.context({ server: server({ certificateFingerprint: pin }) })));
      expect(api.domain(d.service.domain!)).toMatchObject({ owner: api.username, routes: ['mail.hosting.example::2525'] });
    }
    expect(await spamFilter.testConnection!(server({ certificateFingerprint: plain }), signal(), silentLogger)).toMatchObject({ ok: true });

    const before = api.requests.length;
    const wrongPin = `${plain.slice(0, -2)}${plain.endsWith('00') ? '01' : '00'}`;
    const error = await failure(spamFilter.create(driver().context({ server: server({ certificateFingerprint: wrongPin }) })));
    expect(error).toMatchObject({ retryable: false, remoteCode: 'CERT_FINGERPRINT_MISMATCH' });
    expect(error!.message).toContain(`is not the pinned ${wrongPin.toUpperCase().match(/../g)!.join(':')}`);
    expect(api.requests.length).toBe(before);
  });

  it('issue 11.8: caCertificate verifies the chain and tlsServerName is the name checked instead of the IP', async () => {
    const byIp = await failure(spamFilter.create(driver().context({ server: server({ caCertificate: certificate.cert }) })));
    expect(byIp).toMatchObject({ retryable: false, remoteCode: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    const wrongName = await failure(spamFilter.create(driver().context({ server: server({ caCertificate: certificate.cert, tlsServerName: 'other.test' }) })));
    expect(wrongName).toMatchObject({ retryable: false, remoteCode: 'ERR_TLS_CERT_ALTNAME_INVALID' });

    const d = driver();
    d.apply(await spamFilter.create(d.context({ server: server({ caCertificate: certificate.cert, tlsServerName: 'spampanel.test' }) })));
    expect(api.domainCount(d.service.domain!)).toBe(1);
  });

  it('issue 11.8: the server settings accept a fingerprint with or without colons and refuse anything else', () => {
    const settings = (extra: Record<string, unknown>) => ({ username: 'u', password: 'p', defaultDestination: DEFAULT_ROUTE, ...extra });
    const check = (extra: Record<string, unknown>) => assertMatchesSchema(spamFilter.serverSettingsSchema, settings(extra), 'settings');
    expect(() => check({ certificateFingerprint: certificate.fingerprint256 })).not.toThrow();
    expect(() => check({ certificateFingerprint: certificate.fingerprint256.replaceAll(':', '') })).not.toThrow();
    expect(() => check({ certificateFingerprint: 'AB:CD' })).toThrow(/certificateFingerprint/);
    expect(() => check({ tlsServerName: 'not a host name' })).toThrow(/tlsServerName/);
  });
});

describe('DN-4: MX records for a protected zone', () => {
  it('DN-4: defaults to MX 10 spamx.<domain> and MX 20 spamx-fallback.<domain>', () => {
    expect(spamFilterMxRecords('Example.COM.')).toEqual([
      { type: 'MX', name: 'example.com', priority: 10, content: 'spamx.example.com' },
      { type: 'MX', name: 'example.com', priority: 20, content: 'spamx-fallback.example.com' },
    ]);
  });

  it('DN-4: uses the host names configured in the server settings', () => {
    const records = spamFilterMxRecords('example.org', { mxPrimary: 'mx.filter.example.net', mxFallback: 'fallback-{domain}.filter.example.net.' });
    expect(records.map((r) => [r.priority, r.content])).toEqual([
      [10, 'mx.filter.example.net'],
      [20, 'fallback-example.org.filter.example.net'],
    ]);
  });

});
