import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decryptSecret, encryptSecret, loadOrCreateKeyFile, parseSecretsKey, SecretDecryptionError } from '../../src/shared/secrets';
import { ConfigError, loadConfig, resolveSecretsKey } from '../../src/config';

const key = Buffer.alloc(32, 1);
const otherKey = Buffer.alloc(32, 2);

describe('secrets at rest (AES-256-GCM)', () => {
  it('round-trips a value and never stores it in plain text', () => {
    const stored = encryptSecret(key, 'hunter2-très-secret');
    expect(stored).not.toContain('hunter2');
    expect(stored).toMatch(/^v1:/);
    expect(decryptSecret(key, stored)).toBe('hunter2-très-secret');
  });

  it('uses a fresh IV per value: the same secret encrypts differently each time', () => {
    expect(encryptSecret(key, 'same')).not.toBe(encryptSecret(key, 'same'));
  });

  it('refuses a wrong key and a tampered value (the auth tag is checked)', () => {
    const stored = encryptSecret(key, 'value');
    expect(() => decryptSecret(otherKey, stored)).toThrow(SecretDecryptionError);
    const [v, iv, tag, data] = stored.split(':');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] ^= 1;
    expect(() => decryptSecret(key, [v, iv, tag, flipped.toString('base64')].join(':'))).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(key, 'not-a-secret')).toThrow(SecretDecryptionError);
  });

  it.each([
    ['32 bytes', Buffer.alloc(32, 9).toString('base64'), true],
    ['16 bytes', Buffer.alloc(16, 9).toString('base64'), false],
    ['not base64', '!!!!', false],
    ['empty', '', false],
  ])('parseSecretsKey: %s', (_label, raw, valid) => {
    expect(parseSecretsKey(raw) !== undefined).toBe(valid);
  });

  it('SECRETS_KEY is validated without echoing its value', () => {
    expect(loadConfig({ SECRETS_KEY: Buffer.alloc(32, 3).toString('base64') }).secretsKey).toEqual(Buffer.alloc(32, 3));
    try {
      loadConfig({ SECRETS_KEY: 'short-secret-value' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('SECRETS_KEY');
      expect((error as Error).message).not.toContain('short-secret-value');
    }
  });

  it('with DATABASE_URL and no SECRETS_KEY the server refuses to start with a clear message', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://localhost/x' });
    expect(() => resolveSecretsKey(config)).toThrow(/SECRETS_KEY is required with DATABASE_URL/);
  });

  it('with the embedded database and no SECRETS_KEY a key is generated once in DATA_DIR/secrets.key (mode 600)', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'secrets-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    const first = resolveSecretsKey(config);
    expect(first).toHaveLength(32);
    const file = join(dataDir, 'secrets.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveSecretsKey(config)).toEqual(first);
    expect(loadOrCreateKeyFile(file)).toEqual(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
  });
});
