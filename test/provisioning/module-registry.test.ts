import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadModules, startModules, stopModules, type ModuleLog } from '../../src/provisioning/module-registry';

/** A valid module's source; `overrides` is spliced in after the defaults (JS object literal text). */
const moduleSource = (name: string, overrides = '') => `
const noop = async () => ({});
exports.default = {
  name: ${JSON.stringify(name)},
  version: '1.0.0',
  sdkVersion: '^1.0.0',
  kind: 'hosting',
  displayName: 'Test ${name}',
  serverSettingsSchema: { type: 'object', properties: { apiKey: { type: 'string', writeOnly: true } } },
  productOptionsSchema: { type: 'object', properties: { plan: { type: 'string' } } },
  create: noop, suspend: noop, unsuspend: noop, terminate: noop, changePackage: noop,
  ${overrides}
};
`;

describe('PM-2: module discovery (loadModules)', () => {
  let dir: string;
  let warnings: string[];
  const log: ModuleLog = { warn: (message: string) => warnings.push(message) };
  const plugin = (folder: string, source: string, file = 'index.js') => {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, file), source);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plugins-'));
    warnings = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('PM-2: a valid module in a sub-folder loads; folders without an index and plain files are ignored silently', () => {
    plugin('good-panel', moduleSource('good-panel', `changePassword: noop, customCommands: { reboot: { label: 'Reboot', run: noop, inputSchema: { type: 'object' } } },`));
    plugin('assets', 'not a module', 'readme.txt');
    writeFileSync(join(dir, 'notes.js'), 'throw new Error("a file is not a module")');

    const registry = loadModules(dir, log);
    expect([...registry.modules.keys()]).toEqual(['good-panel']);
    expect(registry.modules.get('good-panel')?.customCommands?.reboot.label).toBe('Reboot');
    expect(registry.problems).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('PM-1/PM-2: invalid modules are reported naming the folder and the reason, skipped, and the others still load', () => {
    plugin('good-one', moduleSource('good-one'));
    plugin('missing-command', moduleSource('no-suspend', 'suspend: undefined,'));
    plugin('bad-kind', moduleSource('bad-kind', `kind: 'mail',`));
    plugin('bad-name', moduleSource('Bad_Name'));
    plugin('bad-schema', moduleSource('bad-schema', `productOptionsSchema: { type: 'no-such-type' },`));
    plugin('bad-custom', moduleSource('bad-custom', `customCommands: { wipe: { run: noop } },`));
    plugin('registrar-incomplete', moduleSource('half-registrar', `kind: 'registrar', register: noop,`));
    plugin('optional-not-function', moduleSource('odd', `testConnection: 'yes',`));
    plugin('no-default', 'module.exports = { notDefault: true };');
    plugin('throws', 'throw new Error("boom at require");');
    plugin('good-two', moduleSource('good-two'));

    const registry = loadModules(dir, log);
    expect([...registry.modules.keys()]).toEqual(['good-one', 'good-two']);
    const reasons = Object.fromEntries(registry.problems.map((p) => [p.folder, p.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      ['bad-custom', 'bad-kind', 'bad-name', 'bad-schema', 'missing-command', 'no-default', 'optional-not-function', 'registrar-incomplete', 'throws'],
    );
    expect(reasons['missing-command']).toMatch(/required command suspend/);
    expect(reasons['bad-kind']).toMatch(/kind must be one of hosting, registrar, dns, spamfilter.*"mail"/);
    expect(reasons['bad-name']).toMatch(/kebab-case.*"Bad_Name"/);
    expect(reasons['bad-schema']).toMatch(/productOptionsSchema is not a valid JSON Schema/);
    expect(reasons['bad-custom']).toMatch(/custom command wipe has no label/);
    expect(reasons['registrar-incomplete']).toMatch(/registrar command transfer/);
    expect(reasons['optional-not-function']).toMatch(/optional command testConnection/);
    expect(reasons['no-default']).toMatch(/no default export/);
    expect(reasons.throws).toMatch(/loading failed: boom at require/);
    // Each skipped folder is logged once, naming the folder.
    expect(warnings).toHaveLength(9);
    expect(warnings.find((w) => w.includes('plugins/throws'))).toMatch(/boom at require/);
  });

  it('issue 11.11: a module whose name is not its folder name is skipped with a problem naming both', () => {
    plugin('my-panel', moduleSource('other-panel'));
    const registry = loadModules(dir, log);
    expect(registry.modules.size).toBe(0);
    expect(registry.problems).toEqual([{ folder: 'my-panel', reason: 'its name "other-panel" must equal its folder name "my-panel"' }]);
    expect(warnings).toEqual(['Provisioning module in plugins/my-panel skipped: its name "other-panel" must equal its folder name "my-panel"']);
  });

  it('issue 11.11: two modules claiming one name are both skipped, whichever folder sorts first; the others still load', () => {
    // "a-copy" sorts before "plesk": the old loader let it take the name and receive the Plesk servers' credentials.
    plugin('a-copy', moduleSource('plesk', `version: '6.6.6',`));
    plugin('plesk', moduleSource('plesk'));
    plugin('spam-filter', moduleSource('spam-filter'));
    plugin('z-copy', moduleSource('spam-filter', `version: '6.6.6',`));
    plugin('good-one', moduleSource('good-one'));

    const registry = loadModules(dir, log);
    expect([...registry.modules.keys()]).toEqual(['good-one']);
    expect(registry.problems).toEqual([
      { folder: 'a-copy', reason: 'its name "plesk" must equal its folder name "a-copy"; the name "plesk" is also claimed by plugins/plesk; none of them is loaded' },
      { folder: 'plesk', reason: 'the name "plesk" is also claimed by plugins/a-copy; none of them is loaded' },
      { folder: 'spam-filter', reason: 'the name "spam-filter" is also claimed by plugins/z-copy; none of them is loaded' },
      { folder: 'z-copy', reason: 'its name "spam-filter" must equal its folder name "z-copy"; the name "spam-filter" is also claimed by plugins/spam-filter; none of them is loaded' },
    ]);
    expect(warnings).toHaveLength(4);
  });

  it('PM-2: a plugins folder that does not exist is a reported problem, not a crash', () => {
    const registry = loadModules(join(dir, 'nowhere'), log);
    expect(registry.modules.size).toBe(0);
    expect(registry.problems).toEqual([{ folder: '.', reason: expect.stringMatching(/cannot read plugins folder/) }]);
  });

  it('PM-1/PM-2: the real plugins folder loads plesk, dns-manager, registrar and spam-filter with no problems', () => {
    const registry = loadModules(resolve(__dirname, '../../plugins'), log);
    expect(registry.problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(Object.fromEntries([...registry.modules].map(([name, m]) => [name, m.kind]))).toEqual({
      'dns-manager': 'dns',
      plesk: 'hosting',
      registrar: 'registrar',
      'spam-filter': 'spamfilter',
    });
  });

  it('issue 17.8: init and destroy must be functions; a failing init drops its module, a failing destroy does not stop the others', async () => {
    const hook = (name: string, what: string) => `async ${what}() { require('node:fs').appendFileSync(${JSON.stringify(join(dir, 'hooks.log'))}, '${name} ${what}\\n'); },`;
    plugin('a-failing-destroy', moduleSource('a-failing-destroy', `${hook('a-failing-destroy', 'init')} async destroy() { throw new Error('socket already closed'); },`));
    plugin('b-hooked', moduleSource('b-hooked', `${hook('b-hooked', 'init')} ${hook('b-hooked', 'destroy')}`));
    plugin('c-failing-init', moduleSource('c-failing-init', `async init() { throw new Error('no licence'); }, ${hook('c-failing-init', 'destroy')}`));
    plugin('d-odd-hook', moduleSource('d-odd-hook', `destroy: 'later',`));
    const hooks = () => readFileSync(join(dir, 'hooks.log'), 'utf8').trim().split('\n');

    const registry = loadModules(dir, log);
    expect(registry.problems).toEqual([{ folder: 'd-odd-hook', reason: 'destroy must be a function' }]);
    await startModules(registry, log);
    expect([...registry.modules.keys()]).toEqual(['a-failing-destroy', 'b-hooked']);
    expect(registry.problems[1]).toEqual({ folder: 'c-failing-init', reason: 'init failed: no licence' });
    expect(hooks()).toEqual(['a-failing-destroy init', 'b-hooked init']);

    await stopModules(registry, log);
    expect(hooks()).toEqual(['a-failing-destroy init', 'b-hooked init', 'b-hooked destroy']); // never c-failing-init's
    expect(warnings).toEqual([
      'Provisioning module in plugins/d-odd-hook skipped: destroy must be a function',
      'Provisioning module in plugins/c-failing-init skipped: init failed: no licence',
      'Provisioning module a-failing-destroy: destroy failed: socket already closed',
    ]);
  });
});
