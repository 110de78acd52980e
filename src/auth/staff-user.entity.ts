import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum StaffRole {
  ADMIN = 'admin',
  SUPPORT = 'support',
}
registerEnumType(StaffRole, { name: 'StaffRole', description: 'admin: everything; support: client work, no staff or settings management' });

@ObjectType()
@Entity()
export class StaffUser {
  [OptionalProps]?: 'active' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ unique: true })
  email!: string;

  @Field()
  @Property()
  firstName!: string;

  @Field()
  @Property()
  lastName!: string;

  @Property({ hidden: true })
  passwordHash!: string;

  @Field(() => StaffRole)
  @Enum({ items: () => StaffRole, nativeEnumName: 'staff_role' })
  role!: StaffRole;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Field()
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
