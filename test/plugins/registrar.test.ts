import fs from 'node:fs';
import net from 'node:net';
import { validateXML } from 'xmllint-wasm';
import registrar, { addYears } from '../../plugins/registrar';
import { encodeFrame } from '../../plugins/registrar/epp-client';
import { RegistrarServerSettings, serverSettingsSchema } from '../../plugins/registrar/settings';
import { assertMatchesSchema, secretNames } from '../../src/plugins/module-settings';
import {
  ClientContext,
  CommandContext,
  DomainCommandContext,
  DomainContext,
  ModuleError,
  ProductContext,
  RegistryMessage,
  ServerContext,
  ServiceContext,
} from '@hostbill/plugin-sdk';
import { ConformanceHarness, runConformance, silentLogger } from '../conformance/kit';
import { Certificate, EppTestServer, RawEppClient, XSD_DIR, certificateAuthority } from '../servers/epp-server';

const ACCOUNTS = {
  hbreg: { password: 'Reg-pass-1' },
  otherreg: { password: 'Other-pass-1' },
  thirdreg: { password: 'Third-pass-1' },
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
    // A domain in its redemption period is deleted for the registrar, though still restorable.
    if (!d || d.statuses.includes('pendingDelete')) return { exists: false, suspended: false };
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
    const refused = await failure(registrar.register(domainCtx({ name: reserved })));
    expect(refused).toMatchObject({ retryable: false, remoteCode: '2306', message: expect.stringContaining('cannot be registered: Reserved') });
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
      transferLocked: false,
    });
    expect((await registrar.sync(domainCtx({ name: unique('gone') }))).status).toBe('Cancelled');
    const away = unique('away');
    registry.seedDomain({ name: away, clID: 'otherreg', authInfo: 'Away-code-1' });
    expect((await registrar.sync(domainCtx({ name: away }))).status).toBe('TransferredAway');
  });
});

const ALAN: ClientContext = { id: 'client-h', firstName: 'Alan', lastName: 'Turing', email: 'alan@example.org', city: 'Wilmslow', country: 'GB' };

/** A hosting-style command context; `moduleData` is what earlier commands of the service returned. */
function commandCtx(
  domain: string,
  srv = server(),
  o: { moduleData?: Record<string, unknown>; client?: ClientContext; product?: ProductContext } = {},
): CommandContext<RegistrarServerSettings> {
  return {
    service: { id: `svc-${++counter}`, status: 'Active', domain, moduleData: o.moduleData ?? {} },
    otherServicesOnServer: [],
    client: o.client ?? ALAN,
    product: o.product ?? products[1],
    server: srv,
    idempotencyKey: `key-${counter}`,
    logger: silentLogger,
    signal: AbortSignal.timeout(5000),
  };
}

describe('issue 15.1: registrar lock (RFC 5731 clientTransferProhibited)', () => {
  it('issue 15.1: lock sets clientTransferProhibited, a transfer request is then refused (2304); unlock removes it and the transfer goes through', async () => {
    const ctx = domainCtx();
    await registrar.register(ctx);
    const name = ctx.domain.name;
    const { authInfo } = registry.domain(name)!;
    await registrar.lock(domainCtx({ name }));
    expect(registry.domain(name)?.statuses).toEqual(['clientTransferProhibited']);
    expect(await registrar.sync(domainCtx({ name }))).toMatchObject({ status: 'Active', transferLocked: true });
    // A lock retried after a lost answer sends nothing more and succeeds.
    await registrar.lock(domainCtx({ name }));
    expect(registry.domain(name)?.statuses).toEqual(['clientTransferProhibited']);

    const gaining = server({ clientId: 'otherreg', password: 'Other-pass-1', contactPrefix: 'OT' });
    const refused = await failure(registrar.transfer(domainCtx({ name, eppCode: authInfo }, 5000, gaining)));
    expect(refused).toMatchObject({ retryable: false, remoteCode: '2304' });
    expect(registry.domain(name)).toMatchObject({ clID: 'hbreg', statuses: ['clientTransferProhibited'] });

    await registrar.unlock(domainCtx({ name }));
    expect(registry.domain(name)?.statuses).toEqual(['ok']);
    expect(await registrar.sync(domainCtx({ name }))).toMatchObject({ transferLocked: false });
    expect((await registrar.transfer(domainCtx({ name, eppCode: authInfo }, 5000, gaining))).moduleData).toEqual({ transferStatus: 'pending' });
  });

  it('issue 15.1: EPP has no release command, so the module offers none', () => {
    expect((registrar as { release?: unknown }).release).toBeUndefined();
  });
});

describe('PM-1/PM-3: hosting-style commands and error mapping', () => {
  it('PM-1: create applies the product period, nameservers and transfer lock; terminate of a deleted domain succeeds', async () => {
    const name = unique('host');
    const result = await registrar.create(commandCtx(name));
    expect(result.moduleData).toMatchObject({ domain: name, expiryDate: yearsFromToday(2), roid: registry.domain(name)?.roid });
    expect(registry.domain(name)).toMatchObject({
      nameservers: ['ns1.beta.example', 'ns2.beta.example'],
      statuses: ['clientTransferProhibited'],
      expiryDate: yearsFromToday(2),
    });
    // Within the add grace period (RFC 3915) the registry deletes at once.
    const moduleData = result.moduleData;
    await expect(registrar.terminate(commandCtx(name, server(), { moduleData }))).resolves.toMatchObject({
      moduleData: { registryStatus: 'deleted' },
    });
    expect(registry.domain(name)).toBeUndefined();
    await expect(registrar.terminate(commandCtx(name, server(), { moduleData }))).resolves.toMatchObject({ message: expect.stringContaining('already gone') });
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

// ------------------------------------------------------------------ raw EPP, for the protocol tests

const DOMAIN_XMLNS = 'xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"';
const HOST_XMLNS = 'xmlns:host="urn:ietf:params:xml:ns:host-1.0"';
let rawSeq = 0;
/** The test server refuses a repeated clTRID, so every raw command gets its own. */
const newClTRID = () => `RAW-${process.pid}-${++rawSeq}`;

/** A command frame around `body`; `clTRID` fixed only where a test repeats one on purpose. */
function commandXml(body: string, clTRID = newClTRID()): string {
  return `<?xml version="1.0" encoding="UTF-8"?><epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command>${body}<clTRID>${clTRID}</clTRID></command></epp>`;
}

function loginXml(clID: string, pw: string, clTRID?: string): string {
  return commandXml(
    `<login><clID>${clID}</clID><pw>${pw}</pw><options><version>1.0</version><lang>en</lang></options>` +
      '<svcs><objURI>urn:ietf:params:xml:ns:domain-1.0</objURI><objURI>urn:ietf:params:xml:ns:contact-1.0</objURI></svcs></login>',
    clTRID,
  );
}

const checkXml = (name = 'free.test') => commandXml(`<check><domain:check ${DOMAIN_XMLNS}><domain:name>${name}</domain:name></domain:check></check>`);

const transferXml = (op: string, name: string, authInfo?: string) =>
  commandXml(
    `<transfer op="${op}"><domain:transfer ${DOMAIN_XMLNS}><domain:name>${name}</domain:name>` +
      `${authInfo ? `<domain:authInfo><domain:pw>${authInfo}</domain:pw></domain:authInfo>` : ''}</domain:transfer></transfer>`,
  );

const pollXml = (op: string) => commandXml(`<poll ${op}/>`);

/** A raw session logged in as `clID`. */
async function rawSession(on: EppTestServer, clID: keyof typeof ACCOUNTS, client?: Certificate): Promise<RawEppClient> {
  const raw = await RawEppClient.connect(on.port, on.certificate.cert, client);
  expect(await raw.next()).toContain('<greeting>');
  expect(await raw.send(loginXml(clID, ACCOUNTS[clID].password))).toContain('code="1000"');
  return raw;
}

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

  it('issue 15.1: the test registry takes exactly the client statuses of RFC 5731 (others 2306, unknown values fail the XSD: 2001)', async () => {
    const name = unique('statuses');
    wire.seedDomain({ name, clID: 'hbreg', authInfo: 'Status-code-1' });
    const raw = await rawSession(wire, 'hbreg');
    const update = (op: 'add' | 'rem', status: string) =>
      raw.send(commandXml(`<update><domain:update ${DOMAIN_XMLNS}><domain:name>${name}</domain:name><domain:${op}><domain:status s="${status}"/></domain:${op}></domain:update></update>`));
    try {
      expect(await update('add', 'serverTransferProhibited')).toContain('code="2306"');
      expect(await update('add', 'clientLocked')).toContain('code="2001"');
      expect(await update('rem', 'clientTransferProhibited')).toContain('code="2306"');
      expect(await update('add', 'clientTransferProhibited')).toContain('code="1000"');
      expect(await update('add', 'clientTransferProhibited')).toContain('code="2306"');
      expect(wire.domain(name)?.statuses).toEqual(['clientTransferProhibited']);
    } finally {
      raw.close();
    }
  });

  it('DN-1: a command before login gets 2002', async () => {
    expect(await client.send(checkXml())).toContain('code="2002"');
  });

  it('DN-1: a frame that does not validate against the XSD gets 2001 and the session goes on', async () => {
    await client.send(loginXml('hbreg', 'Reg-pass-1'));
    const invalid = checkXml().replace(/<clTRID>.*<\/clTRID>/, '<domain:name xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">x.test</domain:name>');
    expect(await client.send(invalid)).toContain('code="2001"');
    expect(await client.send(checkXml())).toMatch(/code="1000"[\s\S]*avail="1"/);
    expect(await client.send(loginXml('hbreg', 'Reg-pass-1'))).toContain('code="2002"');
    expect(await client.send(checkXml().replace('<check>', '<logout/><check>'))).toContain('code="2001"');
  });

  it('DN-1: the length prefix counts its own 4 bytes; a length without them breaks the frame (2001, closed)', async () => {
    const frame = encodeFrame('<a>é</a>');
    expect(frame.readUInt32BE(0)).toBe(4 + Buffer.byteLength('<a>é</a>'));
    expect(await client.send(loginXml('hbreg', 'Reg-pass-1'), -4)).toContain('code="2001"');
    await client.closed;
  });

  it('DN-1: logout answers 1500 and closes the session', async () => {
    await client.send(loginXml('hbreg', 'Reg-pass-1'));
    expect(await client.send(commandXml('<logout/>'))).toContain('code="1500"');
    await client.closed;
  });

  it('DN-1: a transfer request is 1001 (pending) and queues a poll message (1301, ack, then 1300) for the losing registrar', async () => {
    wire.seedDomain({ name: 'polled.test', clID: 'otherreg', authInfo: 'Poll-code-1' });
    await client.send(loginXml('hbreg', 'Reg-pass-1'));
    expect(await client.send(transferXml('request', 'polled.test', 'Poll-code-1'))).toMatch(/code="1001"[\s\S]*<domain:trStatus>pending</);
    const loser = await rawSession(wire, 'otherreg');
    try {
      const message = await loser.send(pollXml('op="req"'));
      expect(message).toMatch(/code="1301"[\s\S]*Transfer requested[\s\S]*<domain:name>polled.test<[\s\S]*<domain:trStatus>pending</);
      const id = /msgQ count="1" id="([^"]+)"/.exec(message ?? '')?.[1];
      // Until it is acknowledged, the same message comes again.
      expect(await loser.send(pollXml('op="req"'))).toContain(`id="${id}"`);
      expect(await loser.send(pollXml(`op="ack" msgID="${id}"`))).toContain('code="1000"');
      expect(await loser.send(pollXml('op="req"'))).toContain('code="1300"');
    } finally {
      loser.close();
    }
  });

  it('DN-1: the test validator agrees with xmllint-wasm validateXML', async () => {
    const valid = checkXml();
    const invalid = checkXml().replace(/<clTRID>.*<\/clTRID>/, '<clTRID>X</clTRID>');
    const dir = XSD_DIR;
    const schema = { fileName: 'all.xsd', contents: fs.readFileSync(`${dir}/all.xsd`, 'utf8') };
    const preload = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.xsd') && f !== 'all.xsd')
      .map((f) => ({ fileName: f, contents: fs.readFileSync(`${dir}/${f}`, 'utf8') }));
    const reference = await validateXML({ xml: [{ fileName: 'a.xml', contents: valid }], schema, preload });
    const referenceBad = await validateXML({ xml: [{ fileName: 'b.xml', contents: invalid }], schema, preload });
    expect([reference.valid, referenceBad.valid]).toEqual([true, false]);
    expect(await client.send(valid)).toContain('code="2002"');
    const fromServer = wire.frames.filter((f) => f.direction === 'in').map((f) => f.valid);
    expect(fromServer.at(-1)).toBe(true);
    expect(await client.send(invalid)).toContain('code="2001"');
  });

  it('DN-1: every frame the wire registry sent validates against the XSDs', async () => {
    expect(await wire.validateSentFrames()).toEqual([]);
  });
});

// ------------------------------------------------------------------ issue 11.9: EPP as registries really behave

/** Names of the commands the main registry received since `from` (an index into its frames), e.g. "host:create". */
function commandsSince(from: number, on = registry): string[] {
  return on.frames
    .slice(from)
    .filter((f) => f.direction === 'in')
    .map((f) => /<command>\s*<(\w+)(?:\s[^>]*)?>\s*<(\w+):(\w+)/.exec(f.xml))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[2]}:${m[3]}`);
}

describe('issue 11.9: nameservers as host objects, host attributes as a server option', () => {
  it('issue 11.9: register creates the missing host objects first and names them with hostObj; existing hosts are reused', async () => {
    const ctx = domainCtx({ nameservers: [`ns1.${unique('fresh').replace('.test', '.example')}`, 'ns1.seed.example'] });
    registry.seedDomain({ name: unique('seeded'), clID: 'otherreg', authInfo: 'Seed-code-1' }); // makes ns1.seed.example, sponsored by otherreg
    const [fresh] = ctx.domain.nameservers;
    expect(registry.host(fresh)).toBeUndefined();
    const from = registry.frames.length;
    await registrar.register(ctx);

    const commands = commandsSince(from);
    expect(commands.filter((c) => c.startsWith('host:') || c === 'domain:create')).toEqual(['host:check', 'host:create', 'domain:create']);
    expect(registry.frames.slice(from).some((f) => f.direction === 'in' && f.xml.includes(`<domain:hostObj>${fresh}</domain:hostObj>`))).toBe(true);
    expect(registry.host(fresh)).toEqual({ name: fresh, clID: 'hbreg', addresses: [] });
    expect(registry.host('ns1.seed.example')?.clID).toBe('otherreg');
    expect(registry.domain(ctx.domain.name)?.nameservers).toEqual([fresh, 'ns1.seed.example']);
  });

  it('issue 11.9: nameservers inside the domain are created after it, with their addresses (glue); without addresses nothing is registered', async () => {
    const name = unique('glue');
    const nameservers = [`ns1.${name}`, `ns2.${name}`, 'ns1.example.net'];
    const nameserverAddresses = { [`ns1.${name}`]: ['192.0.2.1', '2001:db8::1'], [`NS2.${name.toUpperCase()}`]: ['192.0.2.2'] };

    const missing = await failure(registrar.register(domainCtx({ name, nameservers, nameserverAddresses: { [`ns1.${name}`]: ['192.0.2.1'] } })));
    expect(missing).toMatchObject({ retryable: false, remoteCode: '2003', message: expect.stringContaining(`ns2.${name} is inside ${name}`) });
    expect(registry.domain(name)).toBeUndefined();

    const from = registry.frames.length;
    await registrar.register(domainCtx({ name, nameservers, nameserverAddresses }));
    const commands = commandsSince(from);
    expect(commands.slice(commands.indexOf('domain:create'))).toEqual([
      'domain:create', 'domain:info', 'host:check', 'host:create', 'host:create', 'domain:update',
    ]);
    expect(registry.host(`ns1.${name}`)).toEqual({ name: `ns1.${name}`, clID: 'hbreg', addresses: ['192.0.2.1', '2001:db8::1'] });
    expect(registry.host(`ns2.${name}`)?.addresses).toEqual(['192.0.2.2']);
    expect(registry.domain(name)).toMatchObject({ nameservers: ['ns1.example.net', `ns1.${name}`, `ns2.${name}`], hosts: [`ns1.${name}`, `ns2.${name}`] });
  });

  it('issue 11.9: the registry’s <extValue> reason reaches the error (addresses for a host outside the registry’s zones: 2004)', async () => {
    const host = `ns1.${unique('external').replace('.test', '.example')}`;
    const error = await failure(registrar.register(domainCtx({ nameservers: [host], nameserverAddresses: { [host]: ['192.0.2.7'] } })));
    expect(error).toMatchObject({ retryable: false, remoteCode: '2004' });
    expect(error.message).toContain(`${host}: external hosts must not have IP addresses`);
  });

  it('issue 11.9: saveNameservers creates the host objects it adds; an unknown host in a raw hostObj is 2303 naming it', async () => {
    const ctx = domainCtx();
    await registrar.register(ctx);
    const added = `ns9.${unique('later').replace('.test', '.example')}`;
    await registrar.saveNameservers({ ...domainCtx({ name: ctx.domain.name }), nameservers: ['ns1.example.net', added] });
    expect(registry.domain(ctx.domain.name)?.nameservers).toEqual(['ns1.example.net', added]);
    expect(registry.host(added)?.clID).toBe('hbreg');

    const raw = await rawSession(registry, 'hbreg');
    try {
      const update = commandXml(
        `<update><domain:update ${DOMAIN_XMLNS}><domain:name>${ctx.domain.name}</domain:name>` +
          '<domain:add><domain:ns><domain:hostObj>ns1.nowhere.example</domain:hostObj></domain:ns></domain:add></domain:update></update>',
      );
      const answer = await raw.send(update);
      expect(answer).toMatch(/code="2303"[\s\S]*<extValue><value><domain:hostObj[^>]*>ns1.nowhere.example<\/domain:hostObj><\/value><reason>host object ns1.nowhere.example does not exist<\/reason>/);
    } finally {
      raw.close();
    }
  });

  it('issue 11.9: the test registry is strict about host objects (RFC 5732 as Nomulus applies it)', async () => {
    const owner = unique('owner');
    registry.seedDomain({ name: owner, clID: 'otherreg', authInfo: 'Owner-code-1' });
    const ours = domainCtx();
    await registrar.register(ours);
    const raw = await rawSession(registry, 'hbreg');
    const create = (host: string, addrs: string[] = []) => {
      const addrXml = addrs.map((a) => `<host:addr ip="v4">${a}</host:addr>`).join('');
      return raw.send(commandXml(`<create><host:create ${HOST_XMLNS}><host:name>${host}</host:name>${addrXml}</host:create></create>`));
    };
    try {
      expect(await create(`ns1.${ours.domain.name}`)).toMatch(/code="2003"[\s\S]*subordinate hosts must have an IP address/);
      expect(await create('ns1.outside.example', ['192.0.2.1'])).toMatch(/code="2004"[\s\S]*external hosts must not have IP addresses/);
      expect(await create(`ns1.${owner}`, ['192.0.2.1'])).toMatch(/code="2201"[\s\S]*sponsored by another registrar/);
      expect(await create(`ns1.${unique('nosuch')}`, ['192.0.2.1'])).toMatch(/code="2303"[\s\S]*superordinate domain/);
      expect(await create('ns1.bücher.example')).toMatch(/code="2005"[\s\S]*A-labels/);
      expect(await create(`ns1.${ours.domain.name}`, ['300.0.0.1'])).toMatch(/code="2005"[\s\S]*not an IPv4 address/);
      expect(await create(`ns1.${ours.domain.name}`, ['192.0.2.9'])).toContain('code="1000"');
      const attr = commandXml(
        `<update><domain:update ${DOMAIN_XMLNS}><domain:name>${ours.domain.name}</domain:name><domain:add><domain:ns>` +
          '<domain:hostAttr><domain:hostName>ns1.attr.example</domain:hostName></domain:hostAttr></domain:ns></domain:add></domain:update></update>',
      );
      expect(await raw.send(attr)).toMatch(/code="2102"[\s\S]*host objects/);
    } finally {
      raw.close();
    }
  });

  describe('issue 11.9: a registry that takes host attributes (server option hostAttr)', () => {
    const attrRegistry = new EppTestServer(ACCOUNTS, { nameservers: 'hostAttr' });
    const attrServer = (settings: Partial<RegistrarServerSettings> = {}) =>
      server({ caCertificate: attrRegistry.certificate.cert, hostAttr: true, ...settings }, attrRegistry.port);
    beforeAll(() => attrRegistry.start());
    afterAll(() => attrRegistry.stop());

    it('issue 11.9: with hostAttr on, nameservers go inside the domain, glue only for hosts inside it, and no host objects are made', async () => {
      const name = unique('attr');
      const ctx = domainCtx({ name, nameservers: [`ns1.${name}`, 'ns1.example.net'], nameserverAddresses: { [`ns1.${name}`]: ['192.0.2.3'] } }, 5000, attrServer());
      await registrar.register(ctx);
      expect(attrRegistry.domain(name)).toMatchObject({ nameservers: [`ns1.${name}`, 'ns1.example.net'], hosts: [] });
      const sent = attrRegistry.frames.filter((f) => f.direction === 'in' && f.xml.includes('<domain:create'));
      expect(sent.at(-1)?.xml).toContain(`<domain:hostAttr><domain:hostName>ns1.${name}</domain:hostName><domain:hostAddr ip="v4">192.0.2.3</domain:hostAddr></domain:hostAttr>`);
      expect(sent.at(-1)?.xml).toContain('<domain:hostAttr><domain:hostName>ns1.example.net</domain:hostName></domain:hostAttr>');
      expect(commandsSince(0, attrRegistry).filter((c) => c.startsWith('host:'))).toEqual([]);

      await registrar.saveNameservers({ ...domainCtx({ name }, 5000, attrServer()), nameservers: ['ns2.example.net'] });
      expect(attrRegistry.domain(name)?.nameservers).toEqual(['ns2.example.net']);
    });

    it('issue 11.9: without hostAttr the module stops at login with a clear message; the hostObj registry refuses hostAttr (2102)', async () => {
      const error = await failure(registrar.register(domainCtx({}, 5000, attrServer({ hostAttr: false }))));
      expect(error).toMatchObject({ retryable: false, message: expect.stringContaining('turn on "hostAttr"') });
      const wrongWay = await failure(registrar.register(domainCtx({}, 5000, server({ hostAttr: true }))));
      expect(wrongWay).toMatchObject({ retryable: false, remoteCode: '2102', message: expect.stringContaining('host objects (domain:hostObj)') });
    });

    it('issue 11.9: every frame exchanged with the hostAttr registry validates against the XSDs', async () => {
      expect(attrRegistry.frames.filter((f) => f.direction === 'in' && f.valid !== true)).toEqual([]);
      expect(await attrRegistry.validateSentFrames()).toEqual([]);
    });
  });
});

describe('issue 11.9: redemption (RFC 3915) and terminate', () => {
  /** A service domain registered through `create`, old enough to be past its add grace period. */
  async function registeredService(client = ALAN) {
    const name = unique('rgp');
    const created = await registrar.create(commandCtx(name, server(), { client, product: products[0] }));
    registry.backdate(name, 30);
    return { name, moduleData: created.moduleData ?? {} };
  }

  it('issue 11.9: a delete answered 1001 is "pending delete"; a repeated terminate is done; sync says PendingDelete', async () => {
    const { name, moduleData } = await registeredService();
    const from = registry.frames.length;
    const first = await registrar.terminate(commandCtx(name, server(), { moduleData }));
    expect(first).toMatchObject({ moduleData: { registryStatus: 'pendingDelete' }, message: expect.stringContaining('pending delete') });
    expect(registry.frames.slice(from).some((f) => f.direction === 'out' && f.xml.includes('code="1001"'))).toBe(true);
    expect(registry.domain(name)?.statuses).toEqual(['pendingDelete']);

    const deletes = commandsSince(from).filter((c) => c === 'domain:delete').length;
    const again = await registrar.terminate(commandCtx(name, server(), { moduleData }));
    expect(again).toMatchObject({ moduleData: { registryStatus: 'pendingDelete' }, message: expect.stringContaining('already pending delete') });
    expect(commandsSince(from).filter((c) => c === 'domain:delete')).toHaveLength(deletes);

    expect(await registrar.sync(domainCtx({ name, moduleData }))).toMatchObject({ status: 'PendingDelete' });
    // The module logs in with the rgp extension, so its domain:info answers carried the RFC 3915 status;
    // a client that did not ask for the extension gets none.
    expect(registry.frames.slice(from).some((f) => f.direction === 'out' && f.xml.includes('<rgp:rgpStatus s="redemptionPeriod"/>'))).toBe(true);
    const raw = await rawSession(registry, 'hbreg');
    try {
      const info = await raw.send(commandXml(`<info><domain:info ${DOMAIN_XMLNS}><domain:name>${name}</domain:name></domain:info></info>`));
      expect(info).toContain('<domain:status s="pendingDelete"/>');
      expect(info).not.toContain('rgp:');
    } finally {
      raw.close();
    }
  });

  it('issue 11.9: terminate deletes only the registration the service made (its roid), and nothing without one', async () => {
    const name = unique('reused');
    const firstLife = await registrar.create(commandCtx(name, server(), { product: products[0] }));
    await registrar.terminate(commandCtx(name, server(), { moduleData: firstLife.moduleData }));
    const secondLife = await registrar.create(commandCtx(name, server(), { product: products[0] }));
    expect(secondLife.moduleData?.roid).not.toBe(firstLife.moduleData?.roid);

    const stale = await registrar.terminate(commandCtx(name, server(), { moduleData: firstLife.moduleData }));
    expect(stale).toMatchObject({ moduleData: { registryStatus: 'notOurs' }, message: expect.stringContaining('another registration') });
    expect(registry.domain(name)?.roid).toBe(secondLife.moduleData?.roid);

    const unknown = await failure(registrar.terminate(commandCtx(name, server())));
    expect(unknown).toMatchObject({ retryable: false, message: expect.stringContaining('roid') });
    expect(registry.domain(name)).toBeDefined();
  });

  it('issue 11.9: terminate removes the domain’s own host objects first (a domain with subordinate hosts cannot be deleted: 2305)', async () => {
    const name = unique('withhosts');
    const nameserverAddresses = { [`ns1.${name}`]: ['192.0.2.10'] };
    const reg = await registrar.register(domainCtx({ name, nameservers: [`ns1.${name}`, 'ns2.example.net'], nameserverAddresses }));
    registry.backdate(name, 30);
    await expect(registrar.terminate(commandCtx(name, server(), { moduleData: reg.moduleData }))).resolves.toMatchObject({
      moduleData: { registryStatus: 'pendingDelete' },
    });
    expect(registry.host(`ns1.${name}`)).toBeUndefined();
    expect(registry.domain(name)).toMatchObject({ statuses: ['pendingDelete'], hosts: [] });
  });

  it('issue 11.9: create never adopts our domain when it is pendingDelete, on hold, pending transfer or another registrant’s', async () => {
    const deleted = await registeredService();
    await registrar.terminate(commandCtx(deleted.name, server(), { moduleData: deleted.moduleData }));
    const again = await failure(registrar.create(commandCtx(deleted.name, server(), { product: products[0] })));
    expect(again).toMatchObject({ retryable: false, remoteCode: '2304', message: expect.stringContaining('pendingDelete') });

    const held = await registeredService();
    await registrar.suspend({ ...commandCtx(held.name, server(), { moduleData: held.moduleData }), reason: 'abuse' });
    const onHold = await failure(registrar.create(commandCtx(held.name, server(), { product: products[0] })));
    expect(onHold).toMatchObject({ remoteCode: '2304', message: expect.stringContaining('clientHold') });

    const leaving = await registeredService();
    const gaining = await rawSession(registry, 'otherreg');
    try {
      expect(await gaining.send(transferXml('request', leaving.name, registry.domain(leaving.name)?.authInfo))).toContain('code="1001"');
    } finally {
      gaining.close();
    }
    const pending = await failure(registrar.create(commandCtx(leaving.name, server(), { product: products[0] })));
    expect(pending).toMatchObject({ remoteCode: '2304', message: expect.stringContaining('pendingTransfer') });

    const someoneElse = await registeredService();
    const other = await failure(registrar.create(commandCtx(someoneElse.name, server(), { product: products[0], client: { ...ALAN, id: 'client-other' } })));
    expect(other).toMatchObject({ remoteCode: '2302', message: expect.stringContaining('another registrant') });
    // The same client's create (a retry after a lost answer) still adopts it.
    await expect(registrar.create(commandCtx(someoneElse.name, server(), { product: products[0] }))).resolves.toMatchObject({
      moduleData: { roid: someoneElse.moduleData.roid },
    });
  });

  it('issue 11.9: sync reports a pending transfer as ours only when we requested it', async () => {
    const name = unique('thirdparty');
    registry.seedDomain({ name, clID: 'otherreg', authInfo: 'Third-code-1' });
    const third = await rawSession(registry, 'thirdreg');
    try {
      expect(await third.send(transferXml('request', name, 'Third-code-1'))).toContain('code="1001"');
    } finally {
      third.close();
    }
    expect(await registrar.sync(domainCtx({ name }))).toEqual({ status: 'TransferredAway' });
  });
});

describe('issue 11.9: IDN names as A-labels; invalid names are invalid, not taken', () => {
  it('issue 11.9: a U-label domain and nameserver are registered as A-labels', async () => {
    const label = `bücher${++counter}`;
    const ctx = domainCtx({ name: `${label.toUpperCase()}.test`, nameservers: [`ns1.${label}-dns.example`] });
    const result = await registrar.register(ctx);
    const aLabel = new URL(`http://${label}.test`).hostname;
    expect(aLabel).toMatch(/^xn--/);
    expect(registry.domain(aLabel)).toMatchObject({ nameservers: [`ns1.${new URL(`http://${label}-dns.example`).hostname}`] });
    expect(result.message).toContain(aLabel);
    expect(await registrar.getNameservers(domainCtx({ name: `${label}.test` }))).toEqual(registry.domain(aLabel)?.nameservers);
  });

  it('issue 11.9: the test registry takes A-labels only: a U-label is a 2005 syntax error with its reason', async () => {
    const raw = await rawSession(registry, 'hbreg');
    try {
      expect(await raw.send(checkXml('bücher.test'))).toMatch(/code="2005"[\s\S]*<reason>names must be sent as A-labels/);
      expect(await raw.send(checkXml('xn--zz.test'))).toMatch(/code="2005"[\s\S]*not a valid A-label/);
      expect(await raw.send(checkXml('ab--cd.test'))).toMatch(/code="2005"[\s\S]*third and fourth/);
    } finally {
      raw.close();
    }
  });

  it('issue 11.9: an invalid name is reported as invalid before anything is sent, and a name the registry will not take is not "taken"', async () => {
    const from = registry.frames.length;
    for (const bad of ['bad_name.test', 'ab--cd.test', '-lead.test', 'xn--zz.test', 'single']) {
      const error = await failure(registrar.register(domainCtx({ name: bad })));
      expect(error).toMatchObject({ retryable: false, remoteCode: '2005', message: expect.stringContaining('Invalid domain name') });
    }
    expect(registry.frames.length).toBe(from);

    // Valid IDNA, but outside the registry's IDN table: check answers avail="0" with a reason.
    const cyrillic = await failure(registrar.register(domainCtx({ name: `пример${++counter}.test` })));
    expect(cyrillic).toMatchObject({ retryable: false, remoteCode: '2306', message: expect.stringContaining('cannot be registered: Invalid domain name') });
    expect(cyrillic.message).not.toMatch(/taken|already registered/);
    const deep = await failure(registrar.register(domainCtx({ name: `www.${unique('deep')}` })));
    expect(deep).toMatchObject({ remoteCode: '2306', message: expect.stringContaining('cannot be registered: Invalid domain name') });
    const taken = unique('taken');
    registry.seedDomain({ name: taken, clID: 'otherreg', authInfo: 'Taken-code-2' });
    expect((await failure(registrar.register(domainCtx({ name: taken })))).message).toContain('already registered by another registrar');
  });
});

describe('issue 11.9: clTRIDs, the poll queue and client certificates', () => {
  it('issue 11.9: clTRIDs stay unique across parallel connections; the registry refuses a reused one (2306)', async () => {
    const ctx = domainCtx();
    await registrar.register(ctx);
    const from = registry.frames.length;
    await Promise.all(Array.from({ length: 6 }, () => registrar.getNameservers(domainCtx({ name: ctx.domain.name }))));
    const ids = registry.frames.slice(from).filter((f) => f.direction === 'in').map((f) => /<clTRID>([^<]+)<\/clTRID>/.exec(f.xml)?.[1]);
    expect(ids).toHaveLength(6 * 3); // login, info, logout on each connection
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id?.replace(/-\d+$/, ''))).size).toBe(6);

    const reused = newClTRID();
    const check = `<check><domain:check ${DOMAIN_XMLNS}><domain:name>free.test</domain:name></domain:check></check>`;
    const one = await rawSession(registry, 'hbreg');
    const two = await rawSession(registry, 'hbreg');
    try {
      expect(await one.send(commandXml(check, reused))).toContain('code="1000"');
      const twice = await two.send(commandXml(check, reused));
      expect(twice).toMatch(new RegExp(`code="2306"[\\s\\S]*clTRID ${reused} was already used`));
    } finally {
      one.close();
      two.close();
    }
  });

  /** Polls the main registry as hbreg; `fail` makes handling of that message id throw. */
  async function poll(fail?: (m: RegistryMessage) => boolean): Promise<RegistryMessage[]> {
    const seen: RegistryMessage[] = [];
    await registrar.poll!({
      server: server(),
      logger: silentLogger,
      signal: AbortSignal.timeout(5000),
      async handle(message) {
        if (fail?.(message)) throw new Error('could not record it');
        seen.push(message);
      },
    });
    return seen;
  }

  it('issue 11.9: poll reads transfer results with the domain’s new state and acknowledges each message once handled', async () => {
    await poll(); // earlier tests left messages
    const name = unique('pollin');
    registry.seedDomain({ name, clID: 'otherreg', authInfo: 'Pollin-code-1' });
    await registrar.transfer(domainCtx({ name, eppCode: 'Pollin-code-1' }));
    registry.approveTransfer(name);

    // A handler that fails leaves the message queued: it comes again.
    await expect(poll((m) => m.domain === name)).rejects.toThrow('could not record it');
    const messages = await poll();
    expect(messages).toEqual([
      expect.objectContaining({
        domain: name,
        text: 'Transfer approved.',
        transferStatus: 'serverApproved',
        sync: { status: 'Active', expiryDate: yearsFromToday(2), nameservers: ['ns1.seed.example'], transferLocked: false },
      }),
    ]);
    expect(await poll()).toEqual([]);
  });

  it('issue 11.9: poll reports a rejected transfer as Cancelled, a transfer away as TransferredAway, a purged deletion as Cancelled', async () => {
    await poll();
    const rejected = unique('rejected');
    registry.seedDomain({ name: rejected, clID: 'otherreg', authInfo: 'Reject-code-1' });
    await registrar.transfer(domainCtx({ name: rejected, eppCode: 'Reject-code-1' }));
    const loser = await rawSession(registry, 'otherreg');
    const away = domainCtx();
    await registrar.register(away);
    try {
      expect(await loser.send(transferXml('reject', rejected))).toContain('code="1000"');
      expect(await loser.send(transferXml('request', away.domain.name, registry.domain(away.domain.name)?.authInfo))).toContain('code="1001"');
    } finally {
      loser.close();
    }
    registry.approveTransfer(away.domain.name);
    const { name: purged, moduleData } = await (async () => {
      const n = unique('purged');
      const created = await registrar.create(commandCtx(n, server(), { product: products[0] }));
      registry.backdate(n, 30);
      await registrar.terminate(commandCtx(n, server(), { moduleData: created.moduleData }));
      return { name: n, moduleData: created.moduleData };
    })();
    expect(moduleData?.roid).toBeDefined();
    registry.purge(purged);

    const byDomain = Object.fromEntries((await poll()).map((m) => [`${m.domain} ${m.transferStatus ?? m.text}`, m.sync?.status]));
    expect(byDomain).toEqual({
      [`${rejected} clientRejected`]: 'Cancelled',
      [`${away.domain.name} pending`]: 'TransferredAway',
      [`${away.domain.name} serverApproved`]: 'TransferredAway',
      [`${purged} Domain deleted.`]: 'Cancelled',
    });
  });

  describe('issue 11.9: a registry that requires a TLS client certificate', () => {
    const ca = certificateAuthority();
    const certRegistry = new EppTestServer(ACCOUNTS, { clientCa: ca.cert });
    const issued = ca.issue('hbreg');
    const certServer = (settings: Partial<RegistrarServerSettings> = {}) =>
      server({ caCertificate: certRegistry.certificate.cert, ...settings }, certRegistry.port);
    beforeAll(() => certRegistry.start());
    afterAll(() => certRegistry.stop());

    it('issue 11.9: with the certificate the CA issued the session works; without one, or with a foreign one, it does not', async () => {
      const withCert = certServer({ clientCertificate: issued.cert, clientKey: issued.key });
      await expect(registrar.testConnection(withCert, AbortSignal.timeout(5000))).resolves.toMatchObject({ ok: true });
      const ctx = domainCtx({}, 5000, withCert);
      await registrar.register(ctx);
      expect(certRegistry.domain(ctx.domain.name)?.clID).toBe('hbreg');

      const none = await failure(registrar.getNameservers(domainCtx({ name: ctx.domain.name }, 5000, certServer())));
      expect(none).toMatchObject({ retryable: false, remoteCode: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED' });
      const foreign = certificateAuthority('Another CA').issue('hbreg');
      const refused = await registrar.testConnection(certServer({ clientCertificate: foreign.cert, clientKey: foreign.key }), AbortSignal.timeout(5000));
      expect(refused.ok).toBe(false);
      const mismatched = await failure(registrar.getNameservers(domainCtx({}, 5000, certServer({ clientCertificate: issued.cert, clientKey: foreign.key }))));
      expect(mismatched).toMatchObject({ retryable: false, remoteCode: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH' });
    });

    it('issue 11.9: the client key is a secret setting (encrypted at rest), and certificate and key come together', () => {
      expect(secretNames(serverSettingsSchema)).toEqual(['password', 'clientKey']);
      const base = { clientId: 'hbreg', password: 'Reg-pass-1' };
      expect(() => assertMatchesSchema(serverSettingsSchema, { ...base, clientCertificate: issued.cert }, 'settings')).toThrow(/clientKey/);
      const complete = { ...base, clientCertificate: issued.cert, clientKey: issued.key, hostAttr: true };
      expect(() => assertMatchesSchema(serverSettingsSchema, complete, 'settings')).not.toThrow();
    });

    it('issue 11.9: every frame exchanged with the certificate registry validates against the XSDs', async () => {
      expect(certRegistry.frames.filter((f) => f.direction === 'in' && f.valid !== true)).toEqual([]);
      expect(await certRegistry.validateSentFrames()).toEqual([]);
    });
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
