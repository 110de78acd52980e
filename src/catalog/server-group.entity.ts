import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** How a group chooses the server of a new service (see pickServer). */
export enum FillStrategy {
  /** The enabled server with room whose share of maxAccounts in use is lowest. */
  LEAST_FULL = 'least_full',
  /** The first enabled server (lowest id) with room, until it is full. */
  FILL_UNTIL_FULL = 'fill_until_full',
}
registerEnumType(FillStrategy, {
  name: 'FillStrategy',
  description: 'How a server group picks the server for a new service.',
  valuesConfig: {
    LEAST_FULL: { description: 'The enabled server with room whose share of maxAccounts in use is lowest.' },
    FILL_UNTIL_FULL: { description: 'The first enabled server (lowest id) with room, until it is full.' },
  },
});

@ObjectType({ description: 'Servers that new services are spread over by a fill strategy. Staff only.' })
@Entity()
export class ServerGroup {
  [OptionalProps]?: 'fillStrategy' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the group.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Unique name of the group.' })
  @Property({ unique: true })
  name!: string;

  @Field(() => FillStrategy, { description: 'How the server for a new service is picked.' })
  @Enum({ items: () => FillStrategy, nativeEnumName: 'fill_strategy', default: FillStrategy.LEAST_FULL })
  fillStrategy: FillStrategy = FillStrategy.LEAST_FULL;

  @Field({ description: 'When the group was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
