import { OptionalProps, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { ServerGroup } from './server-group.entity';
import { ProductGroup } from './product-group.entity';

export enum ProductType {
  HOSTING = 'hosting',
  RESELLER = 'reseller',
  SERVER = 'server',
  DOMAIN = 'domain',
  OTHER = 'other',
}
registerEnumType(ProductType, {
  name: 'ProductType',
  description: 'What kind of product it is.',
  valuesConfig: {
    HOSTING: { description: 'A shared hosting account.' },
    RESELLER: { description: 'A reseller hosting account.' },
    SERVER: { description: 'A dedicated or virtual server.' },
    DOMAIN: { description: 'A domain registration sold as a product (e.g. through a registrar module).' },
    OTHER: { description: 'Anything else.' },
  },
});

/** Issue 4.3: how a product (or addon) is paid for. */
export enum PayType {
  FREE = 'free',
  ONE_TIME = 'one_time',
  RECURRING = 'recurring',
}
registerEnumType(PayType, {
  name: 'PayType',
  description: 'How a product or addon is paid for.',
  valuesConfig: {
    FREE: { description: 'No charge; no prices.' },
    ONE_TIME: { description: 'Paid once: one ONE_TIME price per currency.' },
    RECURRING: { description: 'Paid every billing cycle: at least one price per cycle offered.' },
  },
});

/**
 * Issue 4.3: a product of the catalog: what it is, how it is paid for (its
 * prices are ProductPrice rows), which module provisions it with which
 * options, which server group its services go to, and how it is offered.
 */
@ObjectType({ description: 'A product the operator sells, with its prices. Public fields are in the catalog; module settings and welcome email are staff only.' })
@Entity()
@Check({ name: 'product_stock_not_negative', expression: 'stock is null or stock >= 0' })
@Check({ name: 'product_auto_terminate_days_positive', expression: 'auto_terminate_days is null or auto_terminate_days > 0' })
export class Product {
  [OptionalProps]?: 'productOptions' | 'createdAt' | 'updatedAt' | 'description' | 'payType' | 'stockControl' | 'hidden' | 'retired' | 'sortOrder';

  @Field(() => ID, { description: 'Unique id of the product.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Name shown to clients and on invoices.' })
  @Property()
  @Index()
  name!: string;

  @Field({ description: 'Shown in the catalog' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => ProductType, { description: 'What kind of product it is.' })
  @Enum({ items: () => ProductType, nativeEnumName: 'product_type' })
  type!: ProductType;

  @Field(() => PayType, { description: 'Free, one-time or recurring.' })
  @Enum({ items: () => PayType, nativeEnumName: 'pay_type', default: PayType.FREE })
  payType: PayType = PayType.FREE;

  @ManyToOne(() => ProductGroup, { nullable: true, ref: true, deleteRule: 'set null' })
  @Index()
  group?: Ref<ProductGroup>;

  @Field({ nullable: true, description: 'Provisioning module name; null for a product without automation. Staff only' })
  @Authorized('STAFF')
  @Property({ nullable: true })
  module?: string;

  @Field(() => JSONObjectResolver, { description: 'Validated against the module\'s productOptionsSchema. Staff only' })
  @Authorized('STAFF')
  @Property({ type: 'json', default: '{}' })
  productOptions: Record<string, unknown> = {};

  @ManyToOne(() => ServerGroup, { nullable: true, ref: true, deleteRule: 'set null' })
  @Index()
  serverGroup?: Ref<ServerGroup>;

  @Field(() => String, { nullable: true, description: 'Welcome email template sent when a service of the product is created. Staff only' })
  @Authorized('STAFF')
  @Property({ type: 'text', nullable: true })
  welcomeEmail?: string;

  @Field({ description: 'When true, `stock` limits how many can be ordered' })
  @Property({ default: false })
  stockControl: boolean = false;

  @Field(() => Int, { nullable: true, description: 'Units left when stockControl is on' })
  @Property({ nullable: true })
  stock?: number;

  @Field(() => Int, { nullable: true, description: 'Fixed term: services are terminated this many days after they start; null for none' })
  @Property({ nullable: true })
  autoTerminateDays?: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether paying an order\'s invoices sets this product up at once: true or false decide for this product; null follows the operator\'s setting (acceptOrdersOnPayment). Staff only' })
  @Authorized('STAFF')
  @Property({ type: 'boolean', nullable: true })
  acceptOnPayment?: boolean | null;

  @Field({ description: 'Hidden products are not listed in the public catalog and only staff can order them' })
  @Property({ default: false })
  hidden: boolean = false;

  @Field({ description: 'Retired products are no longer sold; existing services keep them' })
  @Property({ default: false })
  retired: boolean = false;

  @Field(() => Int, { description: 'Display order within its group (ascending, then id)' })
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Field({ description: 'When the product was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the product last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
