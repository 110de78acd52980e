/**
 * SV-3 / PM-3: the background job that runs one module command. The module is
 * called outside any transaction (STYLE 6); afterwards one transaction applies
 * the result (status only on success), writes the module log and the activity
 * log, and SERVICE_CHANGED is published after the commit. A retryable
 * ModuleError is retried with exponential backoff up to config.moduleMaxAttempts;
 * anything else fails the job and stores the error, leaving the status alone.
 *
 * Issue 11.3: the attempt runs under a lease (module-job-lease.ts). A job whose
 * worker died is taken over by another worker once its lease ran out and is
 * retried like a retryable failure; a graceful stop that outlasts its wait hands
 * running attempts back. Every attempt of a job gets the same idempotency key.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { JobQueue } from '../jobs/job-queue';
import { decryptSecret, encryptSecret } from '../shared/secrets';
import { localToday } from '../shared/clock';
import { recordActivity, SYSTEM_ACTOR } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { Server } from './server.entity';
import { Service } from './service.entity';
import type { Domain } from './domain.entity';
import { ModuleJob, ModuleJobErrorCode, ModuleJobStatus } from './module-job.entity';
import { ModuleLogEntry } from './module-log-entry.entity';
import { mask, recordingLogger, secretNames, secretsKeyOf } from '../plugins/module-settings';
import { serverContext, serverSecretValues } from './server.service';
import { commandContext, productContext, serviceContext, siblingServiceContext } from './command-context';
import type { ModuleRegistry } from './module-registry';
import { ModuleError, type CommandContext, type CommandResult, type CustomCommandContext, type ProvisioningModule } from '@hostbill/plugin-sdk';
import { lockTargetOf, MODULE_COMMAND_JOB, publishJobProgress, publishServiceChanged } from './module-command.service';
import { finishDomainJob, prepareDomainCommand } from './domain-command.jobs';
import { commandSpec, movedOnDuring, serviceCommandOf } from './module-command-catalogue';
import { followServices } from './client-status';
import { afterCommit } from '../shared/after-commit';
import { claimJob, holdsLease, keepLease, takeOverExpiredLeases, type Lease } from './module-job-lease';
import { logger } from '../shared/logger';
import { reportModuleJobAttempt } from './module-job-report';
import { moduleJobProgressed } from './module-job-outcome';
import { queueWelcomeMail } from './welcome-mail';

export interface JobDeps {
  orm: MikroORM;
  config: Config;
  modules: ModuleRegistry;
  jobs: JobQueue;
}

/** The job deps of one worker process: `workerId` names it in the leases it holds. */
interface Worker extends JobDeps {
  workerId: string;
}

export function defineModuleCommandJobs(deps: JobDeps): void {
  const worker: Worker = { ...deps, workerId: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}` };
  const timeoutMs = deps.config.moduleCommandTimeoutMs;
  // The module call is bounded by its timeout and grace; the lock outlasts it and the database work after it.
  const lockLifetimeMs = 2 * (timeoutMs + graceMs(timeoutMs));
  deps.jobs.define(MODULE_COMMAND_JOB, async (data, stopping) => runModuleJob(worker, Number(data.moduleJobId), stopping), { lockLifetimeMs });
  deps.jobs.repeat('module-job-recovery', Math.ceil(deps.config.moduleJobLeaseMs / 2), async () => {
    await recoverAbandonedJobs(worker);
    await requeueLostJobs(worker);
  });
}

/** Delay before attempt n+1 after attempt n failed retryably: base × 2^(n-1). */
export const backoffMs = (base: number, attempt: number) => base * 2 ** Math.max(0, attempt - 1);

/** How long a call may take to settle after its signal aborted before the runner stops waiting for it. */
const graceMs = (timeoutMs: number) => Math.min(1_000, timeoutMs);

async function runModuleJob(deps: Worker, jobId: number, stopping: AbortSignal): Promise<void> {
  const em = deps.orm.em.fork();
  // Claim: only a QUEUED or RETRYING job runs (a cancelled or finished one is skipped).
  const lease = await claimJob(em, jobId, deps.workerId, deps.config.moduleJobLeaseMs);
  if (!lease) return;
  const renewal = keepLease(deps.orm, jobId, lease, deps.config.moduleJobLeaseMs);
  let outcome: Outcome;
  try {
    const job = await em.findOneOrFail(ModuleJob, { id: jobId });
    // Issue 15.1: a job runs on a service or, for registrar commands, on a domain.
    const service = job.service ? await em.findOneOrFail(Service, { id: job.service.id }) : undefined;
    if (service) {
      await publishServiceChanged(em, service, job);
      await moduleJobProgressed.run(em, { job, service, runner: deps });
    } else await publishJobProgress(em, job);

    const timeoutMs = deps.config.moduleCommandTimeoutMs;
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([deadline, renewal.lost, stopping]);
    const lines: string[] = [];
    let secrets: string[] = [];
    let request: Record<string, unknown> = { command: job.command, attempt: job.attempts };
    let moduleName = '?';
    let result: unknown;
    let failure: unknown;
    const started = Date.now();
    try {
      const prepared = service ? await prepare(deps, job, service, lines, signal) : await prepareDomainCommand(deps, job, lines, signal);
      secrets = prepared.secrets;
      request = prepared.request;
      moduleName = prepared.module.name;
      // A module that ignores its signal is not waited for beyond the grace: the job must end.
      const gaveUp = () =>
        renewal.lost.aborted
          ? new ModuleError('The job was taken from this worker while the module call ran', { retryable: true })
          : new ModuleError(`The module did not return within ${timeoutMs} ms`, { retryable: true });
      result = await settleOrGiveUp(prepared.run(), signal, graceMs(timeoutMs), gaveUp);
    } catch (error) {
      failure = error;
    }
    const handedBack = failure !== undefined && stopping.aborted;
    if (handedBack) failure = new ModuleError('The worker stopped while the module call was running; handed back to be run again', { retryable: true });
    // The deadline aborted: the time limit ran out, whatever error the module made of it.
    const timedOut = failure !== undefined && !handedBack && deadline.aborted;
    outcome = { result, failure, handedBack, timedOut, durationMs: Date.now() - started, lines, secrets, request, moduleName };
  } finally {
    renewal.release();
  }
  await finish(deps, jobId, lease, outcome);
}

/**
 * Issue 11.3: runs in every worker, at start and every half lease. A RUNNING job
 * whose lease ran out lost its worker (killed, host gone); it is taken over and
 * the lost attempt recorded as a retryable failure, so it is retried with the
 * same idempotency key and the module adopts what the lost attempt did.
 */
async function recoverAbandonedJobs(deps: Worker): Promise<void> {
  const owner = `${deps.workerId} (recovery)`;
  const { moduleJobLeaseMs: leaseMs, moduleCommandTimeoutMs: timeoutMs } = deps.config;
  // A worker from before leases ends its call within the time limit; twice that and it is gone.
  for (const lost of await takeOverExpiredLeases(deps.orm.em.fork(), owner, leaseMs, 2 * timeoutMs + leaseMs)) {
    logger.warn(`Module job ${lost.id}: the worker running attempt ${lost.attempt} stopped reporting back; the attempt counts as failed`);
    await finish(deps, lost.id, { owner, attempt: lost.attempt }, {
      failure: new ModuleError(`The worker running attempt ${lost.attempt} stopped before it reported back (its lease ran out)`, { retryable: true }),
      durationMs: lost.runningMs,
      lines: [],
      secrets: [],
      request: { command: lost.command, attempt: lost.attempt },
      moduleName: lost.module ?? '?',
    });
  }
}

/**
 * Issue 17.2: a job is queued (and a retry scheduled) after the commit that
 * records it; a process killed or cut off from its database right then leaves
 * a QUEUED or RETRYING job that the queue does not know, or whose entry ended
 * without running it. Such a job, due for longer than a lease, is queued
 * again; claimJob keeps a second entry from running it twice.
 */
async function requeueLostJobs(deps: Worker): Promise<void> {
  const em = deps.orm.em.fork();
  const waiting = `status in (?, ?) and coalesce(next_run_at, updated_at) < now() - ? * interval '1 millisecond'`;
  const waitingParams = [ModuleJobStatus.QUEUED, ModuleJobStatus.RETRYING, deps.config.moduleJobLeaseMs];
  const due = await em.execute<{ id: number; queue_job_id: string | null }[]>(
    `select id, queue_job_id from module_job where ${waiting} order by id limit 100`, waitingParams,
  );
  if (!due.length) return;
  const queued = await deps.jobs.unfinished(due.flatMap((row) => (row.queue_job_id ? [row.queue_job_id] : [])));
  for (const row of due.filter((job) => !job.queue_job_id || !queued.has(job.queue_job_id))) {
    // Read again after the queue: a job whose entry ran and ended since the first read has moved on.
    const [unchanged] = await em.execute(
      `select 1 from module_job where id = ? and queue_job_id is not distinct from ? and ${waiting}`, [row.id, row.queue_job_id, ...waitingParams],
    );
    if (!unchanged) continue;
    logger.warn(`Module job ${row.id} was not in the job queue; queued again`);
    const queueJobId = await deps.jobs.now(MODULE_COMMAND_JOB, { moduleJobId: row.id });
    // Not a change of the job: the id of its new queue entry (updatedAt still tells how long it has been due).
    await em.nativeUpdate(ModuleJob, { id: row.id }, { queueJobId });
  }
}

/** The call's own outcome; once `signal` aborted and the call did not settle within `graceMs`, the `gaveUp` error. */
function settleOrGiveUp<T>(call: Promise<T>, signal: AbortSignal, graceMs: number, gaveUp: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const giveUp = () => (timer = setTimeout(() => reject(gaveUp()), graceMs));
    if (signal.aborted) giveUp();
    else signal.addEventListener('abort', giveUp, { once: true });
    call.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', giveUp);
    });
  });
}

export interface Prepared {
  module: ProvisioningModule;
  /** Calls the module with the prepared context. */
  run(): Promise<unknown>;
  secrets: string[];
  request: Record<string, unknown>;
}

/** The SDK context with secrets decrypted for this call only; anything missing is a non-retryable failure. */
async function prepare(deps: JobDeps, job: ModuleJob, service: Service, lines: string[], signal: AbortSignal): Promise<Prepared> {
  const em = deps.orm.em.fork();
  const key = secretsKeyOf(deps);
  const productRecord = await em.findOneOrFail(Product, service.product.id);
  if (!productRecord.module) throw new ModuleError(`Product "${productRecord.name}" has no module`, { retryable: false });
  const module = deps.modules.modules.get(productRecord.module);
  if (!module) throw new ModuleError(`Module "${productRecord.module}" is not loaded`, { retryable: false });
  if (!service.server) throw new ModuleError('The service has no server', { retryable: false });
  const server = await em.findOneOrFail(Server, service.server.id);
  if (!server.enabled) throw new ModuleError(`Server ${server.name} is disabled`, { retryable: false });
  const client = await em.findOneOrFail(Client, service.client.id);
  const serverCtx = serverContext(deps, server);
  const password = service.passwordEncrypted ? decryptSecret(key, service.passwordEncrypted) : undefined;
  const spec = serviceCommandOf(module, job.command);
  // A custom command's secret inputs are its inputSchema's writeOnly properties, stored encrypted (runModuleCommand).
  const customSecretNames = spec ? [] : secretNames(module.customCommands?.[job.command]?.inputSchema ?? {}).filter((name) => typeof job.input[name] === 'string');
  const customSecrets = Object.fromEntries(customSecretNames.map((name) => [name, decryptSecret(key, String(job.input[name]))]));
  const inputSecrets = [...(spec?.secretInput ?? []).map((name) => job.input[name]).filter((value) => typeof value === 'string').map((value) => decryptSecret(key, value)), ...Object.values(customSecrets)];
  const secrets = [...serverSecretValues(server, serverCtx.settings), password ?? '', ...inputSecrets].filter((v) => v && v.length >= 3);
  const logger = recordingLogger(lines, secrets);
  const product = productContext(productRecord);
  // Standard commands get the catalogue's extra context; custom commands their input and who asked.
  const extra = spec
    ? await spec.extraContext?.({ em, input: job.input, product, password, decrypt: (value) => decryptSecret(key, value) }) ?? {}
    : { input: { ...job.input, ...customSecrets }, requestedBy: requesterOf(job) };
  // The client's other services on this server: a module may share one remote account among them.
  const siblings = await em.find(Service, { client: service.client.id, server: server.id, id: { $ne: service.id } }, { orderBy: { id: 'asc' } });
  const context = commandContext({
    service: serviceContext(service, password),
    otherServicesOnServer: siblings.map(siblingServiceContext),
    client,
    product,
    server: serverCtx,
    // Stable across every attempt of this job, also one after its worker died: a retried create finds the work of an earlier attempt.
    idempotencyKey: `service-${service.id}-${job.command}-${job.id}`,
    logger,
    signal,
  }, extra);
  const summaryInput = spec?.logInput ? spec.logInput(job.input) : { ...job.input, ...Object.fromEntries(customSecretNames.map((name) => [name, true])) };
  const request = {
    command: job.command,
    attempt: job.attempts,
    module: module.name,
    server: { id: server.id, name: server.name, hostname: server.hostname },
    product: context.product.name,
    domain: service.domain ?? null,
    idempotencyKey: context.idempotencyKey,
    input: JSON.parse(mask(JSON.stringify(summaryInput), secrets)),
  };
  return { module, run: () => call(module, job.command, context), secrets, request };
}

/** Who queued a custom command, as the module sees it. */
/** Issue 14.5: the output on the job; the fields the custom command declares secret (a login link) go encrypted beside it. */
function storeOutput(deps: JobDeps, job: ModuleJob, moduleName: string | undefined, output: Record<string, unknown>): void {
  const secretNames = new Set(moduleName ? deps.modules.modules.get(moduleName)?.customCommands?.[job.command]?.secretOutput ?? [] : []);
  const secret = Object.fromEntries(Object.entries(output).filter(([name]) => secretNames.has(name)));
  job.output = Object.fromEntries(Object.entries(output).filter(([name]) => !secretNames.has(name)));
  job.outputSecretsEncrypted = Object.keys(secret).length ? encryptSecret(secretsKeyOf(deps), JSON.stringify(secret)) : undefined;
}

function requesterOf(job: ModuleJob): CustomCommandContext['requestedBy'] {
  const kind = job.queuedByClientId ? 'client' : job.queuedByStaffId ? 'staff' : 'system';
  return { kind, ip: job.queuedFromIp ?? undefined };
}

async function call(module: ProvisioningModule, command: string, context: CommandContext): Promise<CommandResult> {
  if (serviceCommandOf(module, command)) {
    const fn = (module as unknown as Record<string, (ctx: CommandContext) => Promise<CommandResult>>)[command];
    return (await fn.call(module, context)) ?? {};
  }
  const custom = module.customCommands?.[command];
  if (!custom) throw new ModuleError(`Module ${module.name} has no command "${command}"`, { retryable: false });
  return (await custom.run(context as CustomCommandContext)) ?? {};
}

export interface Outcome {
  /** What the module returned: a CommandResult, or for registrar commands what their SDK function returns. */
  result?: unknown;
  failure?: unknown;
  /** A graceful stop cut the call short: the job runs again at once (also after its last attempt). */
  handedBack?: boolean;
  /** The module call ran out of its time limit (the error code clients see is TIMEOUT). */
  timedOut?: boolean;
  durationMs: number;
  lines: string[];
  secrets: string[];
  request: Record<string, unknown>;
  moduleName: string;
}

/** What an attempt's outcome means for its job. */
export interface Verdict {
  ok: boolean;
  moduleError?: ModuleError;
  /** The error as stored and logged (secrets masked). */
  errorText?: string;
  errorCode?: ModuleJobErrorCode;
}

function verdictOf(jobId: number, { failure, secrets, timedOut }: Outcome): Verdict {
  const ok = failure === undefined;
  const moduleError = failure instanceof ModuleError ? failure : undefined;
  const errorText = ok
    ? undefined
    : mask(moduleError ? moduleError.message : `Unexpected error: ${(failure as Error)?.message ?? String(failure)}`, secrets).slice(0, 2000);
  if (!ok && !moduleError) logger.error({ stack: mask(String((failure as Error)?.stack ?? failure), secrets) }, `Module job ${jobId} failed unexpectedly`);
  const errorCode = ok ? undefined
    : timedOut ? ModuleJobErrorCode.TIMEOUT
    : !moduleError ? ModuleJobErrorCode.INTERNAL
    : moduleError.retryable ? ModuleJobErrorCode.UNAVAILABLE
    : ModuleJobErrorCode.MODULE_ERROR;
  return { ok, moduleError, errorText, errorCode };
}

async function finish(deps: JobDeps, jobId: number, lease: Lease, outcome: Outcome): Promise<void> {
  const { secrets } = outcome;
  const result = outcome.result as CommandResult | undefined;
  const verdict = verdictOf(jobId, outcome);
  const { ok, errorText } = verdict;

  const em = deps.orm.em.fork();
  await em.transactional(async (tx) => {
    // The job's client and service (or domain) are locked before the job, the order staff's commands lock them in.
    const target = await lockTargetOf(tx, await tx.findOneOrFail(ModuleJob, { id: jobId }));
    const job = await tx.findOneOrFail(ModuleJob, { id: jobId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (job.domain) return finishDomainJob(tx, deps, job, lease, outcome, verdict);
    const service = target.service!;
    const log = attemptLog(tx, { service }, job, lease, outcome, verdict,
      { message: result?.message ?? null, username: result?.username ?? null, moduleData: result?.moduleData ?? {} }, secrets);
    // The job and the service are no longer this attempt's to change.
    if (!holdsLease(job, lease)) return log.notApplied();
    const from = service.status;
    if (ok) {
      const spec = commandSpec(job.command);
      // OR-4 / SV-3: the service moved on while the command ran (staff set its status, the order was cancelled or marked
      // fraud): the module's answer is kept, but the status it would set does not undo theirs (a late create or
      // unsuspend would bring a cancelled service back to billing), and staff are told what happened on the server.
      const overtaken = spec?.target === 'service' && movedOnDuring(spec, service.status);
      if (spec?.target === 'service' && !overtaken) {
        if (spec.statusOnSuccess) service.status = spec.statusOnSuccess;
        spec.applySuccess?.(service, job.input, tx, localToday(deps.config.automation));
      }
      if (result?.username) service.username = String(result.username);
      if (result?.moduleData && typeof result.moduleData === 'object') service.moduleData = { ...service.moduleData, ...result.moduleData };
      // SV-17 / issue 15.5: a created service sends its welcome email, queued in this same transaction, unless staff turned it off.
      if (job.command === 'create' && service.sendWelcomeEmail && !overtaken) await queueWelcomeMail(tx, service.id);
      service.lastModuleError = !overtaken ? undefined : job.command === 'create'
        ? `create: the account was created on the server after the service became ${service.status}; remove it there`
        : `${job.command}: done on the server after the service became ${service.status}, which it stays; check the account there`;
      if (result?.output && typeof result.output === 'object') storeOutput(deps, job, outcome.moduleName, JSON.parse(mask(JSON.stringify(result.output), secrets)));
    } else if (!outcome.handedBack) service.lastModuleError = `${job.command}: ${errorText}`;
    await settleJob(tx, deps, job, lease, outcome, verdict);
    log.applied();
    recordJobOutcome(tx, 'Service', service, job, from, service.status, errorText);
    if (from !== service.status) await followServices(tx, SYSTEM_ACTOR, [service.client.id]);
    await moduleJobProgressed.run(tx, { job, service, moduleKind: deps.modules.modules.get(outcome.moduleName)?.kind, runner: deps });
    await publishServiceChanged(tx, service, job, from !== service.status ? 'UPDATED' : 'JOB_UPDATED');
  });
}

/**
 * The module-log entry of one attempt on a service or a domain: the request as
 * sent, the response summary and the call's lines, every secret masked. An
 * attempt that no longer held its lease (staff marked the job failed, or
 * another worker took it over) is logged for the record as not applied.
 */
export function attemptLog(tx: EntityManager, target: { service: Service } | { domain: Domain }, job: ModuleJob, lease: Lease, outcome: Outcome, verdict: Verdict, response: unknown, secrets: string[]) {
  const write = (error: string | undefined) => tx.create(ModuleLogEntry, {
    ...target,
    jobId: job.id,
    module: outcome.moduleName,
    command: job.command,
    attempt: lease.attempt,
    success: verdict.ok,
    request: outcome.request,
    response: verdict.ok ? JSON.parse(mask(JSON.stringify(response), secrets)) : undefined,
    error,
    remoteCode: verdict.moduleError?.remoteCode,
    durationMs: outcome.durationMs,
    lines: outcome.lines.map((line) => mask(line, secrets)),
  });
  return {
    applied: () => void write(verdict.errorText),
    notApplied: () => void write(`Not applied: the job was ${job.status} before this attempt reported back${verdict.errorText ? ` (${verdict.errorText})` : ''}`.slice(0, 2000)),
  };
}

/** The activity entry of a job's outcome on its service or domain. The job acts as the system; who queued it is on the moduleCommand entry (and named here). */
export function recordJobOutcome(tx: EntityManager, targetType: 'Service' | 'Domain', target: { id: number; client: { id: number } }, job: ModuleJob, from: string, to: string, errorText?: string): void {
  recordActivity(tx, SYSTEM_ACTOR, {
    action: `${targetType.toLowerCase()}.moduleCommand.${job.status}`,
    targetType,
    targetId: String(target.id),
    clientId: target.client.id,
    details: { jobId: job.id, command: job.command, attempt: job.attempts, ...(job.queuedByStaffId ? { queuedByStaffId: job.queuedByStaffId } : {}), ...(from !== to ? { from, to } : {}), ...(errorText ? { error: errorText } : {}) },
  });
}

/**
 * The job's state after an attempt that held its lease, inside the transaction
 * `tx` that records it: SUCCEEDED, RETRYING (handed back, or a retryable failure
 * with attempts left; the retry is scheduled after the commit) or FAILED.
 */
export async function settleJob(tx: EntityManager, deps: JobDeps, job: ModuleJob, lease: Lease, outcome: Outcome, verdict: Verdict): Promise<void> {
  const { ok, moduleError, errorText, errorCode } = verdict;
  job.leaseOwner = undefined;
  job.leaseExpiresAt = undefined;
  if (ok) {
    job.status = ModuleJobStatus.SUCCEEDED;
    job.lastError = undefined;
    job.errorCode = undefined;
    job.finishedAt = new Date();
  } else if (outcome.handedBack) {
    job.lastError = errorText;
    job.status = ModuleJobStatus.RETRYING;
    job.nextRunAt = new Date();
  } else {
    const retry = moduleError?.retryable === true && job.attempts < deps.config.moduleMaxAttempts;
    job.lastError = errorText;
    job.errorCode = errorCode;
    if (retry) {
      job.status = ModuleJobStatus.RETRYING;
      job.nextRunAt = new Date(Date.now() + backoffMs(deps.config.moduleRetryBaseMs, job.attempts));
    } else {
      job.status = ModuleJobStatus.FAILED;
      job.finishedAt = new Date();
    }
  }
  await afterCommit(tx, () => reportModuleJobAttempt(job, { module: outcome.moduleName, attempt: lease.attempt, durationMs: outcome.durationMs, error: errorText }));
  const nextRunAt = job.status === ModuleJobStatus.RETRYING ? job.nextRunAt : undefined;
  if (nextRunAt) {
    await afterCommit(tx, async () => {
      try {
        const queueJobId = await deps.jobs.schedule(nextRunAt, MODULE_COMMAND_JOB, { moduleJobId: job.id });
        // Not a change of the job: the id of its queue entry.
        await deps.orm.em.fork().nativeUpdate(ModuleJob, { id: job.id }, { queueJobId });
      } catch (error) {
        logger.error({ err: error }, `Scheduling the retry of module job ${job.id} failed`);
      }
    });
  }
}
