/**
 * Issue 14.4 (OR-2, OR-3): accepting an order. Each pending item is set up:
 * a product gets its service (on the chosen server, else one of the group's
 * servers already hosting the client's services, else the group's rule) and,
 * when the product has a module and "module create" is ticked, the module's
 * create through the job queue; a domain gets its record for the registrar.
 * An item whose create fails stays Pending with the module's error; accepting
 * again retries only the pending items. The order becomes Active once every
 * item is accepted. Staff accept with acceptOrder; paying the order's
 * invoices accepts it when the operator or the product wants that
 * (acceptPaidOrders): both through acceptItems.
 */
import { randomBytes } from 'node:crypto';
import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { systemContextOf, type SystemContext } from '../shared/system-context';
import { AppError, badInput, conflict } from '../shared/errors';
import { toId } from '../shared/ids';
import { localToday } from '../shared/clock';
import { firstDueDate } from '../catalog/cycle-dates';
import { encryptSecret } from '../shared/secrets';
import { secretsKeyOf } from '../plugins/module-settings';
import { recordActivity, SYSTEM_ACTOR } from '../activity/activity.service';
import { Product } from '../catalog/product.entity';
import { Addon } from '../catalog/addon.entity';
import { Service } from '../provisioning/service.entity';
import { ServiceStatus } from '../provisioning/service-status';
import { Server } from '../provisioning/server.entity';
import { Domain, DomainStatus } from '../provisioning/domain.entity';
import { ModuleJob, ModuleJobStatus } from '../provisioning/module-job.entity';
import { Client } from '../clients/client.entity';
import { pickServerForClient } from '../provisioning/pick-server';
import { queueSystemCommandWithin } from '../provisioning/module-command.service';
import { queueDomainCommandWithin } from '../provisioning/domain-command.service';
import { ruleServerFor, tldRuleOf } from '../provisioning/tld-rule.service';
import { followServices } from '../provisioning/client-status';
import { activatePendingAddons, addServiceAddon } from '../provisioning/service-addon.service';
import type { ModuleJobOutcome } from '../provisioning/module-job-outcome';
import { Order, OrderItem, OrderItemKind, OrderItemStatus, OrderStatus } from './order.entity';
import { assertOrderTransition } from './order-status';
import { getOrder } from './order.service';
import { lockClient } from '../billing/locked-invoice';
import { InvoiceStatus, OPEN_STATUSES, type Invoice } from '../billing/invoice.entity';
import { getOperatorSettings } from '../settings/settings.service';
import type { AcceptItemInput } from './order.inputs';
import { publishOrderChanged, type ItemProgress } from './order-events';

interface ItemChoice {
  serverId?: number;
  runModuleCreate: boolean;
  sendEmail: boolean;
}

/** Who accepts (staff, or the system on payment) and where its jobs go once the transaction commits. */
interface Acceptor {
  actor: Pick<RequestContext, 'viewer' | 'ip'>;
  outside: SystemContext;
  /** Encrypts the password a new service gets. */
  secretsKey: Buffer;
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
  await ctx.em.transactional(async (em) => {
    // The lock order of placing, paying and cancelling: the client, then the order.
    await lockClient(em, probe.client.id);
    const order = await em.findOneOrFail(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    assertOrderTransition(order.status, OrderStatus.ACTIVE);
    const items = await em.find(OrderItem, { order }, { orderBy: { position: 'asc' } });
    for (const itemId of choices.keys()) {
      if (!items.some((item) => item.id === itemId)) throw badInput('items', 'An item is not one of this order', 'REFERENCE_NOT_FOUND');
    }
    // SV-8: an upgrade takes effect when its invoice is paid (or staff change the service by hand).
    if (items.some((item) => item.kind === OrderItemKind.UPGRADE && item.status === OrderItemStatus.PENDING)) {
      throw conflict('id', 'An upgrade order takes effect when its invoice is paid', 'UPGRADE_PENDING');
    }
    const serverIds = [...new Set([...choices.values()].flatMap((choice) => (choice.serverId !== undefined ? [choice.serverId] : [])))];
    if (serverIds.length && (await em.count(Server, { id: { $in: serverIds } })) !== serverIds.length) throw badInput('items', 'No such server', 'REFERENCE_NOT_FOUND');
    await acceptItems(em, { actor: ctx, outside: ctx, secretsKey: secretsKeyOf(ctx) }, order, items, (item) => choices.get(item.id) ?? defaultChoice(order, item));
  });
  ctx.em.clear();
  return getOrder(ctx, probe.id);
}

/** The registrar module of the server staff chose for a domain item. */
async function registrarOf(em: EntityManager, modules: RequestContext['modules'], serverId: number): Promise<string> {
  const server = await em.findOne(Server, { id: serverId });
  if (!server) throw badInput('items', 'No such server', 'REFERENCE_NOT_FOUND');
  if (modules.modules.get(server.module)?.kind !== 'registrar') throw badInput('items', `Server ${server.name} does not run a registrar module`, 'MODULE_UNAVAILABLE');
  return server.module;
}

/** Without a choice: the server staff chose when adding the order, the module's create, the welcome email unless the order is without emails. */
const defaultChoice = (order: Order, item: OrderItem): ItemChoice => ({ serverId: item.server?.id, runModuleCreate: true, sendEmail: !order.noEmail });

/**
 * The one way items are accepted, inside the caller's transaction holding the
 * client's and the order's locks: each pending item that `choose` gives a
 * choice for is set up, module creates are queued in this transaction (sent
 * to the job queue once it commits). A create that cannot be queued (disabled
 * server, no server) leaves the item Pending with the reason (OR-3).
 */
async function acceptItems(em: EntityManager, by: Acceptor, order: Order, items: OrderItem[], choose: (item: OrderItem) => ItemChoice | undefined): Promise<void> {
  const progress = new Map<number, ItemProgress>();
  let creates = 0;
  for (const item of items.filter(isAcceptable)) {
    const choice = choose(item);
    if (!choice) continue;
    if (await runningCreate(em, item)) continue; // its create is still queued or running
    if (item.kind === OrderItemKind.PRODUCT && item.product) {
      const product = await em.findOneOrFail(Product, item.product.id);
      let service: Service;
      try {
        service = item.service ? await em.findOneOrFail(Service, item.service.id) : await createService(em, by, order, item, product, choice.serverId ?? item.server?.id);
      } catch (error) {
        // No server with room: the item waits, with the reason, for staff to add one and accept again.
        if (!(error instanceof AppError)) throw error;
        item.lastError = `accept: ${error.message}`;
        progress.set(item.id, 'FAILED');
        continue;
      }
      item.sendWelcomeEmail = choice.sendEmail;
      // Read by the module create when it succeeds (SV-17).
      service.sendWelcomeEmail = choice.sendEmail;
      if (choice.runModuleCreate && product.module && service.status === ServiceStatus.PENDING) {
        creates++;
        try {
          // A savepoint: a create that cannot be queued undoes only its own changes.
          await em.transactional((inner) => queueSystemCommandWithin(inner, by.outside, service.id, 'create', {}, by.actor));
          progress.set(item.id, 'QUEUED');
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          item.lastError = `create: ${error.message}`;
          progress.set(item.id, 'FAILED');
        }
        continue;
      }
      if (service.status === ServiceStatus.PENDING) service.status = ServiceStatus.ACTIVE;
    } else if (item.kind === OrderItemKind.DOMAIN_REGISTRATION || item.kind === OrderItemKind.DOMAIN_TRANSFER) {
      // Issue 15.1 / 15.2: the domain goes to its registrar (the item's server, else the TLD's default): register or transfer,
      // queued once the order commits. Without one the item waits, with the reason, for staff to choose one; staff who
      // take the registration in hand (no module command) hand the record over without one.
      // Issue 15.1: the domain keeps that server (the item's, else the TLD rule's) for every later registrar command.
      const rule = choice.serverId === undefined ? await tldRuleOf(em, item.domain!) : null;
      const registrar = choice.serverId !== undefined ? await registrarOf(em, by.outside.modules, choice.serverId) : rule?.registrar ?? undefined;
      if (!registrar && choice.runModuleCreate) {
        item.lastError = `accept: ${item.domain} has no registrar: choose a registrar server for it, or set a default for its TLD`;
        progress.set(item.id, 'FAILED');
        continue;
      }
      const server = choice.serverId !== undefined ? em.getReference(Server, choice.serverId, { wrapped: true }) : ruleServerFor(rule, registrar);
      const domain = em.create(Domain, {
        client: order.client, name: item.domain!, status: DomainStatus.PENDING, nameservers: item.nameservers,
        eppCodeEncrypted: item.eppCodeEncrypted, registrar, server,
      });
      await em.flush();
      const command = item.kind === OrderItemKind.DOMAIN_REGISTRATION ? 'register' : 'transfer';
      if (choice.runModuleCreate) await queueDomainCommandWithin(em, by.outside, domain.id, command, { years: item.years ?? 1 });
    } else if (item.kind === OrderItemKind.ADDON && item.addon) {
      // SV-4: the addon becomes a record of its own on its product item's service; until that service exists it waits with its item.
      const parent = items.find((i) => i.id === item.parentItem?.id);
      if (!parent?.service) continue;
      const service = await em.findOneOrFail(Service, parent.service.id);
      addServiceAddon(em, service, {
        addon: await em.findOneOrFail(Addon, item.addon.id), name: item.description, cycle: item.cycle, currency: item.currency,
        firstPaymentMinor: BigInt(item.firstPaymentMinor), recurringMinor: BigInt(item.recurringMinor), today: localToday(by.outside.config.automation),
      });
    }
    accept(item);
  }
  await em.flush();
  await followServices(em, by.actor, [order.client.id]);
  recordActivity(em, by.actor, { action: 'order.accept', targetType: 'Order', targetId: String(order.id), clientId: order.client.id, details: { creates } });
  const activated = await activateIfDone(em, order);
  await publishOrderChanged(em, order, activated ? 'STATUS_CHANGED' : 'ITEM_PROGRESS', progress);
}

/**
 * OR-2 "accept on payment" (billing's onInvoicePaid, inside the payment's
 * transaction, which holds the client's lock): once every invoice of a
 * Pending order is paid, its items whose product accepts on payment (the
 * product's choice, else the operator's setting; addons follow their product,
 * domains the setting) are accepted as acceptOrder would with its defaults.
 * Runs once per payment that settles the order: a replayed gateway callback
 * records no payment, and an order no longer Pending (already accepted,
 * cancelled, fraud) is left alone. An item that cannot be set up keeps the
 * reason on it (as with acceptOrder); the payment stands.
 */
export async function acceptPaidOrders(em: EntityManager, invoice: Invoice): Promise<void> {
  const queue = systemContextOf(em);
  if (!queue) return;
  const rows = await em.getConnection().execute<{ order_id: number }[]>(
    'select distinct order_id from order_item where invoice_id = ? order by order_id', [invoice.id], 'all', em.getTransactionContext(),
  );
  for (const { order_id: orderId } of rows) {
    const order = await em.findOneOrFail(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (order.status !== OrderStatus.PENDING) continue;
    if (await em.count(OrderItem, { order, invoice: { status: { $in: [...OPEN_STATUSES, InvoiceStatus.DRAFT] } } })) continue;
    const items = await em.find(OrderItem, { order }, { orderBy: { position: 'asc' } });
    const operatorWants = (await getOperatorSettings(em)).acceptOrdersOnPayment;
    const productIds = items.flatMap((item) => (item.product ? [item.product.id] : []));
    const products = new Map((await em.find(Product, { id: { $in: productIds } })).map((p) => [p.id, p]));
    const wants = (item: OrderItem): boolean => {
      if (item.kind === OrderItemKind.ADDON && item.parentItem) return wants(items.find((i) => i.id === item.parentItem!.id)!);
      return (item.product ? products.get(item.product.id)?.acceptOnPayment : undefined) ?? operatorWants;
    };
    if (!items.some((item) => isAcceptable(item) && wants(item))) continue;
    await acceptItems(em, { actor: SYSTEM_ACTOR, outside: { ...queue, em: queue.em.fork() }, secretsKey: secretsKeyOf(queue) }, order, items, (item) => (wants(item) ? defaultChoice(order, item) : undefined));
  }
}

/** A pending item that accepting sets up. An upgrade item is settled by its invoice's payment (automation's upgrade effect), never accepted. */
const isAcceptable = (item: OrderItem) => item.status === OrderItemStatus.PENDING && item.kind !== OrderItemKind.UPGRADE;

function accept(item: OrderItem): void {
  item.status = OrderItemStatus.ACCEPTED;
  item.lastError = undefined;
}

async function runningCreate(em: EntityManager, item: OrderItem): Promise<boolean> {
  if (!item.service) return false;
  return (await em.count(ModuleJob, { service: item.service.id, command: 'create', status: { $in: [ModuleJobStatus.QUEUED, ModuleJobStatus.RUNNING, ModuleJobStatus.RETRYING] } })) > 0;
}

/**
 * The service an accepted product item becomes. It starts today (the operator's
 * day), next due one cycle later like its addons (firstDueDate).
 */
async function createService(em: EntityManager, { actor, outside, secretsKey }: Acceptor, order: Order, item: OrderItem, product: Product, serverId: number | undefined): Promise<Service> {
  let server: Server | undefined;
  if (serverId !== undefined) {
    server = (await em.findOne(Server, { id: serverId })) ?? undefined;
    if (!server) throw badInput('items', 'No such server', 'REFERENCE_NOT_FOUND');
  } else if (product.serverGroup) {
    server = await pickServerForClient(em, product.serverGroup.id, order.client.id);
  }
  const today = localToday(outside.config.automation);
  // SV-7: orders carry no payment method, so the service keeps the one the client pays by now.
  const { defaultPaymentMethod } = await em.findOneOrFail(Client, order.client.id);
  const service = em.create(Service, {
    client: order.client, product, server, domain: item.product && item.kind === OrderItemKind.PRODUCT ? item.domain : undefined,
    status: ServiceStatus.PENDING, billingCycle: item.cycle, currency: item.currency,
    firstPaymentMinor: BigInt(item.firstPaymentMinor), recurringMinor: BigInt(item.recurringMinor), configOptions: item.configOptions, registrationDate: today,
    nextDueDate: firstDueDate(today, item.cycle), paymentMethod: defaultPaymentMethod,
    // The account the module creates needs one (a Plesk subscription's system user); staff and the client can change it later.
    passwordEncrypted: product.module ? encryptSecret(secretsKey, newServicePassword()) : undefined,
  });
  // Recorded with the service: a create that cannot be queued rolls back only its savepoint, and the item keeps its service.
  item.service = ref(service);
  await em.flush();
  recordActivity(em, actor, { action: 'service.create', targetType: 'Service', targetId: String(service.id), clientId: order.client.id, details: { orderId: order.id, productId: product.id, serverId: server?.id } });
  return service;
}

/** A strong random password for a new service's account: panels want letters of both cases, digits and a symbol. */
const newServicePassword = () => `${randomBytes(12).toString('base64url')}-Aa7`;

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
    await activatePendingAddons(em, service.id);
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
