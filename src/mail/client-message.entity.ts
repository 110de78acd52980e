import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Client } from '../clients/client.entity';
import { EmailCategory } from '../clients/contact.entity';

/** CL-10 / issue 15.6: a message staff sent to one client or to all clients, kept with its audience. */
@ObjectType({ description: 'A message staff sent by email to one client or to all clients (optionally of one language).' })
@Entity()
export class ClientMessage {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Unique id of the message.' })
  @PrimaryKey()
  id!: number;

  /** The one client it went to; null when it went to all clients. */
  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  client?: Ref<Client>;

  @Field({ nullable: true, description: 'Only clients of this language received it; null when the language did not matter.' })
  @Property({ length: 20, nullable: true })
  language?: string;

  @Field(() => EmailCategory, { description: 'Category it was sent in: the client (unless opted out) and the contacts subscribed to it received it.' })
  @Enum({ items: () => EmailCategory })
  category!: EmailCategory;

  @Field({ description: 'Subject line.' })
  @Property({ type: 'text' })
  subject!: string;

  @Field({ description: 'The message text.' })
  @Property({ type: 'text' })
  message!: string;

  @Field(() => Int, { description: 'Emails queued for it (one per recipient).' })
  @Property()
  emailCount!: number;

  /** Staff member who sent it. */
  @Property()
  staffId!: number;

  @Field({ description: 'When it was sent.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
