/**
 * Waiting on a readiness signal instead of a fixed sleep: polls `condition`
 * until it returns a truthy value (which it resolves to), failing with
 * `what` once `timeoutMs` has passed. A fixed sleep is either too short on a
 * busy machine or longer than needed everywhere else.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { what, timeoutMs = 20_000, intervalMs = 50 }: { what: string; timeoutMs?: number; intervalMs?: number },
): Promise<NonNullable<T>> {
  for (const end = Date.now() + timeoutMs; ; ) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await pause(intervalMs);
  }
}

/**
 * A fixed pause, only where the time itself is the point of the test: a window
 * in which something must NOT happen, or a lease or interval waited out on
 * purpose. Say at the call which it is and derive `ms` from the configuration.
 */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
