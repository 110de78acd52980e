import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from '../shared/validators';
import { LocalDateResolver } from 'graphql-scalars';
import { DomainStatus } from './domain.entity';
import { RequiredClientField } from '../settings/required-client-field';
import { OrderByInput } from '../shared/pagination';

@InputType()
export class DomainFields {
  @Field({ nullable: true, description: 'Stored lower case, without a trailing dot' })
  @IsOptional()
  @MaxLength(253)
  name?: string;

  @Field(() => String, { nullable: true, description: 'A loaded registrar module; null until chosen' })
  registrar?: string | null;

  @Field(() => DomainStatus, { nullable: true, description: 'Status of the registration.' })
  status?: DomainStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it was registered (YYYY-MM-DD); null to clear.' })
  registrationDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the registration expires (YYYY-MM-DD); null to clear.' })
  expiryDate?: string | null;

  @Field({ nullable: true, description: 'Default true' })
  autoRenew?: boolean;

  @Field(() => [String], { nullable: true, description: 'Host names, at most 13' })
  @IsOptional()
  @ArrayMaxSize(13, { message: 'nameservers: at most 13' })
  nameservers?: string[];

  @Field(() => ID, { nullable: true, description: 'The registrar server every registrar command of the domain goes through (it must run the registrar); null: chosen on the next command from the TLD rule, else the oldest enabled server of the registrar.' })
  serverId?: string | null;

  @Field(() => String, { nullable: true, description: 'Transfer authorization code; stored encrypted, never returned' })
  @IsOptional()
  @Length(1, 200)
  eppCode?: string | null;
}

@InputType({ description: 'A domain record added by hand; nothing runs at the registrar.' })
export class CreateDomainInput extends DomainFields {
  @Field(() => ID, { description: 'Id of the client that owns the domain.' })
  clientId!: string;

  @Field({ description: 'The domain name, e.g. example.com; stored lower case without a trailing dot.' })
  @MaxLength(253)
  override name!: string;
}

@InputType({ description: 'Changes to a domain record; fields left out keep their value. Nothing runs at the registrar.' })
export class UpdateDomainInput extends DomainFields {}

@InputType({ description: 'Criteria for the domain list; a domain must match all given ones.' })
export class DomainFilter {
  @Field(() => ID, { nullable: true, description: 'Ignored for a client: always its own' })
  clientId?: string;

  @Field(() => [DomainStatus], { nullable: true, description: 'Only domains with one of these statuses.' })
  status?: DomainStatus[];

  @Field({ nullable: true, description: 'Only domains of this registrar module.' })
  registrar?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Expiring on or before this date' })
  expiringBefore?: string;

  @Field({ nullable: true, description: 'Substring of the name, or the id' })
  search?: string;
}

/** What domains can be sorted by; the values are Domain properties. */
export enum DomainOrderField {
  NAME = 'name',
  STATUS = 'status',
  EXPIRY_DATE = 'expiryDate',
  REGISTRATION_DATE = 'registrationDate',
  CREATED_AT = 'createdAt',
}
registerEnumType(DomainOrderField, {
  name: 'DomainOrderField',
  description: 'What domains can be sorted by',
  valuesConfig: {
    NAME: { description: 'The domain name, alphabetically' },
    STATUS: { description: 'The status, in lifecycle order' },
    EXPIRY_DATE: { description: 'The expiry date; domains without one come last ascending' },
    REGISTRATION_DATE: { description: 'The registration date; domains without one come last ascending' },
    CREATED_AT: { description: 'When the domain record was created' },
  },
});

export const DomainOrder = OrderByInput(DomainOrderField, 'Domain', 'domains');
export type DomainOrder = InstanceType<typeof DomainOrder>;

@InputType({ description: 'The rule of one TLD; replaces the one it has.' })
export class TldRuleInput {
  @Field({ description: 'The TLD, e.g. ".de" or "co.uk".' })
  @MaxLength(253)
  tld!: string;

  @Field({ nullable: true, description: 'Registrar module new domains of this TLD get when none is chosen; null: none.' })
  @IsOptional()
  @MaxLength(100)
  registrar?: string;

  @Field(() => ID, { nullable: true, description: 'The registrar server new domains of this TLD use (it must run the registrar); none: the oldest enabled server of the registrar.' })
  @IsOptional()
  serverId?: string;

  @Field({ nullable: true, description: 'Whether the DNS zone is created before the registration is sent (and removed if it fails); default false.' })
  zoneBeforeRegistration?: boolean;

  @Field({ nullable: true, description: 'Whether a transfer needs the EPP code; default true.' })
  eppCodeRequired?: boolean;

  @Field(() => [RequiredClientField], { nullable: true, description: 'Client fields the registry requires of a registrant; default none.' })
  @IsOptional()
  @ArrayMaxSize(10)
  requiredContactFields?: RequiredClientField[];
}
