import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Money } from '../shared/money.types';
import { Client, ClientStatus } from '../clients/client.entity';
import { Invoice } from '../billing/invoice.entity';
import { Service } from '../provisioning/service.entity';
import { Domain } from '../provisioning/domain.entity';
import { DailyRun, DailyRunStepName } from './daily-run.entity';
import { CancellationRequest } from './cancellation-request.entity';

export enum DailyRunWarningKind {
  LATE = 'LATE',
  MISSED = 'MISSED',
}
registerEnumType(DailyRunWarningKind, {
  name: 'DailyRunWarningKind',
  description: 'What is wrong with the day\'s run.',
  valuesConfig: {
    LATE: { description: 'It started but has not finished long after its time.' },
    MISSED: { description: 'No run completed for the date, long after its time.' },
  },
});

export enum ReminderKind {
  BEFORE_DUE = 'BEFORE_DUE',
  OVERDUE_1 = 'OVERDUE_1',
  OVERDUE_2 = 'OVERDUE_2',
  OVERDUE_3 = 'OVERDUE_3',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: 'Which payment reminder.',
  valuesConfig: {
    BEFORE_DUE: { description: 'The reminder before the due date.' },
    OVERDUE_1: { description: 'The first overdue notice.' },
    OVERDUE_2: { description: 'The second overdue notice.' },
    OVERDUE_3: { description: 'The third overdue notice.' },
  },
});

@ObjectType({ description: 'Why the daily run needs attention.' })
export class DailyRunWarning {
  @Field(() => DailyRunWarningKind, { description: 'Late or missed.' }) kind!: `${DailyRunWarningKind}`;
  @Field(() => LocalDateResolver, { description: 'The date whose run is late or missing.' }) date!: string;
  @Field({ description: 'What is wrong, for people.' }) message!: string;
}

@ObjectType({ description: 'When the daily run runs, its last run, and a warning when the day\'s run is late or missed.' })
export class DailyRunSchedule {
  @Field({ description: 'False: the servers do not start the run on their own (DAILY_RUN_ENABLED=false).' }) enabled!: boolean;
  @Field({ description: 'The local time (HH:MM) the run starts.' }) time!: string;
  @Field({ description: 'The IANA time zone of that time and of the run\'s dates.' }) timeZone!: string;
  @Field(() => LocalDateResolver, { description: 'Today in that time zone.' }) today!: string;
  @Field(() => DailyRun, { nullable: true, description: 'The most recent run; null when none ran yet.' }) lastRun?: DailyRun;
  @Field(() => DailyRunWarning, { nullable: true, description: 'Set when the day\'s run is late or missed; null when all is well.' }) warning?: DailyRunWarning;
}

@ObjectType({ description: 'A line of an invoice a run would create.' })
export class PreviewInvoiceLine {
  @Field(() => Service, { nullable: true, description: 'The service renewed, or whose addon is renewed; null for a domain.' }) service?: Service;
  @Field(() => Domain, { nullable: true, description: 'The domain renewed; null for a service or an addon.' }) domain?: Domain;
  @Field({ description: 'The line\'s text, with the period it covers.' }) description!: string;
  @Field(() => Money, { description: 'The amount (the service\'s recurring amount).' }) amount!: Money;
}

@ObjectType({ description: 'A renewal invoice a run would create.' })
export class PreviewInvoice {
  @Field(() => Client, { description: 'The client invoiced.' }) client!: Client;
  @Field(() => LocalDateResolver, { description: 'The date it would be due.' }) dueDate!: string;
  @Field(() => Money, { description: 'Sum of the net line amounts.' }) subtotal!: Money;
  @Field(() => Money, { description: 'Tax of both levels.' }) tax!: Money;
  @Field(() => Money, { description: 'Subtotal plus tax.' }) total!: Money;
  @Field(() => [PreviewInvoiceLine], { description: 'Its lines.' }) lines!: PreviewInvoiceLine[];
}

@ObjectType({ description: 'Client credit a run would apply to one of its new invoices.' })
export class PreviewCredit {
  @Field(() => Client, { description: 'The client whose credit is used.' }) client!: Client;
  @Field(() => Money, { description: 'The credit applied.' }) amount!: Money;
}

@ObjectType({ description: 'A payment reminder a run would send.' })
export class PreviewReminder {
  @Field(() => Invoice, { description: 'The invoice it reminds of.' }) invoice!: Invoice;
  @Field(() => ReminderKind, { description: 'Which reminder.' }) kind!: string;
}

@ObjectType({ description: 'A late fee a run would add.' })
export class PreviewLateFee {
  @Field(() => Invoice, { description: 'The overdue invoice.' }) invoice!: Invoice;
  @Field(() => Money, { description: 'The fee.' }) amount!: Money;
}

@ObjectType({ description: 'A client status a run would change.' })
export class PreviewClientStatus {
  @Field(() => Client, { description: 'The client.' }) client!: Client;
  @Field(() => ClientStatus, { description: 'Its new status.' }) status!: string;
}

@ObjectType({ description: 'An item a run would fail on.' })
export class PreviewError {
  @Field(() => DailyRunStepName, { description: 'The step.' }) step!: DailyRunStepName;
  @Field({ description: 'The kind of item: Client, Invoice, Service, or Step for a whole step.' }) subjectType!: string;
  subjectKey!: number;
  /** A global id of subjectType (schema.ts ID_REFERENCES). */
  @Field(() => ID, { description: 'The id of the item.' })
  get subjectId(): number { return this.subjectKey; }
  @Field({ description: 'What would go wrong.' }) message!: string;
}

@ObjectType({ description: 'What a daily run on a date would do if it ran now. Nothing was changed to find out.' })
export class DailyRunPreview {
  @Field(() => LocalDateResolver, { description: 'The date previewed.' }) date!: string;
  @Field(() => [PreviewInvoice], { description: 'Renewal invoices it would create.' }) invoices!: PreviewInvoice[];
  @Field(() => [PreviewCredit], { description: 'Credit it would apply to them.' }) creditApplied!: PreviewCredit[];
  @Field(() => [PreviewReminder], { description: 'Reminders and overdue notices it would send.' }) reminders!: PreviewReminder[];
  @Field(() => [PreviewLateFee], { description: 'Late fees it would add.' }) lateFees!: PreviewLateFee[];
  @Field(() => [CancellationRequest], { description: 'Cancellation requests whose service it would terminate.' }) cancellations!: CancellationRequest[];
  @Field(() => [Service], { description: 'Services it would suspend for non-payment.' }) suspensions!: Service[];
  @Field(() => [Service], { description: 'Services it would terminate for non-payment.' }) terminations!: Service[];
  @Field(() => [Service], { description: 'Services of fixed-term products it would terminate.' }) fixedTermTerminations!: Service[];
  @Field(() => [Domain], { description: 'Domains it would renew at their registrar (auto-renew, expiring soon).' }) domainRenewals!: Domain[];
  @Field(() => [Domain], { description: 'Domains it would synchronise with their registrar.' }) domainSyncs!: Domain[];
  @Field(() => [PreviewClientStatus], { description: 'Client statuses it would change.' }) clientStatuses!: PreviewClientStatus[];
  @Field(() => [PreviewError], { description: 'Items it would fail on.' }) errors!: PreviewError[];
}

@ObjectType({ description: 'A service\'s override of suspension for non-payment.' })
export class AutoSuspensionOverride {
  @Field(() => Service, { description: 'The service.' }) service!: Service;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Not suspended for non-payment before this date; null when never or when there is no override.' }) until?: string;
  @Field({ description: 'True: never suspended for non-payment.' }) never!: boolean;
}
