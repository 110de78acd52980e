import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum StaffRole {
  ADMIN = 'admin',
  SUPPORT = 'support',
}
registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'What a staff member may do.',
  valuesConfig: {
    ADMIN: { description: 'Everything, including staff, catalog and settings management.' },
    SUPPORT: { description: 'Client work; no staff, catalog or settings management.' },
  },
});

// The GraphQL type is Staff; the class keeps its name, which is also its table's.
@ObjectType('Staff', { description: 'A staff member of the operator.' })
@Entity()
export class StaffUser {
  [OptionalProps]?: 'active' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the staff member.' })
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Login email, lower case.' })
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

  @Field(() => StaffRole, { description: 'Admin or support.' })
  @Enum({ items: () => StaffRole, nativeEnumName: 'staff_role' })
  role!: StaffRole;

  @Field({ description: 'False: deactivated, cannot log in.' })
  @Property({ default: true })
  active: boolean = true;

  @Field({ description: 'When the staff member was added.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
