import { Check, OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { Service } from './service.entity';
import { Server } from './server.entity';
import { Domain } from './domain.entity';

/**
 * SV-3: one module call on a service (or, for calls that concern no single
 * service such as reading a registry's message queue, on a server): what was
 * asked, what came back (or the error), how long it took, and the module's own
 * log lines. Every secret value (server secrets, the service password) is
 * masked before it is stored.
 */
@ObjectType({ description: 'One call of a provisioning module, with what was sent and answered (secrets masked). Staff only.' })
@Entity()
@Check({ name: 'module_log_entry_target_check', expression: 'service_id is not null or server_id is not null or domain_id is not null' })
export class ModuleLogEntry {
  [OptionalProps]?: 'lines' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the entry.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Service, { ref: true, deleteRule: 'cascade', nullable: true })
  @Index()
  service?: Ref<Service>;

  /** Set for server-level calls (no service), e.g. registry polls, and for registrar commands on a domain (its registrar server). */
  @ManyToOne(() => Server, { ref: true, deleteRule: 'cascade', nullable: true })
  @Index()
  server?: Ref<Server>;

  /** Issue 15.1: the domain a registrar command ran on. */
  @ManyToOne(() => Domain, { ref: true, deleteRule: 'cascade', nullable: true })
  @Index()
  domain?: Ref<Domain>;

  @Property({ nullable: true })
  jobId?: number;

  @Field({ description: 'Name of the module called.' })
  @Property()
  module!: string;

  @Field({ description: 'The command called.' })
  @Property()
  command!: string;

  @Field(() => Int, { description: 'Which attempt of the job this was, from 1.' })
  @Property()
  attempt!: number;

  @Field({ description: 'True when the call succeeded.' })
  @Property()
  success!: boolean;

  @Field(() => JSONObjectResolver, { description: 'Request summary (secrets masked)' })
  @Property({ type: 'json' })
  request!: Record<string, unknown>;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Response summary (secrets masked)' })
  @Property({ type: 'json', nullable: true })
  response?: Record<string, unknown>;

  @Field({ nullable: true, description: 'The error when the call failed; null on success.' })
  @Property({ type: 'text', nullable: true })
  error?: string;

  @Field({ nullable: true, description: 'The remote system\'s error code' })
  @Property({ nullable: true })
  remoteCode?: string;

  @Field(() => Int, { description: 'How long the call took, in milliseconds.' })
  @Property()
  durationMs!: number;

  @Field(() => [String], { description: 'The module\'s log lines (secrets masked)' })
  @Property({ type: 'json', default: '[]' })
  lines: string[] = [];

  @Field({ description: 'When the call was made.' })
  @Property({ defaultRaw: 'now()' })
  @Index()
  createdAt: Date = new Date();
}
