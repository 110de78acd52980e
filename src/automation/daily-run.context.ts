/**
 * What every step of the daily run works with (issue 16.1). A real run gives
 * each step its own EntityManager fork and records what failed; a preview
 * runs the steps inside one transaction that is rolled back and collects
 * what they did instead (dailyRunPreview).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AutomationConfig, Config } from '../config';
import type { JobQueue } from '../jobs/job-queue';
import { OPEN_STATUSES } from '../billing/invoice.entity';
import type { ModuleRegistry } from '../provisioning/module-registry';
import type { DailyRunStepName } from './daily-run.entity';

export interface AutomationDeps {
  /** The EntityManager each unit of work forks from. */
  em: EntityManager;
  config: Config;
  jobs?: JobQueue;
  /** The registrar modules the domain steps queue commands for. */
  modules: ModuleRegistry;
}

/** What a preview collects (keys of records; the resolver reads them after the rollback). */
export interface PreviewCollector {
  invoices: { clientKey: number; dueDate: string; currency: string; subtotalMinor: bigint; taxMinor: bigint; totalMinor: bigint; lines: { serviceKey?: number; domainKey?: number; description: string; amountMinor: bigint }[] }[];
  credit: { invoiceKey: number | null; clientKey: number; amountMinor: bigint; currency: string }[];
  reminders: { invoiceKey: number; kind: string }[];
  lateFees: { invoiceKey: number; amountMinor: bigint; currency: string }[];
  /** Keys of cancellation requests whose Terminate was queued. */
  cancellations: number[];
  suspensions: number[];
  terminations: number[];
  fixedTermTerminations: number[];
  /** Keys of domains whose renew / sync was queued. */
  domainRenewals: number[];
  domainSyncs: number[];
  clientStatuses: { clientKey: number; status: string }[];
  errors: { step: DailyRunStepName; subjectType: string; subjectKey: number; message: string }[];
}

export interface StepContext {
  deps: AutomationDeps;
  settings: AutomationConfig;
  /** The date the run works for (YYYY-MM-DD). */
  date: string;
  /** Outside a preview: a fork of its own. In a preview: the preview's transaction. */
  em: EntityManager;
  /** Undefined in a preview. */
  runId?: number;
  preview?: PreviewCollector;
  /** Records an item the step could not handle; the step goes on. */
  itemFailed(subjectType: string, subjectKey: number, error: unknown): Promise<void>;
}

/** Runs a raw statement in `em`'s transaction (if any). */
export function sql<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(text, params, 'all', em.getTransactionContext());
}

/**
 * Inserts a claim on one effect on one item, inside the transaction that
 * records the effect; false when an earlier run (or a concurrent one) has it.
 */
export async function claim(em: EntityManager, kind: string, subjectKey: number, ref: string, runId: number | undefined): Promise<boolean> {
  const rows = await sql(em, 'insert into automation_claim (kind, subject_key, ref, run_id) values (?, ?, ?, ?) on conflict do nothing returning subject_key', [kind, subjectKey, ref, runId ?? null]);
  return rows.length > 0;
}

/** The statuses of invoices still waiting for money, as an SQL list. */
export const OPEN_INVOICE = `(${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;
