import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { BillingCycle } from '../catalog/billing-cycle';
import { Server } from './server.entity';
import { ServiceStatus } from './service-status';

/** A client's instance of a product (hosting account, reseller, server, …). */
@ObjectType({ description: 'A product a client has: a hosting account, server or other service, with its billing terms and status. Staff see all; a client its own (users need the SERVICES permission).' })
@Entity()
// Substring search (serviceWhere: ILIKE '%word%'): only a trigram index serves a leading wildcard.
@Index({ name: 'service_search_trgm', expression: 'create index "service_search_trgm" on "service" using gin ("domain" gin_trgm_ops, "username" gin_trgm_ops)' })
export class Service {
  [OptionalProps]?: 'status' | 'firstPaymentMinor' | 'recurringMinor' | 'configOptions' | 'moduleData' | 'sendWelcomeEmail' | 'autoRecalculate' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Unique id of the service.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true })
  @Index()
  client!: Ref<Client>;

  @ManyToOne(() => Product, { ref: true })
  @Index()
  product!: Ref<Product>;

  @ManyToOne(() => Server, { nullable: true, ref: true })
  @Index()
  server?: Ref<Server>;

  @Field({ nullable: true, description: 'Main domain of the service, e.g. of a hosting account; null when none.' })
  @Property({ nullable: true })
  @Index()
  domain?: string;

  @Field({ nullable: true, description: 'Login name of the account on the server; null when none.' })
  @Property({ nullable: true })
  @Index()
  username?: string;

  /** Encrypted (shared/secrets.ts); never exposed. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordEncrypted?: string;

  @Field(() => ServiceStatus, { description: 'Where the service is in its life.' })
  @Enum({ items: () => ServiceStatus, nativeEnumName: 'service_status', default: ServiceStatus.PENDING })
  @Index()
  status: ServiceStatus = ServiceStatus.PENDING;

  @Field(() => BillingCycle, { description: 'How often the service is billed.' })
  @Enum({ items: () => BillingCycle, nativeEnumName: 'billing_cycle' })
  billingCycle!: BillingCycle;

  /** ISO 4217; the client's currency. */
  @Property({ length: 3 })
  currency!: string;

  @Property({ type: 'bigint', default: 0 })
  firstPaymentMinor: bigint = 0n;

  @Property({ type: 'bigint', default: 0 })
  recurringMinor: bigint = 0n;

  /** The configurable options as ordered or last upgraded: [{ optionId, choiceId?, quantity? }] (SV-8). */
  @Property({ type: 'json', default: '[]' })
  configOptions: { optionId: number; choiceId?: number; quantity?: number }[] = [];

  @Field(() => LocalDateResolver, { description: 'Date the service started (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  registrationDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the next renewal is due (YYYY-MM-DD); null when none is set, e.g. for one-time or free services.' })
  @Property({ type: 'date', nullable: true })
  @Index()
  nextDueDate?: string;

  /** SV-7: renewals are grouped into invoices by it; null follows the client's default payment method. */
  @Field({ nullable: true, description: 'The payment gateway the service\'s renewals are invoiced for (a gateway module name, e.g. "stripe"); null: the client\'s default payment method.' })
  @Property({ length: 100, nullable: true })
  paymentMethod?: string;

  @Field({ nullable: true, description: 'Blank or absent while suspended: suspended for non-payment' })
  @Property({ type: 'text', nullable: true })
  suspensionReason?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the service was terminated or cancelled (YYYY-MM-DD); null while it lives.' })
  @Property({ type: 'date', nullable: true })
  terminationDate?: string;

  /** What the module returned from earlier commands (remote ids); never secrets. */
  @Property({ type: 'json', default: '{}' })
  moduleData: Record<string, unknown> = {};

  @Field({ nullable: true, description: 'Notes about the service for staff; staff only. Null when there are none.' })
  @Authorized('STAFF')
  @Property({ type: 'text', nullable: true })
  adminNotes?: string;

  @Field({ nullable: true, description: 'The error of the last failed module command; cleared by a success. Staff only.' })
  @Authorized('STAFF')
  @Property({ type: 'text', nullable: true })
  lastModuleError?: string;

  /** SV-5: off by default so that a custom price survives a change of product or cycle. */
  @Field({ description: 'Whether saving a new product or billing cycle sets the recurring amount from the catalog price for the client; staff only.' })
  @Authorized('STAFF')
  @Property({ default: false })
  autoRecalculate: boolean = false;

  /** SV-17: whether a successful module create sends the welcome email; staff accepting an order may turn it off. */
  @Property({ default: true })
  sendWelcomeEmail: boolean = true;

  @Field({ description: 'When the record was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the record last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
