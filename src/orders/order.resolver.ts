import { Arg, Args, Authorized, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import { topic, type OrderChangedPayload } from '../shared/event-bus';
import { readsForEvent } from '../shared/event-reads';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs, pageComplexity } from '../shared/pagination';
import { toId } from '../shared/ids';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { Addon } from '../catalog/addon.entity';
import { Promotion } from '../catalog/promotion.entity';
import { Server } from '../provisioning/server.entity';
import { Service } from '../provisioning/service.entity';
import { jobErrorFor } from '../provisioning/module-command.service';
import { Invoice } from '../billing/invoice.entity';
import { invoiceReference } from '../billing/locked-invoice';
import { MailMessage } from '../mail/mail-message.entity';
import { Order, OrderItem, OrderStatus } from './order.entity';
import { OrderPreview } from './order-preview.types';
import { AcceptItemInput, AddOrderInput, CartInput, OrderFilter, OrderOrder, OrderPaymentStatus } from './order.inputs';
import * as orders from './order.service';
import { acceptOrder } from './order-accept.service';

const OrderConnection = ConnectionType(Order, 'Order');

@ObjectType({ description: 'The value chosen for one configurable option of an ordered product.' })
export class OrderItemOption {
  @Field(() => ID, { description: 'Id of the configurable option.' }) optionId!: number;
  @Field(() => ID, { nullable: true, description: 'Dropdown options: id of the choice; null for quantity options.' }) choiceId?: number;
  @Field(() => Int, { nullable: true, description: 'Quantity options: how many units; null for dropdown options.' }) quantity?: number;
}

enum OrderChangeKind {
  CREATED = 'CREATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ITEM_PROGRESS = 'ITEM_PROGRESS',
}
registerEnumType(OrderChangeKind, {
  name: 'OrderChange',
  description: 'What happened to an order; one change is one event.',
  valuesConfig: {
    CREATED: { description: 'The order was placed or added.' },
    STATUS_CHANGED: { description: 'The order changed status (accepted, cancelled, marked as fraud).' },
    ITEM_PROGRESS: { description: 'One of its items progressed while being set up.' },
  },
});

enum OrderItemProgress {
  PENDING = 'PENDING',
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  RETRYING = 'RETRYING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderItemProgress, {
  name: 'OrderItemProgress',
  description: 'Where setting up one order item is.',
  valuesConfig: {
    PENDING: { description: 'Not being set up yet.' },
    QUEUED: { description: 'Its setup is waiting in the queue.' },
    RUNNING: { description: 'Its setup is running.' },
    RETRYING: { description: 'Its setup failed for now and will be tried again.' },
    DONE: { description: 'Set up.' },
    FAILED: { description: 'Its setup failed; see error. Accepting the order again retries it.' },
    CANCELLED: { description: 'It will not be set up: the order was cancelled or marked as fraud.' },
  },
});

@ObjectType({ description: 'One item of an order at a change: how far its setup is.' })
class OrderItemProgressEvent {
  @Field(() => ID, { description: 'Id of the order item.' }) itemId!: number;
  @Field(() => Int, { description: 'Position of the item in the order, from 1.' }) position!: number;
  @Field(() => OrderItemProgress, { description: 'How far its setup is.' }) progress!: OrderItemProgress;
  @Field(() => String, { nullable: true, description: 'FAILED: why. Clients read a general sentence.' }) error?: string;
}

@ObjectType({ description: 'One change to an order: what happened, when, and the order\'s status and items\' progress at that moment.' })
class OrderChangedEvent {
  @Field(() => ID, { description: 'Id of the order that changed.' }) orderId!: number;
  @Field(() => ID, { description: 'Id of the order\'s client.' }) clientId!: number;
  @Field(() => OrderChangeKind, { description: 'What happened.' }) change!: OrderChangeKind;
  @Field(() => OrderStatus, { description: 'The order\'s status at this change.' }) status!: OrderStatus;
  @Field(() => [OrderItemProgressEvent], { description: 'Every item\'s progress at this change, in order.' }) items!: OrderItemProgressEvent[];
  @Field(() => GraphQLISODateTime, { description: 'When the change was committed (ISO 8601, UTC).' }) at!: string;
  @Field(() => Order, { nullable: true, description: 'The order as it is now; null if it no longer exists.' }) order?: Order;
}

/** Issues 14.1, 14.3 and 14.8: orders. */
@Resolver(() => Order)
export class OrderResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => OrderPreview, { description: 'The exact lines, discounts, taxes and totals an order of the cart would have if placed now; changes nothing. Clients preview for themselves; staff name the client.' })
  previewOrder(
    @Ctx() ctx: RequestContext,
    @Arg('cart', () => CartInput, { description: 'What would be ordered.' }) cart: CartInput,
    @Arg('clientId', () => ID, { nullable: true, description: 'Staff: the client the order would be for.' }) clientId?: string,
  ) {
    return orders.previewOrder(ctx, cart, clientId ?? undefined);
  }

  @Authorized('CLIENT')
  @Mutation(() => Order, { description: 'Clients (and staff logged in as a client): place an order for the own account. It is Pending, with its invoice (one per item when the client wants separate invoices); stock and the promotion code are counted at once.' })
  placeOrder(@Ctx() ctx: RequestContext, @Arg('cart', () => CartInput, { description: 'What is ordered.' }) cart: CartInput) {
    return orders.placeOrder(ctx, cart);
  }

  @Authorized('STAFF')
  @Mutation(() => Order, { description: 'Staff: add an order for a client, optionally without an invoice or emails, with custom prices and cycles and a chosen server. Hidden products may be ordered.' })
  addOrder(@Ctx() ctx: RequestContext, @Arg('input', () => AddOrderInput, { description: 'The client, the cart and the overrides.' }) input: AddOrderInput) {
    return orders.addOrder(ctx, input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Order, { description: 'Cancel a Pending order: its unpaid invoices are cancelled and its stock and promotion use released. Clients cancel their own orders.' })
  cancelOrder(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the order.' }) id: string) {
    return orders.cancelOrder(ctx, toId(id, 'Order', 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => Order, { description: 'Staff: accept a Pending order: each pending item is set up (a product gets its service and, with a module, the module\'s create through the job queue). Items whose setup fails stay Pending with the error; accepting again retries only those. The order becomes Active when every item is accepted.' })
  acceptOrder(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the order.' }) id: string,
    @Arg('items', () => [AcceptItemInput], { defaultValue: [], description: 'Choices per item; items not listed are accepted with the defaults.' }) items: AcceptItemInput[],
  ) {
    return acceptOrder(ctx, toId(id, 'Order', 'id'), items);
  }

  @Authorized('STAFF')
  @Mutation(() => Order, { description: 'Staff: mark a Pending order as fraud: its unpaid invoices are cancelled, its stock and promotion use released, and none of its items is set up.' })
  markOrderFraud(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the order.' }) id: string) {
    return orders.markOrderFraud(ctx, toId(id, 'Order', 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => [MailMessage], { description: 'Staff: send the confirmation email of an order again (also for an order placed without emails), to the client and the contacts receiving general emails. Returns the emails queued. Not for an order marked as fraud.' })
  resendOrderConfirmation(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the order.' }) id: string) {
    return orders.resendOrderConfirmation(ctx, toId(id, 'Order', 'id'));
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => OrderConnection, {
    description: 'Orders, newest first, a page at a time. Staff see all; a client its own (users need the ORDERS permission).',
    complexity: pageComplexity,
  })
  orders(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Only orders matching all given criteria; all when omitted.' }) filter: OrderFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => OrderOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: OrderOrder,
  ) {
    return orders.listOrders(ctx, filter, page, orderBy);
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => Order, { description: 'One order. Staff: any; a client: its own (users need the ORDERS permission).' })
  order(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the order.' }) id: string) {
    return orders.getOrder(ctx, toId(id, 'Order', 'id'));
  }

  @Authorized('STAFF', 'CLIENT')
  @Subscription(() => OrderChangedEvent, {
    topics: topic('ORDER_CHANGED'),
    description: 'The status of one order and the progress of each of its items, live, in order. Staff: any order; a client: its own (users need the ORDERS permission).',
    filter: ({ payload, args, context }: { payload: OrderChangedPayload; args: { id: string }; context: RequestContext }) =>
      toId(args.id, 'Order', 'id') === payload.orderId && orders.canWatchOrdersOf(context, payload.clientId),
  })
  async orderChanged(
    @Root() payload: OrderChangedPayload,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the order to watch.' }) _id: string,
  ): Promise<OrderChangedEvent> {
    const { em } = readsForEvent(ctx, payload);
    const order = await em.findOne(Order, { id: payload.orderId });
    return {
      orderId: payload.orderId, clientId: payload.clientId, change: payload.change as OrderChangeKind, status: payload.status as OrderStatus, at: payload.at,
      items: payload.items.map((item) => ({ itemId: item.id, position: item.position, progress: item.progress as OrderItemProgress, error: jobErrorFor(ctx.viewer, item.error) })),
      order: order ?? undefined,
    };
  }

  @FieldResolver(() => Client, { nullable: true, description: 'The client the order is for.' })
  client(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return ctx.loaders.client.load(order.client.id);
  }

  @FieldResolver(() => [OrderItem], { description: 'The items, in order: products each followed by its addons, then domains.' })
  items(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return ctx.loaders.orders.itemsByOrder.load(order.id);
  }

  @FieldResolver(() => [Invoice], { description: 'The invoices billing the order; empty when it has none.' })
  async invoices(@Root() order: Order, @Ctx() ctx: RequestContext) {
    const ids = [...new Set((await ctx.loaders.orders.itemsByOrder.load(order.id)).flatMap((item) => (item.invoice ? [item.invoice.id] : [])))];
    return (await Promise.all(ids.map((id) => invoiceReference(ctx, id)))).filter((invoice): invoice is Invoice => invoice !== null);
  }

  @FieldResolver(() => OrderPaymentStatus, { description: 'Whether the order is paid, from its invoices (cancelled invoices do not count).' })
  async paymentStatus(@Root() order: Order, @Ctx() ctx: RequestContext) {
    const ids = [...new Set((await ctx.loaders.orders.itemsByOrder.load(order.id)).flatMap((item) => (item.invoice ? [item.invoice.id] : [])))];
    const invoices = await Promise.all(ids.map((id) => ctx.loaders.billing.invoice.load(id)));
    return orders.paymentStatusOf(invoices.flatMap((invoice) => (invoice ? [invoice.status] : [])));
  }

  @Authorized('STAFF')
  @FieldResolver(() => Promotion, { nullable: true, description: 'The promotion used, while the order holds one of its uses. Staff only' })
  promotion(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return order.promotion ? ctx.loaders.orders.promotion.load(order.promotion.id) : null;
  }
}

@Resolver(() => OrderItem)
export class OrderItemResolver {
  @FieldResolver(() => Product, { nullable: true, description: 'PRODUCT: the product ordered; UPGRADE: the product changed to; null for other items or once the product was deleted.' })
  product(@Root() item: OrderItem, @Ctx() ctx: RequestContext) {
    return item.product ? ctx.loaders.provisioning.product.load(item.product.id) : null;
  }

  @FieldResolver(() => Addon, { nullable: true, description: 'ADDON: the addon ordered; null for other items or once the addon was deleted.' })
  addon(@Root() item: OrderItem, @Ctx() ctx: RequestContext) {
    return item.addon ? ctx.loaders.catalog.addon.load(item.addon.id) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'ADDON: the position of the product item it is ordered with; null for other items.' })
  async parentPosition(@Root() item: OrderItem, @Ctx() ctx: RequestContext) {
    if (!item.parentItem) return null;
    const siblings = await ctx.loaders.orders.itemsByOrder.load(item.order.id);
    return siblings.find((sibling) => sibling.id === item.parentItem!.id)?.position ?? null;
  }

  @FieldResolver(() => [OrderItemOption], { description: 'PRODUCT and UPGRADE: the configurable options as chosen; empty for other items.' })
  configOptions(@Root() item: OrderItem) {
    return item.configOptions.map((option) => Object.assign(new OrderItemOption(), option));
  }

  @FieldResolver(() => Service, { nullable: true, description: 'PRODUCT: the service accepting the item created, null before; UPGRADE: the service that changes.' })
  service(@Root() item: OrderItem, @Ctx() ctx: RequestContext) {
    return item.service ? ctx.loaders.provisioning.service.load(item.service.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why setting the item up failed last; null when it did not. Clients read a general sentence.' })
  error(@Root() item: OrderItem, @Ctx() ctx: RequestContext) {
    return jobErrorFor(ctx.viewer, item.lastError) ?? null;
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice billing the item; null without one.' })
  invoice(@Root() item: OrderItem, @Ctx() ctx: RequestContext) {
    return invoiceReference(ctx, item.invoice?.id);
  }

  @Authorized('STAFF')
  @FieldResolver(() => Server, { nullable: true, description: 'The server staff chose for the item; null when none. Staff only' })
  server(@Root() item: OrderItem, @Ctx() ctx: RequestContext) {
    return item.server ? ctx.loaders.provisioning.server.load(item.server.id) : null;
  }
}

export const orderResolvers = [OrderResolver, OrderItemResolver] as const;
