/**
 * The benchmarks that run on both servers in the same run (issue 12 point 1):
 * the client area, the staff list with and without each client's newest
 * invoices, and subscription fan-out. Latency and throughput runs alternate
 * between the servers in rounds, so a change in the machine's load hits both.
 * SQL is counted by each server itself (bench/servers.ts) on requests run on
 * their own, outside the timed runs.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ServerProcess, ServerStats } from './servers';
import type { Gql } from './seed';
import { subscribe } from './clients';
import { forDuration, percentile, sequential } from './measure';
import { CLIENT_AREA, CLIENT_CHANGED, SET_CLIENT_STATUS, staffList, staffListVariables, type InvoicesShape } from './queries';

export interface Side {
  server: ServerProcess;
  gql: Gql;
}

/** A measurement on both servers: [this server, reference]. */
export type Measured = Record<string, [number, number]>;

const CLIENT_AREA_REQUESTS = 200;
const ROUNDS = 8;
const STAFF_LIST_SECONDS = 10;
const STAFF_LIST_CONCURRENCY = 10;
const PAGES = 10;

/** The statements one call of `fn` runs on `server`: the fewest of `times` calls (each on its own). */
export async function sqlPerRequest(server: ServerProcess, fn: () => Promise<unknown>, times = 3): Promise<number> {
  // The fewest of a few runs: background jobs (registry polls, job leases) run statements too, but never fewer; an N+1 shows in every run.
  let fewest = Infinity;
  for (let i = 0; i < times; i++) {
    const before = (await server.stats()).sqlStatements;
    await fn();
    fewest = Math.min(fewest, (await server.stats()).sqlStatements - before);
  }
  return fewest;
}

const both = async <T>(sides: Side[], fn: (side: Side) => Promise<T>): Promise<[T, T]> => [await fn(sides[0]), await fn(sides[1])];

const RSS_SAMPLE_MS = 250;

/**
 * A server's RSS through a load (issue 12.2, "RSS after load"): sampled every
 * 250 ms while `load` runs, and once after it. One read after the load was a
 * random point of the garbage collector's sawtooth (the same build read 1.28x
 * and 2.37x the reference after the staff list in two runs); the rows report
 * the median of the samples of all the server's runs of that load.
 */
class RssSamples {
  private readonly samples = new Map<Side, number[]>();
  private readonly last = new Map<Side, ServerStats>();

  async during<T>(side: Side, load: () => Promise<T>): Promise<T> {
    const samples = this.samples.get(side) ?? [];
    this.samples.set(side, samples);
    const read = async () => {
      const stats = await side.server.stats();
      samples.push(stats.rssMiB);
      this.last.set(side, stats);
    };
    const timer = setInterval(() => void read(), RSS_SAMPLE_MS);
    try {
      return await load();
    } finally {
      clearInterval(timer);
      await read();
    }
  }

  /**
   * What the RSS read after the last load is made of (information rows): mapped
   * files (loaded code, ICU data), the V8 heap, and the rest (memory the
   * process allocated outside the V8 heap, thread stacks). Where a memory
   * target is missed, these say which part to look at.
   */
  parts(sides: Side[], after: string): Measured {
    const [mine, theirs] = sides.map((side) => this.last.get(side)!);
    if (mine.rssFileMiB === undefined || theirs.rssFileMiB === undefined) return {};
    const rest = (stats: ServerStats) => stats.rssMiB - stats.rssFileMiB! - stats.heapPhysicalMiB;
    return {
      [`RSS after ${after}: file-backed`]: [mine.rssFileMiB, theirs.rssFileMiB],
      [`RSS after ${after}: V8 heap`]: [mine.heapPhysicalMiB, theirs.heapPhysicalMiB],
      [`RSS after ${after}: the rest`]: [rest(mine), rest(theirs)],
    };
  }

  median(side: Side): number {
    return percentile(this.samples.get(side) ?? [], 50);
  }

  medians(sides: Side[]): [number, number] {
    return [this.median(sides[0]), this.median(sides[1])];
  }
}

/**
 * The reference must give the same answer as this server, or the comparison
 * compares different work: returns where the answers first differ (logged
 * and recorded in the results), or undefined.
 */
/** Cursors are opaque: each server encodes its own (this one carries the sort key), so only their presence is compared. */
const CURSOR_KEYS = new Set(['cursor', 'startCursor', 'endCursor']);

export function difference(a: unknown, b: unknown, path = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (CURSOR_KEYS.has(path.slice(path.lastIndexOf('.') + 1)) && typeof a === typeof b) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = difference((a as any)[key], (b as any)[key], `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
}

/** Client area: 200 sequential requests per server as the big client, and the SQL at 1,000 services vs 5. */
export async function clientArea(sides: Side[], tokens: { big: string; small: string }, differences: string[]): Promise<Measured> {
  const request = (side: Side, token = tokens.big) => side.gql(CLIENT_AREA, {}, token);
  const [mine, theirs] = await both(sides, (side) => request(side));
  const differs = difference(mine, theirs);
  if (differs) differences.push(`client area ${differs}`);
  await both(sides, (side) => sequential(10, () => request(side)));

  const sql = await both(sides, (side) => sqlPerRequest(side.server, () => request(side)));
  const small = await both(sides, (side) => sqlPerRequest(side.server, () => request(side, tokens.small)));
  const samples: [number[], number[]] = [[], []];
  const rss = new RssSamples();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, side] of sides.entries()) samples[i].push(...(await rss.during(side, () => sequential(CLIENT_AREA_REQUESTS / ROUNDS, () => request(side)))));
  }
  return {
    'client area p50': [percentile(samples[0], 50), percentile(samples[1], 50)],
    'client area p95': [percentile(samples[0], 95), percentile(samples[1], 95)],
    'client area SQL/request': sql,
    'client area SQL/request growth': [sql[0] - small[0], sql[1] - small[1]],
    'client area KiB kept past the request': await both(sides, (side) => keptPastRequest(side, () => request(side))),
    'RSS after client area': rss.medians(sides),
    ...rss.parts(sides, 'client area'),
  };
}

/**
 * What a finished request leaves reachable to the scavenger (KiB): promoted by
 * two scavenges run after it, less what two run before it promoted. Data kept
 * past its request goes to the old generation, which grows (RSS) until a full
 * GC, and full GCs come more often (CPU, p95). The best of three.
 */
async function keptPastRequest(side: Side, request: () => Promise<unknown>): Promise<number> {
  let fewest = Infinity;
  for (let i = 0; i < 3; i++) {
    await side.server.promotedByScavenges();
    await request();
    fewest = Math.min(fewest, await side.server.promotedByScavenges());
  }
  return fewest / 1024;
}

interface Page {
  after?: string;
  clientIds: string[];
}

/** The first PAGES pages of clients(first: size) on one server: cursor and client ids of each. */
export async function pagesOf(side: Side, token: string, size: number): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | undefined;
  for (let i = 0; i < PAGES; i++) {
    const { clients } = await side.gql(`query($after: String) { clients(first: ${size}, after: $after) { pageInfo { endCursor } edges { node { id } } } }`, { after }, token);
    pages.push({ after, clientIds: clients.edges.map((edge: { node: { id: string } }) => edge.node.id) });
    after = clients.pageInfo.endCursor;
  }
  return pages;
}

/**
 * Staff list: clients(first: 50) with services and products, and with each
 * client's newest 5 invoices unless `invoices` is undefined; 10 requests in
 * flight for 10 s per server, walking the first 10 pages. With invoices,
 * also the SQL of a page of 50 clients vs 10.
 */
export async function staffListBench(sides: Side[], token: string, invoices: InvoicesShape | undefined, differences: string[]): Promise<Measured> {
  const name = invoices ? 'staff list + invoices' : 'staff list';
  const query = staffList(50, invoices);
  const pages = await both(sides, (side) => pagesOf(side, token, 50));
  const request = (side: Side, page: Page, text = query) => side.gql(text, staffListVariables(page, invoices), token);
  const [mine, theirs] = await both(sides, (side) => request(side, pages[sides.indexOf(side)][0]));
  const differs = difference(mine, theirs);
  if (differs) differences.push(`${name} ${differs}`);

  const sql = await both(sides, (side) => sqlPerRequest(side.server, () => request(side, pages[sides.indexOf(side)][1])));
  const measured: Measured = {};
  if (invoices) {
    const small = await both(sides, async (side) => {
      const [page] = await pagesOf(side, token, 10);
      return sqlPerRequest(side.server, () => request(side, page, staffList(10, invoices)));
    });
    measured[`${name} SQL/request growth`] = [sql[0] - small[0], sql[1] - small[1]];
  }

  const run = (side: Side, seconds: number) => {
    const sidePages = pages[sides.indexOf(side)];
    let next = 0;
    return forDuration(seconds * 1000, STAFF_LIST_CONCURRENCY, () => request(side, sidePages[next++ % sidePages.length]));
  };
  await both(sides, (side) => run(side, 2));
  const totals = sides.map(() => ({ samples: [] as number[], seconds: 0 }));
  // CPU per request tells the servers apart even when other work on the machine slows both.
  const cpuBefore = await both(sides, async (side) => (await side.server.stats()).cpuMs);
  const rss = new RssSamples();
  for (let round = 0; round < 2; round++) {
    for (const [i, side] of sides.entries()) {
      const { samples, seconds } = await rss.during(side, () => run(side, STAFF_LIST_SECONDS / 2));
      totals[i].samples.push(...samples);
      totals[i].seconds += seconds;
    }
  }
  return {
    [`${name} throughput`]: [totals[0].samples.length / totals[0].seconds, totals[1].samples.length / totals[1].seconds],
    [`${name} p95`]: [percentile(totals[0].samples, 95), percentile(totals[1].samples, 95)],
    [`${name} CPU/request`]: await both(sides, async (side) => {
      const i = sides.indexOf(side);
      return ((await side.server.stats()).cpuMs - cpuBefore[i]) / totals[i].samples.length;
    }),
    [`${name} SQL/request`]: sql,
    ...measured,
    ...(invoices ? { 'RSS after staff list': rss.medians(sides), ...rss.parts(sides, 'staff list') } : {}),
  };
}

/**
 * Fan-out: `subscribers` staff connections subscribed to clientChanged; each
 * event is a real setClientStatus over HTTP, and the next one is sent when
 * every subscriber has the previous one (or after 60 s). Latency is from the
 * event's publish time (`at`) to its receipt; SQL per event includes the
 * mutation's own statements. Run at 10 subscribers, then at `subscribers`;
 * then, with `profile` (where to write each side's CPU profile), a few events more, profiled.
 */
export async function fanOut(sides: Side[], token: string, clientId: string, subscribers: number, events: number, profile?: (side: Side) => string): Promise<Measured> {
  let status = 'ACTIVE';
  const flip = (side: Side) => {
    status = status === 'ACTIVE' ? 'INACTIVE' : 'ACTIVE';
    return side.gql(SET_CLIENT_STATUS, { id: clientId, status }, token);
  };
  const run = async (side: Side, count: number, eventCount: number, profilePath?: string) => {
    const subs = await subscribe(side.server.url, token, count, CLIENT_CHANGED, 'clientChanged');
    if (profilePath) await side.server.profileStart();
    try {
      // Events until every subscriber has one: a connection is acknowledged before its subscription is registered, so on a
      // loaded machine the first event can come before some subscriptions (seen: none of 10 got it).
      for (let attempt = 0; subs.reached() < count; attempt++) {
        if (attempt === 20) throw new Error(`${side.server.name}: only ${subs.reached()} of ${count} subscribers got an event`);
        await flip(side);
        await subs.waitFor(subs.received() + count, 6_000);
      }
      await subs.waitFor(Infinity, 1_000); // the last warm-up event's stragglers
      const base = subs.received();
      subs.latencies.length = 0;
      // The fewest of the events, as sqlPerRequest: background jobs add statements to some.
      let sql = Infinity;
      const rss = new RssSamples();
      await rss.during(side, async () => {
        for (let event = 1; event <= eventCount; event++) {
          const before = (await side.server.stats()).sqlStatements;
          await flip(side);
          await subs.waitFor(base + count * event, 60_000);
          sql = Math.min(sql, (await side.server.stats()).sqlStatements - before);
        }
      });
      const lost = base + count * eventCount - subs.received();
      return { latencies: [...subs.latencies], sql, lost, memory: rss.median(side) };
    } finally {
      if (profilePath) await side.server.profileStop(profilePath);
      await subs.close();
    }
  };
  const small = await both(sides, (side) => run(side, 10, 3));
  const large = await both(sides, (side) => run(side, subscribers, events));
  // Profiled apart from the measured runs, so the profiler's overhead does not change the ratios.
  if (profile) for (const side of sides) await run(side, subscribers, 3, profile(side));
  return {
    'fan-out p50': [percentile(large[0].latencies, 50), percentile(large[1].latencies, 50)],
    'fan-out p99': [percentile(large[0].latencies, 99), percentile(large[1].latencies, 99)],
    'fan-out SQL/event': [large[0].sql, large[1].sql],
    'fan-out SQL/event growth': [large[0].sql - small[0].sql, large[1].sql - small[1].sql],
    'fan-out lost events': [large[0].lost, large[1].lost],
    'RSS after fan-out': [large[0].memory, large[1].memory],
  };
}
