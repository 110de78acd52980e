import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs } from '../shared/pagination';
import { toId } from '../shared/ids';
import { ActivityLogEntry } from './activity-log-entry.entity';
import { listActivity } from './activity.service';

const ActivityConnection = ConnectionType(ActivityLogEntry, 'ActivityLog');

@InputType({ description: 'Criteria for the activity log; an entry must match all given ones.' })
class ActivityFilter {
  @Field(() => ID, { nullable: true, description: 'Only entries concerning this client.' })
  clientId?: string;

  @Field({ nullable: true, description: 'Exact action, e.g. client.update' })
  action?: string;
}

@Resolver()
export class ActivityResolver {
  @Authorized('STAFF')
  @Query(() => ActivityConnection, {
    description: 'Staff: the activity log, newest first, a page at a time.',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  activityLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ActivityFilter, { nullable: true, description: 'Only entries matching all given criteria; all when omitted.' }) filter: ActivityFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return listActivity(ctx, { clientId: filter?.clientId ? toId(filter.clientId, 'Client', 'clientId') : undefined, action: filter?.action }, page);
  }
}
