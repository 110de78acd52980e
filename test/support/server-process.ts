import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The server as an operator runs it: `node dist/src/main.js`, in a process of its own that a test may kill. */
export const ROOT = join(__dirname, '../..');
export const MAIN = join(ROOT, 'dist/src/main.js');

/**
 * Compiles the server (`tsc -p .`). tsc emits even with type errors; only errors in
 * code the server runs fail here (tests being edited in parallel are checked by ts-jest).
 */
export async function buildServer(): Promise<void> {
  const build = await promisify(execFile)('npx', ['tsc', '-p', '.'], { cwd: ROOT, timeout: 150_000 }).catch((error) => error);
  const runtimeErrors = String(build.stdout ?? '').split('\n').filter((line) => /^(src|plugins|migrations|scripts)\/.*error TS/.test(line));
  if (runtimeErrors.length) throw new Error(`the server does not compile:\n${runtimeErrors.join('\n')}`);
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing after the build`);
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): { stdout: string; stderr: string };
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node dist/src/main.js` with exactly `env` (plus PATH) and resolves once it serves GraphQL. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  let exited = false;
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    }),
  );
  const output = () => ({ stdout, stderr });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const url = /GraphQL \(HTTP and graphql-ws subscriptions\): (http:\/\/\S+)/.exec(stdout)?.[1];
    if (url) return { child, url, output, exit };
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
