/** Timing helpers for the benchmarks: wall-clock samples, exact percentiles, throughput. */

/** Milliseconds since an arbitrary origin, sub-millisecond resolution. */
export const now = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * The p-th percentile by nearest rank over a full sort (no estimation): the
 * smallest sample with at least p % of the samples at or below it.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}

/** Runs `fn` once and returns how long it took (ms). */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = now();
  await fn();
  return now() - start;
}

/** `count` calls of `fn(i)` one after another; the latency of each (ms). */
export async function sequential(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timed(() => fn(i)));
  return samples;
}

/** Runs `fn(i)` for every i < count with at most `concurrency` calls in flight. */
export async function inParallel(count: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** Like inParallel, also timing it: the latency of each call and the calls per second of wall time. */
export async function concurrent(count: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<{ samples: number[]; opsPerSec: number }> {
  const samples: number[] = [];
  const start = now();
  await inParallel(count, concurrency, async (i) => samples.push(await timed(() => fn(i))));
  return { samples, opsPerSec: count / ((now() - start) / 1000) };
}

/**
 * `concurrency` callers each calling `fn` again as soon as its previous call
 * ends, for `ms`: the latency of each call, and calls per second over the
 * wall time until the last call ended.
 */
export async function forDuration(ms: number, concurrency: number, fn: () => Promise<unknown>): Promise<{ samples: number[]; seconds: number }> {
  const samples: number[] = [];
  const start = now();
  const worker = async () => {
    while (now() - start < ms) samples.push(await timed(fn));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { samples, seconds: (now() - start) / 1000 };
}
