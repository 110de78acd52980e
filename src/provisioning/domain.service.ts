import { LockMode, ref } from '@mikro-orm/core';
/** DN-1: domain records (registrar, status, expiry, auto-renew, nameservers). Nothing here calls a registrar. */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { AppError, badInput, FieldProblems, conflict, conflictOnDuplicate, notFound } from '../shared/errors';
import { ID_ASC, keysetPage, pageOrder, type Connection, type PageArgs, type OrderBy } from '../shared/pagination';
import { readPage } from '../shared/batch-loaders';
import { contains } from '../shared/filters';
import { decryptSecret, encryptSecret } from '../shared/secrets';
import { ModuleLogEntry } from './module-log-entry.entity';
import { ruleServerFor, tldRuleOf } from './tld-rule.service';
import { Server } from './server.entity';
import { recordActivity } from '../activity/activity.service';
import { assertCanAccessClient } from '../auth/client-access';
import { keyIfIdOf, toId } from '../shared/ids';
import { ClientPermission } from '../auth/client-permission';
import { clientRows } from '../clients/client-ownership';
import { Client } from '../clients/client.entity';
import { followServices } from './client-status';
import { Domain, DomainStatus, RELEASED_DOMAIN_STATUSES } from './domain.entity';
import { requireModule, secretsKeyOf } from '../plugins/module-settings';
import type { CreateDomainInput, DomainFilter, DomainOrder, UpdateDomainInput } from './domain.inputs';
import { domainToASCII } from 'node:url';
import { publishOnCommit } from '../shared/after-commit';
import type { DomainChange, ModuleJobEvent } from '../shared/event-bus';
import { lockClientOfDomain, lockClients } from './client-lock';

const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const HOST_NAME = DOMAIN_NAME;
const NAME_TAKEN = 'This domain is registered here already';

export async function getDomain(ctx: RequestContext, id: number): Promise<Domain> {
  const domain = await ctx.em.findOne(Domain, { id });
  if (!domain) throw notFound('Domain', id);
  assertCanAccessClient(ctx, domain.client.id, ClientPermission.DOMAINS, ['Domain', id]);
  return domain;
}

export async function listDomains(ctx: RequestContext, filter: DomainFilter = {}, args: PageArgs, orderBy?: DomainOrder, withTotal = true, fields?: readonly string[]): Promise<Connection<Domain>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_ASC));
  const and: FilterQuery<Domain>[] = [];
  if (ctx.viewer?.kind === 'client') {
    assertCanAccessClient(ctx, ctx.viewer.clientId, ClientPermission.DOMAINS);
    and.push({ client: ctx.viewer.clientId });
  } else if (filter.clientId) and.push({ client: toId(filter.clientId, 'Client', 'clientId') });
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  if (filter.registrar) and.push({ registrar: filter.registrar });
  if (filter.expiringBefore) and.push({ expiryDate: { $lte: filter.expiringBefore } });
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    const or: FilterQuery<Domain>[] = [{ name: { $ilike: contains(search) } }];
    const id = keyIfIdOf(filter.search!.trim(), 'Domain');
    if (id) or.push({ id });
    and.push({ $or: or });
  }
  const where: FilterQuery<Domain> = and.length ? { $and: and } : {};
  return readPage(ctx.em, Domain, where, page, withTotal, fields);
}

/** A client's domains under the client, the same ones `domains` lists for it. */
export function clientDomainsPage(ctx: RequestContext, clientId: number, args: PageArgs, withTotal: boolean, orderBy?: OrderBy, fields?: readonly string[]): Promise<Connection<Domain>> {
  assertCanAccessClient(ctx, clientId, ClientPermission.DOMAINS);
  return ctx.loaders.provisioning.domainPagesByClient(clientId, args, {}, withTotal, pageOrder(orderBy, ID_ASC), fields);
}

export async function createDomain(ctx: RequestContext, input: CreateDomainInput): Promise<Domain> {
  const problems = new FieldProblems();
  problems.addNulls(input, NOT_NULLABLE);
  const name = problems.collect(() => normaliseName(input.name, 'name'));
  const clientKey = problems.collect(() => toId(input.clientId, 'Client', 'clientId'));
  const owner = clientKey === undefined ? undefined : await ctx.em.findOne(Client, { id: clientKey });
  if (clientKey !== undefined && !owner) problems.add('clientId', `clientId ${input.clientId} does not exist`, 'REFERENCE_NOT_FOUND');
  const registrar = input.registrar ? problems.collect(() => assertRegistrar(ctx, input.registrar!)) : undefined;
  const nameservers = problems.collect(() => normaliseNameservers(input.nameservers ?? [])) ?? [];
  // Issue 15.2: without a registrar chosen, the TLD's default one (issue 15.1: and its server).
  const rule = name ? await tldRuleOf(ctx.em, name) : null;
  const registrarOrDefault = registrar ?? rule?.registrar ?? undefined;
  const server = input.serverId ? await chosenServer(ctx, problems, input.serverId, registrarOrDefault) : undefined;
  problems.throwIfAny();
  // Found: a missing one is among the problems thrown above.
  const client = owner!;
  const status = input.status ?? DomainStatus.PENDING;
  if (!RELEASED_DOMAIN_STATUSES.includes(status)) await assertNameFree(ctx, name!);

  const domain = await conflictOnDuplicate('name', NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    const domain = em.create(Domain, {
      name: name!,
      client,
      registrar: registrarOrDefault,
      server: server ? ref(server) : ruleServerFor(rule, registrarOrDefault),
      status,
      registrationDate: input.registrationDate ?? undefined,
      expiryDate: input.expiryDate ?? undefined,
      autoRenew: input.autoRenew ?? true,
      nameservers,
      eppCodeEncrypted: input.eppCode ? encryptSecret(secretsKeyOf(ctx), input.eppCode) : undefined,
    });
    await em.flush();
    recordActivity(em, ctx, { action: 'domain.create', targetType: 'Domain', targetId: String(domain.id), clientId: client.id, details: { name, status } });
    await followServices(em, ctx, [client.id]);
    await publishDomainChanged(em, 'CREATED', domain);
    return domain;
  }));
  return domain;
}

/** Staff edit a domain record; any status may be recorded (the registrar's sync is authoritative). */
export async function updateDomain(ctx: RequestContext, id: number, input: UpdateDomainInput): Promise<Domain> {
  const domain = await getDomain(ctx, id);
  const problems = new FieldProblems();
  problems.addNulls(input, NOT_NULLABLE);
  const name = input.name != null ? problems.collect(() => normaliseName(input.name!, 'name')) ?? domain.name : domain.name;
  const registrar = input.registrar ? problems.collect(() => assertRegistrar(ctx, input.registrar!)) : undefined;
  const nameservers = input.nameservers ? problems.collect(() => normaliseNameservers(input.nameservers!)) : undefined;
  const newRegistrar = input.registrar !== undefined ? registrar : domain.registrar;
  const server = input.serverId ? await chosenServer(ctx, problems, input.serverId, newRegistrar) : undefined;
  problems.throwIfAny();
  const status = input.status ?? domain.status;
  if (!RELEASED_DOMAIN_STATUSES.includes(status)) await assertNameFree(ctx, name, id);

  const from = domain.status;
  await conflictOnDuplicate('name', NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    await lockClientOfDomain(em, domain.id);
    domain.name = name;
    domain.status = status;
    if (input.registrar !== undefined) domain.registrar = registrar;
    // A server of another registrar no longer fits: the next command chooses again.
    if (input.serverId !== undefined) domain.server = server ? ref(server) : undefined;
    else if (input.registrar !== undefined && domain.server && domain.registrar !== (await em.findOne(Server, { id: domain.server.id }))?.module) domain.server = undefined;
    if (input.registrationDate !== undefined) domain.registrationDate = input.registrationDate ?? undefined;
    if (input.expiryDate !== undefined) domain.expiryDate = input.expiryDate ?? undefined;
    if (input.autoRenew !== undefined) domain.autoRenew = input.autoRenew;
    if (nameservers) domain.nameservers = nameservers;
    if (input.eppCode !== undefined) domain.eppCodeEncrypted = input.eppCode ? encryptSecret(secretsKeyOf(ctx), input.eppCode) : undefined;
    em.persist(domain);
    recordActivity(em, ctx, {
      action: 'domain.update',
      targetType: 'Domain',
      targetId: String(id),
      clientId: domain.client.id,
      details: { changed: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined) },
    });
    if (from !== status) await followServices(em, ctx, [domain.client.id]);
    await publishDomainChanged(em, 'UPDATED', domain);
  }));
  return domain;
}

/**
 * Issue 15.1: the saved EPP code in clear, for staff and for the owning client
 * when the operator lets clients get it (CLIENT_DOMAIN_COMMANDS has getEppCode);
 * `domain` was already shown to the viewer, so a client is its owner.
 */
export function revealEppCode(ctx: RequestContext, domain: Domain): string | null {
  if (!domain.eppCodeEncrypted) return null;
  if (ctx.viewer?.kind !== 'staff' && !ctx.config.clientDomainCommands.includes('getEppCode')) return null;
  assertCanAccessClient(ctx, domain.client.id, ClientPermission.DOMAINS, ['Domain', domain.id]);
  return decryptSecret(secretsKeyOf(ctx), domain.eppCodeEncrypted);
}

/** Staff only: a domain's registrar calls, newest first. */
export async function listDomainModuleLog(ctx: RequestContext, domainId: number, limit: number): Promise<ModuleLogEntry[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('limit', 'limit must be 1-200', 'OUT_OF_RANGE');
  const domain = await ctx.em.findOne(Domain, { id: domainId });
  if (!domain) throw notFound('Domain', domainId);
  return ctx.em.find(ModuleLogEntry, { domain: domainId }, { orderBy: { id: 'desc' }, limit });
}

/** Like SV-15 for domains: the record moves; nothing runs at the registrar. */
export async function moveDomain(ctx: RequestContext, id: number, toClientId: string): Promise<Domain> {
  const domain = await getDomain(ctx, id);
  const to = await ctx.em.findOne(Client, { id: toId(toClientId, 'Client', 'toClientId') });
  if (!to) throw badInput('toClientId', `toClientId ${toClientId} does not exist`, 'REFERENCE_NOT_FOUND');
  const fromClientId = domain.client.id;
  if (to.id === fromClientId) throw badInput('toClientId', 'The domain belongs to this client already', 'TARGET_IS_SELF');
  await ctx.em.transactional(async (em) => {
    // Both clients, in id order, before the domain (src/provisioning/client-lock.ts): edits of it and a move the other way queue here.
    await lockClients(em, [fromClientId, to.id]);
    // Read before the locks: a move of the same domain that committed meanwhile would be undone unseen (its target left out of CL-5).
    const current = await em.findOneOrFail(Domain, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (current.client.id !== fromClientId) throw conflict('id', 'The domain moved to another client meanwhile; reload it and move it again', 'CONCURRENT_CHANGE');
    domain.client = ref(to);
    em.persist(domain);
    const details = { domainId: id, name: domain.name, fromClientId, toClientId: to.id };
    recordActivity(em, ctx, { action: 'domain.move.out', targetType: 'Domain', targetId: String(id), clientId: fromClientId, details });
    recordActivity(em, ctx, { action: 'domain.move.in', targetType: 'Domain', targetId: String(id), clientId: to.id, details });
    await followServices(em, ctx, [fromClientId, to.id]);
    await publishDomainChanged(em, 'UPDATED', domain);
  });
  return domain;
}

/** What other areas do before a domain record is deleted (the DNS area removes its zone); a throw keeps the domain. */
export type DomainDeleteStep = (ctx: RequestContext, domain: Domain) => Promise<void>;
const deleteSteps: DomainDeleteStep[] = [];

/** Registered in src/composition.ts. */
export function beforeDomainDelete(step: DomainDeleteStep): void {
  deleteSteps.push(step);
}

/** Like SV-16 for domains: the record (and its zone, issue 15.3); nothing changes at the registrar. */
export async function deleteDomain(ctx: RequestContext, id: number): Promise<boolean> {
  const domain = await getDomain(ctx, id);
  for (const step of deleteSteps) await step(ctx, domain);
  await ctx.em.transactional(async (em) => {
    em.remove(domain);
    recordActivity(em, ctx, { action: 'domain.delete', targetType: 'Domain', targetId: String(id), clientId: domain.client.id, details: { name: domain.name, status: domain.status } });
    await followServices(em, ctx, [domain.client.id]);
    await publishDomainChanged(em, 'DELETED', domain, id);
  });
  return true;
}

/** Issue 15.1: DOMAIN_CHANGED once the transaction `em` works in commits (at once outside one). `id`: the key of a domain removed in it. */
export function publishDomainChanged(em: EntityManager, change: DomainChange, domain: Domain, id = domain.id, job?: ModuleJobEvent): Promise<void> {
  return publishOnCommit(em, 'DOMAIN_CHANGED', { change, domainId: id, clientId: domain.client.id, job, at: new Date().toISOString() });
}

/** Whether the viewer may hear of changes to this client's domains: staff, or the client (users with DOMAINS). */
export function canWatchDomainsOf(ctx: RequestContext, clientId: number): boolean {
  if (ctx.viewer?.kind === 'staff') return true;
  try {
    assertCanAccessClient(ctx, clientId, ClientPermission.DOMAINS);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/**
 * Issue 15.2: names are kept and sent as A-labels: an internationalised name
 * (bücher.de) becomes its ASCII form (xn--bcher-kva.de) through Node's UTS #46
 * mapping (url.domainToASCII), which also refuses an invalid xn-- label.
 */
function aLabels(raw: string): string {
  return domainToASCII(raw.trim().replace(/\.$/, '')).toLowerCase();
}

export function normaliseName(raw: string, field: string): string {
  const name = aLabels(raw);
  if (!DOMAIN_NAME.test(name)) throw badInput(field, `${field} must be a domain name such as example.com`, 'INVALID_FORMAT');
  return name;
}

export function normaliseNameservers(raw: string[], field = 'nameservers'): string[] {
  if (raw.length > 13) throw badInput(field, 'At most 13 nameservers', 'OUT_OF_RANGE');
  const out: string[] = [];
  for (const entry of raw) {
    const host = aLabels(entry);
    if (!HOST_NAME.test(host)) throw badInput(field, `Nameserver "${entry.slice(0, 100)}" is not a host name`, 'INVALID_FORMAT');
    if (out.includes(host)) throw badInput(field, `Nameserver ${host} is listed twice`, 'DUPLICATE_IN_INPUT');
    out.push(host);
  }
  return out;
}

/**
 * Issue 15.1: the registrar server staff chose for a domain (`serverId`): it
 * must exist and run the domain's registrar. Problems go to `problems`.
 */
async function chosenServer(ctx: RequestContext, problems: FieldProblems, serverId: string, registrar: string | undefined): Promise<Server | undefined> {
  const key = problems.collect(() => toId(serverId, 'Server', 'serverId'));
  if (key === undefined) return undefined;
  const server = await ctx.em.findOne(Server, { id: key });
  if (!server) problems.add('serverId', `Server ${serverId} does not exist`, 'REFERENCE_NOT_FOUND');
  else if (server.module !== registrar) problems.add('serverId', `Server ${server.name} does not run the domain's registrar (${registrar ?? 'none'})`, 'MODULE_UNAVAILABLE');
  return server ?? undefined;
}

function assertRegistrar(ctx: RequestContext, name: string): string {
  const module = requireModule(ctx, name, 'registrar');
  if (module.kind !== 'registrar') throw badInput('registrar', `Module ${name} is not a registrar`, 'MODULE_UNAVAILABLE');
  return module.name;
}

async function assertNameFree(ctx: RequestContext, name: string, exceptId?: number) {
  const existing = await ctx.em.findOne(Domain, { name, status: { $nin: [...RELEASED_DOMAIN_STATUSES] } }, { fields: ['id'] });
  if (existing && existing.id !== exceptId) throw conflict('name', NAME_TAKEN, 'VALUE_TAKEN');
}

const NOT_NULLABLE = ['name', 'status', 'autoRenew', 'nameservers'];

/** CL-7 merge moves a client's domains to the survivor; CL-8 delete removes the records (nothing runs at a registrar). */
export const domainOwnedRecords = clientRows('domains', [Domain]);
