import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../generated';

const MODULES = graphql(`query ModulesModules { modules { name displayName description version kind commands customCommands { name label clientAllowed inputSchema } serverSettingsSchema productOptionsSchema } }`);
const PROBLEMS = graphql(`query ModulesProblems { moduleLoadProblems { folder reason } }`);
const REGISTER = graphql(`mutation ModulesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const MODULE_COMMANDS = graphql(`query ModulesCommands { modules { name kind commands } }`);

/** The part of a module's JSON Schema these tests read. */
type Schema = { type?: string; required?: string[]; properties: Record<string, { writeOnly?: boolean }> };

describe('provisioning modules over GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('PM-2: staff list the four loaded modules with kind, version, commands and schemas', async () => {
    const byName = Object.fromEntries(ok(await t.gql(MODULES, {}, await t.staffToken(StaffRole.SUPPORT))).modules.map((m) => [m.name, m]));
    expect(Object.keys(byName).sort()).toEqual(['dns-manager', 'plesk', 'registrar', 'spam-filter']);
    expect(Object.fromEntries(Object.values(byName).map((m) => [m.name, m.kind]))).toEqual({
      plesk: 'HOSTING',
      'dns-manager': 'DNS',
      registrar: 'REGISTRAR',
      'spam-filter': 'SPAMFILTER',
    });
    for (const m of Object.values(byName)) {
      expect(m.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(m.displayName).toBeTruthy();
      expect(m.commands).toEqual(expect.arrayContaining(['create', 'suspend', 'unsuspend', 'terminate', 'changePackage']));
      expect(m.serverSettingsSchema.type).toBe('object');
      expect(m.productOptionsSchema.type).toBe('object');
    }
  });

  it('PM-1: commands list what each module implements: registrar commands only on the registrar, optional ones where present', async () => {
    const byName = Object.fromEntries(ok(await t.gql(MODULES, {}, await t.staffToken())).modules.map((m) => [m.name, m]));
    expect(byName.registrar.commands).toEqual(
      expect.arrayContaining(['register', 'transfer', 'renew', 'getNameservers', 'saveNameservers', 'getEppCode', 'sync', 'testConnection']),
    );
    expect(byName.plesk.commands).toEqual(expect.arrayContaining(['changePassword', 'testConnection']));
    expect(byName.plesk.commands).not.toContain('register');
    expect(byName['dns-manager'].customCommands.map((c) => c.name)).toContain('replaceRecords');
    const spamCustom = byName['spam-filter'].customCommands;
    expect(spamCustom.length).toBeGreaterThan(0);
    for (const c of spamCustom) {
      expect(c.label).toBeTruthy();
      expect(typeof c.clientAllowed).toBe('boolean');
    }
    expect(spamCustom.some((c) => c.inputSchema?.type === 'object')).toBe(true);
  });

  it('PM-2: the plesk serverSettingsSchema marks its secret fields writeOnly', async () => {
    const plesk = ok(await t.gql(MODULES, {}, await t.staffToken())).modules.find((m) => m.name === 'plesk')!;
    const { properties } = plesk.serverSettingsSchema as Schema;
    expect(properties.password.writeOnly).toBe(true);
    expect(properties.secretKey.writeOnly).toBe(true);
    expect(properties.username.writeOnly).toBeUndefined();
    expect((plesk.productOptionsSchema as Schema).required).toContain('planName');
  });

  it('PM-2: modules is staff only: no token → UNAUTHENTICATED, a client token → FORBIDDEN', async () => {
    expect(errorOf(await t.gql(MODULES)).code).toBe('UNAUTHENTICATED');
    ok(await t.gql(REGISTER, { i: { firstName: 'Mod', lastName: 'Ules', email: 'modules-client@example.com', password: 'client-password-1' } }));
    const client = await t.clientToken('modules-client@example.com', 'client-password-1');
    expect(errorOf(await t.gql(MODULES, {}, client)).code).toBe('FORBIDDEN');
  });

  it('PM-2: moduleLoadProblems is [] for an admin with the real plugins; support → FORBIDDEN', async () => {
    expect(ok(await t.gql(PROBLEMS, {}, await t.staffToken(StaffRole.ADMIN))).moduleLoadProblems).toEqual([]);
    expect(errorOf(await t.gql(PROBLEMS, {}, await t.staffToken(StaffRole.SUPPORT))).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(PROBLEMS)).code).toBe('UNAUTHENTICATED');
  });
});

describe('provisioning modules: a broken plugins folder does not stop the server', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plugins-e2e-'));
    const write = (folder: string, source: string) => {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'index.js'), source);
    };
    const noop = 'async () => ({})';
    write('ok-panel', `exports.default = { name: 'ok-panel', version: '0.1.0', sdkVersion: '^1.0.0', kind: 'dns', displayName: 'OK', serverSettingsSchema: { type: 'object' }, productOptionsSchema: { type: 'object' }, create: ${noop}, suspend: ${noop}, unsuspend: ${noop}, terminate: ${noop}, changePackage: ${noop} };`);
    write('crashing', 'throw new Error("cannot start");');
    // The crashing module's warning is expected: errors only.
    t = await startTestApp({ PLUGINS_DIR: dir, LOG_LEVEL: 'error' });
  });
  afterAll(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('PM-2: PLUGINS_DIR is honoured; the failing folder is skipped and listed in moduleLoadProblems', async () => {
    const admin = await t.staffToken(StaffRole.ADMIN);
    expect(ok(await t.gql(MODULE_COMMANDS, {}, admin)).modules).toEqual([{ name: 'ok-panel', kind: 'DNS', commands: ['create', 'suspend', 'unsuspend', 'terminate', 'changePackage'] }]);
    expect(ok(await t.gql(PROBLEMS, {}, admin)).moduleLoadProblems).toEqual([{ folder: 'crashing', reason: 'loading failed: cannot start' }]);
  });
});
