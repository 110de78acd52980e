import { ref } from '@mikro-orm/core';
/** DN-1: domain records (registrar, status, expiry, auto-renew, nameservers). Nothing here calls a registrar. */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { AppError, badInput, FieldProblems, conflict, conflictOnDuplicate, notFound } from '../shared/errors';
import { ID_ASC, keysetPage, pageOrder, type Connection, type PageArgs, type OrderBy } from '../shared/pagination';
import { readPage } from '../shared/batch-loaders';
import { contains } from '../shared/filters';
import { encryptSecret } from '../shared/secrets';
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
import type { DomainChange } from '../shared/event-bus';

const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const HOST_NAME = DOMAIN_NAME;
const NAME_TAKEN = 'This domain is registered here already';

export async function getDomain(ctx: RequestContext, id: number): Promise<Domain> {
  const domain = await ctx.em.findOne(Domain, { id });
  if (!domain) throw notFound('Domain', id);
  assertCanAccessClient(ctx, domain.client.id, ClientPermission.DOMAINS, ['Domain', id]);
  return domain;
}

export async function listDomains(ctx: RequestContext, filter: DomainFilter = {}, args: PageArgs, orderBy?: DomainOrder, withTotal = true): Promise<Connection<Domain>> {
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
  return readPage(ctx.em, Domain, where, page, withTotal);
}

/** A client's domains under the client, the same ones `domains` lists for it. */
export function clientDomainsPage(ctx: RequestContext, clientId: number, args: PageArgs, withTotal: boolean, orderBy?: OrderBy): Promise<Connection<Domain>> {
  assertCanAccessClient(ctx, clientId, ClientPermission.DOMAINS);
  return ctx.loaders.provisioning.domainPagesByClient(clientId, args, {}, withTotal, pageOrder(orderBy, ID_ASC));
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
  problems.throwIfAny();
  // Found: a missing one is among the problems thrown above.
  const client = owner!;
  const status = input.status ?? DomainStatus.PENDING;
  if (!RELEASED_DOMAIN_STATUSES.includes(status)) await assertNameFree(ctx, name!);

  const domain = await conflictOnDuplicate('name', NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    const domain = em.create(Domain, {
      name: name!,
      client,
      registrar,
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
  problems.throwIfAny();
  const status = input.status ?? domain.status;
  if (!RELEASED_DOMAIN_STATUSES.includes(status)) await assertNameFree(ctx, name, id);

  const from = domain.status;
  await conflictOnDuplicate('name', NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    domain.name = name;
    domain.status = status;
    if (input.registrar !== undefined) domain.registrar = registrar;
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

/** Like SV-15 for domains: the record moves; nothing runs at the registrar. */
export async function moveDomain(ctx: RequestContext, id: number, toClientId: string): Promise<Domain> {
  const domain = await getDomain(ctx, id);
  const to = await ctx.em.findOne(Client, { id: toId(toClientId, 'Client', 'toClientId') });
  if (!to) throw badInput('toClientId', `toClientId ${toClientId} does not exist`, 'REFERENCE_NOT_FOUND');
  const fromClientId = domain.client.id;
  if (to.id === fromClientId) throw badInput('toClientId', 'The domain belongs to this client already', 'TARGET_IS_SELF');
  await ctx.em.transactional(async (em) => {
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

/** Like SV-16 for domains: the record only; nothing changes at the registrar. */
export async function deleteDomain(ctx: RequestContext, id: number): Promise<boolean> {
  const domain = await getDomain(ctx, id);
  await ctx.em.transactional(async (em) => {
    em.remove(domain);
    recordActivity(em, ctx, { action: 'domain.delete', targetType: 'Domain', targetId: String(id), clientId: domain.client.id, details: { name: domain.name, status: domain.status } });
    await followServices(em, ctx, [domain.client.id]);
    await publishDomainChanged(em, 'DELETED', domain, id);
  });
  return true;
}

/** Issue 15.1: DOMAIN_CHANGED once the transaction `em` works in commits. `id`: the key of a domain removed in it. */
function publishDomainChanged(em: EntityManager, change: DomainChange, domain: Domain, id = domain.id): Promise<void> {
  return publishOnCommit(em, 'DOMAIN_CHANGED', { change, domainId: id, clientId: domain.client.id, at: new Date().toISOString() });
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

export function normaliseNameservers(raw: string[]): string[] {
  if (raw.length > 13) throw badInput('nameservers', 'At most 13 nameservers', 'OUT_OF_RANGE');
  const out: string[] = [];
  for (const entry of raw) {
    const host = aLabels(entry);
    if (!HOST_NAME.test(host)) throw badInput('nameservers', `Nameserver "${entry.slice(0, 100)}" is not a host name`, 'INVALID_FORMAT');
    if (out.includes(host)) throw badInput('nameservers', `Nameserver ${host} is listed twice`, 'DUPLICATE_IN_INPUT');
    out.push(host);
  }
  return out;
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
