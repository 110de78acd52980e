import { OptionalProps, Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PayType, Product } from './product.entity';

/**
 * Issue 4.3 / SV-4: a predefined addon. It is billed on its own cycles with
 * its own prices (AddonPrice); an addon added from this list takes its name,
 * price and cycle from here. It can be added to the products it applies to.
 */
@ObjectType({ description: 'A predefined addon (e.g. extra backups) billed on its own cycles, for the products it applies to. Staff see all; clients see those they may order.' })
@Entity()
export class Addon {
  [OptionalProps]?: 'description' | 'payType' | 'clientOrderable' | 'hidden' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the addon.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Name shown to clients and on invoices.' })
  @Property()
  name!: string;

  @Field({ description: 'Description shown to clients; empty when none.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => PayType, { description: 'Free, one-time or recurring.' })
  @Enum({ items: () => PayType, nativeEnumName: 'pay_type', default: PayType.FREE })
  payType: PayType = PayType.FREE;

  @Field({ description: 'True: clients may order it themselves.' })
  @Property({ default: true })
  clientOrderable: boolean = true;

  @Field({ description: 'Not offered in the public catalog' })
  @Property({ default: false })
  hidden: boolean = false;

  @Field({ description: 'When the addon was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** Which products an addon applies to. */
@Entity()
export class AddonProduct {
  [PrimaryKeyProp]?: ['addon', 'product'];

  @ManyToOne(() => Addon, { primary: true, ref: true, deleteRule: 'cascade' })
  addon!: Ref<Addon>;

  @ManyToOne(() => Product, { primary: true, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;
}

/** Issue 4.3: the products a product may be upgraded (or downgraded) to. */
@Entity()
export class ProductUpgrade {
  [PrimaryKeyProp]?: ['product', 'target'];

  @ManyToOne(() => Product, { primary: true, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @ManyToOne(() => Product, { primary: true, ref: true, deleteRule: 'cascade' })
  target!: Ref<Product>;
}
