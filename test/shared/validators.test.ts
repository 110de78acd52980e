/**
 * Issue 12 (RSS): class-validator is loaded decorator by decorator
 * (src/shared/validators.ts), not through its index, which brings ~280
 * modules and ~3 MiB of heap the server never uses.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import * as classValidator from 'class-validator';
import * as validators from '../../src/shared/validators';
import { buildServer, ROOT } from '../support/server-process';
import { typeScriptFiles } from '../support/source-files';

class Named {
  @validators.Length(2, 5)
  name!: string;
}

describe('class-validator without its index (issue 12)', () => {
  it('issue 12: each decorator and function is class-validator\'s own export', () => {
    for (const [name, value] of Object.entries(validators)) {
      if (name === 'validate') continue;
      // The name in the expectation says which export differs.
      expect([name, value === (classValidator as Record<string, unknown>)[name]]).toEqual([name, true]);
    }
  });

  it('issue 12: validate finds what class-validator\'s own validate finds', async () => {
    const tooLong = Object.assign(new Named(), { name: 'far too long' });
    const mine = await validators.validate(tooLong);
    expect(mine.map((error) => [error.property, Object.keys(error.constraints ?? {})])).toEqual([['name', ['isLength']]]);
    expect(mine).toEqual(await classValidator.validate(tooLong));
    expect(await validators.validate(Object.assign(new Named(), { name: 'ok' }))).toEqual([]);
  });

  it('issue 12: the server\'s code imports class-validator at run time only through src/shared/validators.ts', () => {
    const importers = ['src', 'plugins', 'packages']
      .flatMap((dir) => typeScriptFiles(join(ROOT, dir)))
      .filter((file) => /^import (?!type )[^;]*from 'class-validator'|require\('class-validator'\)/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(importers).toEqual([]);
  });

  it('issue 12: the compiled server, all its modules loaded, has not loaded class-validator\'s index', async () => {
    await buildServer();
    const script = `require('./dist/src/app.js');
      const loaded = Object.keys(require.cache).filter((file) => file.includes('/node_modules/class-validator/')).map((file) => file.split('/node_modules/class-validator/')[1]);
      console.log(JSON.stringify(loaded));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: ROOT });
    const loaded: string[] = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(loaded).toContain('cjs/decorator/string/Length.js');
    expect(loaded).not.toContain('cjs/index.js');
    expect(loaded.filter((file) => file.startsWith('cjs/decorator/')).length).toBeLessThan(20);
  }, 600_000);
});
