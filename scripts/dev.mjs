// `npm run dev`: `tsc -b --watch` recompiles what changes, and after each compilation
// without errors the server restarts (the previous one is stopped cleanly first, so
// its embedded PostgreSQL is free again). Plain JavaScript: it runs before anything is compiled.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const say = (message) => console.log(`[dev] ${message}`);

let server; // the running `node dist/src/main.js`, with a promise of its exit
let stopping = false;

async function stopServer() {
  if (!server) return;
  const { child, exited } = server;
  server = undefined;
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await exited;
}

let restarting = Promise.resolve();
function restartServer() {
  restarting = restarting.then(async () => {
    if (stopping) return;
    if (server) say('Compiled: restarting the server');
    await stopServer();
    if (stopping) return;
    // A process group of its own: Ctrl-C in the terminal reaches this script, which stops the
    // server in order, and not the embedded PostgreSQL under it, which would quit mid-request.
    const child = spawn(process.execPath, ['--enable-source-maps', 'dist/src/main.js'], { cwd: root, stdio: 'inherit', detached: true });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    server = { child, exited };
    child.once('exit', (code, signal) => {
      if (server?.child === child && !stopping) say(`The server exited (${signal ?? `code ${code}`}); it starts again after the next change`);
    });
  });
}

say('Watching the sources: tsc -b --watch compiles what changes, the server restarts after each compilation without errors');
const watcher = spawn(process.execPath, [tsc, '-b', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let rest = '';
watcher.stdout.setEncoding('utf8').on('data', (chunk) => {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  for (const line of lines) {
    if (line.trim()) console.log(line);
    const found = /Found (\d+) errors?\. Watching for file changes\./.exec(line);
    if (!found) continue;
    if (found[1] === '0') restartServer();
    else say(`Not restarting: fix the ${found[1] === '1' ? 'error' : `${found[1]} errors`} above first`);
  }
});
watcher.once('exit', (code) => {
  if (!stopping) {
    say(`tsc --watch exited (${code}); stopping`);
    void shutdown();
  }
});

async function shutdown() {
  if (stopping) return;
  stopping = true;
  watcher.kill('SIGTERM');
  await restarting;
  await stopServer();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown());
