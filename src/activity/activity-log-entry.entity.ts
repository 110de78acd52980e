import { OptionalProps, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ActorType {
  STAFF = 'staff',
  CLIENT = 'client',
  SYSTEM = 'system',
}
registerEnumType(ActorType, {
  name: 'ActorType',
  description: 'Who did something.',
  valuesConfig: {
    STAFF: { description: 'A staff member.' },
    CLIENT: { description: 'A client (or one of its users).' },
    SYSTEM: { description: 'The server itself, e.g. a background job.' },
  },
});

/**
 * One entry of the activity log, written in the same transaction as the change
 * it records. Actor and client are plain ids (no foreign keys) so the log
 * survives deletion of what it talks about.
 */
@ObjectType({ description: 'One change recorded in the activity log: who did what to which record, when and from where. Staff only.' })
@Entity()
@Index({ properties: ['clientId', 'createdAt'] })
export class ActivityLogEntry {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Unique id of the entry.' })
  @PrimaryKey()
  id!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  @Property({ defaultRaw: 'now()' })
  @Index()
  createdAt: Date = new Date();

  @Field(() => ActorType, { description: 'Staff, client or the system.' })
  @Enum({ items: () => ActorType, nativeEnumName: 'actor_type' })
  actorType!: ActorType;

  /** Staff id or client id, by actorType. */
  @Property({ nullable: true })
  actorId?: number;

  /** CL-9: staff member acting as the client. */
  @Property({ nullable: true })
  impersonatorStaffId?: number;

  @Field({ description: 'What happened, e.g. client.update' })
  @Property()
  action!: string;

  @Field({ description: 'Kind of record changed, e.g. client or invoice.' })
  @Property()
  targetType!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the record changed (look it up with `node`); null when the action concerns no single object of the API, such as settings.' })
  @Property({ nullable: true })
  targetId?: string;

  @Property({ nullable: true })
  clientId?: number;

  @Field({ nullable: true, description: 'IP address the request came from; null for system actions.' })
  @Property({ nullable: true })
  ip?: string;

  /** Shown through ActivityLogEntryResolver.details, with record keys as global ids. */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown>;
}
