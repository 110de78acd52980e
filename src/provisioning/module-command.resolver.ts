import { Arg, Args, Authorized, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { topic, type ServiceChange, type ServiceChangedPayload } from '../shared/event-bus';
import { ConnectionType, OrderByInput, PageArgs } from '../shared/pagination';
import { hasClientPermission } from '../auth/client-permission';
import { readsForEvent } from '../shared/event-reads';
import { globalId, toId } from '../shared/ids';
import { ClientPermission } from '../auth/client-permission';
import { Service } from './service.entity';
import { Domain } from './domain.entity';
import { ServiceStatus } from './service-status';
import { ModuleJob, ModuleJobErrorCode, ModuleJobStatus } from './module-job.entity';
import { ModuleLogEntry } from './module-log-entry.entity';
import { cancelModuleJob, getModuleJob, jobErrorFor, jobOutputFor, listModuleJobs, listModuleLog, markModuleJobFailed, retryModuleJob, runModuleCommand } from './module-command.service';

const ModuleJobConnection = ConnectionType(ModuleJob, 'ModuleJob');

@InputType({ description: 'Criteria for the module queue; a job must match all given ones.' })
export class ModuleQueueFilter {
  @Field(() => [ModuleJobStatus], { nullable: true, description: 'Default: QUEUED, RUNNING, RETRYING and FAILED' })
  status?: ModuleJobStatus[];

  @Field(() => ID, { nullable: true, description: 'Only jobs on this service.' })
  serviceId?: string;

  @Field(() => ID, { nullable: true, description: 'Only jobs on this domain.' })
  domainId?: string;
}

@ObjectType({ description: 'The state of a module job as a service or domain event reports it.' })
export class ModuleJobProgress {
  @Field(() => ID, { description: 'Id of the module job.' })
  id!: number;

  @Field({ description: 'The command it runs.' })
  command!: string;

  @Field(() => ModuleJobStatus, { description: 'Where the job is.' })
  status!: ModuleJobStatus;

  @Field(() => Int, { description: 'Attempts started so far.' })
  attempts!: number;

  @Field({ nullable: true, description: 'Why the last attempt failed: in full for staff, a general sentence for clients' })
  error?: string;

  @Field(() => ModuleJobErrorCode, { nullable: true, description: 'What kind of failure the last failed attempt was' })
  errorCode?: ModuleJobErrorCode;

  @Field({ nullable: true, description: 'When the next attempt runs (ISO 8601 timestamp) while RETRYING; null otherwise.' })
  nextRunAt?: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'What the module returned for the caller, once SUCCEEDED; fields that are credentials are left out (the login that ran the command reads them with moduleJob).' })
  output?: Record<string, unknown>;
}

enum ServiceChangeKind {
  UPDATED = 'UPDATED',
  JOB_UPDATED = 'JOB_UPDATED',
}
registerEnumType(ServiceChangeKind, {
  name: 'ServiceChange',
  description: 'What happened to a service.',
  valuesConfig: {
    UPDATED: { description: 'The service itself changed, e.g. its status after a module command succeeded.' },
    JOB_UPDATED: { description: 'Only the module job on it moved on (queued, running, retrying, failed, cancelled).' },
  },
});

@ObjectType({ description: 'One change to a service or to the module job running on it: what happened, when, and the service as it is now.' })
class ServiceChangedEvent {
  @Field(() => ServiceChangeKind, { description: 'What happened.' })
  change!: ServiceChange;

  @Field(() => ID, { description: 'Id of the service.' })
  serviceId!: number;

  @Field(() => ServiceStatus, { description: 'The service status after the change' })
  status!: ServiceStatus;

  @Field(() => ModuleJobProgress, { nullable: true, description: 'The module job this event is about' })
  job?: ModuleJobProgress;

  @Field(() => GraphQLISODateTime, { description: 'When the change was committed (ISO 8601, UTC).' })
  at!: string;

  @Field(() => Service, { nullable: true, description: 'The service as it is now; null once deleted' })
  service?: Service;
}

/** What module jobs can be sorted by; the values are entity properties. */
export enum ModuleJobOrderField {
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
  STATUS = 'status',
  COMMAND = 'command',
}
registerEnumType(ModuleJobOrderField, {
  name: 'ModuleJobOrderField',
  description: 'What module jobs can be sorted by',
  valuesConfig: {
    CREATED_AT: { description: 'When the job was queued' },
    UPDATED_AT: { description: 'When the job last changed' },
    STATUS: { description: 'The status, in lifecycle order' },
    COMMAND: { description: 'The command name, alphabetically' },
  },
});

const ModuleJobOrder = OrderByInput(ModuleJobOrderField, 'ModuleJob', 'module jobs');
type ModuleJobOrder = InstanceType<typeof ModuleJobOrder>;

@Resolver(() => ModuleJob)
export class ModuleCommandResolver {
  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ModuleJob, {
    description:
      'Queues a module command on a service: create, suspend {reason}, unsuspend, terminate, changePackage {productId}, changePassword {password?} or a custom command of the module. The service status changes only once the module succeeded; follow it with serviceChanged or moduleJob. Clients: only custom commands marked clientAllowed, on their own services (users need the SERVICES permission).',
  })
  async runModuleCommand(
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID, { description: 'Id of the service.' }) serviceId: string,
    @Arg('command', { description: 'Name of the command.' }) command: string,
    // A JSON literal parses to a null-prototype object, which class-validator cannot take; the input is checked against the command's schema instead.
    @Arg('input', () => JSONObjectResolver, { nullable: true, description: 'The command\'s input: {reason} for suspend, {productId} for changePackage, {password} for changePassword, or what a custom command\'s inputSchema asks for.' }) input?: Record<string, unknown>,
  ): Promise<ModuleJob> {
    return runModuleCommand(ctx, toId(serviceId, 'Service', 'serviceId'), command, input ?? undefined);
  }

  @Authorized('STAFF')
  @Query(() => ModuleJobConnection, {
    description: 'Staff: the module queue, newest first: queued, running, retrying and failed jobs unless a status filter says otherwise.',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  async moduleQueue(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ModuleQueueFilter, { nullable: true, description: 'Only jobs matching all given criteria.' }) filter: ModuleQueueFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => ModuleJobOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: ModuleJobOrder,
  ) {
    return listModuleJobs(ctx, filter ?? {}, page, orderBy);
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => ModuleJob, { description: 'One module job, e.g. to read a custom command\'s output. Staff: any; a client: jobs on its own services (users need the SERVICES permission).' })
  async moduleJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the job.' }) id: string): Promise<ModuleJob> {
    return getModuleJob(ctx, toId(id, 'ModuleJob', 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => ModuleJob, { description: 'Staff: run a FAILED or RETRYING job again now.' })
  async retryModuleJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the job.' }) id: string): Promise<ModuleJob> {
    return retryModuleJob(ctx, toId(id, 'ModuleJob', 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => ModuleJob, { description: 'Staff: drop a QUEUED, RETRYING or FAILED job; the service is not changed.' })
  async cancelModuleJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the job.' }) id: string): Promise<ModuleJob> {
    return cancelModuleJob(ctx, toId(id, 'ModuleJob', 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => ModuleJob, {
    description: 'Gives up a stuck QUEUED, RUNNING or RETRYING job: it becomes FAILED with the reason, the service keeps its status, and a late answer of a running attempt is not applied',
  })
  async markModuleJobFailed(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the job.' }) id: string, @Arg('reason', { description: 'Why it was given up, stored as the job\'s error.' }) reason: string): Promise<ModuleJob> {
    return markModuleJobFailed(ctx, toId(id, 'ModuleJob', 'id'), reason);
  }

  @Authorized('STAFF')
  @Query(() => [ModuleLogEntry], { description: 'Staff: every module call on a service, newest first, with secrets masked.' })
  async moduleLog(
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID, { description: 'Id of the service.' }) serviceId: string,
    @Arg('limit', () => Int, { nullable: true, description: 'At most this many entries; default 50.' }) limit?: number,
  ): Promise<ModuleLogEntry[]> {
    return listModuleLog(ctx, toId(serviceId, 'Service', 'serviceId'), limit ?? 50);
  }

  @Authorized('STAFF', 'CLIENT')
  @Subscription(() => ServiceChangedEvent, {
    topics: topic('SERVICE_CHANGED'),
    description: 'Changes to services: status and module job progress. Staff: every service, or one with id. A client: only its own services (users need the SERVICES permission).',
    filter: ({ payload, args, context }: { payload: ServiceChangedPayload; args: { id?: string }; context: RequestContext }) => {
      const viewer = context.viewer;
      if (!viewer || (viewer.kind === 'client' && (viewer.clientId !== payload.clientId || !hasClientPermission(viewer, ClientPermission.SERVICES)))) return false;
      return args.id == null || args.id === globalId('Service', payload.serviceId);
    },
  })
  async serviceChanged(
    @Root() payload: ServiceChangedPayload,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'Only changes of this service; all the viewer may see when omitted.' }) _id?: string,
  ): Promise<ServiceChangedEvent> {
    const job = payload.job && {
      ...payload.job,
      status: payload.job.status as ModuleJobStatus,
      error: jobErrorFor(ctx.viewer, payload.job.error),
      errorCode: payload.job.errorCode as ModuleJobErrorCode | undefined,
    };
    // Loaded once per event for all subscribers of this process (issue 12.5).
    const { loaders } = readsForEvent(ctx, payload);
    const service = await loaders.provisioning.service.load(payload.serviceId);
    return { ...payload, status: payload.status as ServiceStatus, job, service: service ?? undefined };
  }

  @FieldResolver(() => JSONObjectResolver, { nullable: true, description: 'What the module returned for the caller (custom commands), once SUCCEEDED. Fields that are credentials, such as a panel login link, are shown only to the login that ran the command.' })
  output(@Root() job: ModuleJob, @Ctx() ctx: RequestContext): Record<string, unknown> | undefined {
    return jobOutputFor(ctx, job);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the last attempt failed: in full for staff, a general sentence for clients (errorCode says what kind)' })
  lastError(@Root() job: ModuleJob, @Ctx() ctx: RequestContext): string | undefined {
    return jobErrorFor(ctx.viewer, job.lastError);
  }

  @FieldResolver(() => Service, { nullable: true, description: 'The service the job runs on; null for a registrar command on a domain.' })
  async service(@Root() job: ModuleJob, @Ctx() ctx: RequestContext) {
    return job.service ? ctx.loaders.provisioning.service.load(job.service.id) : null;
  }

  @FieldResolver(() => Domain, { nullable: true, description: 'The domain a registrar command runs on; null for a job on a service.' })
  async domain(@Root() job: ModuleJob, @Ctx() ctx: RequestContext) {
    return job.domain ? ctx.loaders.provisioning.domain.load(job.domain.id) : null;
  }
}

/** The module job a module call belongs to, as an object. */
@Resolver(() => ModuleLogEntry)
export class ModuleLogEntryResolver {
  @FieldResolver(() => ModuleJob, { nullable: true, description: 'The module job this call ran for; null for calls outside a job' })
  async job(@Root() entry: ModuleLogEntry, @Ctx() ctx: RequestContext) {
    return entry.jobId != null ? ((await ctx.loaders.provisioning.moduleJob.load(entry.jobId)) ?? null) : null;
  }
}
