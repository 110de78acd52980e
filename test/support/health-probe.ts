import { spawn } from 'node:child_process';
import type { GraphQLResponse } from './test-app';

/** One GraphQL request as an attacker sends it. */
export interface WireRequest {
  query: string;
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

/** The times of GET /health answers asked one after another until `over()` (at least once), in ms. */
async function healthTimes(healthUrl: string, over: () => boolean): Promise<number[]> {
  const times: number[] = [];
  do {
    const started = performance.now();
    const response = await fetch(healthUrl);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  } while (!over());
  return times;
}

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
 * /health answer during the attack (a server the attack stalls fails it; one
 * lost time slice on a shared test machine does not) and the slowest of ten
 * just before it, in ms.
 */
export async function attackWhileProbingHealth(
  graphqlUrl: string,
  requests: WireRequest[],
): Promise<{ responses: GraphQLResponse[]; medianHealthMs: number; idleHealthMs: number }> {
  const healthUrl = graphqlUrl.replace(/\/graphql$/, '/health');
  let idleProbes = 0;
  const idleHealthMs = Math.max(...(await healthTimes(healthUrl, () => ++idleProbes >= 10)));
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
  finished.catch(() => {}); // reported by the await below
  attacker.stdin.end(JSON.stringify({ url: graphqlUrl, requests }));
  await sent;

  let over = false;
  void finished.finally(() => (over = true)).catch(() => {});
  const medianHealthMs = median(await healthTimes(healthUrl, () => over));
  return { responses: await finished, medianHealthMs, idleHealthMs };
}
