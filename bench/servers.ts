/**
 * The servers under test run as child processes of `npm run bench` with
 * NODE_ENV=production: each has its own memory and CPU profile, and neither
 * shares an event loop with the load generator. A child answers a few
 * requests over its IPC channel: how many SQL statements it has run, its
 * memory, CPU profiling, and whatever else it offers (this server: the SQL
 * of sampled requests and their query plans).
 */
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface ServerStats {
  /** Statements sent to PostgreSQL since the server started. */
  sqlStatements: number;
  rssMiB: number;
  /** The part of RSS that maps files (loaded code, ICU data), from /proc; undefined elsewhere. */
  rssFileMiB?: number;
  heapUsedMiB: number;
  /** The V8 heap's memory in RAM (every space: young and old generation, code, large objects). */
  heapPhysicalMiB: number;
  /** CPU time (user and system) the server process has used since it started. */
  cpuMs: number;
}

export interface ServerProcess {
  /** "this server" or "reference". */
  name: string;
  /** The GraphQL endpoint (HTTP; graphql-ws on the same URL). */
  url: string;
  /** With `gc`, after a full garbage collection (live data, not garbage awaiting collection). */
  stats(options?: { gc?: boolean }): Promise<ServerStats>;
  /** CPU profile of what the server does until profileStop, which writes it (a .cpuprofile for Chrome DevTools) to `path`. */
  profileStart(): Promise<void>;
  profileStop(path: string): Promise<void>;
  /**
   * Runs two scavenges (minor GCs) now and returns how many bytes the second
   * promoted to the old generation: what was still reachable through two of
   * them. Called before and after one request (see keptPastRequest).
   */
  promotedByScavenges(): Promise<number>;
  request<T = unknown>(op: string, arg?: unknown): Promise<T>;
  stop(): Promise<void>;
}

interface Request {
  id: number;
  op: string;
  arg?: unknown;
}
type Message = { type: 'ready'; url: string } | { type: 'reply'; id: number; result?: unknown; error?: string };

/** Starts `script` (compiled JS calling serveControl) and resolves once it listens. */
export function startServerProcess(name: string, script: string, env: Record<string, string>): Promise<ServerProcess> {
  // stdout is start-up chatter (migrations); stderr stays visible for errors.
  const child = fork(script, [], { env: { ...process.env, ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let exited = false;
  const request = <T>(op: string, arg?: unknown) =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(new Error(`${name}: the server process has exited`));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ id, op, arg } satisfies Request);
    });
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      for (const { reject } of pending.values()) reject(new Error(`${name}: the server process exited (${signal ?? code})`));
      pending.clear();
      resolve();
    }),
  );

  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`${name}: the server process exited during start-up (${signal ?? code})`)));
    child.on('message', (message: Message) => {
      if (message.type === 'ready') {
        resolve({
          name,
          url: message.url,
          stats: (options) => request('stats', options),
          profileStart: () => request('profileStart'),
          profileStop: (path) => request('profileStop', path),
          promotedByScavenges: () => request('promotedByScavenges'),
          request,
          stop: async () => {
            if (!exited) {
              await request('stop').catch(() => undefined);
              // A server that does not stop within 20 s is killed (this process started it).
              const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
              await exit;
              clearTimeout(timer);
            }
          },
        });
        return;
      }
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(`${name}: ${message.error}`));
      else waiting?.resolve(message.result);
    });
  });
}

function rssFileMiB(): number | undefined {
  try {
    const kiB = /^RssFile:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kiB === undefined ? undefined : Number(kiB) / 1024;
  } catch {
    return undefined;
  }
}

/**
 * The child's side: reports `url` to the parent and answers its requests.
 * The server stops when the parent asks or goes away (so a crashed bench
 * leaves no server behind).
 */
export function serveControl(options: {
  url: string;
  sqlStatements: () => number;
  stop: () => Promise<void>;
  handlers?: Record<string, (arg: any) => unknown>;
}): void {
  let profiler: Session | undefined;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await options.stop();
    } finally {
      process.exit(0);
    }
  };
  const ops: Record<string, (arg: any) => unknown> = {
    ...options.handlers,
    stats: ({ gc = false }: { gc?: boolean } = {}) => {
      if (gc) collectGarbage();
      const { rss, heapUsed } = process.memoryUsage();
      const { user, system } = process.cpuUsage();
      return {
        sqlStatements: options.sqlStatements(), rssMiB: rss / 2 ** 20, rssFileMiB: rssFileMiB(), heapUsedMiB: heapUsed / 2 ** 20,
        heapPhysicalMiB: getHeapStatistics().total_physical_size / 2 ** 20, cpuMs: (user + system) / 1000,
      } satisfies ServerStats;
    },
    promotedByScavenges: () => {
      const gc = garbageCollector();
      const oldSpaceUsed = () => getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')!.space_used_size;
      gc({ type: 'minor' });
      const before = oldSpaceUsed();
      gc({ type: 'minor' });
      return oldSpaceUsed() - before;
    },
    profileStart: async () => {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    },
    profileStop: async (path: string) => {
      if (!profiler) throw new Error('profileStop without profileStart');
      const { profile } = await profiler.post('Profiler.stop');
      profiler.disconnect();
      profiler = undefined;
      writeFileSync(path, JSON.stringify(profile));
    },
  };
  process.on('message', async ({ id, op, arg }: Request) => {
    if (op === 'stop') {
      process.send!({ type: 'reply', id, result: null } satisfies Message);
      return void stop();
    }
    try {
      const handler = ops[op];
      if (!handler) throw new Error(`unknown request ${op}`);
      process.send!({ type: 'reply', id, result: (await handler(arg)) ?? null } satisfies Message);
    } catch (error) {
      process.send!({ type: 'reply', id, error: error instanceof Error ? error.message : String(error) } satisfies Message);
    }
  });
  process.on('disconnect', () => void stop());
  process.send!({ type: 'ready', url: options.url } satisfies Message);
}

/** A full garbage collection. */
function collectGarbage() {
  garbageCollector()();
}

/** V8's gc(); --expose-gc set at run time, so the server needs no node flag. */
function garbageCollector(): (options?: { type: 'major' | 'minor' }) => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as (options?: { type: 'major' | 'minor' }) => void;
}
