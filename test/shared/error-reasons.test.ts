import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_REASONS } from '../../src/shared/error-reasons';
import { typeScriptFiles } from '../support/source-files';

const ROOT = join(__dirname, '..', '..');

/** The rows of the README's reason table (the one headed `| Reason | Meaning |`). */
function readmeReasons(): Record<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const table = /^\| Reason \| Meaning \|\n\| --- \| --- \|\n((?:\|.*\|\n)*)/m.exec(readme)?.[1] ?? '';
  return Object.fromEntries([...table.matchAll(/^\| `([A-Z_]+)` \| (.+) \|$/gm)].map(([, reason, meaning]) => [reason, meaning]));
}

describe('error reasons', () => {
  it('issue 17.6: the README lists exactly the reasons of src/shared/error-reasons.ts, with the same meanings', () => {
    expect(readmeReasons()).toEqual(ERROR_REASONS);
  });

  it('issue 17.6: every listed reason is given by some failure of the server (no reason the API never answers)', () => {
    const code = typeScriptFiles(join(ROOT, 'src'))
      .filter((file) => !file.endsWith('error-reasons.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(ERROR_REASONS).filter((reason) => !code.includes(`'${reason}'`));
    expect(unused).toEqual([]);
  });
});
