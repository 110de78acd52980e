/**
 * The real server process, as an operator runs it (`node dist/src/main.js`), for
 * tests that send it signals, kill it, or take its database away.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { operationText, type GraphQLResponse, type Operation } from './operation';
import { waitFor } from './wait';
import { graphql } from '../generated';

export const ROOT = join(__dirname, '../..');
export const MAIN = join(ROOT, 'dist/src/main.js');
/** The compiled plugin SDK package the server and plugins load. */
const SDK_MAIN = join(ROOT, 'packages/plugin-sdk/dist/index.js');
// The URL ends before the quote that closes the JSON log line's message.
export const READY_LINE = /GraphQL \(HTTP and graphql-ws subscriptions\): (http:\/\/[^\s"]+)/;

/** The server's log lines (JSON lines, issue 13.11) in one of its outputs; a line that is not JSON stays text. */
export function logLines(output: string): Record<string, any>[] {
  return output.split('\n').filter(Boolean).map((line) => {
    try {
      return JSON.parse(line);
    } catch {
      return { msg: line };
    }
  });
}

/** The messages of the server's log lines in one of its outputs. */
export const logMessages = (output: string): string[] => logLines(output).map((line) => String(line.msg));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on the port any more (the port can be bound again). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A DATA_DIR of its own; as root PostgreSQL runs as `postgres`, which must be able to enter it (mkdtemp makes 0700). */
export function tempDataDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** The postmaster pid of the embedded PostgreSQL in DATA_DIR, when its lock file exists. */
export function postmasterPid(dataDir: string): number | undefined {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

/** Test-only cleanup: stops a PostgreSQL a failed test left in DATA_DIR. */
export async function stopLeftoverPostgres(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  await waitFor(() => !isAlive(pid), { what: 'the leftover PostgreSQL to stop', timeoutMs: 30_000 }).catch(() => process.kill(pid, 'SIGKILL'));
}

/** The environment of the test run without the variables that would change the start-up under test. */
export function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(DATABASE_URL|TEST_ADMIN_DATABASE_URL|DEMO_|GRAPHQL_|MAX_|PORT$|DATA_DIR$|EMBEDDED_POSTGRES_PORT$|JOBS_|SHUTDOWN_|SECRETS_KEY$|IDEMPOTENCY_|NODE_OPTIONS$)/.test(name)) delete env[name];
  }
  delete env.NODE_ENV; // jest sets "test"; the operator's process runs without it
  // The daily run would start on the demo data in every process started after its time of day; tests of it turn it on.
  env.DAILY_RUN_ENABLED = 'false';
  return env;
}

export interface ServerProcess {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface Started extends ServerProcess {
  url: string;
  staff: { email: string; password: string };
}

/**
 * Spawns the server. `detached`: it leads a process group of its own, as a
 * command started in a terminal does, so that `process.kill(-pid, signal)`
 * is what the terminal's Ctrl-C sends.
 */
export function run(env: NodeJS.ProcessEnv, options: { detached?: boolean } = {}): ServerProcess {
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => ({ stdout, stderr }), exit };
}

/** Spawns the server and waits for its ready line (with demo data, the demo login line comes before it). */
export async function start(env: NodeJS.ProcessEnv, options: { detached?: boolean; timeoutMs?: number } = {}): Promise<Started> {
  const proc = run(env, options);
  let exited = false;
  void proc.exit.then(() => (exited = true));
  const url = await waitFor(() => READY_LINE.exec(proc.output().stdout)?.[1] ?? exited, { what: 'the ready line', timeoutMs: options.timeoutMs ?? 60_000 }).catch(() => false as const);
  if (typeof url !== 'string') {
    proc.child.kill('SIGKILL');
    const { stdout, stderr } = proc.output();
    throw new Error(`server did not start\nstdout:\n${stdout}\nstderr:\n${stderr}`);
  }
  const demo = /Demo data: staff (\S+) \/ (\S+);/.exec(proc.output().stdout);
  return { ...proc, url, staff: { email: demo?.[1] ?? '', password: demo?.[2] ?? '' } };
}

/** Stops a server that is still running: SIGTERM as an operator would, SIGKILL when it does not stop within `graceMs`. */
export async function stopServer(server: ServerProcess, graceMs = 10_000): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const stopped = await Promise.race([server.exit.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref())]);
  if (!stopped) {
    server.child.kill('SIGKILL');
    await server.exit;
  }
}

/** The environment of a server process on a test database of its own (createTestDatabase): no demo data, any free port. */
export function databaseEnv(databaseUrl: string, secretsKey: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...baseEnv(), DATABASE_URL: databaseUrl, SECRETS_KEY: secretsKey, PORT: '0', DEMO_DATA: 'false', ...extra };
}

export interface ServerProcesses {
  /** This file's DATA_DIR: the embedded PostgreSQL of its servers lives in DATA_DIR/postgres. */
  readonly dataDir: string;
  readonly httpPort: number;
  readonly pgPort: number;
  /** baseEnv() with this file's DATA_DIR, PORT and EMBEDDED_POSTGRES_PORT, then `extra`. */
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** Another DATA_DIR, cleaned up at the end like the first. */
  newDataDir(): string;
  /** A server to stop at the end if it is still running (after a test that failed half-way). */
  track<T extends ServerProcess>(server: T): T;
}

/**
 * What the test files of the server process share: the build before them, a
 * DATA_DIR and free ports of their own (without `dataDirPrefix`, for servers
 * on a test database, none), and at the end every server they started
 * stopped and every DATA_DIR's PostgreSQL stopped and removed.
 * Call it at the top of the describe.
 */
export function useServerProcesses(dataDirPrefix?: string): ServerProcesses {
  const dataDirs: string[] = [];
  const servers: ServerProcess[] = [];
  const ports = { dataDir: '', httpPort: 0, pgPort: 0 };
  beforeAll(async () => {
    await buildServer();
    if (!dataDirPrefix) return;
    ports.dataDir = tempDataDir(dataDirPrefix);
    dataDirs.push(ports.dataDir);
    ports.httpPort = await freePort();
    ports.pgPort = await freePort();
  }, 660_000); // the build may take minutes on a loaded machine
  afterAll(async () => {
    for (const server of servers) await stopServer(server);
    for (const dir of dataDirs) {
      await stopLeftoverPostgres(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
  return {
    get dataDir() { return ports.dataDir; },
    get httpPort() { return ports.httpPort; },
    get pgPort() { return ports.pgPort; },
    env: (extra = {}) => ({ ...baseEnv(), DATA_DIR: ports.dataDir, PORT: String(ports.httpPort), EMBEDDED_POSTGRES_PORT: String(ports.pgPort), ...extra }),
    newDataDir() {
      const dir = tempDataDir(dataDirPrefix ?? 'hostbill-');
      dataDirs.push(dir);
      return dir;
    },
    track(server) {
      servers.push(server);
      return server;
    },
  };
}

export type Answer<R = any> = GraphQLResponse<R>;

export async function gql<R = any, V = Record<string, unknown>>(url: string, query: Operation<R, V>, variables?: V, token?: string): Promise<Answer<R>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: operationText(query), variables: variables ?? {} }),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer<R>, 'status'>) };
}

const STAFF_LOGIN = graphql(`mutation ProcessStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`);

export async function staffLogin(server: Started): Promise<string> {
  const login = await gql(server.url, STAFF_LOGIN, {
    e: server.staff.email,
    p: server.staff.password,
  });
  if (!login.data) throw new Error(JSON.stringify(login.errors));
  return login.data.login.token;
}

/**
 * The tests run what an operator runs: the compiled output. Compiled once per
 * test run: files that find dist newer than every source file skip it, and
 * files starting together wait for the one compiling.
 * tsc emits even with type errors; only errors in code the server runs fail
 * here (tests being edited in parallel are type-checked by ts-jest when they run).
 */
export async function buildServer(): Promise<void> {
  // A build on a loaded machine may take minutes; a lock older than that was left by a killed run.
  const buildMs = 600_000;
  const lock = join(ROOT, 'dist', '.build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  await waitFor(() => {
    try {
      mkdirSync(lock);
      return true;
    } catch {
      // A lock older than any build is left by a run that was killed while building.
      if ((statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < Date.now() - buildMs) rmdirSync(lock);
      return false;
    }
  }, { what: 'the server build of another test file', timeoutMs: buildMs });
  try {
    if (existsSync(MAIN) && statSync(MAIN).mtimeMs > newestSource() && existsSync(SDK_MAIN)) return;
    // `npm start`'s own incremental build (scripts/build.mjs): the plugin SDK package first (the compiled server and
    // plugins load @hostbill/plugin-sdk from packages/plugin-sdk/dist), then the server. A test's later `npm start`
    // then finds everything current and rewrites no file under the servers other test files are running.
    const build = await promisify(execFile)('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: ROOT, timeout: buildMs }).catch((error) => error);
    const runtimeErrors = String(build.stdout ?? '').split('\n').filter((line) => /^(src|plugins|migrations|scripts|packages\/plugin-sdk)\/.*error TS/.test(line));
    if (runtimeErrors.length) throw new Error(`the server does not compile:\n${runtimeErrors.join('\n')}`);
    if (!existsSync(MAIN)) throw new Error(`no ${MAIN} after the build (${build instanceof Error ? build.message : 'tsc ended'}):\n${build.stdout ?? ''}`);
  } finally {
    rmdirSync(lock);
  }
}

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src', 'plugins', 'migrations', 'packages/plugin-sdk/src']) walk(join(ROOT, dir));
  return Math.max(newest, statSync(join(ROOT, 'tsconfig.json')).mtimeMs);
}
