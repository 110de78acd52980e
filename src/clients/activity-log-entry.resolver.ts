import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { ActivityLogEntry, ActorType } from '../activity/activity-log-entry.entity';
import { StaffUser } from '../auth/staff-user.entity';
import { staffReference } from '../auth/staff.service';
import { Client } from './client.entity';

// Here rather than in src/activity: the activity log comes before staff and clients in the folder order.
/** Who acted and for which client, as objects (one query per relation for a page). */
@Resolver(() => ActivityLogEntry)
export class ActivityLogEntryResolver {
  @FieldResolver(() => StaffUser, { nullable: true, description: 'The staff member who acted (actorType STAFF); null otherwise' })
  staff(@Root() entry: ActivityLogEntry, @Ctx() ctx: RequestContext) {
    return staffReference(ctx, entry.actorType === ActorType.STAFF ? entry.actorId : undefined);
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'The staff member acting as the client (actorType CLIENT), if any' })
  impersonator(@Root() entry: ActivityLogEntry, @Ctx() ctx: RequestContext) {
    return staffReference(ctx, entry.impersonatorStaffId);
  }

  @FieldResolver(() => Client, { nullable: true, description: 'The client account the entry concerns (the actor when actorType is CLIENT); null when none or deleted' })
  async client(@Root() entry: ActivityLogEntry, @Ctx() ctx: RequestContext) {
    return entry.clientId != null ? ((await ctx.loaders.client.load(entry.clientId)) ?? null) : null;
  }
}
