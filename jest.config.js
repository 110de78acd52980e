// Agenda (the job queue, src/jobs/job-queue.ts) is an ES module loaded with import(),
// which jest supports only with --experimental-vm-modules. `npm test` sets it; a plain
// `npx jest` (IDE, one file) re-runs itself once with the flag so both work the same.
const VM_MODULES = '--experimental-vm-modules';
if (!process.execArgv.includes(VM_MODULES) && !(process.env.NODE_OPTIONS ?? '').includes(VM_MODULES) && !process.env.JEST_WORKER_ID) {
  const { spawnSync } = require('node:child_process');
  const run = spawnSync(process.execPath, [VM_MODULES, '--disable-warning=ExperimentalWarning', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src', '<rootDir>/plugins'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // The plugin SDK package from its source, as tsconfig.json's paths do: tests need no build first.
  moduleNameMapper: { '^@hostbill/plugin-sdk$': '<rootDir>/packages/plugin-sdk/src/index.ts' },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Hooks too: an app start on a busy machine can take half a minute.
  testTimeout: 60000,
  // Two suites at a time, whatever the machine: jest's default on 2 cores is one (cores - 1), and
  // most suites wait on PostgreSQL, child processes and timers rather than on the CPU.
  maxWorkers: 2,
  // A worker keeps memory from file to file (seen: 2.7 GB of RSS two thirds through a run). The servers under test run
  // in it, and the garbage collection of a heap that size stalls them: in that run an agenda job outlived its 2.8 s
  // lock and /health probes and the responsiveness tests' CPU budgets were missed. A worker above 1 GB after a file
  // is replaced by a fresh one.
  workerIdleMemoryLimit: '1GB',
};
