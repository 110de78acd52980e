import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Domain } from '../provisioning/domain.entity';
import { Server } from '../provisioning/server.entity';

export enum DnsZoneStatus {
  CREATING = 'creating',
  ACTIVE = 'active',
  FAILED = 'failed',
  REMOVING = 'removing',
}
registerEnumType(DnsZoneStatus, {
  name: 'DnsZoneStatus',
  description: 'Whether the zone is on the DNS server.',
  valuesConfig: {
    CREATING: { description: 'Being created on the DNS server.' },
    ACTIVE: { description: 'On the DNS server and answering queries.' },
    FAILED: { description: 'Creating it failed; the error says why. Creating it again retries.' },
    REMOVING: { description: 'Being removed from the DNS server (the registration it was made for failed); the record goes once the DNS server removed it.' },
  },
});

/** DN-2: the DNS zone of a domain, kept by the DNS-manager module on the configured server. */
@ObjectType({ description: 'The DNS zone of a domain on the DNS server. Its records are read and changed with dnsRecords and changeDnsRecords.' })
@Entity()
export class DnsZone {
  [OptionalProps]?: 'status' | 'moduleData' | 'syncAttempts' | 'createdAt' | 'updatedAt';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Domain, { ref: true, unique: true, deleteRule: 'cascade' })
  domain!: Ref<Domain>;

  @ManyToOne(() => Server, { ref: true })
  server!: Ref<Server>;

  @Field({ description: 'The zone name: the domain name, lower case, no trailing dot.' })
  @Property()
  name!: string;

  @Field(() => DnsZoneStatus, { description: 'Whether the zone is on the DNS server.' })
  @Enum({ items: () => DnsZoneStatus, nativeEnumName: 'dns_zone_status', default: DnsZoneStatus.CREATING })
  status: DnsZoneStatus = DnsZoneStatus.CREATING;

  /** The DNS module's last error on this zone; staff read it in full, clients a generic line. */
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  /**
   * Set when the zone on the DNS server must be brought in line with the
   * domain's state (created, its MX records set, or removed: dns-zone-sync.ts),
   * in the transaction that recorded the cause; a worker does it once this time
   * has come and clears it. While a worker works on it, that worker's lease;
   * after a failure, the time of the retry.
   */
  @Index()
  @Property({ nullable: true })
  syncDueAt?: Date;

  /** Attempts at the pending change so far (the backoff grows with them); 0 when none is pending. */
  @Property({ default: 0 })
  syncAttempts: number = 0;

  /** What the DNS module returned (its zone id and account). */
  @Property({ type: 'json', default: '{}' })
  moduleData: Record<string, unknown> = {};

  @Field({ description: 'When the zone was first requested.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the zone last changed here (not its records).' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
