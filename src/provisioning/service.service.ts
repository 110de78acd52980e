import { LockMode, ref } from '@mikro-orm/core';
/**
 * Services (SV-1, SV-2, SV-15, SV-16): the records only. Nothing here calls a
 * module; module commands run from jobs (SV-3).
 */
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { badInput, conflict, FieldProblems, notFound } from '../shared/errors';
import { ID_ASC, keysetPage, pageOrder, type Connection, type PageArgs, type OrderBy } from '../shared/pagination';
import { readPage } from '../shared/batch-loaders';
import { contains, dateRangeCondition, words } from '../shared/filters';
import { amountInput } from '../shared/money';
import { encryptSecret } from '../shared/secrets';
import { recordActivity } from '../activity/activity.service';
import { assertCanAccessClient } from '../auth/client-access';
import { keyIfIdOf, toId } from '../shared/ids';
import { ClientPermission } from '../auth/client-permission';
import { clientRows } from '../clients/client-ownership';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { Server } from './server.entity';
import { Service } from './service.entity';
import { BillingCycle } from '../catalog/billing-cycle';
import { assertStaffTransition, ENDED_STATUSES, ServiceStatus } from './service-status';
import { followServices } from './client-status';
import { lockClientOfService, lockClients } from './client-lock';
import { serviceTermsChanged } from './service-terms';
import { checkSuspensionOverride, suspensionOverrideSet } from './suspension-override';
import { publishServiceChanged } from './module-command.service';
import { pickServer } from './pick-server';
import { secretsKeyOf } from '../plugins/module-settings';
import type { CreateServiceInput, ServiceFilter, ServiceOrder, UpdateServiceInput } from './service.inputs';
import { localToday } from '../shared/clock';

/** Staff: any service. Client: only its own (object-level check). */
export async function getService(ctx: RequestContext, id: number): Promise<Service> {
  const service = await ctx.em.findOne(Service, { id });
  if (!service) throw notFound('Service', id);
  assertCanAccessClient(ctx, service.client.id, ClientPermission.SERVICES, ['Service', id]);
  return service;
}

/** SV-1: every service, searched and filtered; a client gets only its own. */
export async function listServices(ctx: RequestContext, filter: ServiceFilter = {}, args: PageArgs, orderBy?: ServiceOrder, withTotal = true, fields?: readonly string[]): Promise<Connection<Service>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_ASC));
  return readPage(ctx.em, Service, serviceWhere(ctx, filter), page, withTotal, fields);
}

/** A client's services under the client (SV-1), the same ones `services` lists for it. */
export function clientServicesPage(ctx: RequestContext, clientId: number, args: PageArgs, withTotal: boolean, orderBy?: OrderBy, fields?: readonly string[]): Promise<Connection<Service>> {
  assertCanAccessClient(ctx, clientId, ClientPermission.SERVICES);
  return ctx.loaders.provisioning.servicePagesByClient(clientId, args, {}, withTotal, pageOrder(orderBy, ID_ASC), fields);
}

function serviceWhere(ctx: RequestContext, filter: ServiceFilter): FilterQuery<Service> {
  const and: FilterQuery<Service>[] = [];
  if (ctx.viewer?.kind === 'client') {
    assertCanAccessClient(ctx, ctx.viewer.clientId, ClientPermission.SERVICES);
    and.push({ client: ctx.viewer.clientId });
  } else if (filter.clientId) and.push({ client: toId(filter.clientId, 'Client', 'clientId') });
  if (filter.productId) and.push({ product: toId(filter.productId, 'Product', 'productId') });
  if (filter.serverId) and.push({ server: toId(filter.serverId, 'Server', 'serverId') });
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  const nextDueDate = dateRangeCondition(filter.nextDueDate, 'nextDueDate');
  if (nextDueDate) and.push({ nextDueDate });
  for (const word of words(filter.search)) {
    const like = { $ilike: contains(word) };
    const or: FilterQuery<Service>[] = [{ domain: like }, { username: like }];
    const id = keyIfIdOf(word, 'Service');
    if (id) or.push({ id });
    and.push({ $or: or });
  }
  return and.length ? { $and: and } : {};
}

/** Staff add a service by hand (e.g. an account that exists already): no module call. */
export async function createService(ctx: RequestContext, input: CreateServiceInput): Promise<Service> {
  const problems = new FieldProblems();
  problems.addNulls(input, NOT_NULLABLE);
  const owner = await problems.collectAsync(() => findRef(ctx, Client, input.clientId, 'clientId'));
  const sold = await problems.collectAsync(() => findRef(ctx, Product, input.productId, 'productId'));
  let server = input.serverId && sold ? await problems.collectAsync(() => findServerFor(ctx, input.serverId!, sold)) : undefined;
  const amounts = owner ? parseAmounts(problems, input, owner.currency, input.billingCycle) : {};
  checkPaymentMethod(ctx, problems, input.paymentMethod);
  const status = input.status ?? ServiceStatus.PENDING;
  if (input.suspensionReason && status !== ServiceStatus.SUSPENDED) problems.add('suspensionReason', 'Only a suspended service has a suspension reason', 'CONFLICTING_INPUT');
  if (input.terminationDate && !ENDED_STATUSES.includes(status)) problems.add('terminationDate', 'Only a terminated or cancelled service has a termination date', 'CONFLICTING_INPUT');
  problems.throwIfAny();
  // Found: a missing one is among the problems thrown above.
  const [client, product] = [owner!, sold!];

  const service = await ctx.em.transactional(async (em) => {
    if (!server && product.serverGroup) server = await pickServer(em, product.serverGroup.id);
    const service = em.create(Service, {
      client,
      product,
      server,
      domain: clean(input.domain),
      username: clean(input.username),
      passwordEncrypted: input.password ? encryptSecret(secretsKeyOf(ctx), input.password) : undefined,
      status,
      billingCycle: input.billingCycle,
      currency: client.currency,
      firstPaymentMinor: amounts.firstPaymentMinor ?? 0n,
      recurringMinor: amounts.recurringMinor ?? 0n,
      registrationDate: input.registrationDate ?? localToday(ctx.config.automation),
      nextDueDate: input.nextDueDate ?? undefined,
      suspensionReason: status === ServiceStatus.SUSPENDED ? (input.suspensionReason ?? undefined) : undefined,
      terminationDate: ENDED_STATUSES.includes(status) ? (input.terminationDate ?? localToday(ctx.config.automation)) : undefined,
      adminNotes: input.adminNotes ?? undefined,
      paymentMethod: input.paymentMethod ?? undefined,
      autoRecalculate: input.autoRecalculate ?? false,
    });
    await em.flush();
    recordActivity(em, ctx, {
      action: 'service.create',
      targetType: 'Service',
      targetId: String(service.id),
      clientId: client.id,
      details: { productId: product.id, serverId: server?.id, domain: service.domain, status },
    });
    await followServices(em, ctx, [client.id]);
    return service;
  });
  return service;
}

/**
 * SV-2: staff edit and save. Status moves only along STAFF_TRANSITIONS;
 * leaving Suspended clears the reason; reaching Terminated/Cancelled sets the
 * termination date (today unless given), which is editable only there.
 */
export async function updateService(ctx: RequestContext, id: number, input: UpdateServiceInput): Promise<Service> {
  const service = await getService(ctx, id);
  const problems = new FieldProblems();
  problems.addNulls(input, NOT_NULLABLE);
  const from = service.status;
  const status = input.status ?? from;
  problems.collect(() => assertStaffTransition(from, status));
  const product = input.productId ? await problems.collectAsync(() => findRef(ctx, Product, input.productId!, 'productId')) : undefined;
  const serverProduct = input.productId ? product : await ctx.em.findOneOrFail(Product, service.product.id);
  const server = input.serverId && serverProduct ? await problems.collectAsync(() => findServerFor(ctx, input.serverId!, serverProduct)) : undefined;
  const amounts = parseAmounts(problems, input, service.currency, input.billingCycle ?? service.billingCycle, service);
  checkPaymentMethod(ctx, problems, input.paymentMethod);
  if (input.suspensionReason != null && status !== ServiceStatus.SUSPENDED) problems.add('suspensionReason', 'Only a suspended service has a suspension reason', 'CONFLICTING_INPUT');
  if (input.terminationDate != null && !ENDED_STATUSES.includes(status)) problems.add('terminationDate', 'Only a terminated or cancelled service has a termination date', 'CONFLICTING_INPUT');
  checkSuspensionOverride(problems, input.suspensionOverride);
  const previousProductId = service.product.id;
  const termsChange = (product && product.id !== previousProductId) || (input.billingCycle && input.billingCycle !== service.billingCycle);
  // SV-5: an amount staff type in the same save is the one they mean.
  const recalculate = Boolean(termsChange || input.configOptions) && (input.autoRecalculate ?? service.autoRecalculate) && amounts.recurringMinor === undefined;
  const termsHook = recalculate || Boolean(input.configOptions);
  // The hook's checks (below) report with these; without it, or without the product to check against, nothing more is found.
  if (!termsHook || (input.productId && !product)) problems.throwIfAny();

  await ctx.em.transactional(async (em) => {
    await lockClientOfService(em, service.id);
    if (product) service.product = ref(product);
    if (input.serverId !== undefined) service.server = ref(server);
    if (input.domain !== undefined) service.domain = clean(input.domain);
    if (input.username !== undefined) service.username = clean(input.username);
    if (input.password !== undefined) service.passwordEncrypted = input.password ? encryptSecret(secretsKeyOf(ctx), input.password) : undefined;
    if (input.billingCycle) service.billingCycle = input.billingCycle;
    if (amounts.firstPaymentMinor !== undefined) service.firstPaymentMinor = amounts.firstPaymentMinor;
    if (amounts.recurringMinor !== undefined) service.recurringMinor = amounts.recurringMinor;
    if (input.registrationDate) service.registrationDate = input.registrationDate;
    if (input.nextDueDate !== undefined) service.nextDueDate = input.nextDueDate ?? undefined;
    if (input.adminNotes !== undefined) service.adminNotes = input.adminNotes ?? undefined;
    if (input.paymentMethod !== undefined) service.paymentMethod = input.paymentMethod ?? undefined;
    if (input.autoRecalculate != null) service.autoRecalculate = input.autoRecalculate;
    // SV-5: the options are checked above provisioning (the hook); their problems come with the others, and any problem rolls the edit back.
    if (termsHook) await problems.collectAsync(() => serviceTermsChanged.run(em, { service, previousProductId, configOptions: input.configOptions ?? undefined, recalculate }));
    problems.throwIfAny();
    service.status = status;
    if (status === ServiceStatus.SUSPENDED) {
      if (input.suspensionReason !== undefined) service.suspensionReason = input.suspensionReason ?? undefined;
    } else service.suspensionReason = undefined;
    if (ENDED_STATUSES.includes(status)) {
      if (input.terminationDate !== undefined) service.terminationDate = input.terminationDate ?? undefined;
      service.terminationDate ??= localToday(ctx.config.automation);
    } else service.terminationDate = undefined;
    em.persist(service);
    recordActivity(em, ctx, {
      action: 'service.update',
      targetType: 'Service',
      targetId: String(id),
      clientId: service.client.id,
      // Field names only (never the password).
      details: { changed: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined), ...(from !== status ? { from, to: status } : {}) },
    });
    if (from !== status) await followServices(em, ctx, [service.client.id]);
    // SV-6: the override table lives with the daily run (above provisioning), which records it on this hook.
    const override = input.suspensionOverride;
    if (override) await suspensionOverrideSet.run(em, { service, until: override.until ?? undefined, never: override.never === true, by: ctx });
    await publishServiceChanged(em, service, undefined, 'UPDATED');
  });
  return service;
}

/** SV-15: the record moves to another client; invoices stay with the old owner; nothing runs on the server. */
export async function moveService(ctx: RequestContext, id: number, toClientId: string): Promise<Service> {
  const service = await getService(ctx, id);
  const to = await findRef(ctx, Client, toClientId, 'toClientId');
  const fromClientId = service.client.id;
  if (to.id === fromClientId) throw badInput('toClientId', 'The service belongs to this client already', 'TARGET_IS_SELF');
  if (to.currency !== service.currency) {
    throw badInput('toClientId', `The client pays in ${to.currency}, the service is priced in ${service.currency}`, 'CURRENCY_MISMATCH');
  }
  await ctx.em.transactional(async (em) => {
    // Both clients, in id order, before the service (src/provisioning/client-lock.ts): edits of it and a move the other way queue here.
    await lockClients(em, [fromClientId, to.id]);
    // Read before the locks: a move of the same service that committed meanwhile would be undone unseen (its target left out of CL-5).
    const current = await em.findOneOrFail(Service, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (current.client.id !== fromClientId) throw conflict('id', 'The service moved to another client meanwhile; reload it and move it again', 'CONCURRENT_CHANGE');
    service.client = ref(to);
    em.persist(service);
    const details = { serviceId: id, fromClientId, toClientId: to.id };
    recordActivity(em, ctx, { action: 'service.move.out', targetType: 'Service', targetId: String(id), clientId: fromClientId, details });
    recordActivity(em, ctx, { action: 'service.move.in', targetType: 'Service', targetId: String(id), clientId: to.id, details });
    await followServices(em, ctx, [fromClientId, to.id]);
  });
  return service;
}

/** SV-16: removes the record only; the account on the server stays unless Terminate ran first. */
export async function deleteService(ctx: RequestContext, id: number): Promise<boolean> {
  const service = await getService(ctx, id);
  await ctx.em.transactional(async (em) => {
    em.remove(service);
    recordActivity(em, ctx, {
      action: 'service.delete',
      targetType: 'Service',
      targetId: String(id),
      clientId: service.client.id,
      details: { productId: service.product.id, serverId: service.server?.id, domain: service.domain, username: service.username, status: service.status },
    });
    await followServices(em, ctx, [service.client.id]);
  });
  return true;
}

// ---- helpers ----

async function findRef<T extends { id: number }>(ctx: RequestContext, entity: new () => T, id: string, field: string): Promise<T> {
  const found = await ctx.em.findOne(entity, { id: toId(id, entity.name, field) });
  if (!found) throw badInput(field, `${field} ${id} does not exist`, 'REFERENCE_NOT_FOUND');
  return found as T;
}

/** A server of the product's module (when it has one). Staff may place a service on a full server by hand. */
async function findServerFor(ctx: RequestContext, id: string, product: Product): Promise<Server> {
  const server = await findRef(ctx, Server, id, 'serverId');
  if (product.module && server.module !== product.module) {
    throw badInput('serverId', `The product uses module ${product.module}; server ${server.name} runs ${server.module}`, 'MODULE_UNAVAILABLE');
  }
  return server;
}

/** The amounts given, in minor units; each problem into `problems`. */
function parseAmounts(
  problems: FieldProblems,
  input: { firstPaymentAmount?: string; recurringAmount?: string },
  currency: string,
  cycle: BillingCycle,
  current?: Service,
): { firstPaymentMinor?: bigint; recurringMinor?: bigint } {
  const parse = (field: 'firstPaymentAmount' | 'recurringAmount') => {
    const raw = input[field];
    if (raw === undefined) return undefined;
    return problems.collect(() => amountInput(raw, currency, { field, allowed: 'notNegative' }));
  };
  const out = { firstPaymentMinor: parse('firstPaymentAmount'), recurringMinor: parse('recurringAmount') };
  if (cycle === BillingCycle.FREE) {
    const first = out.firstPaymentMinor ?? (current ? BigInt(current.firstPaymentMinor) : 0n);
    const recurring = out.recurringMinor ?? (current ? BigInt(current.recurringMinor) : 0n);
    if (first !== 0n || recurring !== 0n) problems.add('billingCycle', 'A free service has no amounts', 'CONFLICTING_INPUT');
  }
  return out;
}

/** SV-7: a payment method names a gateway module this server has loaded. */
export function checkPaymentMethod(ctx: RequestContext, problems: FieldProblems, method: string | null | undefined): void {
  if (method != null && !ctx.modules.gateways.has(method)) {
    problems.add('paymentMethod', `No payment gateway "${method}" is loaded (loaded: ${[...ctx.modules.gateways.keys()].join(', ') || 'none'})`, 'MODULE_UNAVAILABLE');
  }
}

const NOT_NULLABLE = ['productId', 'status', 'billingCycle', 'firstPaymentAmount', 'recurringAmount', 'registrationDate', 'autoRecalculate', 'configOptions'] as const;


const clean = (value: string | null | undefined) => (value == null || value.trim() === '' ? undefined : value.trim());

/** CL-7 merge moves a client's services to the survivor; CL-8 delete removes the records (nothing runs on a server). */
export const serviceOwnedRecords = clientRows('services', [Service]);
