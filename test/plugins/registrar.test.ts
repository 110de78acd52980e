import fs from 'node:fs';
import net from 'node:net';
import { validateXML } from 'xmllint-wasm';
import registrar, { addYears } from '../../plugins/registrar';
import { encodeFrame } from '../../plugins/registrar/epp-client';
import { RegistrarServerSettings } from '../../plugins/registrar/settings';
import { DomainCommandContext, DomainContext, ModuleError, ProductContext, ServerContext, ServiceContext } from '../../src/provisioning/sdk';
import { ConformanceHarness, runConformance, silentLogger } from '../conformance/kit';
import { EppTestServer, RawEppClient } from '../servers/epp-server';

const ACCOUNTS = {
  hbreg: { password: 'Reg-pass-1' },
  otherreg: { password: 'Other-pass-1' },
  busyreg: { password: 'Busy-pass-1', sessionLimit: 1 },
};
const registry = new EppTestServer(ACCOUNTS);
let unusedPort = 0;
let counter = 0;
const unique = (label: string) => `${label}${++counter}-${Date.now().toString(36)}.test`;

function server(settings: Partial<RegistrarServerSettings> = {}, port?: number): ServerContext<RegistrarServerSettings> {
  return {
    id: 'srv-epp',
    name: 'EPP test registry',
    hostname: '127.0.0.1',
    port: port ?? registry.port,
    secure: true,
    settings: {
      clientId: 'hbreg',
      password: 'Reg-pass-1',
      caCertificate: registry.certificate.cert,
      contactPrefix: 'HB',
      defaultNameservers: ['ns1.default.example', 'ns2.default.example'],
      ...settings,
    },
  };
}

const products: [ProductContext, ProductContext] = [
  { id: 'p-a', name: 'Domain A', options: { period: 1, nameservers: ['ns1.alpha.example', 'ns2.alpha.example'] } },
  { id: 'p-b', name: 'Domain B', options: { period: 2, nameservers: ['ns1.beta.example', 'ns2.beta.example'], transferLock: true } },
];

beforeAll(async () => {
  await registry.start();
  const probe = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  unusedPort = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(() => registry.stop());

const harness: ConformanceHarness = {
  module: registrar,
  // The registry runs for the whole file: later tests check every frame it saw.
  start: async () => undefined,
  stop: async () => undefined,
  server: () => server(),
  unreachableServer: () => server({}, unusedPort),
  products,
  newService: (): ServiceContext => ({ id: `svc-${++counter}`, status: 'Pending', domain: unique('svc'), moduleData: {} }),
  async remote(service) {
    const d = registry.domain(service.domain ?? '');
    if (!d) return { exists: false, suspended: false };
    const plan = JSON.stringify({ ns: [...d.nameservers].sort(), lock: d.statuses.includes('clientTransferProhibited') });
    return { exists: true, suspended: d.statuses.includes('clientHold'), plan };
  },
  async remoteCount(service) {
    return registry.domain(service.domain ?? '') ? registry.creates.filter((n) => n === service.domain).length : 0;
  },
  failNext: (mode) => registry.failNext(mode),
  loseCreateResponse: () => registry.failNext('apply-then-timeout', 'domain:create'),
};

runConformance('registrar', harness);

function domainCtx(domain: Partial<DomainContext> = {}, timeoutMs = 5000, srv = server()): DomainCommandContext<RegistrarServerSettings> {
  return {
    domain: {
      id: `dom-${++counter}`,
      name: unique('dom'),
      years: 1,
      nameservers: ['ns1.example.net', 'ns2.example.net'],
      registrant: { id: 'client-dn', firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.org', address1: '1 Navy Way', city: 'Arlington', country: 'us', phone: '+1.5555550100' },
      moduleData: {},
      ...domain,
    },
    server: srv,
    idempotencyKey: `key-${counter}`,
    logger: silentLogger,
    signal: AbortSignal.timeout(timeoutMs),
  };
}

async function failure(promise: Promise<unknown>): Promise<ModuleError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ModuleError);
  return error as ModuleError;
}

const yearsFromToday = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
};

describe('DN-1: registrar commands, checked on the registry side', () => {
  it('DN-1: register creates the registrant contact and the domain with period, nameservers and authInfo', async () => {
    const ctx = domainCtx({ years: 2 });
    const result = await registrar.register(ctx);
    const d = registry.domain(ctx.domain.name);
    expect(d).toMatchObject({ clID: 'hbreg', statuses: ['ok'], nameservers: ['ns1.example.net', 'ns2.example.net'] });
    expect(d?.expiryDate).toBe(yearsFromToday(2));
    expect(result.expiryDate).toBe(d?.expiryDate);
    expect(d?.registrant).toMatch(/^HB[0-9A-F]{12}$/);
    expect(result.moduleData).toMatchObject({ registrantHandle: d?.registrant });
    expect(registry.contactIds()).toContain(d?.registrant);
    expect(d?.authInfo.length).toBeGreaterThanOrEqual(16);
  });

  it('DN-1/SV-3: a register retried after a lost domain:create response adopts the domain instead of failing', async () => {
    const ctx = domainCtx();
    registry.failNext('apply-then-timeout', 'domain:create');
    const lost = await failure(registrar.register({ ...ctx, signal: AbortSignal.timeout(600) }));
    expect(lost.retryable).toBe(true);
    expect(registry.domain(ctx.domain.name)).toBeDefined();
    const retry = await registrar.register({ ...ctx, signal: AbortSignal.timeout(5000) });
    expect(retry.expiryDate).toBe(registry.domain(ctx.domain.name)?.expiryDate);
    expect(registry.creates.filter((n) => n === ctx.domain.name)).toHaveLength(1);
  });

  it('DN-1/SV-3: a lost contact:create response is recovered by reusing the derived handle', async () => {
    const ctx = domainCtx();
    ctx.domain.registrant = { ...ctx.domain.registrant, id: 'client-lost-contact' };
    registry.failNext('apply-then-timeout', 'contact:create');
    await failure(registrar.register({ ...ctx, signal: AbortSignal.timeout(600) }));
    const contactsBefore = registry.contactIds().length;
    const result = await registrar.register({ ...ctx, signal: AbortSignal.timeout(5000) });
    expect(registry.contactIds()).toHaveLength(contactsBefore);
    expect(registry.domain(ctx.domain.name)?.registrant).toBe(result.moduleData?.registrantHandle);
  });

  it('DN-1: a registrant handle the billing server already has is used as is', async () => {
    const first = domainCtx();
    const handle = String((await registrar.register(first)).moduleData?.registrantHandle);
    const ctx = domainCtx();
    ctx.domain.registrant = { ...ctx.domain.registrant, id: 'other-client', handle };
    await registrar.register(ctx);
    expect(registry.domain(ctx.domain.name)?.registrant).toBe(handle);
  });

  it('DN-1: a domain held by another registrar, a reserved name and a bad name are not retryable refusals', async () => {
    const taken = unique('taken');
    registry.seedDomain({ name: taken, clID: 'otherreg', authInfo: 'Taken-code-1' });
    expect(await failure(registrar.register(domainCtx({ name: taken })))).toMatchObject({ retryable: false, remoteCode: '2302' });

    const reserved = unique('reserved');
    registry.reserve(reserved);
    expect(await failure(registrar.register(domainCtx({ name: reserved })))).toMatchObject({ retryable: false, remoteCode: '2302' });
    expect(registry.domain(reserved)).toBeUndefined();

    expect(await failure(registrar.register(domainCtx({ name: 'bad_name.test' })))).toMatchObject({ retryable: false, remoteCode: '2005' });
  });

  it('DN-1: transfer requests with the EPP code, is pending until the registry approves, then syncs as Active', async () => {
    const name = unique('xfer');
    registry.seedDomain({ name, clID: 'otherreg', authInfo: 'Xfer-code-1' });
    const wrong = await failure(registrar.transfer(domainCtx({ name, eppCode: 'not-the-code' })));
    expect(wrong).toMatchObject({ retryable: false, remoteCode: '2202' });

    const ctx = domainCtx({ name, eppCode: 'Xfer-code-1' });
    expect((await registrar.transfer(ctx)).moduleData).toEqual({ transferStatus: 'pending' });
    expect(registry.domain(name)).toMatchObject({ clID: 'otherreg', statuses: ['pendingTransfer'], transferStatus: 'pending' });
    // A retry (lost response) finds our own pending request instead of failing on 2300.
    expect((await registrar.transfer(domainCtx({ name, eppCode: 'Xfer-code-1' }))).moduleData).toEqual({ transferStatus: 'pending' });
    expect((await registrar.sync(domainCtx({ name }))).status).toBe('PendingTransfer');

    registry.approveTransfer(name);
    expect(registry.domain(name)?.clID).toBe('hbreg');
    expect(await registrar.sync(domainCtx({ name }))).toMatchObject({ status: 'Active', expiryDate: yearsFromToday(2) });
  });

  it('DN-1: renew sends the current expiry date and extends the registration by the period', async () => {
    const ctx = domainCtx();
    await registrar.register(ctx);
    const result = await registrar.renew({ ...domainCtx({ name: ctx.domain.name, years: 3 }) });
    expect(registry.domain(ctx.domain.name)?.expiryDate).toBe(yearsFromToday(4));
    expect(result.expiryDate).toBe(yearsFromToday(4));
    const tooLong = await failure(registrar.renew(domainCtx({ name: ctx.domain.name, years: 9 })));
    expect(tooLong).toMatchObject({ retryable: false, remoteCode: '2004' });
  });

  it('DN-1: a renew retried after a lost answer renews once when billing sends its expiry date', async () => {
    const ctx = domainCtx();
    await registrar.register(ctx);
    const name = ctx.domain.name;
    const before = registry.domain(name)!.expiryDate;
    registry.failNext('apply-then-timeout', 'domain:renew');
    await expect(registrar.renew(domainCtx({ name, years: 2, expiryDate: before }, 300))).rejects.toBeInstanceOf(ModuleError);
    expect(registry.domain(name)?.expiryDate).toBe(addYears(before, 2));

    const retried = await registrar.renew(domainCtx({ name, years: 2, expiryDate: before }));
    expect(retried.expiryDate).toBe(addYears(before, 2));
    expect(registry.domain(name)?.expiryDate).toBe(addYears(before, 2));

    // A billing date out of sync with the registry is refused, not guessed.
    const stale = await failure(registrar.renew(domainCtx({ name, years: 1, expiryDate: '2001-01-01' })));
    expect(stale).toMatchObject({ retryable: false, remoteCode: '2004' });
  });

  it('DN-1: addYears keeps month ends (Feb 29 + 1 year = Feb 28)', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-12-31', 2)).toBe('2025-12-31');
  });

  it('DN-1: getNameservers and saveNameservers read and replace the delegation', async () => {
    const ctx = domainCtx();
    await registrar.register(ctx);
    const name = ctx.domain.name;
    const nameservers = ['ns2.example.net', 'NS3.Example.NET.'];
    await registrar.saveNameservers({ ...domainCtx({ name }), nameservers });
    expect(registry.domain(name)?.nameservers).toEqual(['ns2.example.net', 'ns3.example.net']);
    expect(await registrar.getNameservers(domainCtx({ name }))).toEqual(['ns2.example.net', 'ns3.example.net']);
    // Saving the same set again changes nothing and does not fail.
    await registrar.saveNameservers({ ...domainCtx({ name }), nameservers });
    expect(registry.domain(name)?.nameservers).toEqual(['ns2.example.net', 'ns3.example.net']);
  });

  it('DN-1: getEppCode returns the authInfo the registry holds', async () => {
    const ctx = domainCtx();
    await registrar.register(ctx);
    expect(await registrar.getEppCode(domainCtx({ name: ctx.domain.name }))).toBe(registry.domain(ctx.domain.name)?.authInfo);
  });

  it('DN-1: sync reports status, expiry and nameservers; Cancelled when gone, TransferredAway when another registrar holds it', async () => {
    const ctx = domainCtx();
    await registrar.register(ctx);
    expect(await registrar.sync(domainCtx({ name: ctx.domain.name }))).toEqual({
      status: 'Active',
      expiryDate: yearsFromToday(1),
      nameservers: ['ns1.example.net', 'ns2.example.net'],
    });
    expect((await registrar.sync(domainCtx({ name: unique('gone') }))).status).toBe('Cancelled');
    const away = unique('away');
    registry.seedDomain({ name: away, clID: 'otherreg', authInfo: 'Away-code-1' });
    expect((await registrar.sync(domainCtx({ name: away }))).status).toBe('TransferredAway');
  });
});

describe('PM-1/PM-3: hosting-style commands and error mapping', () => {
  const service = (domain: string): ServiceContext => ({ id: `svc-${++counter}`, status: 'Active', domain, moduleData: {} });
  const commandCtx = (domain: string, srv = server()) => ({
    service: service(domain),
    client: { id: 'client-h', firstName: 'Alan', lastName: 'Turing', email: 'alan@example.org', city: 'Wilmslow', country: 'GB' },
    product: products[1],
    server: srv,
    idempotencyKey: `key-${counter}`,
    logger: silentLogger,
    signal: AbortSignal.timeout(5000),
  });

  it('PM-1: create applies the product period, nameservers and transfer lock; terminate of a deleted domain succeeds', async () => {
    const name = unique('host');
    const result = await registrar.create(commandCtx(name));
    expect(result.moduleData).toMatchObject({ domain: name, expiryDate: yearsFromToday(2) });
    expect(registry.domain(name)).toMatchObject({
      nameservers: ['ns1.beta.example', 'ns2.beta.example'],
      statuses: ['clientTransferProhibited'],
      expiryDate: yearsFromToday(2),
    });
    await registrar.terminate(commandCtx(name));
    expect(registry.domain(name)).toBeUndefined();
    await expect(registrar.terminate(commandCtx(name))).resolves.toMatchObject({ message: expect.stringContaining('already gone') });
  });

  it('PM-3: a status that prohibits the operation (2304) is not retryable', async () => {
    const name = unique('locked');
    registry.seedDomain({ name, clID: 'hbreg', authInfo: 'Locked-code-1', statuses: ['serverUpdateProhibited'] });
    const error = await failure(registrar.suspend({ ...commandCtx(name), reason: '' }));
    expect(error).toMatchObject({ retryable: false, remoteCode: '2304' });
    expect(registry.domain(name)?.statuses).toEqual(['serverUpdateProhibited']);
  });

  it('PM-3: a wrong password is an authentication error (2200), not retryable', async () => {
    const error = await failure(registrar.getNameservers(domainCtx({}, 5000, server({ password: 'Wrong-pass-9' }))));
    expect(error).toMatchObject({ retryable: false, remoteCode: '2200' });
  });

  it('PM-3: the session limit (2502) is retryable', async () => {
    const busy = { clientId: 'busyreg', password: 'Busy-pass-1' };
    const raw = await RawEppClient.connect(registry.port, registry.certificate.cert);
    await raw.next();
    const login = await raw.send(loginXml('busyreg', 'Busy-pass-1'));
    expect(login).toContain('code="1000"');
    try {
      const error = await failure(registrar.getNameservers(domainCtx({}, 5000, server(busy))));
      expect(error).toMatchObject({ retryable: true, remoteCode: '2502' });
    } finally {
      raw.close();
    }
  });

  it('PM-3: TLS is verified by default; an unknown certificate is a configuration error, not retryable', async () => {
    const error = await failure(registrar.getNameservers(domainCtx({}, 5000, server({ caCertificate: undefined }))));
    expect(error.retryable).toBe(false);
    const insecure = server({ caCertificate: undefined, rejectUnauthorized: false });
    await expect(registrar.testConnection(insecure, AbortSignal.timeout(5000))).resolves.toMatchObject({ ok: true });
    expect(await failure(registrar.getNameservers(domainCtx({}, 5000, { ...server(), secure: false })))).toMatchObject({ retryable: false });
  });

  it('PM-1: testConnection logs in and out, and reports an unreachable registry', async () => {
    await expect(registrar.testConnection(server(), AbortSignal.timeout(5000))).resolves.toMatchObject({ ok: true });
    const down = await registrar.testConnection(server({}, unusedPort), AbortSignal.timeout(5000));
    expect(down.ok).toBe(false);
  });
});

function loginXml(clID: string, pw: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><login>' +
    `<clID>${clID}</clID><pw>${pw}</pw><options><version>1.0</version><lang>en</lang></options>` +
    '<svcs><objURI>urn:ietf:params:xml:ns:domain-1.0</objURI><objURI>urn:ietf:params:xml:ns:contact-1.0</objURI></svcs>' +
    '</login><clTRID>RAW-1</clTRID></command></epp>'
  );
}

const CHECK_XML =
  '<?xml version="1.0" encoding="UTF-8"?><epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>' +
  '<domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>free.test</domain:name></domain:check>' +
  '</check><clTRID>RAW-2</clTRID></command></epp>';

describe('DN-1: EPP protocol (RFC 5730/5734) at the wire', () => {
  // A registry of its own, so that the deliberately invalid frames stay out of the main one's records.
  const wire = new EppTestServer(ACCOUNTS);
  let client: RawEppClient;
  beforeAll(() => wire.start());
  afterAll(() => wire.stop());
  beforeEach(async () => {
    client = await RawEppClient.connect(wire.port, wire.certificate.cert);
    expect(await client.next()).toContain('<greeting>');
  });
  afterEach(() => client.close());

  it('DN-1: a command before login gets 2002', async () => {
    expect(await client.send(CHECK_XML)).toContain('code="2002"');
  });

  it('DN-1: a frame that does not validate against the XSD gets 2001 and the session goes on', async () => {
    await client.send(loginXml('hbreg', 'Reg-pass-1'));
    const invalid = CHECK_XML.replace('<clTRID>RAW-2</clTRID>', '<domain:name xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">x.test</domain:name>');
    expect(await client.send(invalid)).toContain('code="2001"');
    expect(await client.send(CHECK_XML)).toMatch(/code="1000"[\s\S]*avail="1"/);
    expect(await client.send(loginXml('hbreg', 'Reg-pass-1'))).toContain('code="2002"');
    expect(await client.send(CHECK_XML.replace('<check>', '<logout/><check>'))).toContain('code="2001"');
  });

  it('DN-1: the length prefix counts its own 4 bytes; a length without them breaks the frame (2001, closed)', async () => {
    const frame = encodeFrame('<a>é</a>');
    expect(frame.readUInt32BE(0)).toBe(4 + Buffer.byteLength('<a>é</a>'));
    expect(await client.send(loginXml('hbreg', 'Reg-pass-1'), -4)).toContain('code="2001"');
    await client.closed;
  });

  it('DN-1: logout answers 1500 and closes the session', async () => {
    await client.send(loginXml('hbreg', 'Reg-pass-1'));
    const logout = '<?xml version="1.0" encoding="UTF-8"?><epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><logout/><clTRID>RAW-3</clTRID></command></epp>';
    expect(await client.send(logout)).toContain('code="1500"');
    await client.closed;
  });

  it('DN-1: a transfer request is 1001 (pending) and queues a poll message (1301, ack, then 1300) for the losing registrar', async () => {
    wire.seedDomain({ name: 'polled.test', clID: 'otherreg', authInfo: 'Poll-code-1' });
    await client.send(loginXml('hbreg', 'Reg-pass-1'));
    const transfer = CHECK_XML.replace(
      /<check>.*<\/check>/,
      '<transfer op="request"><domain:transfer xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>polled.test</domain:name>' +
        '<domain:authInfo><domain:pw>Poll-code-1</domain:pw></domain:authInfo></domain:transfer></transfer>',
    );
    expect(await client.send(transfer)).toMatch(/code="1001"[\s\S]*<domain:trStatus>pending</);
    const loser = await RawEppClient.connect(wire.port, wire.certificate.cert);
    try {
      await loser.next();
      await loser.send(loginXml('otherreg', 'Other-pass-1'));
      const poll = (op: string) => CHECK_XML.replace(/<check>.*<\/check>/, `<poll ${op}/>`);
      const message = await loser.send(poll('op="req"'));
      expect(message).toMatch(/code="1301"[\s\S]*Transfer of polled.test requested/);
      const id = /msgQ count="1" id="([^"]+)"/.exec(message ?? '')?.[1];
      expect(await loser.send(poll(`op="ack" msgID="${id}"`))).toContain('code="1000"');
      expect(await loser.send(poll('op="req"'))).toContain('code="1300"');
    } finally {
      loser.close();
    }
  });

  it('DN-1: the test validator agrees with xmllint-wasm validateXML', async () => {
    const invalid = CHECK_XML.replace('RAW-2', 'X');
    const dir = '/work/shared/protocols/epp-xsd';
    const schema = { fileName: 'all.xsd', contents: fs.readFileSync(`${dir}/all.xsd`, 'utf8') };
    const preload = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.xsd') && f !== 'all.xsd')
      .map((f) => ({ fileName: f, contents: fs.readFileSync(`${dir}/${f}`, 'utf8') }));
    const reference = await validateXML({ xml: [{ fileName: 'a.xml', contents: CHECK_XML }], schema, preload });
    const referenceBad = await validateXML({ xml: [{ fileName: 'b.xml', contents: invalid }], schema, preload });
    expect([reference.valid, referenceBad.valid]).toEqual([true, false]);
    expect((await client.send(CHECK_XML))).toContain('code="2002"');
    const fromServer = wire.frames.filter((f) => f.direction === 'in').map((f) => f.valid);
    expect(fromServer.at(-1)).toBe(true);
    expect(await client.send(invalid)).toContain('code="2001"');
  });

  it('DN-1: every frame the wire registry sent validates against the XSDs', async () => {
    expect(await wire.validateSentFrames()).toEqual([]);
  });
});

describe('DN-1: schema conformance of everything exchanged with the main registry', () => {
  it('DN-1: every frame the registrar module sent validated against the XSDs', () => {
    const received = registry.frames.filter((f) => f.direction === 'in');
    expect(received.length).toBeGreaterThan(100);
    expect(received.filter((f) => f.valid !== true)).toEqual([]);
  });

  it('DN-1: every frame the test registry answered validates against the XSDs', async () => {
    const sent = registry.frames.filter((f) => f.direction === 'out');
    expect(sent.length).toBeGreaterThan(100);
    expect(await registry.validateSentFrames()).toEqual([]);
  });
});
