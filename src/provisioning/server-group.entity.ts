import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** How a group chooses the server of a new service (see pickServer). */
export enum FillStrategy {
  /** The enabled server with room whose share of maxAccounts in use is lowest. */
  LEAST_FULL = 'least_full',
  /** The first enabled server (lowest id) with room, until it is full. */
  FILL_UNTIL_FULL = 'fill_until_full',
}
registerEnumType(FillStrategy, { name: 'FillStrategy' });

@ObjectType({ description: 'Servers new services are spread over by a fill strategy' })
@Entity()
export class ServerGroup {
  [OptionalProps]?: 'fillStrategy' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ unique: true })
  name!: string;

  @Field(() => FillStrategy)
  @Enum({ items: () => FillStrategy, nativeEnumName: 'fill_strategy', default: FillStrategy.LEAST_FULL })
  fillStrategy: FillStrategy = FillStrategy.LEAST_FULL;

  @Field()
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
