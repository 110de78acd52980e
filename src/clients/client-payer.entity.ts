import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EmailAddressResolver } from 'graphql-scalars';
import { Client } from './client.entity';
import { PostalAddress } from './postal-address';

export enum PayerType {
  INDIVIDUAL = 'individual',
  COMPANY = 'company',
}
registerEnumType(PayerType, { name: 'PayerType' });

/** CL-12: a legal entity of a client that pays its invoices; invoices can name one. */
@ObjectType({ description: 'CL-12: a legal entity that pays invoices of the client' })
@Entity()
export class ClientPayer extends PostalAddress {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  @Index()
  client!: Ref<Client>;

  @Field(() => PayerType)
  @Enum({ items: () => PayerType, nativeEnumName: 'payer_type' })
  type!: PayerType;

  @Field({ description: 'Person or company name as it appears on invoices' })
  @Property()
  name!: string;

  @Field({ nullable: true, description: 'VAT number or other tax id; required for a company' })
  @Property({ nullable: true })
  taxId?: string;

  @Field(() => EmailAddressResolver, { nullable: true })
  @Property({ nullable: true })
  email?: string;

  @Field()
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
