import { OptionalProps, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Product } from './product.entity';
import { CyclePrice } from './price.entity';

export enum ConfigOptionType {
  DROPDOWN = 'dropdown',
  QUANTITY = 'quantity',
}
registerEnumType(ConfigOptionType, {
  name: 'ConfigOptionType',
  description: 'How a client sets a configurable option.',
  valuesConfig: {
    DROPDOWN: { description: 'One of several priced choices.' },
    QUANTITY: { description: 'A number between the minimum and maximum, at a unit price.' },
  },
});

/** Issue 4.3: a group of configurable options, attached to products; the options bill with the product's cycle. */
@ObjectType({ description: 'A group of configurable options (e.g. extra disk, RAM) attached to products; billed with the product.' })
@Entity()
export class ConfigOptionGroup {
  [OptionalProps]?: 'description' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the group.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Name of the group.' })
  @Property()
  name!: string;

  @Field({ description: 'Description shown to clients; empty when none.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field({ description: 'When the group was created.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

@Entity()
export class ConfigOptionGroupProduct {
  [PrimaryKeyProp]?: ['group', 'product'];

  @ManyToOne(() => ConfigOptionGroup, { primary: true, ref: true, deleteRule: 'cascade' })
  group!: Ref<ConfigOptionGroup>;

  @ManyToOne(() => Product, { primary: true, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;
}

@ObjectType({ description: 'A configurable option of a product: a dropdown of priced choices or a quantity at a unit price.' })
@Entity()
@Check({ name: 'config_option_quantity_range', expression: 'min_quantity >= 0 and (max_quantity is null or max_quantity >= min_quantity)' })
export class ConfigOption {
  [OptionalProps]?: 'minQuantity' | 'sortOrder';

  @Field(() => ID, { description: 'Unique id of the option.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ConfigOptionGroup, { ref: true, deleteRule: 'cascade' })
  @Index()
  group!: Ref<ConfigOptionGroup>;

  @Field({ description: 'Name of the option.' })
  @Property()
  name!: string;

  @Field(() => ConfigOptionType, { description: 'Dropdown or quantity.' })
  @Enum({ items: () => ConfigOptionType, nativeEnumName: 'config_option_type' })
  type!: ConfigOptionType;

  @Field(() => Int, { description: 'QUANTITY: the least a client may choose' })
  @Property({ default: 0 })
  minQuantity: number = 0;

  @Field(() => Int, { nullable: true, description: 'QUANTITY: the most a client may choose; null for no limit' })
  @Property({ nullable: true })
  maxQuantity?: number;

  @Field(() => Int, { description: 'Display order within the group (ascending).' })
  @Property({ default: 0 })
  sortOrder: number = 0;
}

/** A choice of a DROPDOWN option. */
@ObjectType({ description: 'One choice of a dropdown option.' })
@Entity()
export class ConfigOptionChoice {
  [OptionalProps]?: 'sortOrder';

  @Field(() => ID, { description: 'Unique id of the choice.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ConfigOption, { ref: true, deleteRule: 'cascade' })
  @Index()
  option!: Ref<ConfigOption>;

  @Field({ description: 'Name of the choice.' })
  @Property()
  name!: string;

  @Field(() => Int, { description: 'Display order within the option (ascending).' })
  @Property({ default: 0 })
  sortOrder: number = 0;
}

/** The price of a DROPDOWN choice per cycle and currency. */
@ObjectType({ implements: CyclePrice, description: 'The price of a dropdown choice for one cycle in one currency.' })
@Entity()
@Unique({ name: 'config_choice_price_unique', properties: ['choice', 'currency', 'cycle'] })
@Check({ name: 'config_choice_price_not_negative', expression: 'amount_minor >= 0 and setup_fee_minor >= 0' })
export class ConfigChoicePrice extends CyclePrice {
  @ManyToOne(() => ConfigOptionChoice, { ref: true, deleteRule: 'cascade' })
  choice!: Ref<ConfigOptionChoice>;
}

/** The price of one unit of a QUANTITY option per cycle and currency. */
@ObjectType({ implements: CyclePrice, description: 'The price of one unit of a quantity option for one cycle in one currency.' })
@Entity()
@Unique({ name: 'config_unit_price_unique', properties: ['option', 'currency', 'cycle'] })
@Check({ name: 'config_unit_price_not_negative', expression: 'amount_minor >= 0 and setup_fee_minor >= 0' })
export class ConfigUnitPrice extends CyclePrice {
  @ManyToOne(() => ConfigOption, { ref: true, deleteRule: 'cascade' })
  option!: Ref<ConfigOption>;
}
