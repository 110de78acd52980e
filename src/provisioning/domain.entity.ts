import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Authorized, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Client } from '../clients/client.entity';
import { Server } from './server.entity';

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
registerEnumType(DomainStatus, {
  name: 'DomainStatus',
  description: 'Where a domain registration is in its life.',
  valuesConfig: {
    PENDING: { description: 'Recorded; not yet sent to a registrar.' },
    PENDING_REGISTRATION: { description: 'Registration requested; waiting for the registry.' },
    PENDING_TRANSFER: { description: 'Transfer requested; waiting for the losing registrar or the registry.' },
    ACTIVE: { description: 'Registered and in use.' },
    GRACE_PERIOD: { description: 'Expired but still renewable at the normal price.' },
    REDEMPTION_PERIOD: { description: 'Deleted at the registry but still restorable (usually for a fee).' },
    EXPIRED: { description: 'Expired and not renewed.' },
    TRANSFERRED_AWAY: { description: 'Moved to another registrar.' },
    CANCELLED: { description: 'Cancelled or deleted; the name may be registered again.' },
    FRAUD: { description: 'Marked as fraudulent.' },
  },
});

/** Statuses that free the name for another domain record (it is no longer ours). */
export const RELEASED_DOMAIN_STATUSES: readonly DomainStatus[] = [DomainStatus.CANCELLED, DomainStatus.TRANSFERRED_AWAY];

/** DN-1: a domain with its registrar, auto-renew flag, nameservers and expiry. */
@ObjectType({ description: 'A domain name of a client with its registrar, status, expiry, auto-renew flag and nameservers. Staff see all; a client its own (users need the DOMAINS permission).' })
@Entity()
@Index({
  name: 'domain_name_live_unique',
  expression: `create unique index "domain_name_live_unique" on "domain" ("name") where "status" not in ('cancelled', 'transferred_away')`,
})
// Substring search (listDomains: ILIKE '%word%'): only a trigram index serves a leading wildcard.
@Index({ name: 'domain_search_trgm', expression: 'create index "domain_search_trgm" on "domain" using gin ("name" gin_trgm_ops)' })
export class Domain {
  [OptionalProps]?: 'status' | 'autoRenew' | 'nameservers' | 'moduleData' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Unique id of the domain.' })
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

  /**
   * Issue 15.1: the registrar server every registrar command of this domain
   * goes through; set on accept (the item's server, else the TLD rule's), by
   * staff, or on the first command (the TLD rule's, else the oldest enabled
   * server of the registrar module).
   */
  @ManyToOne(() => Server, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  server?: Ref<Server>;

  @Field(() => DomainStatus, { description: 'Where the registration is in its life.' })
  @Enum({ items: () => DomainStatus, nativeEnumName: 'domain_status', default: DomainStatus.PENDING })
  @Index()
  status: DomainStatus = DomainStatus.PENDING;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it was registered (YYYY-MM-DD); null when unknown or not yet registered.' })
  @Property({ type: 'date', nullable: true })
  registrationDate?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the registration expires (YYYY-MM-DD); null when unknown.' })
  @Property({ type: 'date', nullable: true })
  @Index()
  expiryDate?: string;

  @Field({ description: 'True: renewed automatically before it expires.' })
  @Property({ default: true })
  autoRenew: boolean = true;

  @Field(() => [String], { description: 'Nameserver host names the domain is delegated to.' })
  @Property({ type: 'text[]', default: '{}' })
  nameservers: string[] = [];

  /** Issue 15.1: set by the lock and unlock commands and by a sync that reports it. */
  @Field(() => Boolean, { nullable: true, description: 'True: the registrar lock is on and the registry refuses transfers away; null until a lock, unlock or sync told.' })
  @Property({ type: 'boolean', nullable: true })
  transferLocked?: boolean;

  /** Encrypted (shared/secrets.ts); never exposed. */
  @Property({ type: 'text', nullable: true, hidden: true })
  eppCodeEncrypted?: string;

  /** Issue 15.1: the error of the last failed registrar command; the record keeps its state (DN-1). */
  @Field({ nullable: true, description: 'The error of the last failed registrar command; cleared by a success. Staff only.' })
  @Authorized('STAFF')
  @Property({ type: 'text', nullable: true })
  lastModuleError?: string;

  /** What the registrar module returned earlier (remote ids); never secrets. */
  @Property({ type: 'json', default: '{}' })
  moduleData: Record<string, unknown> = {};

  @Field({ description: 'When the record was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the record last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
