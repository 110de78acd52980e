/**
 * Issue 10/11 test rule: an attack neither crashes nor blocks the server, so
 * GET /health keeps answering 200, fast, while it runs. One way of probing
 * (probeHealthWhile) with the three ways the tests judge it: the fastest of a
 * few probes and the CPU the server's event loop spent (whileResponsive), the
 * median beside an attack from another process (attackWhileProbingHealth),
 * the quickest of repeated tries (quickestUnderAttack). The machine running
 * the suite is shared, so a single probe can lose a time slice, while a hung
 * or crashed server fails them all.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { operationText, type GraphQLResponse, type Operation } from './operation';

/** One answer of GET /health: status, body and time taken in ms. */
export interface HealthProbe {
  status: number;
  body: unknown;
  ms: number;
}

const healthUrlOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/health');

async function probeHealth(healthUrl: string): Promise<HealthProbe> {
  const started = performance.now();
  const response = await fetch(healthUrl);
  const body = await response.json();
  return { status: response.status, body, ms: performance.now() - started };
}

/**
 * Runs `attack` and, from when `started` resolves (at once by default) until
 * the attack is over, asks GET /health one request after another, `gapMs`
 * apart: at least `min` and at most `max` probes. Every probe must answer 200
 * with status ok.
 */
export async function probeHealthWhile<T>(
  graphqlUrl: string,
  attack: () => Promise<T>,
  { min = 1, max = Infinity, gapMs = 0, started }: { min?: number; max?: number; gapMs?: number; started?: Promise<unknown> } = {},
): Promise<{ result: T; probes: HealthProbe[] }> {
  const healthUrl = healthUrlOf(graphqlUrl);
  let over = false;
  const attacking = attack().finally(() => (over = true));
  attacking.catch(() => {}); // reported by the await below
  await started;
  const probes: HealthProbe[] = [];
  do {
    probes.push(await probeHealth(healthUrl));
    if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
  } while ((!over || probes.length < min) && probes.length < max);
  const result = await attacking;
  for (const probe of probes) expect(probe).toMatchObject({ status: 200, body: { status: 'ok' } });
  return { result, probes };
}

/**
 * CPU time the main thread of process `pid` (its event loop) has used, in ms:
 * Linux's schedstat, nanoseconds on a CPU, which a busy machine does not
 * inflate (waiting for a CPU is counted apart). Without /proc, for this
 * process only: its whole CPU time (all threads, an upper bound).
 */
function eventLoopCpuMs(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    if (pid !== process.pid) return undefined;
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
}

/**
 * While `attack` runs, GET /health answers 200, the fastest of three to five
 * probes (the first beside the attack) within `limitMs` plus twice the
 * machine's pace: the quicker of two probes just before, with nothing else
 * sent (the suite runs other processes beside this one). That catches a
 * server the attack leaves hanging or slow, not one it blocks for a while:
 * the probes after the attack are quick again. So the event loop of the
 * server (process `pid`, by default this one, where startTestApp runs it)
 * must also have spent less than `cpuLimitMs` of CPU on the attack and the
 * probes: work that blocks it is CPU on that thread, whatever else the
 * machine runs. Measured: 12-85 ms for the attacks of the suite on a warm
 * server (the jest process's own garbage collection counts too), so 250 ms
 * leaves room and a stall of a few hundred ms fails.
 */
export async function whileResponsive<T>(
  graphqlUrl: string,
  attack: () => Promise<T>,
  { limitMs = 100, cpuLimitMs = 250, pid = process.pid }: { limitMs?: number; cpuLimitMs?: number; pid?: number } = {},
): Promise<T> {
  // The first request pays for the connection set-up; the measured ones reuse it.
  const healthUrl = healthUrlOf(graphqlUrl);
  await probeHealth(healthUrl);
  const paceMs = Math.min((await probeHealth(healthUrl)).ms, (await probeHealth(healthUrl)).ms);
  const cpuBefore = eventLoopCpuMs(pid);
  const { result, probes } = await probeHealthWhile(graphqlUrl, attack, { min: 3, max: 5 });
  const cpuAfter = eventLoopCpuMs(pid);
  expect(Math.min(...probes.map((p) => p.ms))).toBeLessThan(limitMs + 2 * paceMs);
  if (cpuBefore !== undefined && cpuAfter !== undefined) expect(cpuAfter - cpuBefore).toBeLessThan(cpuLimitMs);
  return result;
}

/**
 * Sends the attack together with one GET /health, `tries` times: the attack's
 * last answer and the quickest time of each. The quickest, so that a busy
 * test machine's scheduling does not decide: an attack that blocks the server
 * is slow every time.
 */
export async function quickestUnderAttack<T>(graphqlUrl: string, send: () => Promise<T>, tries: number): Promise<{ answer: T; attackMs: number; healthMs: number }> {
  let answer!: T;
  let attackMs = Infinity;
  let healthMs = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    let took = 0;
    const { result, probes } = await probeHealthWhile(graphqlUrl, async () => {
      const value = await send();
      took = performance.now() - started;
      return value;
    }, { max: 1 });
    answer = result;
    attackMs = Math.min(attackMs, took);
    healthMs = Math.min(healthMs, probes[0].ms);
  }
  return { answer, attackMs, healthMs };
}

/** One GraphQL request as an attacker sends it. */
export interface WireRequest {
  query: Operation<any, any>;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * The attacker: a separate Node process (as another machine would be) that
 * sends every request at once, says "sent" on stdout, then prints the
 * responses as one JSON line.
 */
const ATTACKER = `
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const { url, requests } = JSON.parse(input);
  // Warm up this process's HTTP client first, so that its start-up work is not what /health waits on.
  await (await fetch(url.replace(/graphql$/, 'health'))).text();
  const pending = requests.map(async (r) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...r.headers },
      body: JSON.stringify({ query: r.query, variables: r.variables }),
    });
    return { ...(await response.json()), status: response.status };
  });
  process.stdout.write('sent\\n');
  process.stdout.write(JSON.stringify(await Promise.all(pending)) + '\\n');
});`;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/**
 * How fast /health must answer during an attack: within 100 ms, plus what it
 * already took on this machine just before (a test machine busy with other
 * work must not fail the check; a server the attack stalls does).
 */
export const healthBudgetMs = (idleHealthMs: number) => 100 + idleHealthMs;

/**
 * Sends `requests` all at once from another process and, while they are
 * being answered, asks GET /health again and again (one at a time); every
 * answer must be 200. Returns the responses in request order, the median
 * /health answer during the attack (a server the attack slows throughout,
 * e.g. by holding every database connection, fails it; one lost time slice on
 * a shared test machine does not) and the slowest of ten just before it, in ms.
 * The probes are sent from this process, which is the server's: while its
 * event loop is blocked none is sent, so a few long stalls hardly move the
 * median. Work that must stay off the event loop is tested directly (e.g.
 * test/auth/passwords.test.ts).
 */
export async function attackWhileProbingHealth(
  graphqlUrl: string,
  requests: WireRequest[],
): Promise<{ responses: GraphQLResponse[]; medianHealthMs: number; idleHealthMs: number }> {
  const idle = await probeHealthWhile(graphqlUrl, async () => undefined, { min: 10, max: 10, gapMs: 10 });
  const idleHealthMs = Math.max(...idle.probes.map((p) => p.ms));
  const attacker = spawn(process.execPath, ['-e', ATTACKER], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  const sent = new Promise<void>((resolve) => {
    attacker.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve();
    });
    attacker.once('close', () => resolve());
  });
  // 'close', not 'exit': by then all of its output has been read.
  const finished = new Promise<GraphQLResponse[]>((resolve, reject) => attacker.once('close', (code) => {
    const lines = output.trim().split('\n');
    if (code === 0 && lines.length === 2) resolve(JSON.parse(lines[1]));
    else reject(new Error(`The attacking process ended with ${code}: ${output}`));
  }));
  attacker.stdin.end(JSON.stringify({ url: graphqlUrl, requests: requests.map((r) => ({ ...r, query: operationText(r.query) })) }));
  const { result, probes } = await probeHealthWhile(graphqlUrl, () => finished, { started: sent, gapMs: 10 });
  return { responses: result, medianHealthMs: median(probes.map((p) => p.ms)), idleHealthMs };
}
