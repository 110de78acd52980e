import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { Me } from '../auth/auth.resolver';
import { Client } from './client.entity';
import { ClientUser } from './client-user.entity';
import { readClient } from './client.service';

/** The client login of Me: the account and the user (the rest of Me is src/auth's). */
@Resolver(() => Me)
export class MeClientResolver {
  @FieldResolver(() => Client, { nullable: true, description: 'The client account logged in (or acted as); null for a staff login.' })
  async client(@Root() me: Me, @Ctx() ctx: RequestContext): Promise<Client | undefined> {
    // Read as the token's viewer: at login the operation itself has none yet.
    return me.viewer.kind === 'client' ? readClient({ ...ctx, viewer: me.viewer }, me.viewer.clientId) : undefined;
  }

  @FieldResolver(() => ClientUser, { nullable: true, description: 'The client\'s user (or sub-account contact) that is logged in; null for the client\'s own login and for staff.' })
  async clientUser(@Root() me: Me, @Ctx() ctx: RequestContext): Promise<ClientUser | undefined> {
    const userId = me.viewer.kind === 'client' ? me.viewer.clientUserId : undefined;
    return userId ? ((await ctx.em.findOne(ClientUser, { id: userId })) ?? undefined) : undefined;
  }
}
