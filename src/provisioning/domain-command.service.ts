/**
 * Issue 15.1 (DN-1): registrar commands on a domain. runDomainCommand
 * validates and queues a ModuleJob on the domain; the module-command job
 * (domain-command.jobs.ts) calls the domain's registrar module and changes the
 * record only on success. Staff run any registrar command; a client the ones
 * the operator opens (CLIENT_DOMAIN_COMMANDS) on its own domains.
 */
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { AppError, badInput, forbidden, notFound } from '../shared/errors';
import { encryptSecret } from '../shared/secrets';
import { afterCommit } from '../shared/after-commit';
import { logger } from '../shared/logger';
import { recordActivity, SYSTEM_ACTOR } from '../activity/activity.service';
import { assertCanAccessClient } from '../auth/client-access';
import { ClientPermission } from '../auth/client-permission';
import { secretsKeyOf } from '../plugins/module-settings';
import { Domain } from './domain.entity';
import { Server } from './server.entity';
import { ModuleJob } from './module-job.entity';
import { assertKnownInput, domainCommandSpec, hasCommand, MODULE_COMMANDS, type DomainCommandSpec } from './module-command-catalogue';
import { assertNoActiveJobOn, enqueue } from './module-command.service';
import { assertTldRules, ruleServerFor, tldRuleOf } from './tld-rule.service';
import { lockDomain } from './client-lock';

type Input = Record<string, unknown>;

/**
 * The registrar server `domain`'s commands go through: its own; without one
 * the TLD rule's, else the oldest enabled server of its registrar module.
 * Null when that server is disabled or no longer runs the registrar.
 */
export async function registrarServerOf(em: EntityManager, domain: Domain): Promise<Server | null> {
  const chosen = domain.server ?? ruleServerFor(await tldRuleOf(em, domain.name), domain.registrar);
  if (!chosen) return em.findOne(Server, { module: domain.registrar, enabled: true }, { orderBy: { id: 'asc' } });
  const server = await em.findOne(Server, { id: chosen.id });
  return server?.enabled && server.module === domain.registrar ? server : null;
}

/** Validates and queues one registrar command on a domain; returns the queued job. */
export async function runDomainCommand(ctx: RequestContext, domainId: number, command: string, rawInput: Input | undefined): Promise<ModuleJob> {
  const viewer = ctx.viewer;
  const domain = await ctx.em.findOne(Domain, { id: domainId });
  if (!domain) throw notFound('Domain', domainId);
  assertCanAccessClient(ctx, domain.client.id, ClientPermission.DOMAINS, ['Domain', domainId]);
  const forClient = viewer?.kind === 'client';
  // Authorization first: a client learns nothing about commands it may not run.
  if (forClient && !ctx.config.clientDomainCommands.includes(command)) throw forbidden(`Clients may not run the "${command}" command on a domain`, 'COMMAND_NOT_ALLOWED');
  const spec = domainCommandSpec(command);
  if (!spec) {
    const known = Object.entries(MODULE_COMMANDS).filter(([, s]) => s.target === 'domain').map(([name]) => name);
    throw badInput('command', `"${command}" is not a registrar command (commands: ${known.join(', ')})`, 'COMMAND_NOT_ALLOWED');
  }
  const input = await parseDomainInput(ctx, domain, command, spec, rawInput ?? {});

  let queueFailure: unknown;
  const job = await ctx.em.transactional(async (em) => {
    const queued = await queueWithin(em, domainId, command, input, {
      forClient,
      queuedByStaffId: viewer?.kind === 'staff' ? viewer.staffId : viewer?.kind === 'client' ? viewer.impersonatorStaffId : undefined,
      queuedByClientId: viewer?.kind === 'client' ? viewer.clientId : undefined,
      queuedFromIp: ctx.ip || undefined,
      actor: ctx,
    });
    await afterCommit(em, () => enqueue(ctx, queued).catch((error: unknown) => { queueFailure = error; }));
    return queued;
  });
  if (queueFailure) throw queueFailure;
  return job;
}

/**
 * The system (an accepted order, the daily run) queues a registrar command
 * inside the caller's transaction `em`; the job goes to the queue once that
 * commits. Throws a coded error when the command cannot run now.
 */
export async function queueDomainCommandWithin(em: EntityManager, outside: Pick<RequestContext, 'em' | 'jobs' | 'config' | 'modules'>, domainId: number, command: string, rawInput: Input = {}): Promise<ModuleJob> {
  const spec = domainCommandSpec(command);
  if (!spec) throw new Error(`"${command}" is not a registrar command`);
  const domain = await em.findOneOrFail(Domain, { id: domainId });
  const input = await parseDomainInput({ ...outside, em }, domain, command, spec, rawInput);
  const job = await queueWithin(em, domainId, command, input, { actor: SYSTEM_ACTOR });
  await afterCommit(em, () => enqueue(outside, job).catch((error: unknown) => logger.error({ err: error }, `Queueing ${command} of domain ${domainId} failed`)));
  return job;
}

/** The command's stored input: checked against the catalogue, secrets encrypted; BAD_USER_INPUT when wrong. */
async function parseDomainInput(ctx: Pick<RequestContext, 'em' | 'config' | 'modules'>, domain: Domain, command: string, spec: DomainCommandSpec, raw: Input): Promise<Input> {
  assertKnownInput(command, spec, raw);
  const input = spec.parseInput(raw);
  await assertTldRules(ctx.em, domain, command, input, typeof input.eppCode === 'string' || !!domain.eppCodeEncrypted);
  for (const name of spec.secretInput ?? []) {
    if (typeof input[name] === 'string') input[name] = encryptSecret(secretsKeyOf(ctx), input[name]);
  }
  // The registrar: set, loaded and offering the command.
  if (!domain.registrar) throw badInput('registrar', `${domain.name} has no registrar: set one first`, 'MODULE_UNAVAILABLE');
  const module = ctx.modules.modules.get(domain.registrar);
  if (!module || module.kind !== 'registrar') throw badInput('registrar', `Registrar module ${domain.registrar} is not loaded`, 'MODULE_UNAVAILABLE');
  if (!hasCommand(module, command)) throw badInput('command', `Registrar module ${module.name} has no command "${command}"`, 'COMMAND_NOT_ALLOWED');
  return input;
}

interface QueuedBy {
  forClient?: boolean;
  queuedByStaffId?: number;
  queuedByClientId?: number;
  queuedFromIp?: string;
  actor: Parameters<typeof recordActivity>[1];
}

/** Locks the domain, checks its status, its registrar server and that no other job runs on it, and creates the job. */
async function queueWithin(em: EntityManager, domainId: number, command: string, input: Input, by: QueuedBy): Promise<ModuleJob> {
  const spec = domainCommandSpec(command)!;
  // One command at a time per domain: the row lock serialises concurrent requests.
  const domain = await lockDomain(em, domainId);
  if (!spec.runsFrom.includes(domain.status)) {
    throw badInput('command', `${command} cannot run on a ${domain.status} domain (allowed from: ${spec.runsFrom.join(', ')})`, 'COMMAND_NOT_ALLOWED');
  }
  await assertNoActiveJobOn(em, { domain: domainId }, { forClient: by.forClient });
  const server = await registrarServerOf(em, domain);
  if (!server) {
    // Which servers exist is operator detail.
    const message = by.forClient ? 'The domain cannot run commands right now; contact support' : `No enabled server of registrar module ${domain.registrar} for ${domain.name}${domain.server ? ` (its server ${domain.server.id} is disabled or runs another module)` : ''}`;
    throw new AppError('BAD_USER_INPUT', message, 'registrar', undefined, { reason: 'MODULE_UNAVAILABLE' });
  }
  // From now on every command of the domain goes through this server.
  domain.server ??= ref(server);
  const job = em.create(ModuleJob, {
    domain,
    command,
    input,
    queuedByStaffId: by.queuedByStaffId,
    queuedByClientId: by.queuedByClientId,
    queuedFromIp: by.queuedFromIp,
  });
  await em.flush();
  recordActivity(em, by.actor, {
    action: 'domain.moduleCommand',
    targetType: 'Domain',
    targetId: String(domainId),
    clientId: domain.client.id,
    details: { jobId: job.id, command, module: domain.registrar, serverId: server.id },
  });
  return job;
}
