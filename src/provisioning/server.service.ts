import { ref } from '@mikro-orm/core';
import { isIP } from 'node:net';
import type { RequestContext } from '../shared/context';
import { badInput, FieldProblems, conflict, conflictOnDuplicate, notFound } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { toId } from '../shared/ids';
import { Server } from './server.entity';
import { FillStrategy, ServerGroup } from '../catalog/server-group.entity';
import { Service } from './service.entity';
import type { CreateServerInput, ServerGroupInput, UpdateServerInput } from './server.inputs';
import { decryptedSettings, maskingLogger, mask, prepareSettings, publicSettings, requireModule, secretsKeyOf } from '../plugins/module-settings';
import type { ServerContext, TestConnectionResult } from '@hostbill/plugin-sdk';

const CONNECTION_TEST_TIMEOUT_MS = 15_000;
const NAME_TAKEN = 'A server with this name exists already';
const GROUP_NAME_TAKEN = 'A server group with this name exists already';

export async function getServer(ctx: RequestContext, id: number): Promise<Server> {
  const server = await ctx.em.findOne(Server, { id });
  if (!server) throw notFound('Server', id);
  return server;
}

export async function listServers(ctx: RequestContext, filter: { module?: string; groupId?: string } = {}): Promise<Server[]> {
  return ctx.em.find(
    Server,
    {
      ...(filter.module ? { module: filter.module } : {}),
      ...(filter.groupId ? { group: toId(filter.groupId, 'ServerGroup', 'groupId') } : {}),
    },
    { orderBy: { id: 'asc' } },
  );
}

export async function createServer(ctx: RequestContext, input: CreateServerInput): Promise<Server> {
  const problems = new FieldProblems();
  problems.addNulls(input, NOT_NULLABLE);
  const found = problems.collect(() => requireModule(ctx, input.module, 'module'));
  problems.collect(() => assertIp(input.ip));
  const group = input.groupId ? await problems.collectAsync(() => findGroup(ctx, input.groupId!)) : undefined;
  const stored = found && problems.collect(() => prepareSettings(secretsKeyOf(ctx), found.serverSettingsSchema, input.settings));
  problems.throwIfAny();
  // Found: a missing one is among the problems thrown above.
  const module = found!;
  await assertNameFree(ctx, input.name);

  const server = await conflictOnDuplicate('name', NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    const server = em.create(Server, {
      name: input.name.trim(),
      module: module.name,
      hostname: input.hostname,
      ip: input.ip ?? undefined,
      port: input.port ?? undefined,
      secure: input.secure ?? true,
      maxAccounts: input.maxAccounts ?? 200,
      enabled: input.enabled ?? true,
      group,
      ...stored!,
    });
    await em.flush();
    recordActivity(em, ctx, {
      action: 'server.create',
      targetType: 'Server',
      targetId: String(server.id),
      details: { name: server.name, module: server.module, settings: Object.keys(input.settings) },
    });
    return server;
  }));
  return server;
}

export async function updateServer(ctx: RequestContext, id: number, input: UpdateServerInput): Promise<Server> {
  const server = await getServer(ctx, id);
  const problems = new FieldProblems();
  problems.addNulls(input, NOT_NULLABLE);
  const moduleName = input.module ?? server.module;
  const found = problems.collect(() => requireModule(ctx, moduleName, 'module'));
  const moduleChanged = moduleName !== server.module;
  if (moduleChanged && !input.settings) problems.add('settings', 'A server that changes module needs the new module\'s settings', 'VALUE_REQUIRED');
  problems.collect(() => assertIp(input.ip));
  const group = input.groupId ? await problems.collectAsync(() => findGroup(ctx, input.groupId!)) : undefined;
  // The settings are checked against the module's schema, so only when the module is known.
  const stored = found && input.settings
    ? problems.collect(() => prepareSettings(secretsKeyOf(ctx), found.serverSettingsSchema, input.settings!, moduleChanged ? undefined : server))
    : undefined;
  problems.throwIfAny();
  if (input.name !== undefined) await assertNameFree(ctx, input.name, id);
  if (moduleChanged && (await ctx.em.count(Service, { server: id }))) {
    throw conflict('module', 'The module of a server with services cannot change', 'RECORD_IN_USE');
  }

  await conflictOnDuplicate('name', NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    if (input.name !== undefined) server.name = input.name.trim();
    server.module = moduleName;
    if (input.hostname !== undefined) server.hostname = input.hostname;
    if (input.ip !== undefined) server.ip = input.ip ?? undefined;
    if (input.port !== undefined) server.port = input.port ?? undefined;
    if (input.secure !== undefined) server.secure = input.secure;
    if (input.maxAccounts !== undefined) server.maxAccounts = input.maxAccounts;
    if (input.enabled !== undefined) server.enabled = input.enabled;
    if (input.groupId !== undefined) server.group = ref(group);
    if (stored) Object.assign(server, stored);
    em.persist(server);
    recordActivity(em, ctx, {
      action: 'server.update',
      targetType: 'Server',
      targetId: String(id),
      // Names only: never a setting's value.
      details: { changed: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined), settings: Object.keys(input.settings ?? {}) },
    });
  }));
  return server;
}

export async function deleteServer(ctx: RequestContext, id: number): Promise<boolean> {
  const server = await getServer(ctx, id);
  if (await ctx.em.count(Service, { server: id })) throw conflict('id', 'The server still has services; move or delete them first', 'RECORD_IN_USE');
  await ctx.em.transactional(async (em) => {
    em.remove(server);
    recordActivity(em, ctx, { action: 'server.delete', targetType: 'Server', targetId: String(id), details: { name: server.name } });
  });
  return true;
}

/** The module's testConnection with the decrypted settings; the answer never carries a secret. */
export async function testServerConnection(ctx: RequestContext, id: number): Promise<TestConnectionResult> {
  const server = await getServer(ctx, id);
  const module = ctx.modules.modules.get(server.module);
  let result: TestConnectionResult;
  if (!module) {
    result = { ok: false, message: `Module "${server.module}" is not loaded` };
  } else if (!module.testConnection) {
    result = { ok: false, message: `Module "${server.module}" has no connection test` };
  } else {
    const context = serverContext(ctx, server);
    const secretValues = Object.keys(server.secretSettings).map((name) => String(context.settings[name] ?? ''));
    try {
      const answer = await module.testConnection(context, AbortSignal.timeout(CONNECTION_TEST_TIMEOUT_MS), maskingLogger(module.name, secretValues));
      result = { ok: answer.ok === true, message: mask(String(answer.message ?? ''), secretValues) };
    } catch (error) {
      result = { ok: false, message: mask(`Connection test failed: ${(error as Error)?.message ?? String(error)}`, secretValues) };
    }
  }
  await ctx.em.transactional(async (em) => {
    recordActivity(em, ctx, { action: 'server.testConnection', targetType: 'Server', targetId: String(id), details: { ok: result.ok } });
  });
  return result;
}

/** What a module call gets: the server with its settings decrypted, for this call only. */
export function serverContext(ctx: Pick<RequestContext, 'config'>, server: Server): ServerContext {
  return {
    id: String(server.id),
    name: server.name,
    hostname: server.hostname,
    ip: server.ip ?? undefined,
    port: server.port ?? undefined,
    secure: server.secure,
    settings: decryptedSettings(secretsKeyOf(ctx), server),
  };
}

/** The values of a server's secret settings as they may appear in text, to mask in logs (too short ones would mask everything). */
export function serverSecretValues(server: Server, settings: Record<string, unknown>): string[] {
  return Object.keys(server.secretSettings)
    .map((name) => settings[name])
    .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
    .filter((v) => v && v.length >= 3);
}

export function serverPublicSettings(ctx: Pick<RequestContext, 'modules'>, server: Server): Record<string, unknown> {
  return publicSettings(ctx.modules.modules.get(server.module)?.serverSettingsSchema, server);
}

export const serverSecretsSet = (server: Server): string[] => Object.keys(server.secretSettings).sort();

// ---- server groups ----

export async function listServerGroups(ctx: RequestContext): Promise<ServerGroup[]> {
  return ctx.em.find(ServerGroup, {}, { orderBy: { id: 'asc' } });
}

export async function getServerGroup(ctx: RequestContext, id: number): Promise<ServerGroup> {
  const group = await ctx.em.findOne(ServerGroup, { id });
  if (!group) throw notFound('ServerGroup', id);
  return group;
}

export async function createServerGroup(ctx: RequestContext, input: ServerGroupInput): Promise<ServerGroup> {
  await assertGroupNameFree(ctx, input.name);
  return conflictOnDuplicate('name', GROUP_NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    const group = em.create(ServerGroup, { name: input.name.trim(), fillStrategy: input.fillStrategy ?? FillStrategy.LEAST_FULL });
    await em.flush();
    recordActivity(em, ctx, { action: 'serverGroup.create', targetType: 'ServerGroup', targetId: String(group.id), details: { ...input } });
    return group;
  }));
}

export async function updateServerGroup(ctx: RequestContext, id: number, input: ServerGroupInput): Promise<ServerGroup> {
  const group = await getServerGroup(ctx, id);
  await assertGroupNameFree(ctx, input.name, id);
  await conflictOnDuplicate('name', GROUP_NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    group.name = input.name.trim();
    if (input.fillStrategy) group.fillStrategy = input.fillStrategy;
    em.persist(group);
    recordActivity(em, ctx, { action: 'serverGroup.update', targetType: 'ServerGroup', targetId: String(id), details: { ...input } });
  }));
  return group;
}

/** Its servers and products stay, without a group. */
export async function deleteServerGroup(ctx: RequestContext, id: number): Promise<boolean> {
  const group = await getServerGroup(ctx, id);
  await ctx.em.transactional(async (em) => {
    em.remove(group);
    recordActivity(em, ctx, { action: 'serverGroup.delete', targetType: 'ServerGroup', targetId: String(id), details: { name: group.name } });
  });
  return true;
}

// ---- helpers ----

async function findGroup(ctx: RequestContext, id: string): Promise<ServerGroup> {
  const group = await ctx.em.findOne(ServerGroup, { id: toId(id, 'ServerGroup', 'groupId') });
  if (!group) throw badInput('groupId', `groupId ${id} does not exist`, 'REFERENCE_NOT_FOUND');
  return group;
}

async function assertNameFree(ctx: RequestContext, name: string, exceptId?: number) {
  const existing = await ctx.em.findOne(Server, { name: name.trim() }, { fields: ['id'] });
  if (existing && existing.id !== exceptId) throw conflict('name', NAME_TAKEN, 'VALUE_TAKEN');
}

async function assertGroupNameFree(ctx: RequestContext, name: string, exceptId?: number) {
  const existing = await ctx.em.findOne(ServerGroup, { name: name.trim() }, { fields: ['id'] });
  if (existing && existing.id !== exceptId) throw conflict('name', GROUP_NAME_TAKEN, 'VALUE_TAKEN');
}

function assertIp(ip: string | null | undefined) {
  if (ip != null && isIP(ip) === 0) throw badInput('ip', 'ip must be an IPv4 or IPv6 address', 'INVALID_FORMAT');
}

const NOT_NULLABLE = ['name', 'module', 'hostname', 'secure', 'maxAccounts', 'enabled', 'settings'];
