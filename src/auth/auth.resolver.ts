import { Arg, Authorized, Ctx, Extensions, Field, ID, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import type { Viewer } from './viewer';
import { CARRIES_CREDENTIALS } from '../shared/idempotency';
import { toId } from '../shared/ids';
import { ALL_CLIENT_PERMISSIONS, ClientPermission } from './client-permission';
import { StaffUser } from './staff-user.entity';
import { endImpersonation, login, loginAsClient, LoginRealm, logout } from './auth.service';
import { getStaff } from './staff.service';
import { PasswordWork } from './password-work';

registerEnumType(LoginRealm, {
  name: 'LoginRealm',
  description: 'Which kind of account an email belongs to when logging in.',
  valuesConfig: {
    CLIENT: { description: 'A client account, one of its users or a contact with a sub-account.' },
    STAFF: { description: 'A staff member of the operator.' },
  },
});

/** The client account and user fields of Me come from src/clients (clients build on auth). */
@ObjectType({ description: 'Who the token belongs to' })
export class Me {
  /** Whom the token acts for; the client fields are read for it. */
  viewer!: Viewer;

  @Field(() => ID, { description: 'Id of the session the token belongs to.' })
  sessionId!: number;

  @Field(() => StaffUser, { nullable: true, description: 'The staff member logged in; null for a client login.' })
  staff?: StaffUser;

  @Field(() => StaffUser, { nullable: true, description: 'The staff member acting as this client; null unless staff logged in as the client.' })
  impersonator?: StaffUser;

  @Field(() => [ClientPermission], { nullable: true, description: 'What this client login may use; every permission for the client\'s own login' })
  permissions?: ClientPermission[];
}

@ObjectType({ description: 'A new session: its token and who it belongs to.' })
class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>" or in graphql-ws connectionParams.authorization' })
  token!: string;

  @Field({ description: 'When the token stops working.' })
  expiresAt!: Date;

  @Field(() => Me, { description: 'Who the token belongs to.' })
  me!: Me;
}

async function describe(ctx: RequestContext, viewer: Viewer): Promise<Me> {
  if (viewer.kind === 'staff') return { viewer, sessionId: viewer.sessionId, staff: await getStaff(ctx, viewer.staffId) };
  return {
    viewer,
    sessionId: viewer.sessionId,
    impersonator: viewer.impersonatorStaffId ? await getStaff(ctx, viewer.impersonatorStaffId) : undefined,
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
    @Arg('email', { description: 'Login email (any case); a client may give the login name staff set for it instead.' }) email: string,
    @Arg('password', { description: 'Password.' }) password: string,
    @Arg('realm', () => LoginRealm, { defaultValue: LoginRealm.CLIENT, description: 'Client (default) or staff login.' }) realm: LoginRealm,
  ): Promise<AuthPayload> {
    const result = await login(ctx, { email, password, realm });
    return { token: result.token, expiresAt: result.expiresAt, me: await describe(ctx, result.viewer) };
  }

  @Authorized('STAFF')
  @Mutation(() => AuthPayload, { description: 'Staff (admin or support): a token acting as the client, which sees and does exactly what the client could; recorded in the activity log. End it with endImpersonation.' })
  @Extensions(CARRIES_CREDENTIALS)
  async loginAsClient(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID, { description: 'Id of the client to act as.' }) clientId: string): Promise<AuthPayload> {
    const result = await loginAsClient(ctx, toId(clientId, 'Client', 'clientId'));
    return { token: result.token, expiresAt: result.expiresAt, me: await describe(ctx, result.viewer) };
  }

  @Authorized('CLIENT')
  @Mutation(() => Me, { description: 'Ends the impersonation of the token used and returns the staff session, whose own token stays valid.' })
  async endImpersonation(@Ctx() ctx: RequestContext): Promise<Me> {
    return describe(ctx, await endImpersonation(ctx));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the session of the token used' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return logout(ctx);
  }

  // Issue 13.4: anonymous is an answer (null), not an error that blanks the page.
  @Query(() => Me, { nullable: true, description: 'Who the token belongs to; null without a valid token.' })
  async me(@Ctx() ctx: RequestContext): Promise<Me | null> {
    return ctx.viewer ? describe(ctx, ctx.viewer) : null;
  }
}
