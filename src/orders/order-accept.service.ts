/**
 * Issue 14.4 (OR-2, OR-3): accepting an order. Each pending item is set up:
 * a product gets its service (on the chosen server, else one of the group's
 * servers already hosting the client's services, else the group's rule) and,
 * when the product has a module and "module create" is ticked, the module's
 * create through the job queue; a domain gets its record for the registrar.
 * An item whose create fails stays Pending with the module's error; accepting
 * again retries only the pending items. The order becomes Active once every
 * item is accepted.
 */
import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { AppError, badInput } from '../shared/errors';
import { toId } from '../shared/ids';
import { todayUtc } from '../shared/dates';
import { recordActivity, SYSTEM_ACTOR } from '../activity/activity.service';
import { Product } from '../catalog/product.entity';
import { Service } from '../provisioning/service.entity';
import { ServiceStatus } from '../provisioning/service-status';
import { Server } from '../provisioning/server.entity';
import { Domain, DomainStatus } from '../provisioning/domain.entity';
import { ModuleJob, ModuleJobStatus } from '../provisioning/module-job.entity';
import { pickServerForClient } from '../provisioning/pick-server';
import { runModuleCommand } from '../provisioning/module-command.service';
import { followServices } from '../provisioning/client-status';
import type { ModuleJobOutcome } from '../provisioning/module-job-outcome';
import { Order, OrderItem, OrderItemKind, OrderItemStatus, OrderStatus } from './order.entity';
import { assertOrderTransition } from './order-status';
import { getOrder } from './order.service';
import type { AcceptItemInput } from './order.inputs';
import { publishOrderChanged, type ItemProgress } from './order-events';

interface ItemChoice {
  serverId?: number;
  runModuleCreate: boolean;
  sendEmail: boolean;
}

/** OR-2/OR-3: accepts the order's pending items (per item: server, module create, welcome email); returns the order as it is then. */
export async function acceptOrder(ctx: RequestContext, orderId: number, inputs: AcceptItemInput[]): Promise<Order> {
  const probe = await getOrder(ctx, orderId);
  const choices = new Map<number, ItemChoice>();
  inputs.forEach((input, i) => {
    const itemId = toId(input.itemId, 'OrderItem', `items.${i}.itemId`);
    if (choices.has(itemId)) throw badInput(`items.${i}.itemId`, 'This item is given twice', 'DUPLICATE_IN_INPUT');
    choices.set(itemId, {
      serverId: input.serverId != null ? toId(input.serverId, 'Server', `items.${i}.serverId`) : undefined,
      runModuleCreate: input.runModuleCreate, sendEmail: input.sendEmail,
    });
  });
  const creates: { item: OrderItem; serviceId: number }[] = [];
  await ctx.em.transactional(async (em) => {
    const order = await em.findOneOrFail(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    assertOrderTransition(order.status, OrderStatus.ACTIVE);
    const items = await em.find(OrderItem, { order }, { orderBy: { position: 'asc' } });
    for (const itemId of choices.keys()) {
      if (!items.some((item) => item.id === itemId)) throw badInput('items', 'An item is not one of this order', 'REFERENCE_NOT_FOUND');
    }
    for (const item of items.filter((i) => i.status === OrderItemStatus.PENDING)) {
      const choice = choices.get(item.id) ?? { serverId: item.server?.id, runModuleCreate: true, sendEmail: !order.noEmail };
      if (await runningCreate(em, item)) continue; // its create is still queued or running
      if (item.kind === OrderItemKind.PRODUCT && item.product) {
        const product = await em.findOneOrFail(Product, item.product.id);
        const service = item.service ? await em.findOneOrFail(Service, item.service.id) : await createService(em, ctx, order, item, product, choice.serverId ?? item.server?.id);
        item.sendWelcomeEmail = choice.sendEmail;
        // Read by the module create when it succeeds (SV-17).
        service.sendWelcomeEmail = choice.sendEmail;
        if (choice.runModuleCreate && product.module && service.status === ServiceStatus.PENDING) {
          creates.push({ item, serviceId: service.id });
          continue;
        }
        if (service.status === ServiceStatus.PENDING) service.status = ServiceStatus.ACTIVE;
      } else if (item.kind === OrderItemKind.DOMAIN_REGISTRATION || item.kind === OrderItemKind.DOMAIN_TRANSFER) {
        // The registrar is chosen and the domain sent to it in the domains area; the order hands over the record.
        em.create(Domain, {
          client: order.client, name: item.domain!, status: DomainStatus.PENDING, nameservers: item.nameservers,
          eppCodeEncrypted: item.eppCodeEncrypted,
        });
      }
      accept(item);
    }
    await em.flush();
    await followServices(em, ctx, [order.client.id]);
    recordActivity(em, ctx, { action: 'order.accept', targetType: 'Order', targetId: String(orderId), clientId: order.client.id, details: { creates: creates.length } });
    const activated = await activateIfDone(em, order);
    // Published on commit, before the creates are queued: their progress follows this event.
    await publishOrderChanged(em, order, activated ? 'STATUS_CHANGED' : 'ITEM_PROGRESS', new Map(creates.map(({ item }) => [item.id, 'QUEUED' as const])));
  });
  // Outside the transaction: runModuleCommand validates and queues in its own; a refusal stays on the item (OR-3).
  for (const { item, serviceId } of creates) {
    try {
      await runModuleCommand(ctx, serviceId, 'create', {});
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await ctx.em.nativeUpdate(OrderItem, { id: item.id }, { lastError: `create: ${error.message}` });
      ctx.em.clear();
      await publishOrderChanged(ctx.em, await ctx.em.findOneOrFail(Order, { id: orderId }), 'ITEM_PROGRESS', new Map([[item.id, 'FAILED' as const]]));
    }
  }
  ctx.em.clear();
  return getOrder(ctx, probe.id);
}

function accept(item: OrderItem): void {
  item.status = OrderItemStatus.ACCEPTED;
  item.lastError = undefined;
}

async function runningCreate(em: EntityManager, item: OrderItem): Promise<boolean> {
  if (!item.service) return false;
  return (await em.count(ModuleJob, { service: item.service.id, command: 'create', status: { $in: [ModuleJobStatus.QUEUED, ModuleJobStatus.RUNNING, ModuleJobStatus.RETRYING] } })) > 0;
}

async function createService(em: EntityManager, ctx: RequestContext, order: Order, item: OrderItem, product: Product, serverId: number | undefined): Promise<Service> {
  let server: Server | undefined;
  if (serverId !== undefined) {
    server = (await em.findOne(Server, { id: serverId })) ?? undefined;
    if (!server) throw badInput('items', 'No such server', 'REFERENCE_NOT_FOUND');
  } else if (product.serverGroup) {
    server = await pickServerForClient(em, product.serverGroup.id, order.client.id);
  }
  const service = em.create(Service, {
    client: order.client, product, server, domain: item.product && item.kind === OrderItemKind.PRODUCT ? item.domain : undefined,
    status: ServiceStatus.PENDING, billingCycle: item.cycle, currency: item.currency,
    firstPaymentMinor: BigInt(item.firstPaymentMinor), recurringMinor: BigInt(item.recurringMinor), registrationDate: todayUtc(),
  });
  await em.flush();
  item.service = ref(service);
  recordActivity(em, ctx, { action: 'service.create', targetType: 'Service', targetId: String(service.id), clientId: order.client.id, details: { orderId: order.id, productId: product.id, serverId: server?.id } });
  return service;
}

/** The order becomes Active once none of its items is pending. */
async function activateIfDone(em: EntityManager, order: Order): Promise<boolean> {
  if (order.status !== OrderStatus.PENDING) return false;
  if (await em.count(OrderItem, { order: order.id, status: OrderItemStatus.PENDING })) return false;
  order.status = OrderStatus.ACTIVE;
  await em.flush();
  return true;
}

/**
 * OR-3: follows the create job of an order item's service (registered on
 * moduleJobProgressed, inside the job's transaction): success accepts the
 * item (and activates the order when it was the last), a final failure keeps
 * it Pending with the module's error.
 */
export async function followCreateJob(em: EntityManager, { job, service }: ModuleJobOutcome): Promise<void> {
  if (job.command !== 'create') return;
  const item = await em.findOne(OrderItem, { service: service.id, status: OrderItemStatus.PENDING });
  if (!item) return;
  // One item's change at a time per order: each event reads the other items after the previous change
  // committed, so a subscriber never sees an item's progress go back (FAILED, then RUNNING again).
  const order = await em.findOneOrFail(Order, { id: item.order.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (order.status !== OrderStatus.PENDING) return;
  let change: 'ITEM_PROGRESS' | 'STATUS_CHANGED' = 'ITEM_PROGRESS';
  if (job.status === ModuleJobStatus.SUCCEEDED) {
    accept(item);
    await em.flush();
    if (await activateIfDone(em, order)) {
      change = 'STATUS_CHANGED';
      recordActivity(em, SYSTEM_ACTOR, { action: 'order.active', targetType: 'Order', targetId: String(order.id), clientId: order.client.id, details: {} });
    }
  } else if (job.status === ModuleJobStatus.FAILED) {
    item.lastError = `create: ${job.lastError ?? 'failed'}`;
  }
  await em.flush();
  // The job's own status is this change's: the database may not hold it yet.
  const progress = new Map<number, ItemProgress>();
  if (job.status === ModuleJobStatus.RUNNING || job.status === ModuleJobStatus.RETRYING || job.status === ModuleJobStatus.FAILED) progress.set(item.id, job.status.toUpperCase() as ItemProgress);
  await publishOrderChanged(em, order, change, progress);
}
