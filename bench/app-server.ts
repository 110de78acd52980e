/**
 * This server as `npm start` runs it (src/app.ts startApp), in a child
 * process of the bench (bench/servers.ts), on the database the bench gives
 * in DATABASE_URL. It counts its SQL with the ORM's statement counter, the
 * one the e2e tests use, and records the SQL of sampled requests so the
 * bench can check their query plans.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { startApp } from '../src/app';
import { sqlStatements } from '../src/shared/orm';
import { renewalInvoicesStep } from '../src/automation/renewal-invoices.step';
import type { AutomationDeps } from '../src/automation/daily-run.context';
import { filteredSeqScans, recordSql, type Statement } from './sql';
import { serveControl } from './servers';
import { now } from './measure';
import type { RenewalStepResult } from './daily-run';

async function main() {
  const config = loadConfig({ ...process.env, PORT: '0', DEMO_DATA: 'false' });
  const app = await startApp(config);
  const sampled: Statement[] = [];
  let stopRecording: (() => Statement[]) | undefined;
  serveControl({
    url: app.url,
    sqlStatements: () => sqlStatements.count,
    stop: () => app.stop(),
    handlers: {
      sampleStart: () => {
        stopRecording = recordSql(app.orm);
      },
      sampleStop: () => {
        sampled.push(...(stopRecording?.() ?? []));
        stopRecording = undefined;
      },
      /** The sequential scans that filter a large table in the plans of the sampled statements. */
      seqScans: () => filteredSeqScans(app.orm, sampled),
      /** The daily run's renewal step for a date (bench/daily-run.ts), with the context the daily run gives it (daily-run.service.ts). */
      renewalInvoices: (date: string) => renewalInvoices({ em: app.orm.em, config, jobs: app.jobs, modules: app.modules }, date),
    },
  });
}

async function renewalInvoices(deps: AutomationDeps, date: string): Promise<RenewalStepResult> {
  const rssMiB = () => process.memoryUsage.rss() / 2 ** 20;
  const rssBeforeMiB = rssMiB();
  let rssSampledPeakMiB = rssBeforeMiB;
  const sampler = setInterval(() => (rssSampledPeakMiB = Math.max(rssSampledPeakMiB, rssMiB())), 50);
  let failedItems = 0;
  const start = now();
  try {
    const invoices = await renewalInvoicesStep({
      deps, settings: deps.config.automation, date, em: deps.em.fork(),
      itemFailed: async (subjectType, subjectKey, error) => {
        failedItems++;
        console.error(`renewal step: ${subjectType} ${subjectKey} failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    });
    // maxRSS is in KiB on Linux.
    return { invoices, failedItems, ms: now() - start, rssBeforeMiB, rssSampledPeakMiB: Math.max(rssSampledPeakMiB, rssMiB()), maxRssMiB: process.resourceUsage().maxRSS / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
