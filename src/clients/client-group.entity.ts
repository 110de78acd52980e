import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** CL-11: a group of clients with a colour, a discount and a separate-invoices default. */
@ObjectType({ description: 'A group of clients with a colour, a discount and a separate-invoices default. Staff list and manage groups; a client can read its own.' })
@Entity()
export class ClientGroup {
  [OptionalProps]?: 'colour' | 'discountPercent' | 'separateInvoices' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the group.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Unique name of the group.' })
  @Property({ unique: true })
  name!: string;

  @Field({ description: 'Hex colour, e.g. #1e90ff' })
  @Property({ length: 7, default: '#808080' })
  colour: string = '#808080';

  @Field({ description: 'Discount in percent, decimal string with up to 2 decimals, e.g. "12.50"' })
  @Property({ type: 'decimal', precision: 5, scale: 2, default: '0' })
  discountPercent: string = '0.00';

  @Field({ description: 'Default for members: each service invoiced on its own.' })
  @Property({ default: false })
  separateInvoices: boolean = false;

  @Field({ description: 'When the group was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
