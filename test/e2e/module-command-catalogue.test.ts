/**
 * Issue 17.3: one table-driven test over every command of the catalogue
 * (src/provisioning/module-command-catalogue.ts). Service commands run through
 * GraphQL and the real job runner against a recording module loaded by the real
 * loader from PLUGINS_DIR; registrar commands, not reachable through GraphQL yet,
 * are checked where the catalogue already acts: the loader and their input parsers.
 *
 * Issue 17.8: the same app checks the SDK version check and the init/destroy hooks.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SDK_VERSION } from '@hostbill/plugin-sdk';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { assertKnownInput, MODULE_COMMANDS, type StandardCommand } from '../../src/provisioning/module-command-catalogue';
import { validateModule } from '../../src/provisioning/module-registry';
import { waitFor } from '../support/wait';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { keyOf } from '../support/ids';
import { localToday } from '../../src/shared/clock';
import { createClient, createProduct, createServer, createService, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { ServiceStatus } from '../generated/graphql';

const RUN = graphql(`mutation ModuleCommandCatalogueRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status } }`);
const JOB = graphql(`query ModuleCommandCatalogueJob($id: ID!) { moduleJob(id: $id) { status } }`);
const SERVICE = graphql(`query ModuleCommandCatalogueService($id: ID!) { service(id: $id) { status suspensionReason terminationDate passwordSet product { id } } }`);
const QUEUE = graphql(`query ModuleCommandCatalogueQueue($s: ID!) { moduleQueue(filter: { serviceId: $s, status: [QUEUED, RUNNING, RETRYING, SUCCEEDED, FAILED] }, first: 10) { totalCount } }`);
const ACTIVITY = graphql(`query ModuleCommandCatalogueActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action actorType staff { id } details } } } }`);
const PROBLEMS = graphql(`query ModuleCommandCatalogueProblems { moduleLoadProblems { folder reason } }`);
const MODULES = graphql(`query ModuleCommandCatalogueModules { modules { name } }`);

/** A module that implements every service command and records the context each call got. */
const RECORDER = `
const { appendFileSync } = require('node:fs');
const { join } = require('node:path');
const record = (line) => appendFileSync(join(__dirname, 'calls.jsonl'), JSON.stringify(line) + '\\n');
const command = (name) => async (ctx) => {
  record({
    command: name, service: ctx.service.id, product: ctx.product.name, previousProduct: ctx.previousProduct && ctx.previousProduct.name,
    reason: ctx.reason, newPassword: ctx.newPassword, client: ctx.client.email, idempotencyKey: ctx.idempotencyKey,
  });
  return { moduleData: { last: name } };
};
exports.default = {
  name: 'recorder', version: '1.0.0', sdkVersion: '^1.0.0', kind: 'hosting', displayName: 'Recorder',
  serverSettingsSchema: { type: 'object' }, productOptionsSchema: { type: 'object' },
  create: command('create'), suspend: command('suspend'), unsuspend: command('unsuspend'), terminate: command('terminate'),
  changePackage: command('changePackage'), changePassword: command('changePassword'),
  async init(ctx) { record({ hook: 'init', logger: typeof ctx.logger.warn }); },
  async destroy() { record({ hook: 'destroy' }); },
};
`;
/** A valid module but for its sdkVersion; `extra` is spliced into the object literal. */
const otherModule = (name: string, extra: string) => `
const noop = async () => ({});
exports.default = {
  name: '${name}', version: '1.0.0', kind: 'hosting', displayName: '${name}', serverSettingsSchema: { type: 'object' }, productOptionsSchema: { type: 'object' },
  create: noop, suspend: noop, unsuspend: noop, terminate: noop, changePackage: noop, ${extra}
};
`;

type Status = Extract<ServiceStatus, 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED'>;
interface ServiceCase {
  from: Status;
  /** A status it may not run from. */
  refusedFrom: Status;
  input?: (products: { other: string }) => Record<string, unknown>;
  /** Refused input and the field named. */
  badInput?: [Record<string, unknown>, string];
  /** What the module's context carried besides the common part. */
  context: Record<string, unknown>;
  after: (known: { other: string; main: string; today: string }) => Record<string, unknown>;
}
interface DomainCase {
  /** Input the parser accepts and what it stores. */
  accepts: [Record<string, unknown>, Record<string, unknown>];
  /** Input the parser refuses, or undefined when the command takes none. */
  refuses?: Record<string, unknown>;
}

/** Every catalogue command, by name: a new entry in the catalogue does not compile here until it has a case. */
const CASES: Record<StandardCommand, ServiceCase | DomainCase> = {
  create: { from: 'PENDING', refusedFrom: 'ACTIVE', context: {}, after: () => ({ status: 'ACTIVE' }) },
  suspend: {
    from: 'ACTIVE', refusedFrom: 'PENDING', input: () => ({ reason: '  Abuse report 7  ' }), badInput: [{ reason: 42 }, 'reason'],
    context: { reason: 'Abuse report 7' }, after: () => ({ status: 'SUSPENDED', suspensionReason: 'Abuse report 7' }),
  },
  unsuspend: { from: 'SUSPENDED', refusedFrom: 'ACTIVE', context: {}, after: () => ({ status: 'ACTIVE', suspensionReason: null }) },
  terminate: { from: 'SUSPENDED', refusedFrom: 'TERMINATED', context: {}, after: ({ today }) => ({ status: 'TERMINATED', terminationDate: today }) },
  changePackage: {
    from: 'ACTIVE', refusedFrom: 'PENDING', input: ({ other }) => ({ productId: other }), badInput: [{ productId: 'no such product' }, 'productId'],
    context: { product: 'Recorder large', previousProduct: 'Recorder small' }, after: ({ other }) => ({ status: 'ACTIVE', product: { id: other } }),
  },
  changePassword: {
    from: 'ACTIVE', refusedFrom: 'PENDING', input: () => ({ password: 'a-new-secret-9' }), badInput: [{ password: 'short' }, 'password'],
    context: { newPassword: 'a-new-secret-9' }, after: () => ({ status: 'ACTIVE', passwordSet: true }),
  },
  register: { accepts: [{ years: 2 }, { years: 2 }], refuses: { years: 11 } },
  transfer: { accepts: [{ eppCode: ' Xy-42 ' }, { eppCode: 'Xy-42', years: 1 }], refuses: { eppCode: ' ', years: 1 } },
  renew: { accepts: [{}, { years: 1 }], refuses: { years: 1.5 } },
  sync: { accepts: [{}, {}] },
  getNameservers: { accepts: [{}, {}] },
  saveNameservers: { accepts: [{ nameservers: ['NS1.example.net', 'ns2.example.net'] }, { nameservers: ['ns1.example.net', 'ns2.example.net'] }], refuses: { nameservers: ['ns1.example.net'] } },
  getEppCode: { accepts: [{}, {}] },
  lock: { accepts: [{}, {}] },
  unlock: { accepts: [{}, {}] },
  release: { accepts: [{ tag: ' OTHER-REG ' }, { tag: 'OTHER-REG' }], refuses: { tag: '' } },
};
const isServiceCase = (c: ServiceCase | DomainCase): c is ServiceCase => 'from' in c;

describe('issue 17.3: every catalogue command, table-driven', () => {
  let t: TestApp;
  let dir: string;
  let admin: string;
  let clientId: string;
  let clientEmail: string;
  let serverId: string;
  let products: { main: string; other: string };
  let seq = 0;
  let stopped = false;

  const calls = (): Record<string, unknown>[] => {
    const file = join(dir, 'recorder', 'calls.jsonl');
    return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line)) : [];
  };
  const serviceIn = (status: Status) => createService(t, admin, {
    clientId, productId: products.main, serverId, status, domain: `cat${++seq}.example`, password: 'saved-secret-1', billingCycle: 'MONTHLY', recurringAmount: '1.00',
  });
  const finished = async (jobId: string) => {
    let status = '';
    await waitFor(async () => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes((status = ok(await t.gql(JOB, { id: jobId }, admin)).moduleJob?.status ?? '')), { what: `job ${jobId}`, timeoutMs: 8000 });
    return status;
  };
  const jobCount = async (serviceId: string) => ok(await t.gql(QUEUE, { s: serviceId }, admin)).moduleQueue.totalCount;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'catalogue-plugins-'));
    const plugin = (folder: string, source: string) => {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'index.js'), source);
    };
    plugin('recorder', RECORDER);
    plugin('future-sdk', otherModule('future-sdk', `sdkVersion: '^2.0.0',`));
    plugin('no-sdk-version', otherModule('no-sdk-version', ''));
    plugin('failing-init', otherModule('failing-init', `sdkVersion: '^1.0.0', async init() { throw new Error('license server unreachable'); },`));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    t = await startTestApp({ PLUGINS_DIR: dir, JOBS_POLL_MS: '50' });
    warn.mockRestore();
    admin = await t.staffToken(StaffRole.ADMIN);
    ({ id: clientId, email: clientEmail } = await createClient(t, admin, { firstName: 'Cata', lastName: 'Logue', email: uniqueEmail('catalogue'), password: 'client-password-1', currency: 'EUR' }));
    serverId = await createServer(t, admin, { name: 'recorder-1', module: 'recorder', hostname: 'recorder.example', settings: {} });
    const product = (name: string) => createProduct(t, admin, { name, type: 'OTHER', module: 'recorder', productOptions: {} });
    products = { main: await product('Recorder small'), other: await product('Recorder large') };
  });
  afterAll(async () => {
    if (!stopped) await t?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('issue 17.3: the table covers exactly the catalogue', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(MODULE_COMMANDS).sort());
  });

  describe.each(Object.entries(CASES).filter(([, c]) => isServiceCase(c)) as [StandardCommand, ServiceCase][])('issue 17.3: service command %s', (command, c) => {
    it(`issue 17.3: ${command} is refused from ${c.refusedFrom}${c.badInput ? ' and with bad input' : ''}, queueing nothing`, async () => {
      const refused = await serviceIn(c.refusedFrom);
      expect(errorOf(await t.gql(RUN, { s: refused, c: command, i: c.input?.(products) }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'command' });
      const service = await serviceIn(c.from);
      expect((await t.gql(RUN, { s: service, c: command, i: { unknownField: 1 } }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'unknownField'] });
      if (c.badInput) {
        expect(errorOf(await t.gql(RUN, { s: service, c: command, i: c.badInput[0] }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: c.badInput[1] });
      }
      expect(await jobCount(refused)).toBe(0);
      expect(await jobCount(service)).toBe(0);
    });

    it(`issue 17.3: ${command} from ${c.from} runs as a job, hands the module its extra context and leaves the service as the catalogue says`, async () => {
      const service = await serviceIn(c.from);
      const before = calls().length;
      const job = ok(await t.gql(RUN, { s: service, c: command, i: c.input?.(products) }, admin)).runModuleCommand;
      expect(await finished(job.id)).toBe('SUCCEEDED');
      const made = calls().slice(before);
      expect(made).toHaveLength(1);
      expect(made[0]).toEqual({
        command,
        service: String(keyOf(service)),
        product: 'Recorder small',
        client: clientEmail,
        idempotencyKey: `service-${keyOf(service)}-${command}-${keyOf(job.id)}`,
        ...c.context,
      });
      expect(ok(await t.gql(SERVICE, { id: service }, admin)).service).toMatchObject(c.after({ ...products, today: localToday(t.config.automation) }));
    });
  });

  describe.each(Object.entries(CASES).filter(([, c]) => !isServiceCase(c)) as [StandardCommand, DomainCase][])('issue 17.3: registrar command %s', (command, c) => {
    const spec = MODULE_COMMANDS[command];

    it(`issue 17.3: a registrar module without ${command} is a load problem unless it is optional; other kinds need not have it`, () => {
      const noop = async () => ({});
      const registrar: Record<string, unknown> = {
        name: 'half-registrar', version: '1.0.0', sdkVersion: `^${SDK_VERSION}`, kind: 'registrar', displayName: 'Half', serverSettingsSchema: { type: 'object' }, productOptionsSchema: { type: 'object' },
        ...Object.fromEntries(Object.keys(MODULE_COMMANDS).filter((name) => name !== 'changePassword').map((name) => [name, noop])),
      };
      expect(validateModule(registrar)).toBeUndefined();
      // Issue 15.1: lock, unlock and release are optional (SDK 1.4.0); when present they must be functions.
      if (spec.requiredFor === 'none') {
        expect(validateModule({ ...registrar, [command]: undefined })).toBeUndefined();
        expect(validateModule({ ...registrar, [command]: 'yes' })).toBe(`optional command ${command} is not a function`);
      } else expect(validateModule({ ...registrar, [command]: undefined })).toBe(`registrar command ${command} is missing or not a function`);
      expect(validateModule({ ...registrar, kind: 'hosting', [command]: undefined })).toBeUndefined();
    });

    it(`issue 17.3: ${command}'s input check and parser store what the domain job will get and refuse bad input`, () => {
      if (spec.target !== 'domain') throw new Error(`${command} is not a domain command`);
      expect(() => assertKnownInput(command, spec, { ...c.accepts[0], unknownField: 1 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.unknownField' }));
      expect(spec.parseInput(c.accepts[0])).toEqual(c.accepts[1]);
      if (c.refuses) expect(() => spec.parseInput(c.refuses!)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    });
  });

  it('issue 17.5: a module job records its result as the system, naming the staff member who queued it', async () => {
    const service = await serviceIn('PENDING');
    const job = ok(await t.gql(RUN, { s: service, c: 'create' }, admin)).runModuleCommand.id;
    expect(await finished(job)).toBe('SUCCEEDED');
    const entries = ok(await t.gql(ACTIVITY, { f: { clientId } }, admin)).activityLog.edges.map((e) => e.node);
    const queued = entries.find((e) => e.action === 'service.moduleCommand' && e.details?.command === 'create');
    const result = entries.find((e) => e.action === 'service.moduleCommand.succeeded' && e.details?.jobId === queued?.details?.jobId);
    expect(queued).toMatchObject({ actorType: 'STAFF' });
    // Records named by the ids the API gives them (issue 13.3).
    expect(result).toMatchObject({ actorType: 'SYSTEM', staff: null, details: { command: 'create', jobId: job, queuedByStaffId: queued?.staff?.id } });
  });

  it('issue 17.8: a module built for another SDK range, or declaring none, is a load problem; so is a failing init', async () => {
    const problems = ok(await t.gql(PROBLEMS, {}, admin)).moduleLoadProblems;
    expect(problems).toEqual(expect.arrayContaining([
      { folder: 'future-sdk', reason: `it was built for plugin SDK ^2.0.0, and this server's SDK is ${SDK_VERSION}: rebuild it against this SDK or use a server whose SDK it supports` },
      { folder: 'no-sdk-version', reason: `sdkVersion must be the semver range of the plugin SDK the module was built for (e.g. "^${SDK_VERSION}"), got undefined` },
      { folder: 'failing-init', reason: 'init failed: license server unreachable' },
    ]));
    expect(problems).toHaveLength(3);
    const modules = ok(await t.gql(MODULES, {}, admin)).modules;
    expect(modules).toEqual([{ name: 'recorder' }]);
  });

  it('issue 17.8: init runs once at start, before any command; destroy once on a graceful stop', async () => {
    const hooks = () => calls().filter((line) => line.hook);
    expect(calls()[0]).toEqual({ hook: 'init', logger: 'function' });
    expect(hooks()).toEqual([{ hook: 'init', logger: 'function' }]);
    await t.stop();
    stopped = true;
    expect(hooks()).toEqual([{ hook: 'init', logger: 'function' }, { hook: 'destroy' }]);
  });
});
