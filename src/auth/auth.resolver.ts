import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Length, MaxLength } from 'class-validator';
import { EmailAddressResolver } from 'graphql-scalars';
import type { RequestContext, Viewer } from '../shared/context';
import { Client } from '../clients/client.entity';
import { getClient } from '../clients/client.service';
import { StaffRole, StaffUser } from './staff-user.entity';
import { createStaff, getStaff, login, LoginRealm, logout } from './auth.service';

registerEnumType(LoginRealm, { name: 'LoginRealm', description: 'Which kind of account the email belongs to' });

@ObjectType({ description: 'Who the token belongs to' })
class Me {
  @Field(() => ID)
  sessionId!: number;

  @Field(() => StaffUser, { nullable: true })
  staff?: StaffUser;

  @Field(() => Client, { nullable: true })
  client?: Client;

  @Field(() => StaffUser, { nullable: true, description: 'CL-9: staff member acting as this client' })
  impersonator?: StaffUser;
}

@ObjectType()
class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>" or in graphql-ws connectionParams.authorization' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Me)
  me!: Me;
}

@InputType()
class CreateStaffInput {
  @Field(() => EmailAddressResolver)
  @MaxLength(254)
  email!: string;

  @Field()
  @Length(1, 100)
  firstName!: string;

  @Field()
  @Length(1, 100)
  lastName!: string;

  @Field()
  @Length(12, 200)
  password!: string;

  @Field(() => StaffRole)
  role!: StaffRole;
}

async function describe(ctx: RequestContext, viewer: Viewer): Promise<Me> {
  const scoped = { ...ctx, viewer };
  if (viewer.kind === 'staff') return { sessionId: viewer.sessionId, staff: await getStaff(ctx, viewer.staffId) };
  return {
    sessionId: viewer.sessionId,
    client: await getClient(scoped, viewer.clientId),
    impersonator: viewer.impersonatorStaffId ? await getStaff(ctx, viewer.impersonatorStaffId) : undefined,
  };
}

@Resolver()
export class AuthResolver {
  /** Public. Every call (also each alias in one request) counts against the failed-login limits. */
  @Mutation(() => AuthPayload)
  async login(
    @Ctx() ctx: RequestContext,
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Arg('realm', () => LoginRealm, { defaultValue: LoginRealm.CLIENT }) realm: LoginRealm,
  ): Promise<AuthPayload> {
    const result = await login(ctx, { email, password, realm });
    return { token: result.token, expiresAt: result.expiresAt, me: await describe(ctx, result.viewer) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the session of the token used' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return logout(ctx);
  }

  @Authorized()
  @Query(() => Me)
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    return describe(ctx, ctx.viewer!);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffUser)
  async createStaff(@Ctx() ctx: RequestContext, @Arg('input') input: CreateStaffInput): Promise<StaffUser> {
    return createStaff(ctx, input);
  }
}
