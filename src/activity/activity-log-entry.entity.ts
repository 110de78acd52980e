import { OptionalProps, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';

export enum ActorType {
  STAFF = 'staff',
  CLIENT = 'client',
  SYSTEM = 'system',
}
registerEnumType(ActorType, { name: 'ActorType' });

/**
 * One entry of the activity log, written in the same transaction as the change
 * it records. Actor and client are plain ids (no foreign keys) so the log
 * survives deletion of what it talks about.
 */
@ObjectType()
@Entity()
@Index({ properties: ['clientId', 'createdAt'] })
export class ActivityLogEntry {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field(() => GraphQLISODateTime)
  @Property({ defaultRaw: 'now()' })
  @Index()
  createdAt: Date = new Date();

  @Field(() => ActorType)
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

  @Field()
  @Property()
  targetType!: string;

  @Field(() => ID, { nullable: true })
  @Property({ nullable: true })
  targetId?: string;

  @Property({ nullable: true })
  clientId?: number;

  @Field({ nullable: true })
  @Property({ nullable: true })
  ip?: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Changed fields and other details; never secrets' })
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown>;
}
