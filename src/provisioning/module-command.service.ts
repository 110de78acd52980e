/**
 * SV-3 / PM-3: module commands. runModuleCommand validates and queues a
 * ModuleJob; the job (module-command.jobs.ts) calls the module and changes the
 * service only on success. Staff run any command; a client only a custom
 * command marked clientAllowed, on its own service.
 */
import { ref } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { principalOf, type Viewer } from '../auth/viewer';
import { AppError, badInput, conflict, FieldProblems, forbidden, notFound } from '../shared/errors';
import { ID_DESC, keysetOrderBy, keysetPage, keysetWhere, pageOrder, toConnection, type Connection, type OrderBy, type PageArgs } from '../shared/pagination';
import { decryptSecret, encryptSecret } from '../shared/secrets';
import { localToday } from '../shared/clock';
import type { ModuleJobEvent, ServiceChange, ServiceChangedPayload } from '../shared/event-bus';
import { afterCommit, publishOnCommit } from '../shared/after-commit';
import { recordActivity, SYSTEM_ACTOR } from '../activity/activity.service';
import { followServices } from './client-status';
import { assertCanAccessClient } from '../auth/client-access';
import { globalId, toId } from '../shared/ids';
import { ClientPermission } from '../auth/client-permission';
import { Product } from '../catalog/product.entity';
import { Server } from './server.entity';
import { Service } from './service.entity';
import { Domain } from './domain.entity';
import { publishDomainChanged } from './domain.service';
import { ACTIVE_JOB_STATUSES, ModuleJob, ModuleJobErrorCode, ModuleJobStatus } from './module-job.entity';
import { ModuleLogEntry } from './module-log-entry.entity';
import { assertMatchesSchema, secretNames, secretsKeyOf } from '../plugins/module-settings';
import { assertKnownInput, CUSTOM_COMMAND_RUNS_FROM, MODULE_COMMANDS, serviceCommandOf, type ServiceCommandSpec } from './module-command-catalogue';
import { pickServer } from './pick-server';
import type { ProvisioningModule } from '@hostbill/plugin-sdk';
import { logger } from '../shared/logger';
import { updateRows } from '../shared/update-rows';
import { lockDomain, lockService } from './client-lock';

export const MODULE_COMMAND_JOB = 'module-command';

/** The module of a service's product, or BAD_USER_INPUT. */
export function moduleOfProduct(ctx: Pick<RequestContext, 'modules'>, product: Product): ProvisioningModule {
  if (!product.module) throw badInput('serviceId', `The service's product "${product.name}" has no provisioning module`, 'MODULE_UNAVAILABLE');
  const module = ctx.modules.modules.get(product.module);
  if (!module) throw badInput('serviceId', `Module "${product.module}" of the service's product is not loaded`, 'MODULE_UNAVAILABLE');
  return module;
}

/** SV-3: validates and queues one command; returns the queued job. */
export async function runModuleCommand(
  ctx: RequestContext,
  serviceId: number,
  command: string,
  rawInput: Record<string, unknown> | undefined,
): Promise<ModuleJob> {
  const viewer = ctx.viewer;
  const service = await ctx.em.findOne(Service, { id: serviceId });
  if (!service) throw notFound('Service', serviceId);
  assertCanAccessClient(ctx, service.client.id, ClientPermission.SERVICES, ['Service', serviceId]);
  const product = await ctx.em.findOneOrFail(Product, service.product.id);
  // Issue 10.7: for clients, authorization comes before any check whose answer names the module or its
  // staff commands: every command a client may not run (unknown ones too) gets this one answer.
  const forClient = viewer?.kind === 'client';
  if (forClient) {
    const commands = (product.module ? ctx.modules.modules.get(product.module)?.customCommands : undefined) ?? {};
    if (!Object.hasOwn(commands, command) || !commands[command].clientAllowed) throw forbidden(`Clients may not run the "${command}" command on this service`, 'COMMAND_NOT_ALLOWED');
  }
  const module = moduleOfProduct(ctx, product);
  const input: Record<string, unknown> = { ...(rawInput ?? {}) };

  const custom = Object.hasOwn(module.customCommands ?? {}, command) ? module.customCommands![command] : undefined;
  const standard = serviceCommandOf(module, command);
  if (!standard && !custom) {
    const known = [...Object.keys(MODULE_COMMANDS).filter((c) => serviceCommandOf(module, c)), ...Object.keys(module.customCommands ?? {})];
    throw badInput('command', `Module ${module.name} has no command "${command}" (commands: ${known.join(', ')})`, 'COMMAND_NOT_ALLOWED');
  }

  // The service's status and every problem of the input, reported together (issue 13.5).
  const problems = new FieldProblems();
  const allowedFrom = standard ? standard.runsFrom : CUSTOM_COMMAND_RUNS_FROM;
  if (!allowedFrom.includes(service.status)) {
    problems.add('command', `${command} cannot run on a ${service.status} service (allowed from: ${allowedFrom.join(', ')})`, 'COMMAND_NOT_ALLOWED');
  }

  // Input: standard commands take the catalogue's fields only; custom commands follow their inputSchema.
  let jobInput: Record<string, unknown> | undefined;
  if (standard) {
    problems.collect(() => assertKnownInput(command, standard, input));
    jobInput = await problems.collectAsync(() => standard.parseInput(input, { ctx, service, product }));
  } else {
    if (custom!.inputSchema) problems.collect(() => assertMatchesSchema(custom!.inputSchema!, input, 'input'));
    // Issue 15.4 (DN-5): secret inputs (writeOnly in the inputSchema, e.g. a mailbox password) are kept encrypted until the call.
    jobInput = { ...input };
    for (const name of secretNames(custom!.inputSchema ?? {})) {
      if (typeof input[name] === 'string') jobInput[name] = encryptSecret(secretsKeyOf(ctx), input[name]);
    }
  }
  problems.throwIfAny();

  // Server names, modules and the queue are operator detail: a client learns only that the service cannot run commands now.
  const forViewer = (error: AppError) => (forClient ? new AppError(error.code, 'The service cannot run commands right now; contact support', error.field, undefined, error.details) : error);
  // Queued once the job row has committed (issue 17.2); a queue that refuses it fails the job and this request.
  let queueFailure: unknown;
  const job = await ctx.em.transactional(async (em) => {
    // One command at a time per service: the row lock serialises concurrent requests.
    const locked = await lockService(em, serviceId);
    await assertNoActiveJob(em, serviceId, { forClient });
    // Server: assigned and enabled; a create without one picks one from the product's server group (pickServer locks the group).
    let server: Server | undefined = locked.server ? await em.findOneOrFail(Server, locked.server.id) : undefined;
    if (!server && standard?.picksServer && product.serverGroup) server = await pickServer(em, product.serverGroup.id);
    if (!server) throw forViewer(badInput('server', 'The service has no server: assign one first', 'MODULE_UNAVAILABLE'));
    if (!server.enabled) throw forViewer(badInput('server', `Server ${server.name} is disabled`, 'MODULE_UNAVAILABLE'));
    if (server.module !== module.name) throw forViewer(badInput('server', `Server ${server.name} runs module ${server.module}, the product uses ${module.name}`, 'MODULE_UNAVAILABLE'));
    if (!locked.server) locked.server = ref(server);
    const created = em.create(ModuleJob, {
      service: locked,
      command,
      input: jobInput!,
      queuedByStaffId: viewer?.kind === 'staff' ? viewer.staffId : viewer?.kind === 'client' ? viewer.impersonatorStaffId : undefined,
      queuedByClientId: viewer?.kind === 'client' ? viewer.clientId : undefined,
      queuedByLogin: principalOf(viewer, false),
      queuedFromIp: ctx.ip || undefined,
    });
    await em.flush();
    recordActivity(em, ctx, {
      action: 'service.moduleCommand',
      targetType: 'Service',
      targetId: String(serviceId),
      clientId: locked.client.id,
      details: { jobId: created.id, command, module: module.name, serverId: server!.id },
    });
    await afterCommit(em, () => enqueue(ctx, created).catch((error: unknown) => { queueFailure = error; }));
    return created;
  });
  if (queueFailure) throw queueFailure;
  return job;
}

/** CONFLICT while another job is pending or running on the service; clients are not told which (the queue is staff-only). */
async function assertNoActiveJob(em: EntityManager, serviceId: number, options: { exceptJobId?: number; forClient?: boolean } = {}): Promise<void> {
  await assertNoActiveJobOn(em, { service: serviceId }, options);
}

/** CONFLICT while another job is pending or running on the job's service or domain (`target`). */
export async function assertNoActiveJobOn(em: EntityManager, target: { service: number } | { domain: number }, options: { exceptJobId?: number; forClient?: boolean } = {}): Promise<void> {
  const where: FilterQuery<ModuleJob> = { ...target, status: { $in: [...ACTIVE_JOB_STATUSES] } };
  const active = await em.findOne(ModuleJob, options.exceptJobId ? { $and: [where, { id: { $ne: options.exceptJobId } }] } : where);
  if (!active) return;
  const [field, noun] = 'service' in target ? ['serviceId', 'service'] : ['domainId', 'domain'];
  throw conflict(field, options.forClient ? `Another command is already running on this ${noun}` : `A ${active.command} command (job ${globalId('ModuleJob', active.id)}) is already ${active.status} on this ${noun}`, 'COMMAND_RUNNING');
}

/**
 * AU-1 / SV-3 / SV-8 / OR-2: the system (the daily run, a paid invoice, accepting an
 * order) queues a create, suspend, unsuspend, terminate or change package inside the caller's
 * transaction `em`; the job goes to the queue once that transaction commits
 * (`outside.em` records that). A service whose product has no module changes
 * status at once: there is nothing to call. Throws a coded error when the
 * command cannot run now. `actor` is who asked (staff accepting an order), the
 * system by default.
 */
export async function queueSystemCommandWithin(
  em: EntityManager,
  outside: Pick<RequestContext, 'em' | 'jobs' | 'config'>,
  serviceId: number,
  command: 'create' | 'suspend' | 'unsuspend' | 'terminate' | 'changePackage',
  input: Record<string, unknown> = {},
  actor: Pick<RequestContext, 'viewer' | 'ip'> = SYSTEM_ACTOR,
): Promise<ModuleJob | undefined> {
  const locked = await lockService(em, serviceId);
  const spec: ServiceCommandSpec = MODULE_COMMANDS[command];
  if (!spec.runsFrom.includes(locked.status)) throw badInput('command', `${command} cannot run on a ${locked.status} service`, 'COMMAND_NOT_ALLOWED');
  const product = await em.findOneOrFail(Product, locked.product.id);
  if (!product.module) {
    if (spec.statusOnSuccess) locked.status = spec.statusOnSuccess;
    spec.applySuccess?.(locked, input, em, localToday(outside.config.automation));
    recordActivity(em, actor, { action: `service.${command}`, targetType: 'Service', targetId: String(serviceId), clientId: locked.client.id, details: { input, module: null } });
    await followServices(em, actor, [locked.client.id]);
    await publishServiceChanged(em, locked, undefined, 'UPDATED');
    return undefined;
  }
  await assertNoActiveJob(em, serviceId);
  const server = locked.server ? await em.findOne(Server, locked.server.id) : undefined;
  if (!server?.enabled) throw badInput('server', server ? `Server ${server.name} is disabled` : 'The service has no server', 'MODULE_UNAVAILABLE');
  if (server.module !== product.module) throw badInput('server', `Server ${server.name} runs module ${server.module}, the product uses ${product.module}`, 'MODULE_UNAVAILABLE');
  const viewer = actor.viewer;
  const job = em.create(ModuleJob, {
    service: locked, command, input,
    queuedByStaffId: viewer?.kind === 'staff' ? viewer.staffId : viewer?.kind === 'client' ? viewer.impersonatorStaffId : undefined,
    queuedByLogin: principalOf(viewer, false),
    queuedFromIp: actor.ip || undefined,
  });
  await em.flush();
  recordActivity(em, actor, { action: 'service.moduleCommand', targetType: 'Service', targetId: String(serviceId), clientId: locked.client.id, details: { jobId: job.id, command, module: product.module, serverId: server.id } });
  await afterCommit(em, () => enqueue(outside, job).catch((error: unknown) => logger.error({ err: error }, `Queueing ${command} of service ${serviceId} failed`)));
  return job;
}

/** Hands the job to the queue; a queue that refuses it fails the job (nothing half-queued stays behind). */
export async function enqueue(ctx: Pick<RequestContext, 'em' | 'jobs'>, job: ModuleJob): Promise<void> {
  try {
    if (!ctx.jobs) throw new Error('The job queue is not running');
    job.queueJobId = await ctx.jobs.now(MODULE_COMMAND_JOB, { moduleJobId: job.id });
    // Not a change of the job: the id of its queue entry.
    await ctx.em.nativeUpdate(ModuleJob, { id: job.id }, { queueJobId: job.queueJobId });
  } catch (error) {
    await updateRows(ctx.em, ModuleJob, { id: job.id }, { status: ModuleJobStatus.FAILED, lastError: 'Could not be queued', errorCode: ModuleJobErrorCode.INTERNAL, finishedAt: new Date() });
    throw new AppError('INTERNAL_SERVER_ERROR', 'The command could not be queued', undefined, { cause: error });
  }
  await publishJobProgress(ctx.em, job);
}

/**
 * The service or domain a job runs on (after its client, src/provisioning/client-lock.ts),
 * locked for the caller's transaction: its id and client. Whoever changes a
 * job and its target locks the target first.
 */
export async function lockTargetOf(em: EntityManager, job: ModuleJob): Promise<{ type: 'Service' | 'Domain'; id: number; clientId: number; service?: Service }> {
  if (job.domain) {
    const domain = await lockDomain(em, job.domain.id);
    return { type: 'Domain', id: domain.id, clientId: domain.client.id };
  }
  const service = await lockService(em, job.service!.id);
  return { type: 'Service', id: service.id, clientId: service.client.id, service };
}

/** Publishes a job's progress on its service (serviceChanged) or domain (domainChanged), after the commit of `em`'s transaction. */
export async function publishJobProgress(em: EntityManager, job: ModuleJob): Promise<void> {
  if (job.domain) {
    const domain = await em.findOneOrFail(Domain, { id: job.domain.id });
    return publishDomainChanged(em, 'JOB_UPDATED', domain, domain.id, jobEventOf(job));
  }
  return publishServiceChanged(em, await em.findOneOrFail(Service, { id: job.service!.id }), job);
}

/** What a client reads instead of a job's error: a module's errors name internal hosts, ports and modules. */
export const CLIENT_SAFE_JOB_ERROR = 'The command failed; our staff can see why. Contact support if it keeps failing.';

/** Issue 14.5: a job's output as this viewer may read it: its secret fields (a login link) only for the login that ran the command. */
export function jobOutputFor(ctx: Pick<RequestContext, 'viewer' | 'config'>, job: ModuleJob): Record<string, unknown> | undefined {
  const requester = job.queuedByLogin != null && principalOf(ctx.viewer, false) === job.queuedByLogin;
  if (!job.outputSecretsEncrypted || !requester) return job.output ?? undefined;
  return { ...job.output, ...(JSON.parse(decryptSecret(secretsKeyOf(ctx), job.outputSecretsEncrypted)) as Record<string, unknown>) };
}

/** A job's error as this viewer may read it: in full for staff, CLIENT_SAFE_JOB_ERROR for clients (errorCode tells them the kind). */
export function jobErrorFor(viewer: Viewer | undefined, error: string | null | undefined): string | undefined {
  if (error == null) return undefined;
  return viewer?.kind === 'staff' ? error : CLIENT_SAFE_JOB_ERROR;
}

/** Publishes SERVICE_CHANGED once the transaction `em` works in has committed (at once outside one); `change` UPDATED when the service itself changed. */
export function publishServiceChanged(em: EntityManager, service: Service, job?: ModuleJob, change: ServiceChange = 'JOB_UPDATED'): Promise<void> {
  const payload: ServiceChangedPayload = {
    change,
    serviceId: service.id,
    clientId: service.client.id,
    status: service.status,
    job: job && jobEventOf(job),
    at: new Date().toISOString(),
  };
  return publishOnCommit(em, 'SERVICE_CHANGED', payload);
}

/** A job as service and domain events report it. */
export function jobEventOf(job: ModuleJob): ModuleJobEvent {
  return {
    id: job.id,
    command: job.command,
    status: job.status,
    attempts: job.attempts,
    error: job.lastError ?? undefined,
    errorCode: job.errorCode ?? undefined,
    nextRunAt: job.nextRunAt?.toISOString(),
    output: job.output ?? undefined,
  };
}

// ---- the module queue (staff) ----

export interface ModuleQueueFilter {
  status?: ModuleJobStatus[];
  serviceId?: string;
  domainId?: string;
}

/** Pending, running, retrying and failed jobs by default, newest first. */
export async function listModuleJobs(ctx: RequestContext, filter: ModuleQueueFilter = {}, args: PageArgs, orderBy?: OrderBy): Promise<Connection<ModuleJob>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_DESC));
  const statuses = filter.status?.length ? filter.status : [...ACTIVE_JOB_STATUSES, ModuleJobStatus.FAILED];
  const where: FilterQuery<ModuleJob> = { status: { $in: statuses } };
  if (filter.serviceId) where.service = toId(filter.serviceId, 'Service', 'serviceId');
  if (filter.domainId) where.domain = toId(filter.domainId, 'Domain', 'domainId');
  const [rows, total] = await Promise.all([
    ctx.em.find(ModuleJob, { $and: [where, keysetWhere(page)] }, { orderBy: keysetOrderBy(page), limit: page.limit + 1 }),
    ctx.em.count(ModuleJob, where),
  ]);
  return toConnection(rows, page, total);
}

/** Staff: a FAILED or RETRYING job runs again now, with a fresh set of attempts. */
export async function retryModuleJob(ctx: RequestContext, id: number): Promise<ModuleJob> {
  const job = await ctx.em.findOne(ModuleJob, { id });
  if (!job) throw notFound('ModuleJob', id);
  if (![ModuleJobStatus.FAILED, ModuleJobStatus.RETRYING].includes(job.status)) {
    throw conflict('id', `A ${job.status} job cannot be retried (only failed or retrying ones)`, 'JOB_STATE');
  }
  let queueFailure: unknown;
  await ctx.em.transactional(async (em) => {
    const target = await lockTargetOf(em, job);
    await assertNoActiveJobOn(em, target.type === 'Service' ? { service: target.id } : { domain: target.id }, { exceptJobId: job.id });
    const changed = await updateRows(em, ModuleJob,
      { id, status: { $in: [ModuleJobStatus.FAILED, ModuleJobStatus.RETRYING] } },
      { status: ModuleJobStatus.QUEUED, attempts: 0, nextRunAt: null, finishedAt: null },
    );
    if (!changed) throw conflict('id', 'The job changed meanwhile; reload the queue', 'CONCURRENT_CHANGE');
    recordActivity(em, ctx, { action: `${activityPrefix(target.type)}.moduleCommand.retry`, targetType: target.type, targetId: String(target.id), clientId: target.clientId, details: { jobId: id, command: job.command } });
    await afterCommit(em, async () => {
      try {
        await ctx.em.refresh(job);
        await enqueue(ctx, job);
      } catch (error) {
        queueFailure = error;
      }
    });
  });
  if (queueFailure) throw queueFailure;
  return job;
}

/** Staff: a QUEUED, RETRYING or FAILED job is dropped; the service is not touched. */
export async function cancelModuleJob(ctx: RequestContext, id: number): Promise<ModuleJob> {
  const job = await ctx.em.findOne(ModuleJob, { id });
  if (!job) throw notFound('ModuleJob', id);
  const cancellable = [ModuleJobStatus.QUEUED, ModuleJobStatus.RETRYING, ModuleJobStatus.FAILED];
  if (!cancellable.includes(job.status)) throw conflict('id', `A ${job.status} job cannot be cancelled`, 'JOB_STATE');
  await ctx.em.transactional(async (em) => {
    const target = await lockTargetOf(em, job);
    const changed = await updateRows(em, ModuleJob, { id, status: { $in: cancellable } }, { status: ModuleJobStatus.CANCELLED, nextRunAt: null, finishedAt: new Date() });
    if (!changed) throw conflict('id', 'The job started or changed meanwhile; reload the queue', 'CONCURRENT_CHANGE');
    recordActivity(em, ctx, { action: `${activityPrefix(target.type)}.moduleCommand.cancel`, targetType: target.type, targetId: String(target.id), clientId: target.clientId, details: { jobId: id, command: job.command } });
  });
  await ctx.em.refresh(job);
  // The handler would skip the cancelled job anyway; removing it keeps the queue's table to live work.
  if (job.queueJobId) await ctx.jobs?.cancel(job.queueJobId).catch((error) => logger.error({ err: error }, `Removing queue job of module job ${id} failed`));
  await publishJobProgress(ctx.em, job);
  return job;
}

/** Activity actions of jobs on a service start with service., on a domain with domain. */
const activityPrefix = (type: 'Service' | 'Domain') => (type === 'Service' ? 'service' : 'domain');

/**
 * Issue 11.3, staff: gives up a job that is stuck — queued with no worker to run it, or running on a
 * worker that hangs. The service keeps its status and shows the reason; a late answer of the running
 * attempt is logged but not applied. Retrying it later (retryModuleJob) keeps its idempotency key.
 */
export async function markModuleJobFailed(ctx: RequestContext, id: number, rawReason: string): Promise<ModuleJob> {
  const reason = rawReason.trim();
  if (!reason || reason.length > 1000) throw badInput('reason', 'reason must be 1 to 1000 characters', 'OUT_OF_RANGE');
  const job = await ctx.em.findOne(ModuleJob, { id });
  if (!job) throw notFound('ModuleJob', id);
  if (!ACTIVE_JOB_STATUSES.includes(job.status)) throw conflict('id', `A ${job.status} job cannot be marked failed (only queued, running or retrying ones)`, 'JOB_STATE');
  const lastError = `Marked failed by staff: ${reason}`;
  await ctx.em.transactional(async (em) => {
    const target = await lockTargetOf(em, job);
    const changed = await updateRows(em, ModuleJob,
      { id, status: { $in: [...ACTIVE_JOB_STATUSES] } },
      { status: ModuleJobStatus.FAILED, lastError, nextRunAt: null, leaseOwner: null, leaseExpiresAt: null, finishedAt: new Date() },
    );
    if (!changed) throw conflict('id', 'The job finished or changed meanwhile; reload the queue', 'CONCURRENT_CHANGE');
    if (target.service) target.service.lastModuleError = `${job.command}: ${lastError}`;
    recordActivity(em, ctx, {
      action: `${activityPrefix(target.type)}.moduleCommand.markFailed`,
      targetType: target.type,
      targetId: String(target.id),
      clientId: target.clientId,
      details: { jobId: id, command: job.command, status: job.status, attempts: job.attempts, reason },
    });
  });
  await ctx.em.refresh(job);
  // Nothing is left to run: a queued entry, or the entry of a dead worker that the queue would run again.
  if (job.queueJobId) await ctx.jobs?.cancel(job.queueJobId).catch((error) => logger.error({ err: error }, `Removing queue job of module job ${id} failed`));
  await publishJobProgress(ctx.em, job);
  return job;
}

/** Staff: any job. A client: jobs on its own services (users need SERVICES) or domains (DOMAINS), e.g. to read a custom command's output. */
export async function getModuleJob(ctx: RequestContext, id: number): Promise<ModuleJob> {
  const job = await ctx.em.findOne(ModuleJob, { id }, { populate: ['service', 'domain'] });
  if (!job) throw notFound('ModuleJob', id);
  if (job.domain) assertCanAccessClient(ctx, job.domain.getEntity().client.id, ClientPermission.DOMAINS, ['ModuleJob', id]);
  else assertCanAccessClient(ctx, job.service!.getEntity().client.id, ClientPermission.SERVICES, ['ModuleJob', id]);
  return job;
}

/** Staff only: a service's module log, newest first. Clients do not see it (requests and remote answers are operator detail). */
export async function listModuleLog(ctx: RequestContext, serviceId: number, limit = 50): Promise<ModuleLogEntry[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('limit', 'limit must be 1-200', 'OUT_OF_RANGE');
  const service = await ctx.em.findOne(Service, { id: serviceId });
  if (!service) throw notFound('Service', serviceId);
  return ctx.em.find(ModuleLogEntry, { service: serviceId }, { orderBy: { id: 'desc' }, limit });
}
