/**
 * The outcome hook of module jobs (src/shared/outcome-hooks.ts): the job
 * runner runs it when a job starts running (outside a transaction: its
 * in-transaction effects get one of their own) and in the transaction that
 * records each attempt's outcome (succeeded, retrying or failed). Other
 * areas register on it in src/composition.ts: an order's items follow their
 * services' create (issue 14.4, in the transaction), a spam filter's
 * confirmed add or removal marks the domain's zone for its MX records to
 * move (issue 15.4, in the transaction; the records move after the commit).
 */
import type { ModuleKind } from '@hostbill/plugin-sdk';
import type { Config } from '../config';
import { outcomeHook } from '../shared/outcome-hooks';
import type { ModuleJob } from './module-job.entity';
import type { ModuleRegistry } from './module-registry';
import type { Service } from './service.entity';

export interface ModuleJobOutcome {
  job: ModuleJob;
  service: Service;
  /** The kind of the module that ran the attempt; undefined when the job has only started or no module was found. */
  moduleKind?: ModuleKind;
  /** The configuration and modules the runner works with. */
  runner: { config: Config; modules: ModuleRegistry };
}

export const moduleJobProgressed = outcomeHook<ModuleJobOutcome>();
