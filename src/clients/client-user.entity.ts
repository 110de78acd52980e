import { OptionalProps, Entity, Enum, Index, ManyToOne, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { EmailAddressResolver } from 'graphql-scalars';
import { ClientPermission } from '../auth/client-permission';
import type { SessionClientUser } from '../auth/auth-session.entity';
import { Client } from './client.entity';
import { Contact } from './contact.entity';

/**
 * CL-12 / CT-4: a login of a client account other than the client's own, with
 * a permission set. A sub-account contact is a contact with one of these
 * (`contact` set); a plain user has none. Emails are unique among users and
 * never equal a client's login email, so a login email names one account.
 */
@ObjectType({ description: 'A login of a client account other than the client\'s own (a user, or a contact with a sub-account), limited to its permissions.' })
@Entity()
export class ClientUser implements SessionClientUser {
  [OptionalProps]?: 'createdAt' | 'active' | 'permissions';

  @Field(() => ID, { description: 'Unique id of the user.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  @Index()
  client!: Ref<Client>;

  /** Set for a sub-account contact (CT-4); deleting the contact deletes its login. */
  @OneToOne(() => Contact, { ref: true, nullable: true, unique: true, deleteRule: 'cascade', owner: true })
  contact?: Ref<Contact>;

  /** Stored lower-cased. */
  @Field(() => EmailAddressResolver, { description: 'Login email, lower case.' })
  @Property({ unique: true })
  email!: string;

  @Field({ description: 'First name.' })
  @Property()
  firstName!: string;

  @Field({ description: 'Last name.' })
  @Property()
  lastName!: string;

  @Property({ hidden: true })
  passwordHash!: string;

  @Field(() => [ClientPermission], { description: 'Areas of the client account the user may see and change.' })
  @Enum({ items: () => ClientPermission, array: true, default: [] })
  permissions: ClientPermission[] = [];

  @Field({ description: 'An inactive user cannot log in' })
  @Property({ default: true })
  active: boolean = true;

  @Field({ description: 'When the user was added.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
