import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { ConnectionType, OrderByInput, PageArgs } from '../shared/pagination';
import { toId } from '../shared/ids';
import { ActivityLogEntry } from './activity-log-entry.entity';
import { listActivity } from './activity.service';
import { detailsForApi } from './activity-details';

const ActivityConnection = ConnectionType(ActivityLogEntry, 'ActivityLog');

@InputType({ description: 'Criteria for the activity log; an entry must match all given ones.' })
class ActivityFilter {
  @Field(() => ID, { nullable: true, description: 'Only entries concerning this client.' })
  clientId?: string;

  @Field({ nullable: true, description: 'Exact action, e.g. client.update' })
  action?: string;
}

/** What activity log entries can be sorted by; the values are entity properties. */
export enum ActivityLogEntryOrderField {
  CREATED_AT = 'createdAt',
  ACTION = 'action',
}
registerEnumType(ActivityLogEntryOrderField, {
  name: 'ActivityLogEntryOrderField',
  description: 'What activity log entries can be sorted by',
  valuesConfig: {
    CREATED_AT: { description: 'When it happened' },
    ACTION: { description: 'The action name, alphabetically' },
  },
});

const ActivityLogEntryOrder = OrderByInput(ActivityLogEntryOrderField, 'ActivityLogEntry', 'activity log entries');
type ActivityLogEntryOrder = InstanceType<typeof ActivityLogEntryOrder>;

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
    @Arg('orderBy', () => ActivityLogEntryOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: ActivityLogEntryOrder,
  ) {
    return listActivity(ctx, { clientId: filter?.clientId ? toId(filter.clientId, 'Client', 'clientId') : undefined, action: filter?.action }, page, orderBy);
  }
}

@Resolver(() => ActivityLogEntry)
export class ActivityLogEntryResolver {
  @FieldResolver(() => JSONObjectResolver, { nullable: true, description: 'Changed fields and other details, records named by their global ids; never secrets.' })
  details(@Root() entry: ActivityLogEntry): Record<string, unknown> | undefined {
    return entry.details && detailsForApi(entry.details);
  }
}
