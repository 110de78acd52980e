import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Client } from '../clients/client.entity';

/** The domain statuses, as WHMCS names them. */
export enum DomainStatus {
  PENDING = 'pending',
  PENDING_REGISTRATION = 'pending_registration',
  PENDING_TRANSFER = 'pending_transfer',
  ACTIVE = 'active',
  GRACE_PERIOD = 'grace_period',
  REDEMPTION_PERIOD = 'redemption_period',
  EXPIRED = 'expired',
  TRANSFERRED_AWAY = 'transferred_away',
  CANCELLED = 'cancelled',
  FRAUD = 'fraud',
}
registerEnumType(DomainStatus, { name: 'DomainStatus' });

/** Statuses that free the name for another domain record (it is no longer ours). */
export const RELEASED_DOMAIN_STATUSES: readonly DomainStatus[] = [DomainStatus.CANCELLED, DomainStatus.TRANSFERRED_AWAY];

/** DN-1: a domain with its registrar, auto-renew flag, nameservers and expiry. */
@ObjectType()
@Entity()
@Index({
  name: 'domain_name_live_unique',
  expression: `create unique index "domain_name_live_unique" on "domain" ("name") where "status" not in ('cancelled', 'transferred_away')`,
})
export class Domain {
  [OptionalProps]?: 'status' | 'autoRenew' | 'nameservers' | 'moduleData' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Lower case, no trailing dot' })
  @Property()
  @Index()
  name!: string;

  @ManyToOne(() => Client, { ref: true })
  @Index()
  client!: Ref<Client>;

  @Field({ nullable: true, description: 'Registrar module name; null until chosen' })
  @Property({ nullable: true })
  registrar?: string;

  @Field(() => DomainStatus)
  @Enum({ items: () => DomainStatus, nativeEnumName: 'domain_status', default: DomainStatus.PENDING })
  @Index()
  status: DomainStatus = DomainStatus.PENDING;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  registrationDate?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  @Index()
  expiryDate?: string;

  @Field()
  @Property({ default: true })
  autoRenew: boolean = true;

  @Field(() => [String])
  @Property({ type: 'text[]', default: '{}' })
  nameservers: string[] = [];

  /** Encrypted (shared/secrets.ts); never exposed. */
  @Property({ type: 'text', nullable: true, hidden: true })
  eppCodeEncrypted?: string;

  /** What the registrar module returned earlier (remote ids); never secrets. */
  @Property({ type: 'json', default: '{}' })
  moduleData: Record<string, unknown> = {};

  @Field()
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
