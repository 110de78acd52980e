import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType, Root, Subscription } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import type { ServiceChangedPayload } from '../shared/event-bus';
import { ConnectionType, OrderByInput, PageArgs } from '../shared/pagination';
import { hasClientPermission } from '../auth/client-permission';
import { toId } from '../shared/ids';
import { ClientPermission } from '../auth/client-permission';
import { Service } from './service.entity';
import { ServiceStatus } from './service-status';
import { ModuleJob, ModuleJobErrorCode, ModuleJobStatus } from './module-job.entity';
import { ModuleLogEntry } from './module-log-entry.entity';
import { cancelModuleJob, getModuleJob, jobErrorFor, listModuleJobs, listModuleLog, markModuleJobFailed, retryModuleJob, runModuleCommand } from './module-command.service';

const ModuleJobConnection = ConnectionType(ModuleJob, 'ModuleJob');

@InputType()
export class ModuleQueueFilter {
  @Field(() => [ModuleJobStatus], { nullable: true, description: 'Default: QUEUED, RUNNING, RETRYING and FAILED' })
  status?: ModuleJobStatus[];

  @Field(() => ID, { nullable: true })
  serviceId?: string;
}

@ObjectType()
class ModuleJobProgress {
  @Field(() => ID)
  id!: number;

  @Field()
  command!: string;

  @Field(() => ModuleJobStatus)
  status!: ModuleJobStatus;

  @Field(() => Int)
  attempts!: number;

  @Field({ nullable: true, description: 'Why the last attempt failed: in full for staff, a general sentence for clients' })
  error?: string;

  @Field(() => ModuleJobErrorCode, { nullable: true, description: 'What kind of failure the last failed attempt was' })
  errorCode?: ModuleJobErrorCode;

  @Field({ nullable: true })
  nextRunAt?: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'What the module returned for the caller, once SUCCEEDED' })
  output?: Record<string, unknown>;
}

@ObjectType()
class ServiceChangedEvent {
  @Field(() => ID)
  serviceId!: number;

  @Field(() => ServiceStatus, { description: 'The service status after the change' })
  status!: ServiceStatus;

  @Field(() => ModuleJobProgress, { nullable: true, description: 'The module job this event is about' })
  job?: ModuleJobProgress;

  @Field()
  at!: string;
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
      'SV-3: queues a module command (create, suspend {reason}, unsuspend, terminate, changePackage {productId}, changePassword {password?} or a custom command). Clients: only custom commands marked clientAllowed, on their own services.',
  })
  async runModuleCommand(
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('command') command: string,
    // A JSON literal parses to a null-prototype object, which class-validator cannot take; the input is checked against the command's schema instead.
    @Arg('input', () => JSONObjectResolver, { nullable: true, validate: false }) input?: Record<string, unknown>,
  ): Promise<ModuleJob> {
    return runModuleCommand(ctx, toId(serviceId, 'serviceId'), command, input ?? undefined);
  }

  @Authorized('STAFF')
  @Query(() => ModuleJobConnection, {
    description: 'SV-3: the module queue (pending, running, retrying and failed jobs by default), newest first',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  async moduleQueue(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ModuleQueueFilter, { nullable: true }) filter: ModuleQueueFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => ModuleJobOrder, { nullable: true, description: 'Sort order; newest first when not given' }) orderBy?: ModuleJobOrder,
  ) {
    return listModuleJobs(ctx, filter ?? {}, page, orderBy);
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => ModuleJob, { description: 'SV-3: one module job (clients: on their own services, users need SERVICES), e.g. to read a custom command\'s output' })
  async moduleJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ModuleJob> {
    return getModuleJob(ctx, toId(id, 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => ModuleJob, { description: 'SV-3: runs a FAILED or RETRYING job again now' })
  async retryModuleJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ModuleJob> {
    return retryModuleJob(ctx, toId(id, 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => ModuleJob, { description: 'SV-3: drops a QUEUED, RETRYING or FAILED job; the service is not changed' })
  async cancelModuleJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ModuleJob> {
    return cancelModuleJob(ctx, toId(id, 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => ModuleJob, {
    description: 'Gives up a stuck QUEUED, RUNNING or RETRYING job: it becomes FAILED with the reason, the service keeps its status, and a late answer of a running attempt is not applied',
  })
  async markModuleJobFailed(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<ModuleJob> {
    return markModuleJobFailed(ctx, toId(id, 'id'), reason);
  }

  @Authorized('STAFF')
  @Query(() => [ModuleLogEntry], { description: 'SV-3: every module call on a service, newest first (secrets masked). Staff only.' })
  async moduleLog(
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('limit', () => Int, { nullable: true }) limit?: number,
  ): Promise<ModuleLogEntry[]> {
    return listModuleLog(ctx, toId(serviceId, 'serviceId'), limit ?? 50);
  }

  @Authorized('STAFF', 'CLIENT')
  @Subscription(() => ServiceChangedEvent, {
    topics: 'SERVICE_CHANGED',
    description: 'SV-3: service status and module job progress. Staff: every service, or one with id. Client: only its own services (users need SERVICES).',
    filter: ({ payload, args, context }: { payload: ServiceChangedPayload; args: { id?: string }; context: RequestContext }) => {
      const viewer = context.viewer;
      if (!viewer || (viewer.kind === 'client' && (viewer.clientId !== payload.clientId || !hasClientPermission(viewer, ClientPermission.SERVICES)))) return false;
      return args.id == null || Number(args.id) === payload.serviceId;
    },
  })
  serviceChanged(
    @Root() payload: ServiceChangedPayload,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) _id?: string,
  ): ServiceChangedEvent {
    const job = payload.job && {
      ...payload.job,
      status: payload.job.status as ModuleJobStatus,
      error: jobErrorFor(ctx.viewer, payload.job.error),
      errorCode: payload.job.errorCode as ModuleJobErrorCode | undefined,
    };
    return { ...payload, status: payload.status as ServiceStatus, job };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the last attempt failed: in full for staff, a general sentence for clients (errorCode says what kind)' })
  lastError(@Root() job: ModuleJob, @Ctx() ctx: RequestContext): string | undefined {
    return jobErrorFor(ctx.viewer, job.lastError);
  }

  @FieldResolver(() => Service)
  async service(@Root() job: ModuleJob, @Ctx() ctx: RequestContext) {
    return ctx.loaders.provisioning.service.load(job.service.id);
  }
}
