import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { loadModules } from '../../src/provisioning/module-registry';

/**
 * Issue 11.11: the plugin guide's example is a module as written. Its TypeScript
 * blocks (each opening with `// plugins/my-panel/<file>`) are written to a
 * plugins folder, type-checked with the project's compiler settings, and loaded
 * by the real loader.
 */
const ROOT = join(__dirname, '../..');
const README = readFileSync(join(ROOT, 'plugins/README.md'), 'utf8');

function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [, code] of README.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const file = /^\/\/ plugins\/my-panel\/(\S+\.ts)\n/.exec(code)?.[1];
    if (file) files.set(file, code);
  }
  return files;
}

/** Uses the module the way a reader expects typed settings to work; unused @ts-expect-error lines are errors. */
const TYPED_SETTINGS_CHECK = `
import myPanel from './index';
declare const ctx: Parameters<typeof myPanel.create>[0];
export const apiKey: string = ctx.server.settings.apiKey;
export const plan: string = ctx.product.options.plan;
// @ts-expect-error settings are typed: a setting the schema does not declare is an error
export const missing = ctx.server.settings.password;
// @ts-expect-error product options are typed
export const wrong: number = ctx.product.options.plan;
`;

function typeErrors(files: string[]): string[] {
  const configFile = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.slice(ROOT.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('issue 11.11: the plugin guide (plugins/README.md)', () => {
  // Inside the repository, so the example's '@hostbill/plugin-sdk' import resolves as in plugins/.
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(ROOT, '.readme-plugins-'));
    mkdirSync(join(dir, 'my-panel'));
    for (const [file, code] of exampleFiles()) writeFileSync(join(dir, 'my-panel', file), code);
    writeFileSync(join(dir, 'my-panel', 'typed-settings-check.ts'), TYPED_SETTINGS_CHECK);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('issue 11.11: the example has the index and the client the guide describes', () => {
    expect([...exampleFiles().keys()].sort()).toEqual(['index.ts', 'my-panel-client.ts']);
  });

  it('issue 11.11: the example compiles as written, with typed server settings and product options', () => {
    const errors = typeErrors([join(dir, 'my-panel', 'index.ts'), join(dir, 'my-panel', 'typed-settings-check.ts')]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('issue 11.11: the loader loads the example as module my-panel with its commands', () => {
    const warnings: string[] = [];
    const registry = loadModules(dir, { warn: (message: string) => warnings.push(message) });
    expect(registry.problems).toEqual([]);
    expect(warnings).toEqual([]);
    const module = registry.modules.get('my-panel');
    expect(module).toMatchObject({ name: 'my-panel', kind: 'hosting', displayName: 'My Panel' });
    expect(module?.serverSettingsSchema).toMatchObject({ required: ['apiKey'] });
  });
});
