import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, READY_LINE } from '../support/server-process';

/**
 * Issue 13.10: `npm start` compiles only what changed (here: nothing) and says so,
 * and is ready within 10 s on an existing build and data dir; `npm run dev`
 * restarts the server when a source file changes. Real npm, real processes.
 */
const ROOT = join(__dirname, '../..');
const READY = new RegExp(READY_LINE, 'g');

/** The process ids below `pid`, from /proc (npm runs scripts through a shell). */
function descendants(pid: number): { pid: number; command: string }[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // "pid (comm) state ppid ...": comm may contain spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: { pid: number; command: string }[] = [];
  const visit = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      let command = '';
      try {
        command = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0').join(' ');
      } catch {
        continue;
      }
      found.push({ pid: child, command });
      visit(child);
    }
  };
  visit(pid);
  return found;
}

/** Processes started with this DATA_DIR (orphans included: the environment is inherited). */
function processesWith(dataDir: string): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        if (!readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`DATA_DIR=${dataDir}`)) return [];
        return [readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')];
      } catch {
        return []; // gone meanwhile
      }
    });
}

interface Npm {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
  /** Resolves when the server has said it is ready `count` times. */
  ready(count: number, timeoutMs: number): Promise<string>;
  /** SIGTERM to the process running `command` below npm (as a service manager would stop it). */
  signal(command: RegExp): void;
}

function npm(args: string[], env: NodeJS.ProcessEnv): Npm {
  // Its own process group, so afterAll can clean up whatever is left.
  const child = spawn('npm', args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exited = false;
  void exit.then(() => (exited = true));
  return {
    child,
    output: () => output,
    exit,
    async ready(count, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const urls = [...output.matchAll(READY)].map((match) => match[1]);
        if (urls.length >= count) return urls[count - 1];
        if (exited || Date.now() > deadline) throw new Error(`not ready (${count}) within ${timeoutMs} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    signal(command) {
      const target = descendants(child.pid!).find((process) => command.test(process.command));
      if (!target) throw new Error(`no process ${command} below npm:\n${output}`);
      process.kill(target.pid, 'SIGTERM');
    },
  };
}

async function answers(url: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
  return response.json();
}

describe('issue 13.10: fast restarts', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  const started: Npm[] = [];
  const run = (args: string[]) => {
    const process = npm(args, env);
    started.push(process);
    return process;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hostbill-restart-'));
    // As root, the embedded PostgreSQL runs as `postgres`, which must be able to enter it.
    chmodSync(dataDir, 0o755);
    env = { ...process.env, DAILY_RUN_ENABLED: 'false', DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()) };
    for (const name of Object.keys(env)) if (/^(DATABASE_URL|TEST_ADMIN_DATABASE_URL|DEMO_|GRAPHQL_|CORS_)/.test(name)) delete env[name];
  });

  afterAll(async () => {
    // Only needed when a test failed half-way: stop whatever is still running.
    for (const { child } of started) {
      if (child.exitCode !== null) continue;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
    if (existsSync(pidFile)) {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
      } catch {
        // already gone
      }
      for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('issue 13.10: a second `npm start` compiles nothing, says so, and is ready within 10 s on the existing build and data dir', async () => {
    // First start: builds what is missing and creates the database in DATA_DIR.
    const first = run(['start']);
    await first.ready(1, 240_000);
    expect(first.output()).toContain('Compiling TypeScript: only what changed since the last build');
    first.signal(/^\S*node (\S+ )*dist\/src\/main\.js/);
    expect(await first.exit).toBe(0);

    const startedAt = Date.now();
    const second = run(['start']);
    const url = await second.ready(1, 30_000);
    const readyMs = Date.now() - startedAt;
    expect(second.output()).toMatch(/Project 'tsconfig\.build\.json' is up to date/);
    expect(await answers(url)).toEqual({ data: { __typename: 'Query' } });
    console.log(`issue 13.10: npm start ready after ${readyMs} ms`);
    expect(readyMs).toBeLessThanOrEqual(10_000);
    second.signal(/^\S*node (\S+ )*dist\/src\/main\.js/);
    expect(await second.exit).toBe(0);
    expect(processesWith(dataDir)).toEqual([]);
  }, 300_000);

  it('issue 13.10: `npm run dev` restarts the server when a source file changes, and stops it with itself', async () => {
    const dev = run(['run', 'dev']);
    const firstUrl = await dev.ready(1, 60_000);
    expect(await answers(firstUrl)).toEqual({ data: { __typename: 'Query' } });

    const now = new Date();
    utimesSync(join(ROOT, 'src/main.ts'), now, now);
    const secondUrl = await dev.ready(2, 90_000);
    expect(dev.output()).toContain('[dev] Compiled: restarting the server');
    // The first server was stopped (and awaited) before the second one took its port and database.
    expect(dev.output()).toContain('SIGTERM: shutting down');
    expect(await answers(secondUrl)).toEqual({ data: { __typename: 'Query' } });

    // Ctrl-C in the terminal: SIGINT to the whole foreground process group.
    process.kill(-dev.child.pid!, 'SIGINT');
    await dev.exit;
    // dev stopped the second server itself, as it stopped the first one for the restart.
    expect(dev.output().match(/SIGTERM: shutting down/g)).toHaveLength(2);
    expect(processesWith(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 200_000);
});
