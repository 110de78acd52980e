/**
 * Issue 11.9: reading registrars' message queues (transfer results, purged
 * deletions). Every REGISTRY_POLL_INTERVAL_MS one worker process (Agenda's
 * shared recurring record, see JobQueue.define everyMs) queues one poll job
 * per enabled server whose module reads a queue; the pollRegistry mutation
 * queues one directly. Each server is its own job, so one that fails or hangs
 * holds up no other.
 *
 * A poll job calls the module outside any transaction (STYLE 6). Each message
 * the module hands over is applied to its live domain record in one
 * transaction; the module acknowledges it at the registry only after that
 * committed, so a message whose recording failed stays queued and comes again.
 * A message about a name with no live record of this registrar is
 * acknowledged and logged: it would never become recordable by waiting.
 */
import pg from 'pg';
import { LockMode } from '@mikro-orm/core';
import { Domain, RELEASED_DOMAIN_STATUSES } from './domain.entity';
import { Server } from './server.entity';
import { ModuleLogEntry } from './module-log-entry.entity';
import { mask, recordingLogger } from '../plugins/module-settings';
import { serverContext, serverSecretValues } from './server.service';
import { ModuleError, type ModuleLogger, type RegistryMessage } from '@hostbill/plugin-sdk';
import { applyDomainSync } from './domain-sync';
import { SYSTEM_ACTOR } from '../activity/activity.service';
import type { JobDeps } from './module-command.jobs';
import { pollingModule, pollingModuleNames, REGISTRY_POLL_JOB, REGISTRY_POLL_SERVER_JOB, type PollingModule } from './registry-poll.service';
import { logger } from '../shared/logger';
import { lockClientOfDomain } from './client-lock';

/** PostgreSQL advisory lock class of registry polls (any fixed 32-bit number); the object id is the server id. */
const POLL_LOCK_CLASS = 0x52504f4c;

export function defineRegistryPollJobs(deps: JobDeps): void {
  deps.jobs.define(REGISTRY_POLL_JOB, () => queueRegistryPolls(deps), {
    // Database work only: a module call's time limit is ample.
    lockLifetimeMs: deps.config.moduleCommandTimeoutMs,
    everyMs: deps.config.registryPollIntervalMs,
  });
  // The module call is bounded by its timeout; the lock outlasts it and the database work after it.
  deps.jobs.define(REGISTRY_POLL_SERVER_JOB, (data) => pollServer(deps, Number(data.serverId)), {
    lockLifetimeMs: 2 * deps.config.moduleCommandTimeoutMs,
    removeOnComplete: true,
  });
}

async function queueRegistryPolls(deps: JobDeps): Promise<void> {
  const modules = pollingModuleNames(deps.modules);
  if (!modules.length) return;
  const servers = await deps.orm.em.fork().find(Server, { enabled: true, module: { $in: modules } }, { fields: ['id'], orderBy: { id: 'asc' } });
  for (const server of servers) {
    try {
      await deps.jobs.now(REGISTRY_POLL_SERVER_JOB, { serverId: server.id });
    } catch (error) {
      logger.error({ err: error }, `Queueing the registry poll of server ${server.id} failed`);
    }
  }
}

async function pollServer(deps: JobDeps, serverId: number): Promise<void> {
  const server = await deps.orm.em.fork().findOne(Server, { id: serverId });
  // Deleted, disabled or switched to another module since the poll was queued.
  const module = server?.enabled ? pollingModule(deps.modules, server.module) : undefined;
  if (!server || !module) return;
  // A poll of this server running already reads the same queue: nothing left to do.
  await holdingPollLock(deps, serverId, () => pollWithLog(deps, server, module));
}

/**
 * Runs `work` unless a poll of this server runs already, in any process: two
 * polls would read the same head of the queue and acknowledge it twice. The
 * lock is a session advisory lock on a connection of its own, so it goes with
 * that session, also when this process dies mid-poll.
 */
async function holdingPollLock(deps: JobDeps, serverId: number, work: () => Promise<void>): Promise<void> {
  const session = new pg.Client({ connectionString: deps.orm.config.get('clientUrl') });
  session.on('error', (error) => logger.error(`Registry poll lock of server ${serverId}: connection lost (${error.message})`));
  await session.connect();
  try {
    const { rows } = await session.query<{ locked: boolean }>('select pg_try_advisory_lock($1::int, $2::int) as locked', [POLL_LOCK_CLASS, serverId]);
    if (rows[0]?.locked) await work();
  } finally {
    await session.end().catch(() => undefined);
  }
}

/** One poll; a module log entry when it handled a message or failed (an empty queue leaves no trace). */
async function pollWithLog(deps: JobDeps, server: Server, module: PollingModule): Promise<void> {
  const lines: string[] = [];
  let secrets: string[] = [];
  let handled = 0;
  let failure: unknown;
  const started = Date.now();
  try {
    const context = serverContext(deps, server);
    secrets = serverSecretValues(server, context.settings);
    const logger = recordingLogger(lines, secrets);
    await module.poll({
      server: context,
      logger,
      signal: AbortSignal.timeout(deps.config.moduleCommandTimeoutMs),
      handle: async (message) => {
        await recordMessage(deps, server, message, logger);
        handled += 1;
      },
    });
  } catch (error) {
    failure = error;
  }
  if (!handled && failure === undefined) return;

  const moduleError = failure instanceof ModuleError ? failure : undefined;
  const errorText = failure === undefined
    ? undefined
    : mask(moduleError ? moduleError.message : `Unexpected error: ${(failure as Error)?.message ?? String(failure)}`, secrets).slice(0, 2000);
  if (failure !== undefined && !moduleError) logger.error({ stack: mask(String((failure as Error)?.stack ?? failure), secrets) }, `Registry poll of server ${server.id} failed`);
  const em = deps.orm.em.fork();
  em.create(ModuleLogEntry, {
    server: em.getReference(Server, server.id),
    module: module.name,
    command: 'poll',
    attempt: 1,
    success: failure === undefined,
    request: { command: 'poll', module: module.name, server: { id: server.id, name: server.name, hostname: server.hostname } },
    response: { handled },
    error: errorText,
    remoteCode: moduleError?.remoteCode,
    durationMs: Date.now() - started,
    lines,
  });
  await em.flush();
}

/** ctx.handle: the message's domain state onto its live record, in one transaction; throws leave it queued. */
async function recordMessage(deps: JobDeps, server: Server, message: RegistryMessage, logger: ModuleLogger): Promise<void> {
  const name = message.domain?.trim().toLowerCase().replace(/\.$/, '');
  const about = `message ${message.id}${name ? ` about ${name}` : ''} (${message.text}${message.transferStatus ? `, transfer ${message.transferStatus}` : ''})`;
  if (!name || !message.sync) {
    logger.info(`${about}: no domain state to record`);
    return;
  }
  const sync = message.sync;
  const outcome = await deps.orm.em.fork().transactional(async (em) => {
    // Locked (after its client, see client-lock.ts): two registry updates of one domain apply one after the other,
    // the second seeing the first.
    const where = { name, registrar: server.module, status: { $nin: [...RELEASED_DOMAIN_STATUSES] } };
    const found = await em.findOne(Domain, where);
    if (!found) return undefined;
    await lockClientOfDomain(em, found.id);
    const domain = await em.findOne(Domain, { ...where, id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!domain) return undefined;
    const details = { serverId: server.id, messageId: message.id, message: message.text.slice(0, 500), transferStatus: message.transferStatus ?? null };
    return { domain, ...(await applyDomainSync(em, SYSTEM_ACTOR, domain, sync, details, deps)) };
  });
  if (!outcome) {
    logger.warn(`${about}: no live domain record of registrar ${server.module} has this name; acknowledged without a change`);
    return;
  }
  const { domain, changed, from, ignored } = outcome;
  if (ignored.length) logger.warn(`${about}: the module reported what this server does not know, left out: ${ignored.join(', ')}`);
  logger.info(
    changed.length
      ? `${about}: domain ${domain.id} ${changed.includes('status') ? `${from} → ${domain.status}` : domain.status}, changed ${changed.join(', ')}`
      : `${about}: domain ${domain.id} already agrees (${domain.status})`,
  );
}
