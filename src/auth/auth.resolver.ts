import { Arg, Authorized, Ctx, Extensions, Field, ID, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import type { Viewer } from './viewer';
import { CARRIES_CREDENTIALS } from '../shared/idempotency';
import { Client } from '../clients/client.entity';
import { getClient } from '../clients/client.service';
import { toId } from '../shared/ids';
import { ClientUser } from '../clients/client-user.entity';
import { ALL_CLIENT_PERMISSIONS, ClientPermission } from './client-permission';
import { StaffUser } from './staff-user.entity';
import { endImpersonation, login, loginAsClient, LoginRealm, logout } from './auth.service';
import { getStaff } from './staff.service';
import { PasswordWork } from './password-work';

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

  @Field(() => ClientUser, { nullable: true, description: 'CT-4/CL-12: the user of the client that is logged in; null for the client\'s own login' })
  clientUser?: ClientUser;

  @Field(() => [ClientPermission], { nullable: true, description: 'What this client login may use; every permission for the client\'s own login' })
  permissions?: ClientPermission[];
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

async function describe(ctx: RequestContext, viewer: Viewer): Promise<Me> {
  const scoped = { ...ctx, viewer };
  if (viewer.kind === 'staff') return { sessionId: viewer.sessionId, staff: await getStaff(ctx, viewer.staffId) };
  return {
    sessionId: viewer.sessionId,
    client: await getClient(scoped, viewer.clientId),
    impersonator: viewer.impersonatorStaffId ? await getStaff(ctx, viewer.impersonatorStaffId) : undefined,
    clientUser: viewer.clientUserId ? (await ctx.em.findOne(ClientUser, { id: viewer.clientUserId })) ?? undefined : undefined,
    permissions: [...(viewer.permissions ?? ALL_CLIENT_PERMISSIONS)],
  };
}

@Resolver()
export class AuthResolver {
  /** Public. Every call counts against the login limits; one per operation. */
  @PasswordWork()
  @Extensions(CARRIES_CREDENTIALS)
  @Mutation(() => AuthPayload, { description: 'Too many attempts answer RATE_LIMITED with extensions.retryAfterSeconds' })
  async login(
    @Ctx() ctx: RequestContext,
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Arg('realm', () => LoginRealm, { defaultValue: LoginRealm.CLIENT }) realm: LoginRealm,
  ): Promise<AuthPayload> {
    const result = await login(ctx, { email, password, realm });
    return { token: result.token, expiresAt: result.expiresAt, me: await describe(ctx, result.viewer) };
  }

  @Authorized('STAFF')
  @Mutation(() => AuthPayload, { description: 'CL-9: a token acting as the client (admin and support); end it with endImpersonation' })
  @Extensions(CARRIES_CREDENTIALS)
  async loginAsClient(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string): Promise<AuthPayload> {
    const result = await loginAsClient(ctx, toId(clientId, 'clientId'));
    return { token: result.token, expiresAt: result.expiresAt, me: await describe(ctx, result.viewer) };
  }

  @Authorized('CLIENT')
  @Mutation(() => Me, { description: 'CL-9: ends the impersonation of the token used; returns the staff session, whose own token stays valid' })
  async endImpersonation(@Ctx() ctx: RequestContext): Promise<Me> {
    return describe(ctx, await endImpersonation(ctx));
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
}
