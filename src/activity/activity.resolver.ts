import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs } from '../shared/pagination';
import { toId } from '../shared/ids';
import { ActivityLogEntry, ActorType } from './activity-log-entry.entity';
import { StaffUser } from '../auth/staff-user.entity';
import { staffReference } from '../auth/staff.service';
import { Client } from '../clients/client.entity';
import { listActivity } from './activity.service';

const ActivityConnection = ConnectionType(ActivityLogEntry, 'ActivityLog');

@InputType()
class ActivityFilter {
  @Field(() => ID, { nullable: true })
  clientId?: string;

  @Field({ nullable: true, description: 'Exact action, e.g. client.update' })
  action?: string;
}

@Resolver()
export class ActivityResolver {
  @Authorized('STAFF')
  @Query(() => ActivityConnection, {
    description: 'The activity log, newest first',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  activityLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return listActivity(ctx, { clientId: filter?.clientId ? toId(filter.clientId, 'Client', 'clientId') : undefined, action: filter?.action }, page);
  }
}

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
