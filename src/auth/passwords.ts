import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_ID = 2; // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const ARGON2 = { algorithm: ARGON2_ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/**
 * Issue 10.2: at most `limit` argon2 runs at once in this process; the others
 * wait their turn. Each run takes 19 MiB and a libuv worker thread, so a flood
 * of logins or sign-ups must not take all memory or every thread (which file
 * and DNS work share).
 */
class HashingSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(public limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next waiting run, if any.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

const slots = new HashingSlots(2);

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
