import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ServerGroup } from '../catalog/server-group.entity';

/**
 * A server a provisioning module talks to. Its settings follow the module's
 * serverSettingsSchema: non-secret ones in `settings`, secret ones (writeOnly)
 * AES-256-GCM encrypted in `secretSettings`, which has no GraphQL field.
 */
@ObjectType({ description: 'A server a provisioning module talks to (a hosting panel, DNS server, registry or spam filter). Staff only; secret settings are never returned.' })
@Entity()
export class Server {
  [OptionalProps]?: 'secure' | 'maxAccounts' | 'enabled' | 'settings' | 'secretSettings' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Unique id of the server.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Unique name of the server.' })
  @Property({ unique: true })
  name!: string;

  @Field({ description: 'Name of the provisioning module that drives it' })
  @Property()
  @Index()
  module!: string;

  @Field({ description: 'Host name the module connects to.' })
  @Property()
  hostname!: string;

  @Field({ nullable: true, description: 'IP address to connect to instead of resolving the host name; null to resolve it.' })
  @Property({ nullable: true })
  ip?: string;

  @Field(() => Int, { nullable: true, description: 'Port to connect to; null for the module\'s default.' })
  @Property({ nullable: true })
  port?: number;

  @Field({ description: 'Talk to the server over TLS' })
  @Property({ default: true })
  secure: boolean = true;

  @Field(() => Int, { description: 'Most services (pending, active or suspended) it takes' })
  @Property({ default: 200 })
  maxAccounts: number = 200;

  @Field({ description: 'Disabled servers get no new services' })
  @Property({ default: true })
  enabled: boolean = true;

  @ManyToOne(() => ServerGroup, { nullable: true, ref: true, deleteRule: 'set null' })
  @Index()
  group?: Ref<ServerGroup>;

  /** Non-secret settings, as validated against the module's schema. */
  @Property({ type: 'json', default: '{}' })
  settings: Record<string, unknown> = {};

  /** Secret settings by name, each encrypted (see shared/secrets.ts). Never exposed. */
  @Property({ type: 'json', default: '{}', hidden: true, lazy: false })
  secretSettings: Record<string, string> = {};

  @Field({ description: 'When the server was added.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the server last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
