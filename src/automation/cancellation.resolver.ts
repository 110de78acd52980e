import { Arg, Args, Authorized, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, InputType, Info, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { topic, type EventTopics } from '../shared/event-bus';
import { globalId, toId } from '../shared/ids';
import { ConnectionType, OrderByInput, PageArgs, selectsTotalCount } from '../shared/pagination';
import { readsForEvent } from '../shared/event-reads';
import { Service } from '../provisioning/service.entity';
import { CancellationRequest, CancellationRequestStatus, CancellationType } from './cancellation-request.entity';
import {
  getCancellationRequest, listCancellationRequests, requestCancellation, scheduleServiceTermination, terminatesOn, withdrawCancellationRequest,
} from './cancellation.service';

type Payload = EventTopics['CANCELLATION_REQUEST_CHANGED'];

@InputType({ description: 'A request to cancel a service.' })
export class CancellationRequestInput {
  @Field(() => ID, { description: 'The service to cancel.' })
  serviceId!: string;

  @Field(() => CancellationType, { description: 'Immediately (at the next daily run) or at the end of the billing period.' })
  type!: CancellationType;

  @Field(() => String, { description: 'Why the service is cancelled (1-1000 characters).' })
  reason!: string;

  @Field(() => Boolean, { nullable: true, description: 'True: also turn off the auto-renewal of the client\'s active domain of the service (its main domain).' })
  turnOffDomainAutoRenew?: boolean | null;
}

@InputType({ description: 'Which cancellation requests to list; all when empty.' })
export class CancellationRequestFilter {
  @Field(() => [CancellationRequestStatus], { nullable: true, description: 'Only requests with one of these statuses.' })
  status?: CancellationRequestStatus[] | null;

  @Field(() => [CancellationType], { nullable: true, description: 'Only requests of these types.' })
  type?: CancellationType[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the requests of this service.' })
  serviceId?: string | null;
}

enum CancellationRequestSortField {
  ID = 'id',
  REQUESTED_ON = 'requestedOn',
}
registerEnumType(CancellationRequestSortField, {
  name: 'CancellationRequestSortField',
  description: 'What cancellation requests can be sorted by.',
  valuesConfig: { ID: { description: 'The order they were made in.' }, REQUESTED_ON: { description: 'The date they were made.' } },
});
const CancellationRequestOrder = OrderByInput(CancellationRequestSortField, 'CancellationRequest', 'cancellation requests');
type CancellationRequestOrder = InstanceType<typeof CancellationRequestOrder>;

const CancellationRequestConnection = ConnectionType(CancellationRequest, 'CancellationRequest');

enum CancellationRequestChange {
  CREATED = 'CREATED',
  WITHDRAWN = 'WITHDRAWN',
  COMPLETED = 'COMPLETED',
}
registerEnumType(CancellationRequestChange, {
  name: 'CancellationRequestChange',
  description: 'What happened to a cancellation request; one change is one event.',
  valuesConfig: {
    CREATED: { description: 'It was made (or a termination was scheduled).' },
    WITHDRAWN: { description: 'It was withdrawn.' },
    COMPLETED: { description: 'Its service was terminated or cancelled.' },
  },
});

@ObjectType({ description: 'One change to a cancellation request: what happened, when, and the request as it is now.' })
class CancellationRequestChangedEvent {
  @Field(() => CancellationRequestChange, { description: 'What happened.' }) change!: Payload['change'];
  @Field(() => ID, { description: 'Id of the request.' }) cancellationRequestId!: number;
  @Field(() => ID, { description: 'Id of its service.' }) serviceId!: number;
  @Field(() => ID, { description: 'Id of the client the service belongs to.' }) clientId!: number;
  @Field(() => CancellationRequest, { nullable: true, description: 'The request as it is now; null if it no longer exists.' }) cancellationRequest?: CancellationRequest;
  @Field(() => GraphQLISODateTime, { description: 'When the change was committed (ISO 8601, UTC).' }) at!: string;
}

@Resolver(() => CancellationRequest)
export class CancellationRequestResolver {
  @Authorized('STAFF')
  @Query(() => CancellationRequestConnection, {
    description: 'Staff: cancellation requests and scheduled terminations, filtered, a page at a time; oldest first unless ordered otherwise.',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  cancellationRequests(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CancellationRequestFilter, { nullable: true, description: 'Only requests matching all given criteria.' }) filter: CancellationRequestFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => CancellationRequestOrder, { nullable: true, description: 'Sort order; oldest first when not given.' }) orderBy?: CancellationRequestOrder,
  ) {
    return listCancellationRequests(ctx, filter ?? {}, page, orderBy, selectsTotalCount(info));
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => CancellationRequest, { description: 'A client asks to cancel its service (staff: for the client), immediately or at the end of the billing period. The client gets a confirmation email; with the operator\'s setting the service\'s unpaid invoices are cancelled. CONFLICT when the service has an open request already.' })
  requestCancellation(@Ctx() ctx: RequestContext, @Arg('input', () => CancellationRequestInput, { description: 'The service, when and why.' }) input: CancellationRequestInput) {
    return requestCancellation(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => CancellationRequest, { description: 'Staff: terminate the service at the end of its billing period (its next due date). Its unpaid invoices are cancelled and no renewal is invoiced. CONFLICT when the service has an open request already.' })
  scheduleServiceTermination(
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID, { description: 'The service.' }) serviceId: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why, for the record (at most 1000 characters).' }) reason?: string | null,
  ) {
    return scheduleServiceTermination(ctx, serviceId, reason);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => CancellationRequest, { description: 'Withdraws an open cancellation request before the daily run starts the termination; the service goes on. A client withdraws its own requests; staff any, also scheduled terminations. CONFLICT when the request is no longer open.' })
  withdrawCancellationRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the request.' }) id: string) {
    return withdrawCancellationRequest(ctx, toId(id, 'CancellationRequest', 'id'));
  }

  @Authorized('STAFF')
  @Subscription(() => CancellationRequestChangedEvent, {
    topics: topic('CANCELLATION_REQUEST_CHANGED'),
    description: 'Staff: cancellation requests as they are made, withdrawn or completed; or those of one service.',
    filter: ({ payload, args }: { payload: Payload; args: { serviceId?: string } }) => args.serviceId == null || args.serviceId === globalId('Service', payload.serviceId),
  })
  async cancellationRequestChanged(
    @Root() payload: Payload,
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID, { nullable: true, description: 'Only the requests of this service.' }) _serviceId?: string,
  ): Promise<CancellationRequestChangedEvent> {
    const { em } = readsForEvent(ctx, payload);
    const request = await em.findOne(CancellationRequest, { id: payload.cancellationRequestId });
    return { ...payload, cancellationRequest: request ?? undefined };
  }

  @FieldResolver(() => Service, { description: 'The service to be cancelled.' })
  service(@Root() request: CancellationRequest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.provisioning.service.load(request.service.id);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'The date the service is terminated on or after: the request\'s date when immediate, else the service\'s next due date; null when the service has none.' })
  async terminatesOn(@Root() request: CancellationRequest, @Ctx() ctx: RequestContext): Promise<string | undefined> {
    return terminatesOn(request, await ctx.loaders.provisioning.service.load(request.service.id));
  }

  @FieldResolver(() => Boolean, { description: 'True: staff made the request (for the client, or as a scheduled termination).' })
  requestedByStaff(@Root() request: CancellationRequest): boolean {
    return request.requestedByStaffId != null;
  }
}


/** A service's open cancellation request, for its client and staff (batched across services). */
@Resolver(() => Service)
export class ServiceCancellationResolver {
  @FieldResolver(() => CancellationRequest, { nullable: true, description: 'The open cancellation request or scheduled termination of the service; null when there is none.' })
  async cancellationRequest(@Root() service: Service, @Ctx() ctx: RequestContext): Promise<CancellationRequest | null> {
    return (await ctx.loaders.automation.openCancellationByService.load(service.id))[0] ?? null;
  }
}
