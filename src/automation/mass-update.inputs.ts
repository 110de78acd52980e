import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from '../shared/validators';
import { LocalDateResolver } from 'graphql-scalars';
import { BillingCycle } from '../catalog/billing-cycle';
import { ServiceStatus } from '../provisioning/service-status';
import { SuspensionOverrideInput } from '../provisioning/service.inputs';

@InputType({ description: 'Changes made at once to several services, service addons and domains of one client (up to 200 of each); fields left out or null leave every item as it is. A field given for a kind of item it does not apply to is refused, never ignored.' })
export class MassUpdateServicesInput {
  @Field(() => [ID], { nullable: true, description: 'Ids of the services; with the addons and domains, all of one client.' })
  @IsOptional()
  @ArrayMaxSize(200)
  serviceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the service addons; with the services and domains, all of one client.' })
  @IsOptional()
  @ArrayMaxSize(200)
  addonIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the domains; with the services and addons, all of one client.' })
  @IsOptional()
  @ArrayMaxSize(200)
  domainIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'New recurring amount of every service and addon, in the client\'s currency, e.g. "10.00". Not for domains, which renew at their TLD\'s price.' })
  @IsOptional()
  @Matches(/^\d{1,15}(\.\d+)?$/, { message: 'recurringAmount must be a positive decimal amount such as 10.00' })
  recurringAmount?: string | null;

  @Field(() => BillingCycle, { nullable: true, description: 'New billing cycle of every service and addon. Not for domains, which renew by the year.' })
  billingCycle?: BillingCycle | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New next due date of every service and addon (YYYY-MM-DD). Not for domains: a domain is due on its expiry date, which its registrar sets.' })
  nextDueDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With nextDueDate, services only: invoice each service from its own next due date up to the new one (price × days / days in the cycle) and move the due dates only when that invoice is paid.' })
  createProrataInvoice?: boolean | null;

  @Field(() => ServiceStatus, { nullable: true, description: 'New status of every service, addon and domain, along the steps staff may record (see ServiceStatus). A domain takes only the statuses domains have too: PENDING, ACTIVE, CANCELLED or FRAUD.' })
  status?: ServiceStatus | null;

  @Field(() => String, { nullable: true, description: 'New payment method of every service (a loaded payment gateway module name, e.g. "stripe"). Not for addons, which are paid by their service\'s method, nor for domains, paid by the client\'s default method.' })
  @IsOptional()
  @MaxLength(100)
  paymentMethod?: string | null;

  @Field(() => SuspensionOverrideInput, { nullable: true, description: 'New override of suspension for non-payment of every service; give an empty object to remove the overrides. Services only: addons and domains are not suspended for non-payment on their own.' })
  @IsOptional()
  @ValidateNested()
  suspensionOverride?: SuspensionOverrideInput | null;

  @Field(() => String, { nullable: true, description: 'A command (without input) to queue on every service and domain: a module command on a service (e.g. suspend or a custom command), a registrar command on a domain (e.g. sync, lock, or renew for one year). Not for addons, which have no commands.' })
  @IsOptional()
  @MaxLength(100)
  moduleCommand?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether every domain renews automatically before it expires. Domains only.' })
  autoRenew?: boolean | null;
}
