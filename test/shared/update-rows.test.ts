import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { typeScriptFiles } from '../support/source-files';

const ROOT = join(__dirname, '..', '..');

describe('set-based updates', () => {
  it('every em.nativeUpdate outside updateRows says why it is not a change of the record (updatedAt stays)', () => {
    const unexplained = ['src', 'plugins'].flatMap((dir) => typeScriptFiles(join(ROOT, dir)))
      .filter((file) => !file.endsWith(join('shared', 'update-rows.ts')))
      .flatMap((file) => {
        const lines = readFileSync(file, 'utf8').split('\n');
        return lines.flatMap((line, i) =>
          line.includes('.nativeUpdate(') && !/\/\/ Not a change\b/.test(lines[i - 1] ?? '') ? [`${relative(ROOT, file)}:${i + 1}`] : []);
      });
    expect(unexplained).toEqual([]);
  });
});
