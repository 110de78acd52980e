import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EmailAddressResolver } from 'graphql-scalars';
import { Client } from './client.entity';
import { PostalAddress } from './postal-address';

export enum PayerType {
  INDIVIDUAL = 'individual',
  COMPANY = 'company',
}
registerEnumType(PayerType, {
  name: 'PayerType',
  description: 'Whether a payer is a person or a company.',
  valuesConfig: {
    INDIVIDUAL: { description: 'A private person.' },
    COMPANY: { description: 'A company; a tax id is required.' },
  },
});

/** CL-12: a legal entity of a client that pays its invoices; invoices can name one. */
@ObjectType({ description: 'A legal entity (person or company) that pays invoices of a client; an invoice can be addressed to it.' })
@Entity()
export class ClientPayer extends PostalAddress {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Unique id of the payer.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  @Index()
  client!: Ref<Client>;

  @Field(() => PayerType, { description: 'Individual or company.' })
  @Enum({ items: () => PayerType, nativeEnumName: 'payer_type' })
  type!: PayerType;

  @Field({ description: 'Person or company name as it appears on invoices' })
  @Property()
  name!: string;

  @Field({ nullable: true, description: 'VAT number or other tax id; required for a company' })
  @Property({ nullable: true })
  taxId?: string;

  @Field(() => EmailAddressResolver, { nullable: true, description: 'Email for the payer\'s invoices; null when none.' })
  @Property({ nullable: true })
  email?: string;

  @Field({ description: 'When the payer was added.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
