// `npm run build` (and so `npm start`): an incremental `tsc -b` that compiles only
// what changed since the last build (state in dist/tsconfig.build.tsbuildinfo), or
// nothing, and says which. Plain JavaScript: it runs before anything is compiled.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const started = Date.now();
console.log('Compiling TypeScript: only what changed since the last build (tsc -b)');
const root = fileURLToPath(new URL('..', import.meta.url));
const child = spawn(process.execPath, [tsc, '-b', 'tsconfig.build.json', '--verbose'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
let rest = '';
child.stdout.setEncoding('utf8').on('data', (chunk) => {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  // --verbose says why each project is (not) rebuilt; the list of projects is noise here.
  for (const line of lines) {
    const message = line.replace(/^[\d:]+ ?(AM|PM)? - /, '');
    if (/^Project '/.test(message)) console.log(`  ${message}`);
    else if (!/^(Projects in this build:|    \* |Building project|Updating output timestamps|\s*$)/.test(message)) console.log(line);
  }
});
child.on('close', (code) => {
  if (rest) console.log(rest);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(code === 0 ? `Build done in ${seconds} s` : `Compilation failed after ${seconds} s (exit code ${code})`);
  process.exit(code ?? 1);
});
