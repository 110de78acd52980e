import { OptionalProps, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

export enum DailyRunStatus {
  RUNNING = 'running',
  COMPLETED = 'completed',
  INTERRUPTED = 'interrupted',
}
registerEnumType(DailyRunStatus, {
  name: 'DailyRunStatus',
  description: 'Where a daily run is.',
  valuesConfig: {
    RUNNING: { description: 'Working through its steps.' },
    COMPLETED: { description: 'Went through every step (some steps or items may have failed: see the steps).' },
    INTERRUPTED: { description: 'Its process stopped before the end; the next run of the same date finishes the work without repeating what was done.' },
  },
});

export enum DailyRunTrigger {
  SCHEDULE = 'schedule',
  MANUAL = 'manual',
}
registerEnumType(DailyRunTrigger, {
  name: 'DailyRunTrigger',
  description: 'What started a daily run.',
  valuesConfig: {
    SCHEDULE: { description: 'The schedule (the configured time of day).' },
    MANUAL: { description: 'An administrator.' },
  },
});

export enum DailyRunStepName {
  RENEWAL_INVOICES = 'renewal_invoices',
  APPLY_CREDIT = 'apply_credit',
  REMINDERS = 'reminders',
  LATE_FEES = 'late_fees',
  CANCELLATIONS = 'cancellations',
  SUSPENSIONS = 'suspensions',
  TERMINATIONS = 'terminations',
  FIXED_TERM_TERMINATIONS = 'fixed_term_terminations',
  DOMAIN_RENEWALS = 'domain_renewals',
  DOMAIN_SYNC = 'domain_sync',
  CLIENT_STATUS = 'client_status',
}
registerEnumType(DailyRunStepName, {
  name: 'DailyRunStepName',
  description: 'The steps of the daily run, in the order they run.',
  valuesConfig: {
    RENEWAL_INVOICES: { description: 'Renewal invoices for services and addons due within the configured number of days, and for domains with auto-renew expiring within the configured number of days.' },
    APPLY_CREDIT: { description: 'Client credit applied to the new renewal invoices (of services, addons and domains), unless the billing setting autoApplyCredit is off.' },
    REMINDERS: { description: 'Payment reminders before the due date and the 1st, 2nd and 3rd overdue notices.' },
    LATE_FEES: { description: 'Late fees added to invoices overdue for the configured number of days.' },
    CANCELLATIONS: { description: 'Services whose cancellation is due (immediate requests, and end-of-period requests and scheduled terminations on the next due date) terminated through their module.' },
    SUSPENSIONS: { description: 'Services with invoices overdue for the configured number of days suspended through their module.' },
    TERMINATIONS: { description: 'Services with invoices overdue for the configured number of days terminated through their module.' },
    FIXED_TERM_TERMINATIONS: { description: 'Services of fixed-term products terminated through their module once their term (days after sign-up) has run out.' },
    DOMAIN_RENEWALS: { description: 'Paid domain renewals whose renewal at the registrar could not be started when they were paid, started now (once per expiry date).' },
    DOMAIN_SYNC: { description: 'Active and pending-transfer domains synchronised with their registrar (status and expiry date), once a day.' },
    CLIENT_STATUS: { description: 'Client statuses following their services (Active while any service is active).' },
  },
});

export enum DailyRunStepStatus {
  OK = 'ok',
  FAILED = 'failed',
  RUNNING = 'running',
}
registerEnumType(DailyRunStepStatus, {
  name: 'DailyRunStepStatus',
  description: 'How a step of a daily run went.',
  valuesConfig: {
    OK: { description: 'The step went through (items that failed are listed with it).' },
    FAILED: { description: 'The step stopped with an error; the run went on with the next step.' },
    RUNNING: { description: 'The step is running, or its process stopped during it.' },
  },
});

/** AU-1: one daily run (issue 16.1): when, for which date, and what each step did. */
@ObjectType({ description: 'One daily run: the automatic work of one calendar date (renewal invoices, credit, reminders, late fees, cancellations, suspensions, terminations, fixed-term terminations, domain renewals and syncs, client statuses). Staff only.' })
@Entity()
@Index({ properties: ['runDate', 'id'] })
export class DailyRun {
  [OptionalProps]?: 'status' | 'startedAt';

  @Field(() => ID, { description: 'Unique id of the run.' })
  @PrimaryKey()
  id!: number;

  @Field(() => LocalDateResolver, { description: 'The calendar date the run worked for (YYYY-MM-DD, in the configured time zone).' })
  @Property({ type: 'date' })
  runDate!: string;

  @Field(() => DailyRunStatus, { description: 'Where the run is.' })
  @Enum({ items: () => DailyRunStatus, nativeEnumName: 'daily_run_status', default: DailyRunStatus.RUNNING })
  status: DailyRunStatus = DailyRunStatus.RUNNING;

  @Field(() => DailyRunTrigger, { description: 'What started it.' })
  @Enum({ items: () => DailyRunTrigger, nativeEnumName: 'daily_run_trigger' })
  trigger!: DailyRunTrigger;

  @Field({ description: 'When it started.' })
  @Property({ defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Field({ nullable: true, description: 'When it finished; null while running or when interrupted.' })
  @Property({ nullable: true })
  finishedAt?: Date;

  @OneToMany(() => DailyRunStep, (step) => step.run, { orderBy: { position: 'asc' } })
  steps = new Collection<DailyRunStep>(this);
}

/** What one step of a run did. */
@ObjectType({ description: 'What one step of a daily run did.' })
@Entity()
export class DailyRunStep {
  [OptionalProps]?: 'status' | 'count' | 'errorCount' | 'startedAt';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => DailyRun, { ref: true, deleteRule: 'cascade' })
  @Index()
  run!: Ref<DailyRun>;

  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => DailyRunStepName, { description: 'Which step.' })
  @Enum({ items: () => DailyRunStepName, nativeEnumName: 'daily_run_step_name' })
  name!: DailyRunStepName;

  @Field(() => DailyRunStepStatus, { description: 'How it went.' })
  @Enum({ items: () => DailyRunStepStatus, nativeEnumName: 'daily_run_step_status', default: DailyRunStepStatus.RUNNING })
  status: DailyRunStepStatus = DailyRunStepStatus.RUNNING;

  @Field(() => Int, { description: 'Items the step handled in this run (invoices created, reminders due, fees added, services suspended, …); items handled by an earlier run of the same date are not counted again.' })
  @Property({ default: 0 })
  count: number = 0;

  @Field(() => Int, { description: 'Items that failed; see errors.' })
  @Property({ default: 0 })
  errorCount: number = 0;

  @Field({ nullable: true, description: 'Why the step failed as a whole; null when it did not.' })
  @Property({ type: 'text', nullable: true })
  error?: string;

  @Field({ description: 'When the step started.' })
  @Property({ defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Field({ nullable: true, description: 'When the step ended; null while running or when its process stopped.' })
  @Property({ nullable: true })
  finishedAt?: Date;
}

/** One item a step could not handle. */
@ObjectType({ description: 'One item a step of a daily run could not handle; the step went on with the others.' })
@Entity()
export class DailyRunError {
  [OptionalProps]?: 'at' | 'subjectId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => DailyRun, { ref: true, deleteRule: 'cascade' })
  @Index()
  run!: Ref<DailyRun>;

  @Field(() => DailyRunStepName, { description: 'The step it failed in.' })
  @Enum({ items: () => DailyRunStepName, nativeEnumName: 'daily_run_step_name' })
  step!: DailyRunStepName;

  @Field({ description: 'The kind of item: Client, Invoice or Service.' })
  @Property({ length: 30 })
  subjectType!: string;

  @Property()
  subjectKey!: number;

  /** A global id of subjectType (schema.ts ID_REFERENCES). */
  @Field(() => ID, { description: 'The id of the item.' })
  get subjectId(): number { return this.subjectKey; }

  @Field({ description: 'What went wrong.' })
  @Property({ type: 'text' })
  message!: string;

  @Field({ description: 'When it failed.' })
  @Property({ defaultRaw: 'now()' })
  at: Date = new Date();
}

/**
 * Issue 16.2: one effect of the daily run on one item (a reminder of an
 * invoice, its late fee, a service's suspension for an overdue invoice),
 * inserted in the transaction that records the effect: a second run, or a
 * run restarted after a crash, finds it and does not repeat the effect.
 */
@Entity()
export class AutomationClaim {
  [PrimaryKeyProp]?: ['kind', 'subjectKey', 'ref'];
  [OptionalProps]?: 'createdAt' | 'runId';

  @PrimaryKey({ length: 30 })
  kind!: string;

  @PrimaryKey()
  subjectKey!: number;

  /** What the effect was for (an invoice key, a reminder level); '' when the item itself says it. */
  @PrimaryKey({ length: 40 })
  ref!: string;

  @Property({ nullable: true })
  runId?: number;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * SV-7: a service's due date that was invoiced, and on which invoice: at
 * most one invoice per service and due date (the primary key). Paying that
 * invoice moves the due date forward once (advancedAt).
 */
@Entity({ tableName: 'renewal_invoice_item' })
@Index({ properties: ['invoiceId'] })
export class RenewalInvoiceItem {
  [PrimaryKeyProp]?: ['serviceId', 'dueDate'];
  [OptionalProps]?: 'createdAt' | 'runId' | 'advancedAt';

  @PrimaryKey()
  serviceId!: number;

  @PrimaryKey({ type: 'date' })
  dueDate!: string;

  @Property()
  invoiceId!: number;

  @Property({ nullable: true })
  runId?: number;

  /** When the paid invoice moved the service's due date forward. */
  @Property({ nullable: true })
  advancedAt?: Date;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * SV-4 / SV-7: an addon's due date that was invoiced, and on which invoice
 * (as RenewalInvoiceItem for services): at most one invoice per addon and due
 * date. Paying that invoice moves the addon's due date forward once.
 */
@Entity({ tableName: 'renewal_invoice_addon' })
@Index({ properties: ['invoiceId'] })
export class RenewalInvoiceAddon {
  [PrimaryKeyProp]?: ['serviceAddonId', 'dueDate'];
  [OptionalProps]?: 'createdAt' | 'runId' | 'advancedAt';

  @PrimaryKey()
  serviceAddonId!: number;

  @PrimaryKey({ type: 'date' })
  dueDate!: string;

  @Property()
  invoiceId!: number;

  @Property({ nullable: true })
  runId?: number;

  /** When the paid invoice moved the addon's due date forward. */
  @Property({ nullable: true })
  advancedAt?: Date;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * DN-1 / AU-1: a domain's expiry date that was invoiced for renewal, and on
 * which invoice: at most one renewal invoice per domain and expiry date.
 * Paying it queues the registrar's renew for `years` (renewQueuedAt).
 */
@Entity({ tableName: 'renewal_invoice_domain' })
@Index({ properties: ['invoiceId'] })
export class RenewalInvoiceDomain {
  [PrimaryKeyProp]?: ['domainId', 'expiryDate'];
  [OptionalProps]?: 'createdAt' | 'runId' | 'paidAt' | 'renewQueuedAt';

  @PrimaryKey()
  domainId!: number;

  @PrimaryKey({ type: 'date' })
  expiryDate!: string;

  @Property()
  invoiceId!: number;

  @Property({ type: 'smallint' })
  years!: number;

  @Property({ nullable: true })
  runId?: number;

  /** When the invoice was paid. */
  @Property({ nullable: true })
  paidAt?: Date;

  /** When the registrar's renew was queued (at payment, or by the next run when it could not be then). */
  @Property({ nullable: true })
  renewQueuedAt?: Date;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** SV-6: the service is not suspended for non-payment before `until` (9999-12-31: never). */
@Entity()
export class SuspensionOverride {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ autoincrement: false })
  serviceId!: number;

  @Property({ type: 'date' })
  until!: string;

  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** The sentinel date of an override that never ends. */
export const NEVER = '9999-12-31';
