import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../src/config';
import { assertReachableByPostgresUser } from '../src/shared/embedded-postgres';

describe('embedded PostgreSQL data folder (issue 2: npm start on a fresh machine)', () => {
  it('refuses, with a message naming the folder, a DATA_DIR below a folder the postgres user cannot enter', () => {
    const privateDir = mkdtempSync(join(tmpdir(), 'hostbill-private-'));
    chmodSync(privateDir, 0o700);
    expect(() => assertReachableByPostgresUser(join(privateDir, 'project', '.data'))).toThrow(ConfigError);
    expect(() => assertReachableByPostgresUser(join(privateDir, 'project', '.data'))).toThrow(privateDir);
  });

  it('accepts a DATA_DIR whose parents others may enter', () => {
    const openDir = mkdtempSync(join(tmpdir(), 'hostbill-open-'));
    chmodSync(openDir, 0o755);
    mkdirSync(join(openDir, 'project'), { mode: 0o755 });
    expect(() => assertReachableByPostgresUser(join(openDir, 'project', '.data'))).not.toThrow();
  });
});
