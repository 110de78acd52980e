import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { BillingCycle } from '../catalog/billing-cycle';
import { ServiceStatus } from '../provisioning/service-status';

@InputType({ description: 'An override of suspension for non-payment: a date, never, or neither to remove the override.' })
export class SuspensionOverrideInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Not suspended for non-payment before this date (YYYY-MM-DD).' })
  until?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: never suspended for non-payment.' })
  never?: boolean | null;
}

@InputType({ description: 'Changes made to several services of one client at once; fields left out or null leave every service as it is.' })
export class MassUpdateServicesInput {
  @Field(() => [ID], { description: 'Ids of the services (1-200), all of one client.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  serviceIds!: string[];

  @Field(() => String, { nullable: true, description: 'New recurring amount of every service, in the client\'s currency, e.g. "10.00".' })
  @IsOptional()
  @Matches(/^\d{1,15}(\.\d+)?$/, { message: 'recurringAmount must be a positive decimal amount such as 10.00' })
  recurringAmount?: string | null;

  @Field(() => BillingCycle, { nullable: true, description: 'New billing cycle of every service.' })
  billingCycle?: BillingCycle | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New next due date of every service (YYYY-MM-DD).' })
  nextDueDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With nextDueDate: invoice each service from its own next due date up to the new one (price × days / days in the cycle) and move the due dates only when that invoice is paid.' })
  createProrataInvoice?: boolean | null;

  @Field(() => ServiceStatus, { nullable: true, description: 'New status of every service, along the steps staff may record (see ServiceStatus).' })
  status?: ServiceStatus | null;

  @Field(() => String, { nullable: true, description: 'New payment method of every service (a loaded payment gateway module name, e.g. "stripe").' })
  @IsOptional()
  @MaxLength(100)
  paymentMethod?: string | null;

  @Field(() => SuspensionOverrideInput, { nullable: true, description: 'New override of suspension for non-payment of every service; give an empty object to remove the overrides.' })
  @IsOptional()
  @ValidateNested()
  suspensionOverride?: SuspensionOverrideInput | null;

  @Field(() => String, { nullable: true, description: 'A module command (without input) to queue on every service, e.g. suspend or a custom command.' })
  @IsOptional()
  @MaxLength(100)
  moduleCommand?: string | null;
}
