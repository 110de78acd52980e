import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from '../shared/validators';
import { LocalDateResolver } from 'graphql-scalars';
import { BillingCycle } from '../catalog/billing-cycle';
import { CartConfigOptionInput } from '../catalog/catalog.inputs';
import { ServiceStatus } from './service-status';
import { DateRangeInput } from '../shared/filters';
import { OrderByInput } from '../shared/pagination';

const AMOUNT = /^\d{1,15}(\.\d+)?$/;

@InputType()
export class ServiceFields {
  @Field(() => ID, { nullable: true, description: 'Id of the product.' })
  productId?: string;

  @Field(() => ID, { nullable: true, description: 'Create: default is a server chosen from the product\'s server group' })
  serverId?: string | null;

  @Field(() => String, { nullable: true, description: 'Main domain of the service; null to clear.' })
  @IsOptional()
  @MaxLength(253)
  domain?: string | null;

  @Field(() => String, { nullable: true, description: 'Login name of the account on the server; null to clear.' })
  @IsOptional()
  @MaxLength(100)
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'Stored encrypted; never returned' })
  @IsOptional()
  @Length(1, 200)
  password?: string | null;

  @Field(() => ServiceStatus, { nullable: true, description: 'Update: only along the staff transitions (see ServiceStatus)' })
  status?: ServiceStatus;

  @Field(() => BillingCycle, { nullable: true, description: 'How often the service is billed.' })
  billingCycle?: BillingCycle;

  @Field({ nullable: true, description: 'In the client\'s currency, e.g. "10.00"' })
  @IsOptional()
  @Matches(AMOUNT, { message: 'firstPaymentAmount must be a positive decimal amount such as 10.00' })
  firstPaymentAmount?: string;

  @Field({ nullable: true, description: 'In the client\'s currency, e.g. "10.00"' })
  @IsOptional()
  @Matches(AMOUNT, { message: 'recurringAmount must be a positive decimal amount such as 10.00' })
  recurringAmount?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Default today' })
  registrationDate?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the next renewal is due (YYYY-MM-DD); null to clear.' })
  nextDueDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Only while Suspended' })
  @IsOptional()
  @MaxLength(1000)
  suspensionReason?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only while Terminated or Cancelled (default: the day it got there)' })
  terminationDate?: string | null;

  @Field({ nullable: true, description: 'Whether saving a new product or billing cycle sets the recurring amount from the catalog price (a recurring amount given in the same save wins). Default false.' })
  autoRecalculate?: boolean;

  @Field(() => String, { nullable: true, description: 'The payment gateway the service\'s renewals are invoiced for (a loaded gateway module name, e.g. "stripe"); null to follow the client\'s default payment method.' })
  @IsOptional()
  @MaxLength(100)
  paymentMethod?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes for staff; null to clear.' })
  @IsOptional()
  @MaxLength(10000)
  adminNotes?: string | null;
}

@InputType({ description: 'A service added by hand: nothing runs on the server' })
export class CreateServiceInput extends ServiceFields {
  @Field(() => ID, { description: 'Id of the client that gets the service.' })
  clientId!: string;

  @Field(() => ID, { description: 'Id of the product.' })
  override productId!: string;

  @Field(() => BillingCycle, { description: 'How often the service is billed.' })
  override billingCycle!: BillingCycle;
}

@InputType({ description: 'An override of suspension for non-payment: a date, never, or neither to remove the override.' })
export class SuspensionOverrideInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Not suspended for non-payment before this date (YYYY-MM-DD).' })
  until?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: never suspended for non-payment.' })
  never?: boolean | null;
}

@InputType({ description: 'Changes to a service record; fields left out keep their value. Nothing runs on the server.' })
export class UpdateServiceInput extends ServiceFields {
  @Field(() => [CartConfigOptionInput], { nullable: true, description: 'Configurable options of the service\'s product to set; options not listed keep their value (on a new product, their default). With autoRecalculate the recurring amount follows from the catalog.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  configOptions?: CartConfigOptionInput[] | null;

  @Field(() => SuspensionOverrideInput, { nullable: true, description: 'New override of suspension for non-payment; give an empty object to remove it.' })
  @IsOptional()
  @ValidateNested()
  suspensionOverride?: SuspensionOverrideInput | null;
}

@InputType({ description: 'Criteria for the service list; a service must match all given ones.' })
export class ServiceFilter {
  @Field(() => ID, { nullable: true, description: 'Ignored for a client: always its own' })
  clientId?: string;

  @Field(() => ID, { nullable: true, description: 'Only services of this product.' })
  productId?: string;

  @Field(() => ID, { nullable: true, description: 'Only services on this server.' })
  serverId?: string;

  @Field(() => [ServiceStatus], { nullable: true, description: 'Only services with one of these statuses.' })
  status?: ServiceStatus[];

  @Field({ nullable: true, description: 'Substring of the domain or username, or the id' })
  search?: string;

  @Field(() => DateRangeInput, { nullable: true, description: 'Next due date in this range' })
  nextDueDate?: DateRangeInput;
}

/** What services can be sorted by; the values are Service properties. */
export enum ServiceOrderField {
  DOMAIN = 'domain',
  USERNAME = 'username',
  STATUS = 'status',
  NEXT_DUE_DATE = 'nextDueDate',
  REGISTRATION_DATE = 'registrationDate',
  RECURRING_AMOUNT = 'recurringMinor',
  CREATED_AT = 'createdAt',
}
registerEnumType(ServiceOrderField, {
  name: 'ServiceOrderField',
  description: 'What services can be sorted by',
  valuesConfig: {
    DOMAIN: { description: 'The domain, alphabetically; services without one come last ascending' },
    USERNAME: { description: 'The username on the server; services without one come last ascending' },
    STATUS: { description: 'The status, in lifecycle order: Pending, Active, Suspended, Terminated, Cancelled, Fraud, Completed' },
    NEXT_DUE_DATE: { description: 'The next due date; services without one (free, ended) come last ascending' },
    REGISTRATION_DATE: { description: 'The date the service was ordered' },
    RECURRING_AMOUNT: { description: 'The recurring amount in minor units; compare within one currency' },
    CREATED_AT: { description: 'When the service record was created' },
  },
});

export const ServiceOrder = OrderByInput(ServiceOrderField, 'Service', 'services');
export type ServiceOrder = InstanceType<typeof ServiceOrder>;
