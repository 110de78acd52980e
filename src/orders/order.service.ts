/**
 * Issues 14.1, 14.3 and 14.8 (OR-1, OR-4): previewing and placing orders,
 * staff's addOrder, cancelling or marking them as fraud, and reading them.
 *
 * Lock order (as billing's): the client row, then the order, then its
 * invoices; stock and promotion uses are counted by conditional UPDATEs in
 * the same transaction, so concurrent orders never oversell.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { LockMode, ref } from '@mikro-orm/core';
import type { RequestContext } from '../shared/context';
import { AppError, badInput, conflict, notFound } from '../shared/errors';
import { formatAmount } from '../shared/money';
import { ID_DESC, keysetOrderBy, keysetPage, keysetWhere, pageOrder, toConnection, type Connection, type PageArgs } from '../shared/pagination';
import { instantRangeCondition } from '../shared/filters';
import { encryptSecret } from '../shared/secrets';
import { toId } from '../shared/ids';
import { recordActivity } from '../activity/activity.service';
import { queueMail } from '../mail/mail.service';
import { MailMessage } from '../mail/mail-message.entity';
import { ClientPermission } from '../auth/client-permission';
import { assertCanAccessClient } from '../auth/client-access';
import { Client } from '../clients/client.entity';
import { clientRows } from '../clients/client-ownership';
import { secretsKeyOf } from '../plugins/module-settings';
import { totalsOfNewInvoice, type InvoiceLineDraft } from '../billing/invoice-computing';
import { cancelInvoiceLocked, createInvoiceWithin } from '../billing/invoice.service';
import { lockClient, lockInvoice } from '../billing/locked-invoice';
import { InvoiceStatus, isOpen, type Invoice } from '../billing/invoice.entity';
import { Order, OrderItem, OrderItemKind, OrderItemStatus, OrderStatus } from './order.entity';
import { assertOrderTransition } from './order-status';
import { priceCart, type PricedCart } from './order-pricing';
import { fraudCheck } from './fraud-check';
import { publishOrderChanged } from './order-events';
import { acceptPaidOrders } from './order-accept.service';
import { ClientDiscount } from './client-discount.entity';
import { OrderPaymentStatus, type AddOrderInput, type CartInput, type OrderFilter, type OrderOrder } from './order.inputs';
import { OrderPreview, OrderPreviewLine } from './order-preview.types';
import type { TaxResult } from '../billing/tax';
import { Service } from '../provisioning/service.entity';
import { ENDED_STATUSES, ServiceStatus } from '../provisioning/service-status';
import { ModuleJob, ModuleJobStatus } from '../provisioning/module-job.entity';
import { ServiceAddon } from '../provisioning/service-addon.entity';
import { publishServiceChanged } from '../provisioning/module-command.service';
import { updateRows } from '../shared/update-rows';
import { localToday } from '../shared/clock';
import { afterCommit } from '../shared/after-commit';
import type { JobQueue } from '../jobs/job-queue';

/** The statuses in which an order holds its promotion use and stock. */
const HOLDING = [OrderStatus.PENDING, OrderStatus.ACTIVE];

// ---------------------------------------------------------------- preview and place

interface InvoiceGroup {
  lines: InvoiceLineDraft[];
  positions: number[];
  totals: TaxResult;
}

/**
 * The invoices a priced cart becomes (one, or one per item when the client
 * or its group wants separate invoices), each with the totals the invoice
 * will have: the billing tax engine on the same basis (totalsOfNewInvoice).
 */
async function invoiceGroupsOf(em: EntityManager, client: Client, priced: PricedCart): Promise<InvoiceGroup[]> {
  const groups = new Map<number, Omit<InvoiceGroup, 'totals'>>();
  for (const item of priced.items) {
    const group = groups.get(item.invoiceGroup) ?? { lines: [], positions: [] };
    group.lines.push(...item.lines);
    group.positions.push(item.position);
    groups.set(item.invoiceGroup, group);
  }
  const result: InvoiceGroup[] = [];
  for (const group of groups.values()) result.push({ ...group, totals: await totalsOfNewInvoice(em, client, group.lines) });
  return result;
}

/** Which client an order is for: a client's own account (ORDERS permission), or the one staff name. */
async function orderingClient(ctx: RequestContext, clientId: string | undefined, field: string): Promise<Client> {
  let id: number;
  if (ctx.viewer?.kind === 'client') {
    if (clientId != null && toId(clientId, 'Client', field) !== ctx.viewer.clientId) throw badInput(field, 'Clients order for their own account', 'CONFLICTING_INPUT');
    id = ctx.viewer.clientId;
    assertCanAccessClient(ctx, id, ClientPermission.ORDERS);
  } else {
    if (clientId == null) throw badInput(field, 'Name the client the order is for', 'VALUE_REQUIRED');
    id = toId(clientId, 'Client', field);
  }
  const client = await ctx.em.findOne(Client, { id });
  if (!client) throw badInput(field, 'No such client', 'REFERENCE_NOT_FOUND');
  return client;
}

/** Stock and the promotion's limits as they are now (placing checks them again under locks). */
async function assertAvailable(em: EntityManager, client: Client, priced: PricedCart): Promise<void> {
  await assertPromotionLimitOfClient(em, client, priced);
  for (const [productId, wanted] of stockWanted(priced)) {
    const rows = await em.getConnection().execute<{ stock: number | null }[]>('select stock from product where id = ?', [productId], 'all', em.getTransactionContext());
    if ((rows[0]?.stock ?? 0) < wanted) throw outOfStock(priced, productId);
  }
}

/** The client's own uses of the promotion (orders holding one) are below its per-client limit. */
async function assertPromotionLimitOfClient(em: EntityManager, client: Client, priced: PricedCart): Promise<void> {
  const promotion = priced.promotion;
  if (promotion?.maxUsesPerClient == null) return;
  const used = await em.count(Order, { client: client.id, promotion: promotion.id, status: { $in: HOLDING } });
  if (used >= promotion.maxUsesPerClient) throw badInput('cart.promotionCode', 'You have used this promotion code as often as you may', 'PROMOTION_CLIENT_LIMIT');
}

function stockWanted(priced: PricedCart): Map<number, number> {
  const wanted = new Map<number, number>();
  for (const item of priced.items) if (item.stockControlled && item.productId) wanted.set(item.productId, (wanted.get(item.productId) ?? 0) + 1);
  return wanted;
}

/**
 * Units per product in product id order. Orders and their cancellations change
 * the promotion's row first, then product rows in this order: two of them never
 * hold one row each while waiting for the other's (a deadlock).
 */
const inProductOrder = (units: Map<number, number>) => [...units].sort(([a], [b]) => a - b);

function outOfStock(priced: PricedCart, productId: number) {
  const index = priced.items.filter((i) => i.kind === OrderItemKind.PRODUCT).findIndex((i) => i.productId === productId);
  return badInput(`cart.products.${Math.max(index, 0)}.productId`, `${priced.items.find((i) => i.productId === productId)?.description ?? 'The product'} is out of stock`, 'OUT_OF_STOCK');
}

/** OR-1: the exact lines, discounts, taxes and totals an order of this cart would have now. Changes nothing. */
export async function previewOrder(ctx: RequestContext, cart: CartInput, clientId?: string): Promise<OrderPreview> {
  const client = await orderingClient(ctx, clientId, 'clientId');
  const priced = await priceCart(ctx.em, client, cart, { staff: ctx.viewer?.kind === 'staff', at: new Date(), today: localToday(ctx.config.automation) });
  await assertAvailable(ctx.em, client, priced);
  const groups = await invoiceGroupsOf(ctx.em, client, priced);
  const lines = groups.flatMap((group) => {
    const positions = group.positions.flatMap((position) => priced.items[position - 1].lines.map(() => position));
    return group.lines.map((line, i) => Object.assign(new OrderPreviewLine(), {
      itemPosition: positions[i], description: line.description, currency: priced.currency,
      amountMinor: line.amountMinor, taxMinor: group.totals.lines[i].tax1 + group.totals.lines[i].tax2, totalMinor: group.totals.lines[i].total,
    }));
  });
  return Object.assign(new OrderPreview(), {
    currency: priced.currency, lines, invoiceCount: groups.filter(isBilled).length, promotionCode: priced.promotionCode, ...amountsOf(priced, groups),
  });
}

/** A group whose lines are all zero is not invoiced: there is nothing to pay. */
const isBilled = (group: { lines: InvoiceLineDraft[] }) => group.lines.some((line) => line.amountMinor !== 0n);

function amountsOf(priced: PricedCart, groups: InvoiceGroup[]) {
  const all = priced.items.flatMap((item) => item.lines);
  const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
  return {
    subtotalMinor: sum(all.filter((l) => l.amountMinor > 0n).map((l) => l.amountMinor)),
    discountMinor: -sum(all.filter((l) => l.amountMinor < 0n).map((l) => l.amountMinor)),
    taxMinor: sum(groups.map((g) => g.totals.tax1 + g.totals.tax2)),
    totalMinor: sum(groups.map((g) => g.totals.total)),
  };
}

/** OR-1: a client places an order for its own account (staff logged in as the client too): Pending, with its invoice(s). */
export async function placeOrder(ctx: RequestContext, cart: CartInput): Promise<Order> {
  const client = await orderingClient(ctx, undefined, 'clientId');
  const priced = await priceCart(ctx.em, client, cart, { staff: false, at: new Date(), today: localToday(ctx.config.automation) });
  await assertAvailable(ctx.em, client, priced);
  const groups = await invoiceGroupsOf(ctx.em, client, priced);
  const verdict = await fraudCheck().check({
    clientId: client.id, email: client.email, country: client.country ?? undefined, ipAddress: ctx.ip, currency: client.currency, totalMinor: amountsOf(priced, groups).totalMinor,
  });
  const staffId = ctx.viewer?.kind === 'client' ? ctx.viewer.impersonatorStaffId : undefined;
  return createOrder(ctx, client.id, priced, { staffId, noInvoice: false, noEmail: false, fraudReason: verdict.fraud ? verdict.reason : undefined });
}

/** OR-1: staff add an order for any client, with the overrides: no invoice, no emails, custom prices and cycles, a chosen server. */
export async function addOrder(ctx: RequestContext, input: AddOrderInput): Promise<Order> {
  const client = await orderingClient(ctx, input.clientId, 'clientId');
  const priced = await priceCart(ctx.em, client, input.cart, { staff: true, at: new Date(), today: localToday(ctx.config.automation) });
  await assertAvailable(ctx.em, client, priced);
  return createOrder(ctx, client.id, priced, { staffId: ctx.viewer?.kind === 'staff' ? ctx.viewer.staffId : undefined, noInvoice: input.noInvoice, noEmail: input.noEmail });
}

interface CreateOptions {
  staffId?: number;
  noInvoice: boolean;
  noEmail: boolean;
  /** The fraud check flagged it: recorded as Fraud, with no invoice, stock or promotion use. */
  fraudReason?: string;
}

/** One transaction: the order, its items, stock and promotion use counted, its invoice(s). */
async function createOrder(ctx: RequestContext, clientId: number, priced: PricedCart, options: CreateOptions): Promise<Order> {
  const fraud = options.fraudReason !== undefined;
  return ctx.em.transactional(async (em) => {
    const client = await lockClient(em, clientId);
    if (!client) throw notFound('Client', clientId);
    // Under the client's lock, this client's count of uses is exact.
    await assertPromotionLimitOfClient(em, client, priced);
    const counted = !fraud;
    if (counted && priced.promotion) {
      const used = await em.getConnection().execute<unknown[]>(
        'update promotion set uses = uses + 1 where id = ? and (max_uses is null or uses < max_uses) returning id', [priced.promotion.id], 'all', em.getTransactionContext(),
      );
      if (!used.length) throw badInput('cart.promotionCode', 'This promotion code has been used up', 'PROMOTION_USED_UP');
    }
    if (counted) {
      for (const [productId, wanted] of inProductOrder(stockWanted(priced))) {
        // The row lock makes a concurrent order wait; it then sees the new stock and takes nothing if too little is left.
        const taken = await em.getConnection().execute<unknown[]>(
          'update product set stock = stock - ? where id = ? and stock_control and stock >= ? returning id', [wanted, productId, wanted], 'all', em.getTransactionContext(),
        );
        if (!taken.length) throw outOfStock(priced, productId);
      }
    }
    const groups = await invoiceGroupsOf(em, client, priced);
    const order = em.create(Order, {
      client, currency: priced.currency, status: fraud ? OrderStatus.FRAUD : OrderStatus.PENDING,
      promotion: counted ? priced.promotion : undefined, promotionCode: priced.promotionCode,
      noInvoice: options.noInvoice, noEmail: options.noEmail, staffId: options.staffId, ipAddress: ctx.ip, ...amountsOf(priced, groups),
    });
    const items = new Map<number, OrderItem>();
    for (const p of priced.items) {
      items.set(p.position, em.create(OrderItem, {
        order, position: p.position, kind: p.kind, description: p.description, product: p.productId, addon: p.addonId,
        parentItem: p.parentPosition !== undefined ? items.get(p.parentPosition) : undefined, cycle: p.cycle, domain: p.domain,
        configOptions: p.configOptions, years: p.years, nameservers: p.nameservers, server: p.serverId, currency: priced.currency,
        eppCodeEncrypted: p.eppCode ? encryptSecret(secretsKeyOf(ctx), p.eppCode) : undefined,
        firstPaymentMinor: p.firstPaymentMinor, recurringMinor: p.recurringMinor, priceOverridden: p.priceOverridden,
        status: fraud ? OrderItemStatus.CANCELLED : OrderItemStatus.PENDING, stockCounted: counted && p.stockControlled,
      }));
    }
    await em.flush();
    const paidAtOnce: Invoice[] = [];
    if (!options.noInvoice && !fraud) {
      for (const group of groups) {
        if (!isBilled(group)) continue;
        const invoice = await createInvoiceWithin(em, ctx, { clientId: client.id, lines: group.lines, notes: `Order #${order.id}` });
        for (const position of group.positions) items.get(position)!.invoice = ref(invoice);
        // Credit paid it at once (CR-3), before its items named it: accepting on payment looks now.
        if (invoice.status === InvoiceStatus.PAID) paidAtOnce.push(invoice);
      }
    }
    recordActivity(em, ctx, {
      action: fraud ? 'order.fraud' : 'order.create', targetType: 'Order', targetId: String(order.id), clientId: client.id,
      details: { items: priced.items.length, totalMinor: String(order.totalMinor), promotionCode: priced.promotionCode, noInvoice: options.noInvoice, fraudReason: options.fraudReason },
    });
    await em.flush();
    await publishOrderChanged(em, order, 'CREATED');
    // Queued in this transaction: the outbox row rolls back with the order, and delivery starts after commit.
    if (!options.noEmail && !fraud) await queueOrderConfirmation(em, order, priced.items.map((item) => item.description));
    await em.flush();
    for (const invoice of paidAtOnce) await acceptPaidOrders(em, invoice);
    return order;
  });
}

/** Issue 14.7: the order confirmation (General category) in `em`'s transaction; returns the outbox rows' ids. */
function queueOrderConfirmation(em: EntityManager, order: Order, itemDescriptions: string[]): Promise<number[]> {
  return queueMail(em, order.client.id, 'orderConfirmation', {
    number: String(order.id),
    total: formatAmount(BigInt(order.totalMinor), order.currency),
    currency: order.currency,
    items: itemDescriptions.map((description) => `- ${description}`).join('\n'),
  });
}

/** Issue 14.7: staff send an order's confirmation again, also for an order placed without emails; never for a fraud order. */
export function resendOrderConfirmation(ctx: RequestContext, orderId: number): Promise<MailMessage[]> {
  return ctx.em.transactional(async (em) => {
    const order = await em.findOne(Order, orderId);
    if (!order) throw notFound('Order', orderId);
    if (order.status === OrderStatus.FRAUD) throw conflict('id', 'The order is marked as fraud: it gets no confirmation', 'ORDER_IS_FRAUD');
    const items = await em.find(OrderItem, { order: orderId }, { orderBy: { position: 'asc' } });
    const ids = await queueOrderConfirmation(em, order, items.map((item) => item.description));
    recordActivity(em, ctx, { action: 'order.resendConfirmation', targetType: 'Order', targetId: String(orderId), clientId: order.client.id, details: { emails: ids.length } });
    return em.find(MailMessage, { id: ids }, { orderBy: { id: 'asc' } });
  });
}

// ---------------------------------------------------------------- cancel and fraud (OR-4)

/** OR-4: cancels a Pending order: its open invoices are cancelled, its promotion use and stock released. Clients cancel their own. */
export function cancelOrder(ctx: RequestContext, id: number): Promise<Order> {
  return stopOrder(ctx, id, OrderStatus.CANCELLED);
}

/** OR-4: marks an order as fraud: as cancelling, and nothing of it is set up any more. */
export function markOrderFraud(ctx: RequestContext, id: number): Promise<Order> {
  return stopOrder(ctx, id, OrderStatus.FRAUD);
}

async function stopOrder(ctx: RequestContext, id: number, to: OrderStatus.CANCELLED | OrderStatus.FRAUD): Promise<Order> {
  const probe = await getOrder(ctx, id);
  return ctx.em.transactional(async (em) => {
    await lockClient(em, probe.client.id);
    const order = await em.findOne(Order, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!order || order.client.id !== probe.client.id) throw notFound('Order', id);
    assertOrderTransition(order.status, to);
    const items = await em.find(OrderItem, { order }, { orderBy: { position: 'asc' } });
    for (const invoiceId of new Set(items.flatMap((item) => (item.invoice ? [item.invoice.id] : [])))) {
      const locked = await lockInvoice(em, invoiceId);
      if (isOpen(locked.invoice.status) || locked.invoice.status === InvoiceStatus.DRAFT) await cancelInvoiceLocked(em, ctx, { ...locked, from: locked.invoice.status });
    }
    await stopProvisioning(em, ctx.jobs, items, to, localToday(ctx.config.automation));
    const stock = new Map<number, number>();
    for (const item of items) {
      if (item.stockCounted && item.product) stock.set(item.product.id, (stock.get(item.product.id) ?? 0) + 1);
      item.stockCounted = false;
      // Fraud stops every item that is not set up yet; a cancelled order's items go with it.
      if (item.status === OrderItemStatus.PENDING) item.status = OrderItemStatus.CANCELLED;
    }
    if (order.promotion) {
      await em.getConnection().execute('update promotion set uses = greatest(uses - 1, 0) where id = ?', [order.promotion.id], 'run', em.getTransactionContext());
      order.promotion = undefined;
    }
    for (const [productId, count] of inProductOrder(stock)) {
      await em.getConnection().execute('update product set stock = stock + ? where id = ? and stock_control', [count, productId], 'run', em.getTransactionContext());
    }
    const from = order.status;
    order.status = to;
    recordActivity(em, ctx, {
      action: to === OrderStatus.FRAUD ? 'order.fraud' : 'order.cancel', targetType: 'Order', targetId: String(id), clientId: order.client.id,
      details: { from, releasedStock: Object.fromEntries(stock), promotionCode: order.promotionCode },
    });
    await em.flush();
    await publishOrderChanged(em, order, 'STATUS_CHANGED');
    return order;
  });
}

/**
 * OR-4: a stopped order's pending items are not set up: their services (of an
 * earlier partial accept) take the order's status with their pending addons
 * (SV-14; a cancelled one ends today), and their queued or retrying creates
 * are cancelled, and their queue entries removed once that has committed (as
 * cancelModuleJob does). Watchers of the services are told, with the cancelled job.
 */
async function stopProvisioning(em: EntityManager, queue: JobQueue | undefined, items: OrderItem[], to: OrderStatus.CANCELLED | OrderStatus.FRAUD, today: string): Promise<void> {
  // An upgrade's service is set up already: cancelling the upgrade leaves it as it is.
  const serviceIds = items.flatMap((item) => (item.status === OrderItemStatus.PENDING && item.kind !== OrderItemKind.UPGRADE && item.service ? [item.service.id] : []));
  if (!serviceIds.length) return;
  const status = to === OrderStatus.FRAUD ? ServiceStatus.FRAUD : ServiceStatus.CANCELLED;
  const ended = ENDED_STATUSES.includes(status) ? { terminationDate: today } : {};
  // Services before their jobs, each in id order, as module commands lock them (lockTargetOf). A worker's claim of
  // one of these jobs waits for the commit, then finds it cancelled.
  const stopped = await em.find(Service, { id: { $in: serviceIds }, status: ServiceStatus.PENDING }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } });
  const jobs = await em.find(ModuleJob, { service: { $in: serviceIds }, status: { $in: [ModuleJobStatus.QUEUED, ModuleJobStatus.RETRYING] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
  for (const job of jobs) {
    em.assign(job, { status: ModuleJobStatus.CANCELLED, nextRunAt: undefined, finishedAt: new Date() });
    const entry = job.queueJobId;
    // The handler would skip the cancelled job anyway; removing it keeps the queue's table to live work.
    if (queue && entry) await afterCommit(em, () => queue.cancel(entry).then(() => undefined));
  }
  for (const service of stopped) {
    em.assign(service, { status, ...ended });
    await publishServiceChanged(em, service, jobs.find((job) => job.service?.id === service.id), 'UPDATED');
  }
  await updateRows(em, ServiceAddon, { service: { $in: stopped.map((s) => s.id) }, status: ServiceStatus.PENDING }, { status, ...ended });
}

// ---------------------------------------------------------------- read (issue 14.8)

export async function getOrder(ctx: RequestContext, id: number): Promise<Order> {
  const order = await ctx.em.findOne(Order, { id });
  if (!order) throw notFound('Order', id);
  assertCanAccessClient(ctx, order.client.id, ClientPermission.ORDERS, ['Order', id]);
  return order;
}

const OPEN_INVOICE = `('draft', 'unpaid', 'payment_pending', 'collections')`;
const invoicesOfOrder = (condition: string) =>
  `exists (select 1 from order_item oi join invoice inv on inv.id = oi.invoice_id where oi.order_id = o.id and inv.status ${condition})`;
const PAYMENT_CONDITIONS: Record<OrderPaymentStatus, string> = {
  [OrderPaymentStatus.UNPAID]: invoicesOfOrder(`in ${OPEN_INVOICE}`),
  [OrderPaymentStatus.PAID]: `${invoicesOfOrder(`<> 'cancelled'`)} and not ${invoicesOfOrder(`in ${OPEN_INVOICE}`)}`,
  [OrderPaymentStatus.NO_INVOICE]: `not ${invoicesOfOrder(`<> 'cancelled'`)}`,
};

/** Issue 14.8: orders, newest first. Staff see all; a client its own (ORDERS permission). */
export async function listOrders(ctx: RequestContext, filter: OrderFilter | undefined, args: PageArgs, orderBy?: OrderOrder): Promise<Connection<Order>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_DESC));
  const and: FilterQuery<Order>[] = [];
  if (ctx.viewer?.kind === 'client') {
    if (filter?.clientId != null) assertCanAccessClient(ctx, toId(filter.clientId, 'Client', 'clientId'));
    assertCanAccessClient(ctx, ctx.viewer.clientId, ClientPermission.ORDERS);
    and.push({ client: ctx.viewer.clientId });
  } else if (filter?.clientId != null) {
    and.push({ client: toId(filter.clientId, 'Client', 'clientId') });
  }
  if (filter?.status?.length) and.push({ status: { $in: filter.status } });
  const placed = instantRangeCondition(filter?.placed, 'placed');
  if (placed) and.push({ createdAt: placed });
  const where: FilterQuery<Order> = and.length ? { $and: and } : {};
  const payment = filter?.paymentStatus ? PAYMENT_CONDITIONS[filter.paymentStatus] : undefined;
  const query = (condition: FilterQuery<Order>) => {
    const qb = ctx.em.createQueryBuilder(Order, 'o').where(condition as Record<string, unknown>);
    if (payment) qb.andWhere(payment);
    return qb;
  };
  const [rows, total] = await Promise.all([
    query({ $and: [where, keysetWhere(page)] } as FilterQuery<Order>).orderBy(keysetOrderBy(page)).limit(page.limit + 1).getResultList(),
    query(where).getCount(),
  ]);
  return toConnection(rows, page, total);
}

/** For the orderChanged subscription: staff, or the order's client (ORDERS permission). */
export function canWatchOrdersOf(ctx: RequestContext, clientId: number): boolean {
  try {
    assertCanAccessClient(ctx, clientId, ClientPermission.ORDERS);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** Issue 14.8: whether an order is paid, from its invoices (cancelled ones do not count). */
export function paymentStatusOf(statuses: InvoiceStatus[]): OrderPaymentStatus {
  const counted = statuses.filter((status) => status !== InvoiceStatus.CANCELLED);
  if (!counted.length) return OrderPaymentStatus.NO_INVOICE;
  return counted.some((status) => isOpen(status) || status === InvoiceStatus.DRAFT) ? OrderPaymentStatus.UNPAID : OrderPaymentStatus.PAID;
}

// ---------------------------------------------------------------- merge and delete

/** CL-7 moves a client's orders and personal discounts to the survivor; CL-8 deletes them with the client (the invoices stay, as financial records). */
export const orderOwnedRecords = clientRows('orders', [Order, ClientDiscount]);
