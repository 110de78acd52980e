import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import type { Config } from '../config';
import { rateLimited } from '../shared/errors';
import { ConcurrencyLimit } from '../shared/concurrency-limit';
import { addressBlock } from './address-block';
import { verifyPassword } from './passwords';

/**
 * Issue 10.2: how password guessing and mass sign-up are held back.
 *
 * Every attempt is counted BEFORE its password is checked, by one
 * INSERT … ON CONFLICT DO UPDATE per key that returns the new count: parallel
 * attempts (aliases, many connections) queue on the row and each gets its own
 * number, so no more than the limit ever reach argon2. Keys:
 * - account + address block: strict (LOGIN_MAX_FAILURES_PER_ACCOUNT_IP per
 *   window); reset by a successful login from there;
 * - address block: strict across accounts (LOGIN_MAX_FAILURES_PER_IP);
 * - account: looser and never a lock. Past LOGIN_MAX_FAILURES_PER_ACCOUNT
 *   attempts each further one must wait 1 s, 2 s, 4 s … (at most half the
 *   window) after the previous one; refused attempts do not count. Address
 *   blocks the account logged in from within LOGIN_KNOWN_ADDRESS_DAYS skip this
 *   key, so failures from elsewhere never keep the owner out of a known place.
 * Refused attempts give their counts back, and a successful check gives its
 * attempt back on the address and account keys: the keys count failed
 * password checks (and checks still running), never refusals.
 */

/** An account as the limits know it: realm and email as typed, whether or not such an account exists. */
export type AccountKey = `${'client' | 'staff'}:${string}`;

export const accountKey = (realm: 'client' | 'staff', email: string): AccountKey => `${realm}:${email.trim().toLowerCase()}`;

/** An attempt that was let through to the password check. */
export interface AdmittedAttempt {
  account: AccountKey;
  block: string;
  /** False from a known address block, which the account key does not slow down. */
  countedOnAccount: boolean;
}

const TOO_MANY_ATTEMPTS = 'Too many login attempts; try again later';

/**
 * Parallel attempts on one key queue on its row lock, each holding a database
 * connection while it waits. At most this many run at once in the process, so
 * a flood of attempts never takes the whole connection pool from other requests.
 */
const bookkeeping = new ConcurrencyLimit(3);

const pairKey = (account: AccountKey, block: string) => `account-address:${account}|${block}`;
const addressKey = (block: string) => `address:${block}`;
const accountOnlyKey = (account: AccountKey) => `account:${account}`;

/**
 * Strict keys refused within the last second: the rest of a burst is answered
 * from here, without database work. Refusals never count, so the answers are
 * the same; a success in this process forgets its keys at once, one in another
 * process is seen within the second.
 */
const recentRefusals = new Map<string, { retryAt: number; rememberedUntil: number }>();
const REMEMBER_REFUSAL_MS = 1000;

/** Seconds to wait when one of `keys` was refused a moment ago. */
function recentlyRefused(keys: string[]): number | undefined {
  const now = Date.now();
  for (const key of keys) {
    const refusal = recentRefusals.get(key);
    if (refusal && refusal.rememberedUntil > now) return Math.max(1, Math.ceil((refusal.retryAt - now) / 1000));
  }
  return undefined;
}

function rememberRefusal(key: string, retryAfterSeconds: number): void {
  const now = Date.now();
  if (recentRefusals.size >= 10_000) {
    for (const [old, refusal] of recentRefusals) if (refusal.rememberedUntil <= now) recentRefusals.delete(old);
  }
  recentRefusals.set(key, { retryAt: now + retryAfterSeconds * 1000, rememberedUntil: now + REMEMBER_REFUSAL_MS });
}

export interface Count {
  key: string;
  attempts: number;
  secondsLeft: number;
}

/**
 * Counts one attempt on each key (fixed windows); returns the new counts.
 *
 * Rows are locked in key order, here and in giveBack, the only statements that
 * lock several rows while others wait on them: two parallel statements never
 * hold one row each while waiting for the other's (a deadlock, answered as a
 * 500). A plain `where key in (…)` locks in table order, which changes as rows
 * are updated.
 */
export async function countAttempts(em: EntityManager, keys: string[], windowSeconds: number): Promise<Map<string, Count>> {
  const rows = await em.execute<{ key: string; attempts: number; seconds_left: number }[]>(
    `insert into login_throttle as t (key, attempts, window_ends_at, last_attempt_at)
     select key, 1, now() + make_interval(secs => ?::int), now() from unnest(array[${keys.map(() => '?').join(', ')}]::text[]) as k(key) order by key
     on conflict (key) do update set
       attempts = case when t.window_ends_at <= now() then 1 else t.attempts + 1 end,
       window_ends_at = case when t.window_ends_at <= now() then excluded.window_ends_at else t.window_ends_at end,
       last_attempt_at = now()
     returning key, attempts, ceil(extract(epoch from t.window_ends_at - now()))::int as seconds_left`,
    [windowSeconds, ...keys],
  );
  return new Map(rows.map((row) => [row.key, { key: row.key, attempts: row.attempts, secondsLeft: Math.max(row.seconds_left, 1) }]));
}

/**
 * Counts a password attempt on `account` from the caller's address block;
 * RATE_LIMITED (with extensions.retryAfterSeconds) when a limit is reached.
 * Call before verifying the password, then passwordAttemptSucceeded on success.
 */
export function admitPasswordAttempt(ctx: RequestContext, account: AccountKey): Promise<AdmittedAttempt> {
  return bookkeeping.run(() => admit(ctx, account));
}

async function admit(ctx: RequestContext, account: AccountKey): Promise<AdmittedAttempt> {
  const { config, em } = ctx;
  const block = addressBlock(ctx.ip);
  const strict = [pairKey(account, block), addressKey(block)];
  const waitNow = recentlyRefused(strict);
  if (waitNow !== undefined) throw rateLimited(TOO_MANY_ATTEMPTS, waitNow);
  const counts = await countAttempts(em, strict, config.loginFailureWindowSeconds);
  const pair = counts.get(strict[0])!;
  const address = counts.get(strict[1])!;
  // A refused attempt gives its count back: only attempts that reach the password check count.
  const refuse = async (retryAfterSeconds: number) => {
    await giveBack(em, strict);
    return rateLimited(TOO_MANY_ATTEMPTS, retryAfterSeconds);
  };
  for (const [count, limit] of [[pair, config.loginMaxFailuresPerAccountIp], [address, config.loginMaxFailuresPerIp]] as const) {
    if (count.attempts > limit) {
      rememberRefusal(count.key, count.secondsLeft);
      throw await refuse(count.secondsLeft);
    }
  }

  if (await isKnownAddress(em, config, account, block)) return { account, block, countedOnAccount: false };
  const waitSeconds = await countOnAccount(em, config, account);
  if (waitSeconds !== undefined) throw await refuse(waitSeconds);
  return { account, block, countedOnAccount: true };
}

/**
 * Counts an attempt on the account key unless it must wait: undefined when
 * counted, else the seconds to wait. The window slides, and the longest wait
 * is half of it, so a steady attacker never sees the count reset.
 */
async function countOnAccount(em: EntityManager, config: Config, account: AccountKey): Promise<number | undefined> {
  const window = config.loginFailureWindowSeconds;
  const free = config.loginMaxFailuresPerAccount;
  const longestWait = Math.max(1, Math.floor(window / 2));
  // The wait before the next attempt once `attempts` reached the free ones (2^30 s is beyond any window).
  const wait = `least(power(2, least(t.attempts - ?::int, 30)), ?::int)`;
  const counted = await em.execute<{ attempts: number }[]>(
    `insert into login_throttle as t (key, attempts, window_ends_at, last_attempt_at)
     values (?, 1, now() + make_interval(secs => ?::int), now())
     on conflict (key) do update set
       attempts = case when t.window_ends_at <= now() then 1 else t.attempts + 1 end,
       window_ends_at = excluded.window_ends_at,
       last_attempt_at = now()
     where t.window_ends_at <= now() or t.attempts < ?::int or t.last_attempt_at + make_interval(secs => ${wait}) <= now()
     returning attempts`,
    [accountOnlyKey(account), window, free, free, longestWait],
  );
  if (counted.length) return undefined;
  const [row] = await em.execute<{ seconds: number }[]>(
    `select ceil(extract(epoch from t.last_attempt_at + make_interval(secs => ${wait}) - now()))::int as seconds
     from login_throttle t where key = ?`,
    [free, longestWait, accountOnlyKey(account)],
  );
  return Math.max(row?.seconds ?? 1, 1);
}

async function isKnownAddress(em: EntityManager, config: Config, account: AccountKey, block: string): Promise<boolean> {
  const rows = await em.execute(
    `select 1 from known_login_address where account = ? and address_block = ? and last_login_at > now() - make_interval(days => ?::int)`,
    [account, block, config.loginKnownAddressDays],
  );
  return rows.length > 0;
}

/** One attempt less on each key; rows are locked in key order (see countAttempts). */
export async function giveBack(em: EntityManager, keys: string[]): Promise<void> {
  await em.execute(
    `update login_throttle t set attempts = greatest(t.attempts - 1, 0)
     from (select key from login_throttle where key in (${keys.map(() => '?').join(', ')}) order by key for update) locked
     where t.key = locked.key`,
    keys,
  );
}

/**
 * After the right password: the account + address counter starts over, the
 * address and account keys get the attempt back, and the address block becomes
 * known for the account.
 */
export function passwordAttemptSucceeded(em: EntityManager, config: Config, attempt: AdmittedAttempt): Promise<void> {
  return bookkeeping.run(() => startOver(em, config, attempt));
}

async function startOver(em: EntityManager, config: Config, attempt: AdmittedAttempt): Promise<void> {
  recentRefusals.delete(pairKey(attempt.account, attempt.block));
  recentRefusals.delete(addressKey(attempt.block));
  await em.execute(`delete from login_throttle where key = ?`, [pairKey(attempt.account, attempt.block)]);
  await giveBack(em, attempt.countedOnAccount ? [addressKey(attempt.block), accountOnlyKey(attempt.account)] : [addressKey(attempt.block)]);
  await em.execute(
    `insert into known_login_address (account, address_block, last_login_at) values (?, ?, now())
     on conflict (account, address_block) do update set last_login_at = now()`,
    [attempt.account, attempt.block],
  );
  // Expired rows go a hundred at a time with successful logins: the tables stay small without a scheduled job.
  // Rows another statement holds are left for the next time, so this never waits on (or deadlocks with) an attempt.
  await em.execute(`delete from login_throttle where key in (select key from login_throttle where window_ends_at < now() limit 100 for update skip locked)`);
  await em.execute(
    `delete from known_login_address where (account, address_block) in
       (select account, address_block from known_login_address where last_login_at < now() - make_interval(days => ?::int) limit 100 for update skip locked)`,
    [config.loginKnownAddressDays],
  );
}

/**
 * A password check outside login (the current password before changing
 * credentials), counted like a login attempt so a stolen session cannot be
 * used to guess the password.
 */
export async function verifyCurrentPassword(ctx: RequestContext, account: AccountKey, hashed: string | undefined, password: string): Promise<boolean> {
  const attempt = await admitPasswordAttempt(ctx, account);
  if (!(await verifyPassword(hashed, password))) return false;
  await passwordAttemptSucceeded(ctx.em, ctx.config, attempt);
  return true;
}

/** Issue 10.2: sign-ups (registerClient) per address block and window, counted before any work. */
export async function admitRegistration(ctx: RequestContext): Promise<void> {
  const key = `registration:${addressBlock(ctx.ip)}`;
  const tooMany = 'Too many sign-ups from this address; try again later';
  const waitNow = recentlyRefused([key]);
  if (waitNow !== undefined) throw rateLimited(tooMany, waitNow);
  const count = (await bookkeeping.run(() => countAttempts(ctx.em, [key], ctx.config.registrationWindowSeconds))).get(key)!;
  if (count.attempts > ctx.config.registrationsPerIp) {
    rememberRefusal(key, count.secondsLeft);
    throw rateLimited(tooMany, count.secondsLeft);
  }
}
