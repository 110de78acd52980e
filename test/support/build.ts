import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const ROOT = join(__dirname, '../..');
/** What an operator runs: the compiled server. */
export const MAIN = join(ROOT, 'dist/src/main.js');
/** The test run that compiled dist/ last. */
const STAMP = join(ROOT, 'dist/.test-run');
const BUILD_LOCK = 7_311_002;

/**
 * Compiles the server (tsc, as `npm run build`) once per test run for the
 * tests that start it as a process. Test files running in parallel wait on an
 * advisory lock, so no process starts from a half-written dist/.
 */
export async function buildServer(): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock($1)', [BUILD_LOCK]);
    const run = process.env.TEST_RUN_ID ?? 'unknown';
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === run) return;
    // tsc emits even with type errors; only errors in code the server runs fail the build here
    // (tests being edited in parallel are type-checked by ts-jest when they run).
    const build = await promisify(execFile)('npx', ['tsc', '-p', '.'], { cwd: ROOT, timeout: 180_000 }).catch((error) => error);
    const runtimeErrors = String(build.stdout ?? '').split('\n').filter((line) => /^(src|plugins|migrations|scripts)\/.*error TS/.test(line));
    if (runtimeErrors.length) throw new Error(`The server does not compile:\n${runtimeErrors.join('\n')}`);
    if (!existsSync(MAIN)) throw new Error(`The build did not produce ${MAIN}: ${build.stderr ?? build.message}`);
    writeFileSync(STAMP, run);
  } finally {
    await admin.end(); // ends the lock with the session
  }
}
