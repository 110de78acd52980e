import { OptionalProps, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { Addon } from '../catalog/addon.entity';
import { Promotion } from '../catalog/promotion.entity';
import { BillingCycle } from '../catalog/billing-cycle';
import { Service } from '../provisioning/service.entity';
import { Server } from '../provisioning/server.entity';
import { Invoice } from '../billing/invoice.entity';
import { Money } from '../shared/money.types';
import { CurrencyScalar } from '../shared/scalars';

/** OR-4: the order statuses; moves between them are in order-status.ts. */
export enum OrderStatus {
  PENDING = 'pending',
  ACTIVE = 'active',
  FRAUD = 'fraud',
  CANCELLED = 'cancelled',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order is in its life.',
  valuesConfig: {
    PENDING: { description: 'Placed and waiting to be accepted.' },
    ACTIVE: { description: 'Accepted: every item has been set up.' },
    FRAUD: { description: 'Marked as fraud: its unpaid invoices are cancelled and nothing is set up.' },
    CANCELLED: { description: 'Cancelled before it was accepted: its unpaid invoices are cancelled.' },
  },
});

/** What an order item is. */
export enum OrderItemKind {
  PRODUCT = 'product',
  ADDON = 'addon',
  DOMAIN_REGISTRATION = 'domain_registration',
  DOMAIN_TRANSFER = 'domain_transfer',
  UPGRADE = 'upgrade',
}
registerEnumType(OrderItemKind, {
  name: 'OrderItemKind',
  description: 'What an order item is.',
  valuesConfig: {
    PRODUCT: { description: 'A product of the catalog with its billing cycle and configurable options.' },
    ADDON: { description: 'A predefined addon ordered with a product item.' },
    DOMAIN_REGISTRATION: { description: 'A new domain registration.' },
    DOMAIN_TRANSFER: { description: 'A domain transferred in from another registrar.' },
    UPGRADE: { description: 'An upgrade or downgrade of an existing service to a product, billing cycle or configurable options; it takes effect when its invoice is paid.' },
  },
});

/** Where one item of an order is. */
export enum OrderItemStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  CANCELLED = 'cancelled',
}
registerEnumType(OrderItemStatus, {
  name: 'OrderItemStatus',
  description: 'Where one item of an order is.',
  valuesConfig: {
    PENDING: { description: 'Waiting to be accepted.' },
    ACCEPTED: { description: 'Accepted and set up.' },
    CANCELLED: { description: 'The order was cancelled or marked as fraud.' },
  },
});

/**
 * OR-1: an order a client placed (or staff added for it). Amounts are bigint
 * minor units of `currency` (the client's), the priced cart as it was when
 * placed: the invoices hold what is to be paid.
 */
@ObjectType({ description: 'An order of a client: its items, amounts, promotion and invoices. Staff see every order; a client its own (users need the ORDERS permission). Amounts are in the order\'s currency.' })
@Entity({ tableName: 'client_order' })
@Index({ properties: ['createdAt', 'id'] })
@Check({ name: 'client_order_amounts', expression: 'total_minor >= 0 and discount_minor >= 0' })
export class Order {
  [OptionalProps]?: 'status' | 'noInvoice' | 'noEmail' | 'createdAt' | 'updatedAt' | 'subtotal' | 'discount' | 'tax' | 'total';

  @Field(() => ID, { description: 'Unique id of the order.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  @Index()
  client!: Ref<Client>;

  @Field(() => OrderStatus, { description: 'Pending, Active, Fraud or Cancelled.' })
  @Enum({ items: () => OrderStatus, nativeEnumName: 'order_status', default: OrderStatus.PENDING })
  @Index()
  status: OrderStatus = OrderStatus.PENDING;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 currency of the order\'s amounts (the client\'s).' })
  @Property({ length: 3 })
  currency!: string;

  @ManyToOne(() => Promotion, { ref: true, nullable: true, deleteRule: 'set null' })
  promotion?: Ref<Promotion>;

  @Field(() => String, { nullable: true, description: 'The promotion code used; null when none.' })
  @Property({ nullable: true })
  promotionCode?: string;

  /** Sum of the lines before discounts and taxes. */
  @Property({ type: 'bigint' })
  subtotalMinor!: bigint;

  /** Taken off by the promotion code and client or group discounts. */
  @Property({ type: 'bigint' })
  discountMinor!: bigint;

  @Property({ type: 'bigint' })
  taxMinor!: bigint;

  @Property({ type: 'bigint' })
  totalMinor!: bigint;

  @Field({ description: 'Staff: added without an invoice. Staff only' })
  @Authorized('STAFF')
  @Property({ default: false })
  noInvoice: boolean = false;

  @Field({ description: 'Staff: added without emails to the client. Staff only' })
  @Authorized('STAFF')
  @Property({ default: false })
  noEmail: boolean = false;

  /** The staff member who added it (addOrder or logged in as the client); null when the client placed it. */
  @Property({ nullable: true })
  staffId?: number;

  @Property({ nullable: true, length: 45 })
  ipAddress?: string;

  @Field({ description: 'When the order was placed.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the order last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Money, { description: 'Sum of the lines before discounts and taxes.' })
  get subtotal(): Money {
    return Money.of(BigInt(this.subtotalMinor), this.currency);
  }

  @Field(() => Money, { description: 'Taken off by the promotion code and the client\'s personal or group discounts.' })
  get discount(): Money {
    return Money.of(BigInt(this.discountMinor), this.currency);
  }

  @Field(() => Money, { description: 'Taxes of the order\'s invoices.' })
  get tax(): Money {
    return Money.of(BigInt(this.taxMinor), this.currency);
  }

  @Field(() => Money, { description: 'What the order costs in all: the sum of its invoices\' totals.' })
  get total(): Money {
    return Money.of(BigInt(this.totalMinor), this.currency);
  }
}

/**
 * OR-1: one item of an order: a product (with cycle, configurable options and
 * the domain it serves), an addon ordered with a product item, or a domain
 * registration or transfer (carried for the domains area to set up).
 */
@ObjectType({ description: 'One item of an order with its price. Amounts are in the order\'s currency.' })
@Entity()
@Check({ name: 'order_item_amounts', expression: 'first_payment_minor >= 0 and recurring_minor >= 0' })
export class OrderItem {
  [OptionalProps]?: 'status' | 'configOptions' | 'nameservers' | 'priceOverridden' | 'stockCounted' | 'sendWelcomeEmail' | 'firstPayment' | 'recurringAmount';

  @Field(() => ID, { description: 'Unique id of the item.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Order, { ref: true, deleteRule: 'cascade' })
  @Index()
  order!: Ref<Order>;

  @Field(() => Int, { description: 'Position of the item in the order, from 1.' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => OrderItemKind, { description: 'Product, addon, domain registration or transfer.' })
  @Enum({ items: () => OrderItemKind, nativeEnumName: 'order_item_kind' })
  kind!: OrderItemKind;

  @Field(() => OrderItemStatus, { description: 'Pending, accepted or cancelled.' })
  @Enum({ items: () => OrderItemStatus, nativeEnumName: 'order_item_status', default: OrderItemStatus.PENDING })
  status: OrderItemStatus = OrderItemStatus.PENDING;

  @Field({ description: 'Name of what is ordered, as on the invoice.' })
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => Product, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  product?: Ref<Product>;

  @ManyToOne(() => Addon, { ref: true, nullable: true, deleteRule: 'set null' })
  addon?: Ref<Addon>;

  /** ADDON: the product item it is ordered with. */
  @ManyToOne(() => OrderItem, { ref: true, nullable: true, deleteRule: 'cascade' })
  parentItem?: Ref<OrderItem>;

  @Field(() => BillingCycle, { description: 'The billing cycle (ONE_TIME or FREE for products not billed per cycle).' })
  @Enum({ items: () => BillingCycle, nativeEnumName: 'billing_cycle' })
  cycle!: BillingCycle;

  @Field(() => String, { nullable: true, description: 'PRODUCT: the domain the product serves; domain items: the domain name. Null when none.' })
  @Property({ nullable: true })
  domain?: string;

  /** PRODUCT: the configurable options chosen, as priced: [{ optionId, choiceId?, quantity? }]. */
  @Property({ type: 'json', default: '[]' })
  configOptions: { optionId: number; choiceId?: number; quantity?: number }[] = [];

  @Field(() => Int, { nullable: true, description: 'Domain items: registration period in years.' })
  @Property({ type: 'smallint', nullable: true })
  years?: number;

  @Field(() => [String], { description: 'Domain items: the nameservers asked for; empty for the registrar\'s defaults.' })
  @Property({ type: 'text[]', default: '{}' })
  nameservers: string[] = [];

  /** DOMAIN_TRANSFER: the EPP (authorisation) code, encrypted (shared/secrets.ts); never exposed. */
  @Property({ type: 'text', nullable: true, hidden: true })
  eppCodeEncrypted?: string;

  /** The first invoice's amount for the item (setup fee and options included, discounts taken off). */
  @Property({ type: 'bigint' })
  firstPaymentMinor!: bigint;

  /** What each renewal will cost (0 for one-time and free items). */
  @Property({ type: 'bigint' })
  recurringMinor!: bigint;

  @Property({ length: 3 })
  currency!: string;

  @Field({ description: 'Staff set the price by hand. Staff only' })
  @Authorized('STAFF')
  @Property({ default: false })
  priceOverridden: boolean = false;

  /** One unit of the product's stock is held by this item (released when the order is cancelled or marked as fraud). */
  @Property({ default: false })
  stockCounted: boolean = false;

  /** Staff's choice of server for accepting (addOrder). */
  @ManyToOne(() => Server, { ref: true, nullable: true, deleteRule: 'set null' })
  server?: Ref<Server>;

  /** PRODUCT: the service accepting the item created (OR-2). */
  @ManyToOne(() => Service, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  service?: Ref<Service>;

  /** Whether the client gets the product's welcome email when the item is set up (acceptOrder's choice). */
  @Property({ default: true })
  sendWelcomeEmail: boolean = true;

  /** Why setting the item up failed last (the module's error); cleared when it succeeds. Staff read it, clients a fixed sentence. */
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  /** The invoice that bills the item's first payment; null without one (free, or added without an invoice). */
  @ManyToOne(() => Invoice, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  invoice?: Ref<Invoice>;

  @Field(() => Money, { description: 'The first invoice\'s amount for the item, before taxes: setup fee and options included, discounts taken off.' })
  get firstPayment(): Money {
    return Money.of(BigInt(this.firstPaymentMinor), this.currency);
  }

  @Field(() => Money, { description: 'What each renewal will cost before taxes and before the client\'s personal discount (which renewals carry while it lasts); zero for one-time and free items.' })
  get recurringAmount(): Money {
    return Money.of(BigInt(this.recurringMinor), this.currency);
  }
}
