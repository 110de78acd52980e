/**
 * Issue 10.2: argon2 runs on a worker thread. A check made on the event loop
 * (e.g. a library's hashSync/verifySync) would stop every other request of
 * the process for its whole duration, and a burst of logins would stall the
 * server; the login-throttling tests' /health probes cannot see that reliably
 * on a busy machine, this can: a 1 ms timer gets its turns while the check runs.
 */
import { hashPassword, verifyPassword } from '../../src/auth/passwords';

/** How often a 1 ms timer fired while `work` ran: 0 when the work held the event loop from start to end. */
async function timerTurnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  const timer = setInterval(() => turns++, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return turns;
}

describe('issue 10.2: password hashing does not hold the event loop', () => {
  let hashed: string;
  beforeAll(async () => {
    hashed = await hashPassword('event-loop-password-1');
  });

  it('issue 10.2: hashing a new password (sign-up, change) lets timers run meanwhile', async () => {
    expect(await timerTurnsDuring(() => hashPassword('another-password-2'))).toBeGreaterThan(0);
  });

  it('issue 10.2: checking a password, right or wrong, lets timers run meanwhile', async () => {
    expect(await timerTurnsDuring(async () => expect(await verifyPassword(hashed, 'event-loop-password-1')).toBe(true))).toBeGreaterThan(0);
    expect(await timerTurnsDuring(async () => expect(await verifyPassword(hashed, 'a-wrong-guess')).toBe(false))).toBeGreaterThan(0);
  });

  it('issue 10.2: an unknown account (no hash) costs a real hash, off the event loop too', async () => {
    expect(await timerTurnsDuring(async () => expect(await verifyPassword(undefined, 'any-guess')).toBe(false))).toBeGreaterThan(0);
  });
});
