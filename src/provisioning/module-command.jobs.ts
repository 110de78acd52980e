/**
 * SV-3 / PM-3: the background job that runs one module command. The module is
 * called outside any transaction (STYLE 6); afterwards one transaction applies
 * the result (status only on success), writes the module log and the activity
 * log, and SERVICE_CHANGED is published after the commit. A retryable
 * ModuleError is retried with exponential backoff up to config.moduleMaxAttempts;
 * anything else fails the job and stores the error, leaving the status alone.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { EventBus } from '../shared/event-bus';
import type { Viewer } from '../shared/context';
import type { JobQueue } from '../jobs/job-queue';
import { decryptSecret } from '../shared/secrets';
import { recordActivity } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { Server } from './server.entity';
import { Service } from './service.entity';
import { ServiceStatus } from './service-status';
import { ModuleJob, ModuleJobStatus } from './module-job.entity';
import { ModuleLogEntry } from './module-log-entry.entity';
import { mask, recordingLogger, secretsKeyOf } from './module-settings';
import { serverContext, serverSecretValues } from './server.service';
import type { ModuleRegistry } from './module-registry';
import { ModuleError, type CommandContext, type CommandResult, type ProvisioningModule } from './sdk';
import { isStandardCommand, MODULE_COMMAND_JOB, publishServiceChanged } from './module-command.service';
import { followServices, publishStatusChanges } from './client-status';
import { todayUtc } from '../shared/dates';

export interface JobDeps {
  orm: MikroORM;
  events: EventBus;
  config: Config;
  modules: ModuleRegistry;
  jobs: JobQueue;
}

const STATUS_ON_SUCCESS: Record<string, ServiceStatus | undefined> = {
  create: ServiceStatus.ACTIVE,
  suspend: ServiceStatus.SUSPENDED,
  unsuspend: ServiceStatus.ACTIVE,
  terminate: ServiceStatus.TERMINATED,
};

export function defineModuleCommandJobs(deps: JobDeps): void {
  // The module call is bounded by its timeout; the lock outlasts it and the database work after it.
  const lockLifetimeMs = 2 * deps.config.moduleCommandTimeoutMs;
  deps.jobs.define(MODULE_COMMAND_JOB, async (data) => runModuleJob(deps, Number(data.moduleJobId)), { lockLifetimeMs });
}

/** Delay before attempt n+1 after attempt n failed retryably: base × 2^(n-1). */
export const backoffMs = (base: number, attempt: number) => base * 2 ** Math.max(0, attempt - 1);

export async function runModuleJob(deps: JobDeps, jobId: number): Promise<void> {
  const em = deps.orm.em.fork();
  // Claim: only a QUEUED or RETRYING job runs (a cancelled or finished one is skipped).
  const claimed: { attempts: number }[] = await em.getConnection().execute(
    `update module_job set status = ?, attempts = attempts + 1, next_run_at = null, updated_at = now()
      where id = ? and status in (?, ?) returning attempts`,
    [ModuleJobStatus.RUNNING, jobId, ModuleJobStatus.QUEUED, ModuleJobStatus.RETRYING],
  );
  if (!claimed.length) return;
  const job = await em.findOneOrFail(ModuleJob, { id: jobId });
  const service = await em.findOneOrFail(Service, { id: job.service.id });
  publishServiceChanged(deps.events, service, job);

  const lines: string[] = [];
  let secrets: string[] = [];
  let request: Record<string, unknown> = { command: job.command, attempt: job.attempts };
  let moduleName = '?';
  let result: CommandResult | undefined;
  let failure: unknown;
  const started = Date.now();
  try {
    const prepared = await prepare(deps, job, service, lines);
    secrets = prepared.secrets;
    request = prepared.request;
    moduleName = prepared.module.name;
    result = await call(prepared.module, job.command, prepared.context, prepared.extra);
  } catch (error) {
    failure = error;
  }
  const durationMs = Date.now() - started;
  await finish(deps, jobId, { result, failure, durationMs, lines, secrets, request, moduleName });
}

interface Prepared {
  module: ProvisioningModule;
  context: CommandContext;
  extra: Record<string, unknown>;
  secrets: string[];
  request: Record<string, unknown>;
}

/** The SDK context with secrets decrypted for this call only; anything missing is a non-retryable failure. */
async function prepare(deps: JobDeps, job: ModuleJob, service: Service, lines: string[]): Promise<Prepared> {
  const em = deps.orm.em.fork();
  const key = secretsKeyOf(deps);
  const product = await em.findOneOrFail(Product, service.product.id);
  if (!product.module) throw new ModuleError(`Product "${product.name}" has no module`, { retryable: false });
  const module = deps.modules.modules.get(product.module);
  if (!module) throw new ModuleError(`Module "${product.module}" is not loaded`, { retryable: false });
  if (!service.server) throw new ModuleError('The service has no server', { retryable: false });
  const server = await em.findOneOrFail(Server, service.server.id);
  if (!server.enabled) throw new ModuleError(`Server ${server.name} is disabled`, { retryable: false });
  const client = await em.findOneOrFail(Client, service.client.id);
  const serverCtx = serverContext(deps, server);
  const password = service.passwordEncrypted ? decryptSecret(key, service.passwordEncrypted) : undefined;
  const newPassword = typeof job.input.passwordEncrypted === 'string' ? decryptSecret(key, job.input.passwordEncrypted) : undefined;
  const secrets = [...serverSecretValues(server, serverCtx.settings), password ?? '', newPassword ?? ''].filter((v) => v && v.length >= 3);
  const logger = recordingLogger(lines, secrets);
  const productCtx = (p: Product) => ({ id: String(p.id), name: p.name, options: p.productOptions ?? {} });
  const context: CommandContext = {
    service: {
      id: String(service.id),
      status: (service.status.charAt(0).toUpperCase() + service.status.slice(1)) as CommandContext['service']['status'],
      domain: service.domain ?? undefined,
      username: service.username ?? undefined,
      password,
      moduleData: { ...service.moduleData },
    },
    client: {
      id: String(client.id),
      firstName: client.firstName,
      lastName: client.lastName,
      companyName: client.companyName ?? undefined,
      email: client.email,
    },
    product: productCtx(product),
    server: serverCtx,
    // Stable across retries of this job: a retried create finds the work of an earlier attempt.
    idempotencyKey: `service-${service.id}-${job.command}-${job.id}`,
    logger,
    signal: AbortSignal.timeout(deps.config.moduleCommandTimeoutMs),
  };
  const extra: Record<string, unknown> = {};
  const summaryInput: Record<string, unknown> = { ...job.input };
  if (job.command === 'suspend') extra.reason = String(job.input.reason ?? '');
  if (job.command === 'changePackage') {
    const to = await em.findOneOrFail(Product, Number(job.input.productId));
    extra.previousProduct = context.product;
    context.product = productCtx(to);
  }
  if (job.command === 'changePassword') {
    extra.newPassword = newPassword ?? password ?? '';
    delete summaryInput.passwordEncrypted;
    summaryInput.newPassword = newPassword !== undefined;
  }
  if (!isStandardCommand(module, job.command)) extra.input = { ...job.input };
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
  return { module, context, extra, secrets, request };
}

async function call(module: ProvisioningModule, command: string, context: CommandContext, extra: Record<string, unknown>): Promise<CommandResult> {
  const full = { ...context, ...extra } as never;
  if (isStandardCommand(module, command)) {
    const fn = (module as unknown as Record<string, (ctx: never) => Promise<CommandResult>>)[command];
    return (await fn.call(module, full)) ?? {};
  }
  const custom = module.customCommands?.[command];
  if (!custom) throw new ModuleError(`Module ${module.name} has no command "${command}"`, { retryable: false });
  return (await custom.run(full)) ?? {};
}

interface Outcome {
  result?: CommandResult;
  failure?: unknown;
  durationMs: number;
  lines: string[];
  secrets: string[];
  request: Record<string, unknown>;
  moduleName: string;
}

async function finish(deps: JobDeps, jobId: number, outcome: Outcome): Promise<void> {
  const { result, failure, secrets } = outcome;
  const ok = failure === undefined;
  const moduleError = failure instanceof ModuleError ? failure : undefined;
  const errorText = ok
    ? undefined
    : mask(moduleError ? moduleError.message : `Unexpected error: ${(failure as Error)?.message ?? String(failure)}`, secrets).slice(0, 2000);
  if (!ok && !moduleError) console.error(`Module job ${jobId} failed unexpectedly`, mask(String((failure as Error)?.stack ?? failure), secrets));

  const em = deps.orm.em.fork();
  const { job, service, statusChanges } = await em.transactional(async (tx) => {
    const job = await tx.findOneOrFail(ModuleJob, { id: jobId });
    const service = await tx.findOneOrFail(Service, { id: job.service.id }, { refresh: true });
    const from = service.status;
    if (ok) {
      const to = STATUS_ON_SUCCESS[job.command];
      if (to) service.status = to;
      if (result?.username) service.username = String(result.username);
      if (result?.moduleData && typeof result.moduleData === 'object') service.moduleData = { ...service.moduleData, ...result.moduleData };
      if (job.command === 'suspend') service.suspensionReason = String(job.input.reason ?? '').trim() || undefined; // blank: non-payment
      if (job.command === 'unsuspend') service.suspensionReason = undefined;
      if (job.command === 'terminate') service.terminationDate = todayUtc();
      if (job.command === 'changePackage') service.product = tx.getReference(Product, Number(job.input.productId)) as never;
      if (job.command === 'changePassword' && typeof job.input.passwordEncrypted === 'string') service.passwordEncrypted = job.input.passwordEncrypted;
      service.lastModuleError = undefined;
      if (result?.output && typeof result.output === 'object') job.output = JSON.parse(mask(JSON.stringify(result.output), secrets));
      job.status = ModuleJobStatus.SUCCEEDED;
      job.lastError = undefined;
      job.finishedAt = new Date();
    } else {
      const retry = moduleError?.retryable === true && job.attempts < deps.config.moduleMaxAttempts;
      job.lastError = errorText;
      service.lastModuleError = `${job.command}: ${errorText}`;
      if (retry) {
        job.status = ModuleJobStatus.RETRYING;
        job.nextRunAt = new Date(Date.now() + backoffMs(deps.config.moduleRetryBaseMs, job.attempts));
      } else {
        job.status = ModuleJobStatus.FAILED;
        job.finishedAt = new Date();
      }
    }
    tx.create(ModuleLogEntry, {
      service,
      jobId: job.id,
      module: outcome.moduleName,
      command: job.command,
      attempt: job.attempts,
      success: ok,
      request: outcome.request,
      response: ok ? JSON.parse(mask(JSON.stringify({ message: result?.message ?? null, username: result?.username ?? null, moduleData: result?.moduleData ?? {} }), secrets)) : undefined,
      error: errorText,
      remoteCode: moduleError?.remoteCode,
      durationMs: outcome.durationMs,
      lines: outcome.lines,
    });
    const actor: Viewer | undefined = job.queuedByStaffId
      ? ({ kind: 'staff', staffId: job.queuedByStaffId, sessionId: 0 } as unknown as Viewer)
      : undefined;
    recordActivity(tx, { viewer: actor, ip: '' }, {
      action: `service.moduleCommand.${job.status}`,
      targetType: 'Service',
      targetId: String(service.id),
      clientId: service.client.id,
      details: { jobId: job.id, command: job.command, attempt: job.attempts, ...(from !== service.status ? { from, to: service.status } : {}), ...(errorText ? { error: errorText } : {}) },
    });
    const statusChanges = from !== service.status ? await followServices(tx, { viewer: actor, ip: '' }, [service.client.id]) : [];
    return { job, service, statusChanges };
  });

  if (job.status === ModuleJobStatus.RETRYING && job.nextRunAt) {
    try {
      const queueJobId = await deps.jobs.schedule(job.nextRunAt, MODULE_COMMAND_JOB, { moduleJobId: job.id });
      await em.nativeUpdate(ModuleJob, { id: job.id }, { queueJobId });
    } catch (error) {
      console.error(`Scheduling the retry of module job ${job.id} failed`, error);
    }
  }
  publishServiceChanged(deps.events, service, job);
  publishStatusChanges(deps.events, statusChanges);
}
