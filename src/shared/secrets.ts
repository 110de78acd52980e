/**
 * Secrets at rest: AES-256-GCM with a random 12-byte IV per value and the
 * authentication tag stored beside the ciphertext. The key (32 bytes) comes
 * from SECRETS_KEY (base64) or, with the embedded database, from
 * DATA_DIR/secrets.key (generated on first start, mode 600).
 * Plain values never get a GraphQL field and never reach a log.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SECRETS_KEY_BYTES = 32;

/** A base64 string of exactly 32 bytes, else undefined. */
export function parseSecretsKey(raw: string): Buffer | undefined {
  const text = raw.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  const key = Buffer.from(text, 'base64');
  return key.length === SECRETS_KEY_BYTES ? key : undefined;
}

/** "v1:<base64 iv>:<base64 tag>:<base64 ciphertext>" */
export function encryptSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64'), tag.toString('base64'), ciphertext.toString('base64')].join(':');
}

export class SecretDecryptionError extends Error {
  constructor() {
    super('A stored secret cannot be decrypted: wrong SECRETS_KEY or damaged value');
    this.name = 'SecretDecryptionError';
  }
}

export function decryptSecret(key: Buffer, stored: string): string {
  const parts = stored.split(':');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretDecryptionError();
  const [, iv, tag, ciphertext] = parts.map((p, i) => (i === 0 ? Buffer.alloc(0) : Buffer.from(p, 'base64')));
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretDecryptionError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretDecryptionError();
  }
}

/** Reads the key file, creating it (32 random bytes, base64, mode 600) when missing. */
export function loadOrCreateKeyFile(path: string): Buffer {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(SECRETS_KEY_BYTES).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  chmodSync(path, 0o600);
  const key = parseSecretsKey(readFileSync(path, 'utf8'));
  if (!key) throw new Error(`${path} does not hold a base64 key of ${SECRETS_KEY_BYTES} bytes`);
  return key;
}
