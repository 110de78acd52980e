import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver, registerEnumType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from '../shared/validators';
import type { RequestContext } from '../shared/context';
import { ConnectionType, OrderByInput, PageArgs } from '../shared/pagination';
import { toId } from '../shared/ids';
import { StaffRole, StaffUser } from './staff-user.entity';
import { changeStaffPassword, createStaff, deactivateStaff, listStaff } from './staff.service';
import { PasswordWork } from './password-work';
import { NewLoginFields } from './login.inputs';

const StaffConnection = ConnectionType(StaffUser, 'Staff');

@InputType({ description: 'A new staff member.' })
class CreateStaffInput extends NewLoginFields {
  @Field(() => StaffRole, { description: 'Admin or support.' })
  role!: StaffRole;
}

@InputType({ description: 'A staff password change.' })
class ChangeStaffPasswordInput {
  @Field(() => ID, { nullable: true, description: 'The staff member (admins only); yourself when omitted' })
  id?: string;

  @Field({ description: 'The new password, 12-200 characters.' })
  @Length(12, 200)
  newPassword!: string;

  @Field({ nullable: true, description: 'Required to change your own password' })
  @IsOptional()
  @MaxLength(200)
  currentPassword?: string;
}

/** What staff members can be sorted by; the values are Staff properties. */
export enum StaffOrderField {
  LAST_NAME = 'lastName',
  FIRST_NAME = 'firstName',
  EMAIL = 'email',
  CREATED_AT = 'createdAt',
}
registerEnumType(StaffOrderField, {
  name: 'StaffOrderField',
  description: 'What staff members can be sorted by',
  valuesConfig: {
    LAST_NAME: { description: 'The last name, alphabetically' },
    FIRST_NAME: { description: 'The first name, alphabetically' },
    EMAIL: { description: 'The login email, alphabetically' },
    CREATED_AT: { description: 'When the member was added' },
  },
});

export const StaffOrder = OrderByInput(StaffOrderField, 'Staff', 'staff members');
export type StaffOrder = InstanceType<typeof StaffOrder>;

@Resolver()
export class StaffResolver {
  @Authorized('STAFF')
  @Query(() => StaffConnection, {
    description: 'Staff: the staff members, oldest first unless orderBy says otherwise, a page at a time.',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  staffMembers(
    @Ctx() ctx: RequestContext,
    @Arg('active', () => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) members' }) active: boolean | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => StaffOrder, { nullable: true, description: 'Sort order; oldest first when not given' }) orderBy?: StaffOrder,
  ) {
    return listStaff(ctx, { active: active ?? undefined }, page, orderBy);
  }

  @Authorized('ADMIN')
  @PasswordWork()
  @Mutation(() => StaffUser, { description: 'Admins: add a staff member.' })
  createStaff(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new staff member.' }) input: CreateStaffInput): Promise<StaffUser> {
    return createStaff(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffUser, { description: 'Blocks the member\'s logins and ends all their sessions; not yourself, not the last active admin' })
  deactivateStaff(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the staff member.' }) id: string): Promise<StaffUser> {
    return deactivateStaff(ctx, toId(id, 'Staff', 'id'));
  }

  @Authorized('STAFF')
  @PasswordWork()
  @Mutation(() => StaffUser, { description: 'Your own password (with currentPassword), or as an admin anyone\'s; ends the member\'s other sessions' })
  changeStaffPassword(@Ctx() ctx: RequestContext, @Arg('input', { description: 'Whose password and the new one.' }) input: ChangeStaffPasswordInput): Promise<StaffUser> {
    return changeStaffPassword(ctx, {
      id: input.id == null ? undefined : toId(input.id, 'Staff', 'id'),
      newPassword: input.newPassword,
      currentPassword: input.currentPassword ?? undefined,
    });
  }
}
