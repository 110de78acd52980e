import type { Configuration } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from './context';

/**
 * What work running inside another's transaction with no request of its own
 * (a payment's effects: accepting orders, applying an upgrade, unsuspending)
 * reaches beyond that transaction: the ORM to fork, the job queue, the
 * configuration and the modules. Installed once at start-up (src/app.ts).
 */
export type SystemContext = Pick<RequestContext, 'em' | 'jobs' | 'config' | 'modules'>;

/** Keyed by the ORM's configuration, which every fork shares. */
const installed = new WeakMap<Configuration, SystemContext>();

export function installSystemContext(context: SystemContext): void {
  installed.set(context.em.config, context);
}

/** The system context of `em`'s database; undefined where no app was started on it (scripts, tests without one). */
export function systemContextOf(em: EntityManager): SystemContext | undefined {
  return installed.get(em.config);
}
