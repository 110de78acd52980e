import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_ID = 2; // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const ARGON2 = { algorithm: ARGON2_ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(hashed: string | undefined, password: string): Promise<boolean> {
  if (!hashed) {
    // Spend the same time as a real check so response times do not reveal which accounts exist.
    await hash(password, ARGON2);
    return false;
  }
  return verify(hashed, password).catch(() => false);
}

/** A bearer token: 32 random bytes; only its SHA-256 is stored. */
export function newToken(): { token: string; tokenHash: string } {
  const token = `hb_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
