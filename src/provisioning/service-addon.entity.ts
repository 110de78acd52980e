import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Money } from '../shared/money.types';
import { Addon } from '../catalog/addon.entity';
import { BillingCycle } from '../catalog/billing-cycle';
import { Service } from './service.entity';
import { ServiceStatus } from './service-status';

/**
 * SV-4 (issue 16): an addon a service has, billed on its own cycle with its
 * own next due date and status. Accepting an order's addon item creates it;
 * the daily run invoices it when due (renewal-invoices.step.ts), and a
 * termination by the system ends it with its service (SV-14).
 */
@ObjectType({ description: 'An addon a service has (e.g. extra backups), billed on its own cycle with its own next due date and status. Staff see all; a client those of its own services (users need the SERVICES permission).' })
@Entity()
export class ServiceAddon {
  [OptionalProps]?: 'status' | 'firstPaymentMinor' | 'recurringMinor' | 'createdAt' | 'updatedAt' | 'firstPayment' | 'recurringAmount';

  @Field(() => ID, { description: 'Unique id of the service addon.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Service, { ref: true, deleteRule: 'cascade' })
  @Index()
  service!: Ref<Service>;

  /** The catalog's addon it was ordered from; null once that addon is deleted. */
  @ManyToOne(() => Addon, { ref: true, nullable: true, deleteRule: 'set null' })
  addon?: Ref<Addon>;

  @Field({ description: 'Name shown on invoices, as ordered.' })
  @Property()
  name!: string;

  @Field(() => ServiceStatus, { description: 'Where the addon is in its life; it ends with its service when the system terminates the service.' })
  @Enum({ items: () => ServiceStatus, nativeEnumName: 'service_status', default: ServiceStatus.PENDING })
  status: ServiceStatus = ServiceStatus.PENDING;

  @Field(() => BillingCycle, { description: 'How often the addon is billed (its own cycle, not necessarily the service\'s).' })
  @Enum({ items: () => BillingCycle, nativeEnumName: 'billing_cycle' })
  billingCycle!: BillingCycle;

  /** ISO 4217; the client's currency. */
  @Property({ length: 3 })
  currency!: string;

  @Property({ type: 'bigint', default: 0 })
  firstPaymentMinor: bigint = 0n;

  @Property({ type: 'bigint', default: 0 })
  recurringMinor: bigint = 0n;

  @Field(() => LocalDateResolver, { description: 'Date the addon started (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  registrationDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the addon\'s next renewal is due (YYYY-MM-DD); null for one-time and free addons.' })
  @Property({ type: 'date', nullable: true })
  @Index()
  nextDueDate?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the addon was terminated or cancelled (YYYY-MM-DD); null while it lives.' })
  @Property({ type: 'date', nullable: true })
  terminationDate?: string;

  @Field({ description: 'When the record was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the record last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Money, { description: 'Amount of the first invoice for the addon, in the client\'s currency.' })
  get firstPayment(): Money {
    return Money.of(BigInt(this.firstPaymentMinor), this.currency);
  }

  @Field(() => Money, { description: 'Amount billed every cycle of the addon, in the client\'s currency; zero for one-time and free addons.' })
  get recurringAmount(): Money {
    return Money.of(BigInt(this.recurringMinor), this.currency);
  }
}
