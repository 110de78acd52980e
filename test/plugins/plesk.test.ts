import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { ModuleError, ProductContext, ProvisioningModule, ServerContext, ServiceContext } from '@hostbill/plugin-sdk';
import { ConformanceHarness, ServiceDriver, runConformance, silentLogger } from '../conformance/kit';
import { FakePleskServer, PANEL_HOST_NAME, openPanelLink } from '../servers/plesk/plesk-server';
import pleskModule, { PleskModuleData } from '../../plugins/plesk';
import { customerLogin } from '../../plugins/plesk/naming';
import { PleskClient } from '../../plugins/plesk/plesk-client';
import { el } from '../../plugins/plesk/xml';

/** Seen as the server sees it: through the SDK contract. */
const plesk: ProvisioningModule = pleskModule;

let serial = 0;

function product(planName: string): ProductContext {
  return { id: `product-${planName}`, name: `Hosting ${planName}`, options: { planName } };
}

function newService(overrides: Partial<ServiceContext> = {}): ServiceContext {
  serial += 1;
  return {
    id: `svc-${serial}-${Date.now().toString(36)}`,
    status: 'Pending',
    domain: `site${serial}.example`,
    password: 'S3cret-pass!',
    moduleData: {},
    ...overrides,
  };
}

function serverContext(fake: FakePleskServer, settings: Record<string, unknown> = {}): ServerContext {
  return {
    id: 'server-1',
    name: 'plesk-test',
    hostname: '127.0.0.1',
    port: fake.port,
    secure: fake.secure,
    // Reached by IP: the panel's self-signed certificate is trusted by its pinned fingerprint.
    settings: { username: 'admin', password: 'admin-pass', certificateFingerprint: fake.certificate?.fingerprint256, ...settings },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function rejection(promise: Promise<unknown>): Promise<ModuleError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModuleError);
  return error as ModuleError;
}

function harnessFor(fake: FakePleskServer): ConformanceHarness & { closedPort: number } {
  const harness = {
    closedPort: 0,
    module: plesk,
    async start() {
      await fake.start();
      harness.closedPort = await freePort();
    },
    stop: () => fake.stop(),
    server: () => serverContext(fake),
    unreachableServer: () => ({ ...serverContext(fake), port: harness.closedPort }),
    products: [product('Starter'), product('Business')] as [ProductContext, ProductContext],
    newService: () => newService(),
    async remote(service: ServiceContext) {
      const webspace = fake.webspaceByName(service.domain!);
      if (!webspace) return { exists: false, suspended: false };
      return {
        exists: true,
        suspended: webspace.status !== 0,
        plan: fake.planName(webspace.planGuid),
        password: webspace.ftpPassword,
      };
    },
    async remoteCount(service: ServiceContext) {
      return [...fake.webspaces.values()].filter((w) => w.name === service.domain).length;
    },
    failNext: (mode: 'error' | 'timeout') => fake.failNext(mode),
    // The subscription (webspace) is the remote account; the customer may exist already.
    loseCreateResponse: () => fake.failNext('apply-then-timeout', 'webspace/add'),
  };
  return harness;
}

const fake = new FakePleskServer();
const harness = harnessFor(fake);

runConformance('plesk', harness);

describe('Plesk module', () => {
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  function driver(service = newService(), planName = 'Starter'): ServiceDriver {
    return new ServiceDriver(harness, service, product(planName));
  }

  function data(d: ServiceDriver): PleskModuleData {
    return d.service.moduleData as PleskModuleData;
  }

  it('PM-1/OR-2: create makes a subscription on the product plan, owned by a customer linked to the client', async () => {
    const d = driver();
    const result = await plesk.create(d.context());
    d.apply(result);

    const webspace = fake.webspaceByName(d.service.domain!)!;
    expect(fake.planName(webspace.planGuid)).toBe('Starter'); // FOSSBilling #2799: the plan is assigned
    expect(webspace.externalId).toBe(`hostbill:service:${d.service.id}`);
    expect(webspace.ftpLogin).toBe(result.username);
    expect(webspace.ftpPassword).toBe('S3cret-pass!');
    expect(webspace.ipAddresses).toEqual(['192.0.2.20']); // the first shared IPv4, no server IP given
    const owner = fake.customers.get(webspace.ownerId)!;
    expect(owner).toMatchObject({ externalId: 'hostbill:client:1', personalName: 'Ada Lovelace', country: 'GB' });
    expect(data(d)).toMatchObject({
      pleskWebspaceId: String(webspace.id),
      pleskWebspaceGuid: webspace.guid,
      pleskCustomerId: String(owner.id),
      pleskCustomerLogin: owner.login,
      pleskPlanName: 'Starter',
    });
  });

  it('PM-1: two services of one client share one Plesk customer, and suspending one leaves the other running (FOSSBilling #2316)', async () => {
    const a = driver();
    const b = driver();
    a.apply(await plesk.create(a.context()));
    b.apply(await plesk.create(b.context()));
    const owners = new Set([fake.webspaceByName(a.service.domain!)!.ownerId, fake.webspaceByName(b.service.domain!)!.ownerId]);
    expect(owners.size).toBe(1);
    expect([...fake.customers.values()].filter((c) => c.externalId === 'hostbill:client:1')).toHaveLength(1);

    const before = fake.requests.length;
    a.apply(await plesk.suspend({ ...a.context(), reason: '' }));
    expect(fake.webspaceByName(a.service.domain!)!.status).toBe(16);
    expect(fake.webspaceByName(b.service.domain!)!.status).toBe(0);
    expect(fake.customers.get([...owners][0])!.status).toBe(0);
    expect(fake.requests.slice(before)).toEqual(['webspace/set']); // the subscription only, never the customer
  });

  it('SV-3: a create whose webspace/add answer was lost is retried without a second subscription', async () => {
    const d = driver();
    fake.failNext('apply-then-timeout', 'webspace/add');
    const error = await rejection(plesk.create(d.context({ timeoutMs: 400 })));
    expect(error.retryable).toBe(true);
    const webspace = fake.webspaceByName(d.service.domain!)!;
    expect(webspace).toBeDefined();

    const retried = await plesk.create(d.context());
    d.apply(retried);
    expect([...fake.webspaces.values()].filter((w) => w.name === d.service.domain)).toHaveLength(1);
    expect(data(d).pleskWebspaceId).toBe(String(webspace.id));
    expect(retried.username).toBe(webspace.ftpLogin);
  });

  it('SV-3: a create whose customer/add answer was lost reuses that customer on retry', async () => {
    const client = { id: 'client-lost-answer' };
    const d = driver();
    const context = () => ({ ...d.context(), client: { ...d.context().client, ...client } });
    fake.failNext('apply-then-timeout', 'customer/add');
    const error = await rejection(plesk.create({ ...context(), signal: AbortSignal.timeout(400) }));
    expect(error.retryable).toBe(true);

    d.apply(await plesk.create(context()));
    const customers = [...fake.customers.values()].filter((c) => c.externalId === 'hostbill:client:client-lost-answer');
    expect(customers).toHaveLength(1);
    expect(fake.webspaceByName(d.service.domain!)!.ownerId).toBe(customers[0].id);
  });

  it('PM-3: a domain already hosted by another subscription is refused, not retried, and nothing is created', async () => {
    const first = driver();
    first.apply(await plesk.create(first.context()));
    const customersBefore = fake.customers.size;

    const second = driver(newService({ domain: first.service.domain }));
    const error = await rejection(plesk.create(second.context()));
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('already hosted');
    expect([...fake.webspaces.values()].filter((w) => w.name === first.service.domain)).toHaveLength(1);
    expect(fake.webspaceByName(first.service.domain!)!.externalId).toBe(`hostbill:service:${first.service.id}`);
    expect(fake.customers.size).toBe(customersBefore);
  });

  it('PM-3: a Plesk customer login taken by an unlinked account is reported, not adopted', async () => {
    const d = driver();
    const clientId = 'client-login-clash';
    // The login the module derives for this client, held by a customer without our external id.
    fake.customers.set(9000, {
      id: 9000,
      guid: 'g-9000',
      login: customerLogin('hostbill', clientId),
      password: 'whatever1',
      personalName: 'Someone Else',
      status: 0,
    });

    const error = await rejection(plesk.create({ ...d.context(), client: { ...d.context().client, id: clientId } }));
    expect(error.retryable).toBe(false);
    expect(error.remoteCode).toBe('1007');
    expect(error.message).toContain('not linked');
    expect(fake.webspaceByName(d.service.domain!)).toBeUndefined();
    fake.customers.delete(9000);
  });

  it('SV-3: changePackage switches the plan; a plan missing on the server fails without changing anything', async () => {
    const d = driver();
    d.apply(await plesk.create(d.context()));
    const error = await rejection(
      plesk.changePackage({ ...d.context(), product: product('Platinum'), previousProduct: product('Starter') }),
    );
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('Platinum');
    expect(fake.planName(fake.webspaceByName(d.service.domain!)!.planGuid)).toBe('Starter');

    d.apply(await plesk.changePackage({ ...d.context(), product: product('Business'), previousProduct: product('Starter') }));
    expect(fake.planName(fake.webspaceByName(d.service.domain!)!.planGuid)).toBe('Business');
    expect(data(d).pleskPlanName).toBe('Business');
  });

  it('SV-3: terminate removes the subscription, keeps a customer that owns others, and succeeds again when it is already gone', async () => {
    const d = driver();
    d.apply(await plesk.create(d.context()));
    const ownerId = fake.webspaceByName(d.service.domain!)!.ownerId;
    expect([...fake.webspaces.values()].filter((w) => w.ownerId === ownerId).length).toBeGreaterThan(1); // earlier tests' services of client 1
    d.apply(await plesk.terminate(d.context()));
    expect(fake.webspaceByName(d.service.domain!)).toBeUndefined();
    expect(fake.customers.has(ownerId)).toBe(true);
    expect(data(d).pleskWebspaceId).toBeNull();
    expect(data(d).pleskCustomerId).toBe(String(ownerId));

    const again = await plesk.terminate(d.context());
    expect(again.message).toContain('already gone');
  });

  /** Drivers for services of one client of its own (the kit's client 1 has the other tests' subscriptions). */
  function clientOfItsOwn() {
    const client = { id: `own-${++serial}`, firstName: 'Edsger', lastName: 'Dijkstra', email: `edsger${serial}@example.org` };
    const externalId = `hostbill:client:${client.id}`;
    const customer = () => [...fake.customers.values()].find((c) => c.externalId === externalId);
    /** The context of a command on `d`'s service, with the client's other services on the server. */
    const ctx = (d: ServiceDriver, ...others: ServiceContext[]) => ({
      ...d.context({ otherServicesOnServer: others.map(({ id, status, domain, moduleData }) => ({ id, status, domain, moduleData })) }),
      client,
    });
    return { customer, ctx };
  }

  it('issue 14.5: one customer for a client\'s subscriptions on a server, kept while any remains and removed with the last one', async () => {
    const { customer, ctx } = clientOfItsOwn();
    const a = driver();
    const b = driver();
    a.apply(await plesk.create(ctx(a)));
    a.service = { ...a.service, status: 'Active' };
    b.apply(await plesk.create(ctx(b, a.service)));
    b.service = { ...b.service, status: 'Active' };
    const owner = customer()!;
    expect([fake.webspaceByName(a.service.domain!)!.ownerId, fake.webspaceByName(b.service.domain!)!.ownerId]).toEqual([owner.id, owner.id]);

    const first = await plesk.terminate(ctx(a, b.service));
    a.apply(first);
    a.service = { ...a.service, status: 'Terminated' };
    expect(first.message).not.toContain('customer');
    expect(customer()).toBeDefined();
    expect(fake.webspaceByName(b.service.domain!)).toMatchObject({ ownerId: owner.id, status: 0 });

    const last = await plesk.terminate(ctx(b, a.service));
    b.apply(last);
    expect(last.message).toContain(`customer ${owner.login} removed with its last subscription`);
    expect(customer()).toBeUndefined();
    expect(data(b)).toMatchObject({ pleskCustomerId: null, pleskCustomerLogin: null, pleskWebspaceId: null });

    // A later service of the client gets a new customer.
    const c = driver();
    c.apply(await plesk.create(ctx(c, a.service, b.service)));
    expect(customer()).toBeDefined();
    expect(customer()!.id).not.toBe(owner.id);
  });

  it('issue 14.5: the customer stays while it owns a subscription made outside billing, or another service of the client is still to be created', async () => {
    const { customer, ctx } = clientOfItsOwn();
    const a = driver();
    a.apply(await plesk.create(ctx(a)));
    const owner = customer()!;
    // A subscription the operator added in the panel by hand: deleting the customer would take it along.
    const byHand = { ...fake.webspaceByName(a.service.domain!)!, id: 900_000 + serial, name: `byhand${serial}.example`, externalId: undefined, ftpLogin: `byhand${serial}` };
    fake.webspaces.set(byHand.id, byHand);
    await plesk.terminate(ctx(a));
    expect(customer()).toBeDefined();
    expect(fake.webspaces.get(byHand.id)).toBeDefined();
    fake.webspaces.delete(byHand.id);

    const b = driver();
    b.apply(await plesk.create(ctx(b)));
    const pending = newService(); // created in billing, its create not run yet: it will need the customer
    await plesk.terminate(ctx(b, pending));
    expect(customer()).toMatchObject({ id: owner.id });
    await plesk.terminate(ctx(b, { ...pending, status: 'Cancelled' }));
    expect(customer()).toBeUndefined();
  });

  it('issue 14.5: singleSignOn answers a link that logs the customer in once, from the requester\'s address only; nothing secret reaches the log', async () => {
    const d = driver();
    d.apply(await plesk.create(d.context()));
    const lines: string[] = [];
    const logger = { debug: (m: string, x?: object) => lines.push(m + JSON.stringify(x ?? {})), info: (m: string, x?: object) => lines.push(m + JSON.stringify(x ?? {})), warn() {}, error() {} };
    const sso = plesk.customCommands!.singleSignOn;
    expect(sso.clientAllowed).toBe(true);
    const result = await sso.run({ ...d.context(), logger, input: {}, requestedBy: { kind: 'client', ip: '127.0.0.1' } });
    const url = new URL(String(result.output!.url));
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`https://127.0.0.1:${fake.port}/enterprise/rsession_init.php`);
    const token = url.searchParams.get('PLESKSESSID')!;
    expect(fake.sessions.get(token)).toMatchObject({ login: data(d).pleskCustomerLogin, userIp: '127.0.0.1', used: false });
    expect(JSON.stringify({ lines, message: result.message, moduleData: result.moduleData ?? {} })).not.toContain(token);

    expect(await openPanelLink(url.href)).toEqual({ status: 303, location: '/smb/' });
    expect(fake.panelLogins.at(-1)).toEqual({ login: data(d).pleskCustomerLogin, ip: '127.0.0.1' });
    expect(await openPanelLink(url.href)).toEqual({ status: 303, location: '/login_up.php' }); // single use

    // Bound to the address it was asked from: a link for another address does not open the panel here.
    const elsewhere = await sso.run({ ...d.context(), input: {}, requestedBy: { kind: 'staff', ip: '203.0.113.7' } });
    const logins = fake.panelLogins.length;
    expect(await openPanelLink(String(elsewhere.output!.url))).toEqual({ status: 303, location: '/login_up.php' });
    expect(fake.panelLogins).toHaveLength(logins);

    const before = fake.requests.length;
    const noAddress = await rejection(sso.run({ ...d.context(), input: {}, requestedBy: { kind: 'system' } }));
    expect(noAddress.retryable).toBe(false);
    expect(fake.requests.length).toBe(before);
  });

  it('issue 14.5: the test server takes create_session only as Plesk documents it (Base64 address, known login)', async () => {
    const client = new PleskClient({ host: '127.0.0.1', port: fake.port, secure: true, verifyTls: false, tls: {}, login: 'admin', password: 'admin-pass' }, silentLogger);
    const signal = AbortSignal.timeout(5000);
    const session = (login: string, ip: string) => client.call('server', 'create_session', [el('login', login), el('data', el('user_ip', ip), el('source_server'))], signal);
    const [plain] = await session('admin', '127.0.0.1');
    expect(plain).toMatchObject({ status: 'error', errcode: '1019' });
    const [unknown] = await session('nobody-here', Buffer.from('127.0.0.1').toString('base64'));
    expect(unknown).toMatchObject({ status: 'error', errcode: '1013' });
    const [admin] = await session('admin', Buffer.from('127.0.0.1').toString('base64'));
    expect(admin).toMatchObject({ status: 'ok', id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const recorded = fake.schemaErrors.length;
    await expect(client.call('server', 'create_session', [el('data', el('user_ip', 'MTI3LjAuMC4x'), el('source_server')), el('login', 'admin')], signal)).rejects.toMatchObject({ remoteCode: '1014' });
    expect(fake.schemaErrors.splice(recorded)).toEqual(['server/create_session: expected <login>, found <data>']); // this test's own, not the module's
  });

  it('SV-3: a service created again after termination gets a fresh subscription', async () => {
    const d = driver();
    d.apply(await plesk.create(d.context()));
    d.apply(await plesk.terminate(d.context()));
    d.apply(await plesk.create(d.context()));
    expect(fake.webspaceByName(d.service.domain!)).toBeDefined();
    d.apply(await plesk.suspend({ ...d.context(), reason: 'abuse' }));
    expect(fake.webspaceByName(d.service.domain!)!.status).toBe(16);
  });

  it('PM-1: the server IP or the product IP addresses are used when given', async () => {
    const withServerIp = driver();
    withServerIp.apply(await plesk.create({ ...withServerIp.context(), server: { ...serverContext(fake), ip: '192.0.2.10' } }));
    expect(fake.webspaceByName(withServerIp.service.domain!)!.ipAddresses).toEqual(['192.0.2.10']);

    const withProductIps = driver();
    const dualStack: ProductContext = { ...product('Starter'), options: { planName: 'Starter', ipAddresses: ['192.0.2.20', '2001:db8::20'] } };
    await plesk.create({ ...withProductIps.context(), product: dualStack });
    expect(fake.webspaceByName(withProductIps.service.domain!)!.ipAddresses).toEqual(['192.0.2.20', '2001:db8::20']);
  });

  it('PM-3: a service without a domain or password fails before any request is sent', async () => {
    const before = fake.requests.length;
    const noDomain = driver(newService({ domain: undefined }));
    expect((await rejection(plesk.create(noDomain.context()))).retryable).toBe(false);
    const noPassword = driver(newService({ password: undefined }));
    expect((await rejection(plesk.create(noPassword.context()))).retryable).toBe(false);
    expect(fake.requests.length).toBe(before);
  });

  it('PM-3: remote failures are classified: wrong credentials and untrusted TLS are final, HTTP 500 and agent errors retryable', async () => {
    const d = driver();
    const wrongPassword = await rejection(
      plesk.create({ ...d.context(), server: serverContext(fake, { password: 'wrong' }) }),
    );
    expect(wrongPassword).toMatchObject({ retryable: false, remoteCode: '1001' });

    const untrusted = await rejection(
      plesk.create({ ...d.context(), server: serverContext(fake, { certificateFingerprint: undefined }) }),
    );
    expect(untrusted).toMatchObject({ retryable: false, remoteCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(untrusted.message).toMatch(/^Plesk TLS certificate rejected/);

    fake.failNext('http-500');
    expect((await rejection(plesk.create(d.context()))).retryable).toBe(true);
    fake.failNext('system-error');
    expect(await rejection(plesk.create(d.context()))).toMatchObject({ retryable: true, remoteCode: '1003' });
    expect(fake.webspaceByName(d.service.domain!)).toBeUndefined();
  });

  it('PM-1: testConnection reports the protocol version, and the reason when it fails', async () => {
    const signal = AbortSignal.timeout(5000);
    await expect(plesk.testConnection!(serverContext(fake), signal, silentLogger)).resolves.toEqual({
      ok: true,
      message: 'Connected; XML API up to 1.6.9.1',
    });
    const failed = await plesk.testConnection!(serverContext(fake, { password: 'wrong' }), signal, silentLogger);
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain('1001');
  });

  it('PM-1: client details with XML special characters reach Plesk intact', async () => {
    const d = driver();
    const client = { ...d.context().client, id: 'client-xml', firstName: 'Ada & <Co>', lastName: "O'Brien" };
    await plesk.create({ ...d.context(), client });
    const customer = [...fake.customers.values()].find((c) => c.externalId === 'hostbill:client:client-xml')!;
    expect(customer.personalName).toBe("Ada & <Co> O'Brien");
  });

  it('PM-1: every packet sent so far follows the element order of the Plesk schemas', () => {
    expect(fake.requests.length).toBeGreaterThan(20);
    expect(fake.schemaErrors).toEqual([]);
  });

  it('PM-1: the test server rejects a packet out of schema order, as Plesk does (the check has teeth)', async () => {
    const client = new PleskClient(
      {
        host: '127.0.0.1',
        port: fake.port,
        secure: true,
        verifyTls: true,
        tls: { certificateFingerprint: fake.certificate!.fingerprint256 },
        login: 'admin',
        password: 'admin-pass',
      },
      silentLogger,
    );
    const misordered = [el('gen_info', el('login', 'x'), el('pname', 'X'), el('passwd', 'secret1'))];
    const error = await rejection(client.call('customer', 'add', misordered, AbortSignal.timeout(5000)));
    expect(error.remoteCode).toBe('1014');
    fake.schemaErrors.length = 0;
  });
});

describe('Plesk module over plain HTTP with a secret key', () => {
  const keyed = new FakePleskServer({ secure: false, secretKey: 'api-secret-key' });
  beforeAll(() => keyed.start());
  afterAll(() => keyed.stop());

  it('PM-1: authenticates with the KEY header instead of login and password', async () => {
    const server: ServerContext = {
      id: 'server-2',
      name: 'plesk-keyed',
      hostname: '127.0.0.1',
      port: keyed.port,
      secure: false,
      settings: { secretKey: 'api-secret-key' },
    };
    const service = newService();
    const d = new ServiceDriver(harness, service, product('Business'));
    d.apply(await plesk.create(d.context({ server })));
    expect(keyed.planName(keyed.webspaceByName(service.domain!)!.planGuid)).toBe('Business');
    const wrong = await rejection(plesk.unsuspend(d.context({ server: { ...server, settings: { secretKey: 'nope' } } })));
    expect(wrong.remoteCode).toBe('1001');
  });
});

describe('issue 10: a self-signed Plesk certificate, panel reached by IP', () => {
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  const certificate = () => fake.certificate!;
  const signal = () => AbortSignal.timeout(5000);
  const attempt = (settings: Record<string, unknown>) =>
    new ServiceDriver(harness, newService(), product('Starter')).context({ server: serverContext(fake, { certificateFingerprint: undefined, ...settings }) });

  it('issue 10: the certificate names the panel, not its IP, so trusting it as a CA alone is refused: named as a TLS error, not retried, nothing sent', async () => {
    const before = fake.requests.length;
    const error = await rejection(plesk.create(attempt({ caCertificate: certificate().cert })));
    expect(error).toMatchObject({ retryable: false, remoteCode: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(error.message).toMatch(/^Plesk TLS certificate rejected/);
    expect(fake.requests.length).toBe(before);
  });

  it("issue 10: the fingerprint printed by the README's openssl command, pinned, makes the panel work by IP", async () => {
    // The command plugins/plesk/README.md gives, run against the panel.
    const command = `openssl s_client -connect 127.0.0.1:${fake.port} </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256`;
    const { stdout } = await promisify(execFile)('sh', ['-c', command]);
    const printed = /Fingerprint=([0-9A-F:]+)/i.exec(stdout)?.[1];
    expect(printed).toBe(certificate().fingerprint256);

    const d = new ServiceDriver(harness, newService(), product('Starter'));
    const pinned = serverContext(fake, { certificateFingerprint: printed });
    await expect(plesk.testConnection!(pinned, signal(), silentLogger)).resolves.toMatchObject({ ok: true });
    d.apply(await plesk.create(d.context({ server: pinned })));
    expect(fake.webspaceByName(d.service.domain!)).toBeDefined();
  });

  it('issue 10: a wrong pin is a non-retryable TLS error, and the panel never receives the request (nor the credentials)', async () => {
    const before = fake.requests.length;
    const hex = certificate().fingerprint256.replaceAll(':', '');
    const wrong = `${hex.slice(0, -1)}${hex.endsWith('0') ? '1' : '0'}`;
    const error = await rejection(plesk.create(attempt({ certificateFingerprint: wrong })));
    expect(error).toMatchObject({ retryable: false, remoteCode: 'CERT_FINGERPRINT_MISMATCH' });
    expect(error.message).toMatch(/^Plesk TLS certificate rejected/);
    expect(error.message).toContain(certificate().fingerprint256);
    const tested = await plesk.testConnection!(serverContext(fake, { certificateFingerprint: wrong }), signal(), silentLogger);
    expect(tested).toMatchObject({ ok: false, message: expect.stringMatching(/TLS certificate rejected/) });
    expect(fake.requests.length).toBe(before);
  });

  it('issue 10: or the chain is verified against caCertificate while tlsServerName is the name checked instead of the IP', async () => {
    const wrongName = await rejection(plesk.create(attempt({ caCertificate: certificate().cert, tlsServerName: 'other.test' })));
    expect(wrongName).toMatchObject({ retryable: false, remoteCode: 'ERR_TLS_CERT_ALTNAME_INVALID' });

    const d = new ServiceDriver(harness, newService(), product('Starter'));
    const named = serverContext(fake, { certificateFingerprint: undefined, caCertificate: certificate().cert, tlsServerName: PANEL_HOST_NAME });
    d.apply(await plesk.create(d.context({ server: named })));
    expect(fake.webspaceByName(d.service.domain!)).toBeDefined();
  });
});

describe('Plesk settings schemas', () => {
  const ajv = addFormats(new Ajv({ strict: true, allErrors: true }));

  it('PM-2: compile in strict mode, mark secrets writeOnly, and require a password or a secret key', () => {
    const server = ajv.compile(plesk.serverSettingsSchema);
    const productOptions = ajv.compile(plesk.productOptionsSchema);
    const properties = plesk.serverSettingsSchema.properties as Record<string, { writeOnly?: boolean }>;
    expect(properties.password.writeOnly).toBe(true);
    expect(properties.secretKey.writeOnly).toBe(true);

    expect(server({ username: 'admin', password: 'x' })).toBe(true);
    expect(server({ secretKey: 'k' })).toBe(true);
    expect(server({ username: 'admin' })).toBe(false);
    expect(server({ password: 'x', externalIdPrefix: 'Not Valid!' })).toBe(false);
    expect(server({ password: 'x', certificateFingerprint: 'AB'.repeat(32), tlsServerName: 'plesk.example.net' })).toBe(true);
    expect(server({ password: 'x', certificateFingerprint: 'sha256 Fingerprint=AB:CD' })).toBe(false);
    expect(productOptions({ planName: 'Starter' })).toBe(true);
    expect(productOptions({})).toBe(false);
    expect(productOptions({ planName: 'Starter', ipAddresses: [] })).toBe(false);
  });
});
