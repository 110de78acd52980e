/**
 * Issue 11.9: staff side of reading registrars' message queues. The reading
 * itself runs in the background (registry-poll.jobs.ts).
 */
import type { RequestContext } from '../shared/context';
import { AppError, badInput } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import type { ModuleRegistry } from './module-registry';
import { ModuleLogEntry } from './module-log-entry.entity';
import type { RegistrarModule } from '@hostbill/plugin-sdk';
import { getServer } from './server.service';
import { logger } from '../shared/logger';

/** Recurring: queues one REGISTRY_POLL_SERVER_JOB per server that can be polled. */
export const REGISTRY_POLL_JOB = 'registry-poll';
/** Reads one server's queue; data: { serverId }. */
export const REGISTRY_POLL_SERVER_JOB = 'registry-poll-server';

export type PollingModule = RegistrarModule & Required<Pick<RegistrarModule, 'poll'>>;

/** The loaded module of this name when it is a registrar that reads a message queue. */
export function pollingModule(modules: ModuleRegistry, name: string): PollingModule | undefined {
  const module = modules.modules.get(name);
  return module?.kind === 'registrar' && typeof (module as RegistrarModule).poll === 'function' ? (module as PollingModule) : undefined;
}

/** Names of the loaded modules that read a message queue. */
export function pollingModuleNames(modules: ModuleRegistry): string[] {
  return [...modules.modules.keys()].filter((name) => pollingModule(modules, name));
}

/** Queues a poll of one server at once, so staff need not wait for the next interval. */
export async function pollRegistry(ctx: RequestContext, serverId: number): Promise<boolean> {
  const server = await getServer(ctx, serverId);
  if (!pollingModule(ctx.modules, server.module)) {
    throw badInput('serverId', `Server ${server.name} runs module ${server.module}, which reads no registry message queue`, 'MODULE_UNAVAILABLE');
  }
  if (!server.enabled) throw badInput('serverId', `Server ${server.name} is disabled`, 'MODULE_UNAVAILABLE');
  if (!ctx.jobs) throw new AppError('INTERNAL_SERVER_ERROR', 'The job queue is not running');
  try {
    await ctx.jobs.now(REGISTRY_POLL_SERVER_JOB, { serverId: server.id });
  } catch (error) {
    logger.error({ err: error }, `Queueing the registry poll of server ${server.id} failed`);
    throw new AppError('INTERNAL_SERVER_ERROR', 'The poll could not be queued');
  }
  await ctx.em.transactional(async (em) => {
    recordActivity(em, ctx, { action: 'server.pollRegistry', targetType: 'Server', targetId: String(server.id), details: { name: server.name } });
  });
  return true;
}

/** A server's module calls that concern no single service (registry polls), newest first. */
export async function listServerModuleLog(ctx: RequestContext, serverId: number, limit = 50): Promise<ModuleLogEntry[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('limit', 'limit must be 1-200', 'OUT_OF_RANGE');
  await getServer(ctx, serverId);
  return ctx.em.find(ModuleLogEntry, { server: serverId }, { orderBy: { id: 'desc' }, limit });
}
