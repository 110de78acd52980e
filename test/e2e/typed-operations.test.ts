import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../..');

describe('issue 17.9: typed test operations', () => {
  it('issue 17.9: test/generated is what GraphQL Code Generator makes of the tests\' graphql(...) operations and schema.graphql (run `npm run codegen:test` when this fails)', async () => {
    // --check writes nothing and exits 1 naming the files it would change (an operation that no longer validates fails too).
    const check = await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'test/codegen.ts', '--check'], {
      cwd: ROOT,
      timeout: 170_000,
    }).catch((error) => error);
    expect({ code: check.code ?? 0, stale: /stale files[^]*/.exec(check.stdout)?.[0], errors: check.code ? check.stderr : '' }).toEqual({ code: 0, stale: undefined, errors: '' });
  }, 180_000);
});
