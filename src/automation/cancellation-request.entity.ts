import { OptionalProps, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Service } from '../provisioning/service.entity';

export enum CancellationType {
  IMMEDIATE = 'immediate',
  END_OF_BILLING_PERIOD = 'end_of_billing_period',
}
registerEnumType(CancellationType, {
  name: 'CancellationType',
  description: 'When a cancelled service is terminated.',
  valuesConfig: {
    IMMEDIATE: { description: 'At the next daily run.' },
    END_OF_BILLING_PERIOD: { description: 'On the service\'s next due date, the end of the period already paid for.' },
  },
});

export enum CancellationRequestStatus {
  OPEN = 'open',
  COMPLETED = 'completed',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(CancellationRequestStatus, {
  name: 'CancellationRequestStatus',
  description: 'Where a cancellation request is.',
  valuesConfig: {
    OPEN: { description: 'Waiting for its date, or for the termination on the server to succeed.' },
    COMPLETED: { description: 'The service has been terminated or cancelled.' },
    WITHDRAWN: { description: 'Withdrawn before the service was terminated; the service goes on.' },
  },
});

/**
 * SV-12 / SV-13 (issue 16.5): a request to end a service, by its client (or
 * staff on the client's behalf), or staff's scheduled termination at the end
 * of the cycle. At most one open request per service (a partial unique index).
 */
@ObjectType({ description: 'A request to cancel a service: by the client (or staff on its behalf), or a termination staff scheduled for the end of the billing period.' })
@Entity()
@Index({ name: 'cancellation_request_open_unique', expression: `create unique index "cancellation_request_open_unique" on "cancellation_request" ("service_id") where "status" = 'open'` })
@Index({ properties: ['status', 'id'] })
export class CancellationRequest {
  [OptionalProps]?: 'status' | 'scheduledByStaff' | 'domainAutoRenewTurnedOff' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the request.' })
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Service, { ref: true, deleteRule: 'cascade' })
  @Index()
  service!: Ref<Service>;

  @Field(() => CancellationType, { description: 'Immediately (at the next daily run) or at the end of the billing period.' })
  @Enum({ items: () => CancellationType, nativeEnumName: 'cancellation_type' })
  type!: CancellationType;

  @Field({ description: 'Why the service is cancelled, as given; empty when no reason was given.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => CancellationRequestStatus, { description: 'Open, completed or withdrawn.' })
  @Enum({ items: () => CancellationRequestStatus, nativeEnumName: 'cancellation_request_status', default: CancellationRequestStatus.OPEN })
  status: CancellationRequestStatus = CancellationRequestStatus.OPEN;

  /** SV-13: staff scheduled the termination; the service ends Terminated (a client's cancellation ends Cancelled). */
  @Field({ description: 'True: staff scheduled the termination at the end of the billing period (the service ends Terminated); false: a cancellation requested for the client (the service ends Cancelled).' })
  @Property({ default: false })
  scheduledByStaff: boolean = false;

  /** The staff member who made the request, when staff made it. */
  @Property({ nullable: true })
  requestedByStaffId?: number;

  @Field({ description: 'True: the auto-renewal of the client\'s domain of the service was turned off with the request.' })
  @Property({ default: false })
  domainAutoRenewTurnedOff: boolean = false;

  @Field(() => LocalDateResolver, { description: 'The date the request was made, in the operator\'s time zone.' })
  @Property({ type: 'date' })
  requestedOn!: string;

  @Field({ description: 'When the request was made.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ nullable: true, description: 'When the request was completed or withdrawn; null while open.' })
  @Property({ nullable: true })
  closedAt?: Date;
}
