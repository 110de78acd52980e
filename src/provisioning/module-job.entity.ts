import { OptionalProps, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Service } from './service.entity';
import { Domain } from './domain.entity';

export enum ModuleJobStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  RETRYING = 'retrying',
  FAILED = 'failed',
  SUCCEEDED = 'succeeded',
  CANCELLED = 'cancelled',
}
registerEnumType(ModuleJobStatus, {
  name: 'ModuleJobStatus',
  description: 'Where a module job is.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker.' },
    RUNNING: { description: 'A worker is calling the module.' },
    RETRYING: { description: 'A retryable failure; the next attempt is at nextRunAt.' },
    FAILED: { description: 'Gave up: a non-retryable failure, attempts exhausted, or given up by staff.' },
    SUCCEEDED: { description: 'The module succeeded and the service or domain was updated.' },
    CANCELLED: { description: 'Dropped by staff before it succeeded.' },
  },
});

/** Why the last attempt failed, in words a client may see (the detail, lastError, is for staff). */
export enum ModuleJobErrorCode {
  MODULE_ERROR = 'module_error',
  UNAVAILABLE = 'unavailable',
  TIMEOUT = 'timeout',
  INTERNAL = 'internal',
}
registerEnumType(ModuleJobErrorCode, {
  name: 'ModuleJobErrorCode',
  description: 'What kind of failure a module job\'s last failed attempt was.',
  valuesConfig: {
    MODULE_ERROR: { description: 'The remote system refused the command.' },
    UNAVAILABLE: { description: 'The remote system could not be reached or failed for now.' },
    TIMEOUT: { description: 'No answer in time.' },
    INTERNAL: { description: 'A fault on our side.' },
  },
});

/** Jobs still to run or running: at most one per service or domain (SV-3, DN-1). */
export const ACTIVE_JOB_STATUSES: readonly ModuleJobStatus[] = [ModuleJobStatus.QUEUED, ModuleJobStatus.RUNNING, ModuleJobStatus.RETRYING];

/**
 * SV-3: one module command on one service, run in the background. The record
 * is the truth about the command; the job queue (Agenda) only executes it.
 * Issue 15.1 (DN-1): a registrar command runs the same way on a domain; a job
 * targets exactly one service or one domain.
 */
@ObjectType({ description: 'One module command on one service or one domain, run in the background with retries. Staff see all; a client the jobs on its own services and domains.' })
@Entity()
@Check({ name: 'module_job_one_target', expression: '(service_id is null) <> (domain_id is null)' })
export class ModuleJob {
  [OptionalProps]?: 'status' | 'attempts' | 'input' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Unique id of the job.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Service, { ref: true, deleteRule: 'cascade', nullable: true })
  @Index()
  service?: Ref<Service>;

  @ManyToOne(() => Domain, { ref: true, deleteRule: 'cascade', nullable: true })
  @Index()
  domain?: Ref<Domain>;

  @Field({ description: 'create, suspend, unsuspend, terminate, changePackage, changePassword or a custom command name on a service; register, transfer, renew, sync, getNameservers, saveNameservers or getEppCode on a domain' })
  @Property()
  command!: string;

  /** The command's input. A new password (changePassword) is held here only encrypted, until the module accepted it. */
  @Property({ type: 'json', default: '{}' })
  input: Record<string, unknown> = {};

  @Field(() => ModuleJobStatus, { description: 'Where the job is.' })
  @Enum({ items: () => ModuleJobStatus, nativeEnumName: 'module_job_status', default: ModuleJobStatus.QUEUED })
  @Index()
  status: ModuleJobStatus = ModuleJobStatus.QUEUED;

  @Field(() => Int, { description: 'Attempts started so far' })
  @Property({ default: 0 })
  attempts: number = 0;

  /** What the module returned for the caller, once SUCCEEDED, without its secret fields (GraphQL: module-command.resolver). */
  @Property({ type: 'json', nullable: true })
  output?: Record<string, unknown>;

  /** The output fields the command declares secret (secretOutput), as encrypted JSON (shared/secrets.ts); only the requester reads them. */
  @Property({ type: 'text', nullable: true, hidden: true })
  outputSecretsEncrypted?: string;

  /** The error of the last failed attempt, in full: internal host names and ports included (GraphQL: module-command.resolver). */
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Field(() => ModuleJobErrorCode, { nullable: true, description: 'What kind of failure the last failed attempt was' })
  @Enum({ items: () => ModuleJobErrorCode, nativeEnumName: 'module_job_error_code', nullable: true })
  errorCode?: ModuleJobErrorCode;

  @Field({ nullable: true, description: 'When the next attempt runs (RETRYING)' })
  @Property({ nullable: true })
  nextRunAt?: Date;

  /** The worker process running the current attempt (RUNNING only). */
  @Property({ nullable: true })
  leaseOwner?: string;

  /**
   * While RUNNING: the worker renews this while it runs the call; a job whose
   * lease ran out lost its worker and is retried with the same idempotency key.
   */
  @Field({ nullable: true, description: 'While RUNNING: the worker running it renews this while it works; a job past it lost its worker and is retried' })
  @Property({ nullable: true })
  leaseExpiresAt?: Date;

  /** Id of the job in the job queue (Agenda) that runs the current attempt. */
  @Property({ nullable: true })
  queueJobId?: string;

  /** The staff member who queued it (null: a client or the system). */
  @Property({ nullable: true })
  queuedByStaffId?: number;

  @Property({ nullable: true })
  queuedByClientId?: number;

  /** The login that queued it (auth/viewer.ts principalOf); null for the system. Secret output is for it alone. */
  @Property({ nullable: true })
  queuedByLogin?: string;

  /** The IP address the command was requested from (custom commands get it, e.g. to bind a panel login to it). */
  @Property({ nullable: true })
  queuedFromIp?: string;

  @Field({ description: 'When the job was queued.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the job last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field({ nullable: true, description: 'When the job reached SUCCEEDED, FAILED or CANCELLED; null before.' })
  @Property({ nullable: true })
  finishedAt?: Date;
}
