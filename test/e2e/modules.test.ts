import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, startTestApp, type TestApp } from '../support/test-app';

const MODULES = `{ modules { name displayName description version kind commands customCommands { name label clientAllowed inputSchema } serverSettingsSchema productOptionsSchema } }`;
const PROBLEMS = `{ moduleLoadProblems { folder reason } }`;

describe('provisioning modules over GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('PM-2: staff list the four loaded modules with kind, version, commands and schemas', async () => {
    const res = await t.gql(MODULES, {}, await t.staffToken(StaffRole.SUPPORT));
    expect(res.errors).toBeUndefined();
    const byName = Object.fromEntries(res.data.modules.map((m: any) => [m.name, m]));
    expect(Object.keys(byName).sort()).toEqual(['dns-manager', 'plesk', 'registrar', 'spam-filter']);
    expect(Object.fromEntries(Object.values(byName).map((m: any) => [m.name, m.kind]))).toEqual({
      plesk: 'HOSTING',
      'dns-manager': 'DNS',
      registrar: 'REGISTRAR',
      'spam-filter': 'SPAMFILTER',
    });
    for (const m of Object.values(byName) as any[]) {
      expect(m.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(m.displayName).toBeTruthy();
      expect(m.commands).toEqual(expect.arrayContaining(['create', 'suspend', 'unsuspend', 'terminate', 'changePackage']));
      expect(m.serverSettingsSchema.type).toBe('object');
      expect(m.productOptionsSchema.type).toBe('object');
    }
  });

  it('PM-1: commands list what each module implements: registrar commands only on the registrar, optional ones where present', async () => {
    const res = await t.gql(MODULES, {}, await t.staffToken());
    const byName = Object.fromEntries(res.data.modules.map((m: any) => [m.name, m]));
    expect(byName.registrar.commands).toEqual(
      expect.arrayContaining(['register', 'transfer', 'renew', 'getNameservers', 'saveNameservers', 'getEppCode', 'sync', 'testConnection']),
    );
    expect(byName.plesk.commands).toEqual(expect.arrayContaining(['changePassword', 'testConnection']));
    expect(byName.plesk.commands).not.toContain('register');
    expect(byName['dns-manager'].customCommands.map((c: any) => c.name)).toContain('replaceRecords');
    const spamCustom = byName['spam-filter'].customCommands;
    expect(spamCustom.length).toBeGreaterThan(0);
    for (const c of spamCustom) {
      expect(c.label).toBeTruthy();
      expect(typeof c.clientAllowed).toBe('boolean');
    }
    expect(spamCustom.some((c: any) => c.inputSchema?.type === 'object')).toBe(true);
  });

  it('PM-2: the plesk serverSettingsSchema marks its secret fields writeOnly', async () => {
    const res = await t.gql(MODULES, {}, await t.staffToken());
    const plesk = res.data.modules.find((m: any) => m.name === 'plesk');
    expect(plesk.serverSettingsSchema.properties.password.writeOnly).toBe(true);
    expect(plesk.serverSettingsSchema.properties.secretKey.writeOnly).toBe(true);
    expect(plesk.serverSettingsSchema.properties.username.writeOnly).toBeUndefined();
    expect(plesk.productOptionsSchema.required).toContain('planName');
  });

  it('PM-2: modules is staff only: no token → UNAUTHENTICATED, a client token → FORBIDDEN', async () => {
    expect(errorOf(await t.gql(MODULES)).code).toBe('UNAUTHENTICATED');
    const reg = await t.gql(`mutation($i: RegisterClientInput!) { registerClient(input: $i) { id } }`, {
      i: { firstName: 'Mod', lastName: 'Ules', email: 'modules-client@example.com', password: 'client-password-1' },
    });
    expect(reg.errors).toBeUndefined();
    const client = await t.clientToken('modules-client@example.com', 'client-password-1');
    expect(errorOf(await t.gql(MODULES, {}, client)).code).toBe('FORBIDDEN');
  });

  it('PM-2: moduleLoadProblems is [] for an admin with the real plugins; support → FORBIDDEN', async () => {
    const admin = await t.gql(PROBLEMS, {}, await t.staffToken(StaffRole.ADMIN));
    expect(admin.errors).toBeUndefined();
    expect(admin.data.moduleLoadProblems).toEqual([]);
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
    const modules = await t.gql(`{ modules { name kind commands } }`, {}, admin);
    expect(modules.data.modules).toEqual([{ name: 'ok-panel', kind: 'DNS', commands: ['create', 'suspend', 'unsuspend', 'terminate', 'changePackage'] }]);
    const problems = await t.gql(PROBLEMS, {}, admin);
    expect(problems.data.moduleLoadProblems).toEqual([{ folder: 'crashing', reason: 'loading failed: cannot start' }]);
  });
});
