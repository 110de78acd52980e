import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import { ConcurrencyLimit } from '../shared/concurrency-limit';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_ID = 2; // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const ARGON2 = { algorithm: ARGON2_ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/**
 * Issue 10.2: argon2 runs at most PASSWORD_HASH_CONCURRENCY at once in this
 * process; the others wait their turn. Each run takes 19 MiB and a libuv
 * worker thread, so a flood of logins or sign-ups must not take all memory or
 * every thread (which file and DNS work share).
 */
const slots = new ConcurrencyLimit(1);

/** Set once at start-up from PASSWORD_HASH_CONCURRENCY. */
export function setPasswordHashConcurrency(limit: number): void {
  slots.limit = limit;
}

export const hashPassword = (password: string) => slots.run(() => hash(password, ARGON2));

export async function verifyPassword(hashed: string | undefined, password: string): Promise<boolean> {
  if (!hashed) {
    // Spend the same time as a real check so response times do not reveal which accounts exist.
    await hashPassword(password);
    return false;
  }
  return slots.run(() => verify(hashed, password)).catch(() => false);
}

/** A bearer token: 32 random bytes; only its SHA-256 is stored. */
export function newToken(): { token: string; tokenHash: string } {
  const token = `hb_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
