import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsOptional, Length, Max, MaxLength, Min, ValidateIf, ValidateNested } from '../shared/validators';
import { CountryCodeScalar, CurrencyScalar } from '../shared/scalars';
import { InvoiceNumberReset, TaxMode, TaxRounding } from './billing-settings.entity';

/** Issue 4.1: a new currency. */
@InputType({ description: 'A new currency the operator bills in.' })
export class CreateCurrencyInput {
  @Field(() => CurrencyScalar, { description: 'ISO 4217' })
  code!: string;

  @Field({ nullable: true, description: 'Printed before amounts, e.g. "$" (up to 10 characters).' })
  @IsOptional()
  @MaxLength(10)
  prefix?: string;

  @Field({ nullable: true, description: 'Printed after amounts, e.g. " USD" (up to 10 characters).' })
  @IsOptional()
  @MaxLength(10)
  suffix?: string;

  @Field(() => Int, { nullable: true, description: '0-4; defaults to the ISO 4217 minor unit' })
  @IsOptional()
  @Min(0)
  @Max(4)
  decimals?: number;

  @Field({ description: 'Decimal string > 0 with at most 8 decimals: amount here = amount in the default currency × exchangeRate' })
  exchangeRate!: string;

  @Field({ nullable: true, description: 'Make it the default; the other rates are rebased on it' })
  isDefault?: boolean;
}

/** Issue 4.1: changes to a currency; its code never changes. Left-out fields keep their value. */
@InputType({ description: 'Changes to a currency; its code never changes. Fields left out keep their value.' })
export class UpdateCurrencyInput {
  @Field({ nullable: true, description: 'Printed before amounts, e.g. "$".' })
  @IsOptional()
  @MaxLength(10)
  prefix?: string;

  @Field({ nullable: true, description: 'Printed after amounts, e.g. " USD".' })
  @IsOptional()
  @MaxLength(10)
  suffix?: string;

  @Field(() => Int, { nullable: true, description: '0-4; cannot change while clients use the currency' })
  @IsOptional()
  @Min(0)
  @Max(4)
  decimals?: number;

  @Field({ nullable: true, description: 'Decimal string > 0 with at most 8 decimals: amount here = amount in the default currency × exchangeRate.' })
  exchangeRate?: string;

  @Field({ nullable: true, description: 'true makes it the default (rebasing the other rates); to move the default, set it on another currency' })
  isDefault?: boolean;
}

/** Issue 4.2: a tax rule (create and update take the whole rule). */
@InputType({ description: 'A tax rule; create and update take the whole rule.' })
export class TaxRuleInput {
  @Field({ description: 'Name printed on invoices, e.g. "VAT" (1-100 characters).' })
  @Length(1, 100)
  name!: string;

  @Field(() => Int, { description: '1 or 2' })
  @IsIn([1, 2], { message: 'level must be 1 or 2' })
  level!: number;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'Leave out for every country' })
  country?: string;

  @Field({ nullable: true, description: 'Needs a country; leave out for the whole country' })
  @IsOptional()
  @Length(1, 100)
  state?: string;

  @Field({ description: 'Percent, 0-100, at most 4 decimals, e.g. "21" or "9.975"' })
  rate!: string;

  @Field({ nullable: true, description: 'Level 2 only: tax on net + level-1 tax' })
  compound?: boolean;
}

/** Billing settings; left-out fields keep their value. */
@InputType({ description: 'Changes to the billing settings; fields left out keep their value.' })
export class UpdateBillingSettingsInput {
  @Field(() => TaxMode, { nullable: true, description: 'Whether line prices include tax.' })
  taxMode?: TaxMode;

  @Field(() => TaxRounding, { nullable: true, description: 'Where tax is rounded.' })
  taxRounding?: TaxRounding;

  @Field({ nullable: true, description: 'Tokens {YEAR} {MONTH} {DAY} {NUMBER} {NUMBER:n}, e.g. "INV-{YEAR}-{NUMBER:5}"' })
  invoiceNumberFormat?: string;

  @Field(() => InvoiceNumberReset, { nullable: true, description: 'When the invoice number counter starts again at 1.' })
  invoiceNumberReset?: InvoiceNumberReset;

  @Field({ nullable: true, description: 'True: apply available client credit automatically when an invoice is issued.' })
  autoApplyCredit?: boolean;

  @Field({ nullable: true, description: 'The operator\'s name printed on invoices.' })
  @MaxLength(200)
  issuerName?: string;

  @Field({ nullable: true, description: 'Postal address, one line per line' })
  @MaxLength(1000)
  issuerAddress?: string;

  @Field({ nullable: true, description: 'Empty string to remove' })
  @MaxLength(254)
  @ValidateIf((input: UpdateBillingSettingsInput) => !!input.issuerEmail)
  @IsEmail()
  issuerEmail?: string;

  @Field({ nullable: true, description: 'The operator\'s VAT or tax number printed on invoices.' })
  @MaxLength(50)
  issuerTaxId?: string;

  @Field({ nullable: true, description: 'Free text at the foot of invoices (bank details, payment terms)' })
  @MaxLength(2000)
  invoiceFooter?: string;
}

@InputType({ description: 'One line to compute tax for.' })
export class PreviewTaxLineInput {
  @Field({ description: 'Decimal string in the currency (net when exclusive, gross when inclusive)' })
  amount!: string;

  @Field({ nullable: true, defaultValue: true, description: 'False: no tax on this line. Default true.' })
  taxable?: boolean;
}

/** Issue 4.2: runs the tax engine for a client, or for an address. */
@InputType({ description: 'Lines to compute tax for, for a client or for an address.' })
export class PreviewTaxInput {
  @Field(() => ID, { nullable: true, description: 'Use this client\'s country, state, tax exemption and currency' })
  clientId?: string;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'ISO 3166-1 alpha-2 country, when no client is given.' })
  country?: string;

  @Field({ nullable: true, description: 'State or province, when no client is given.' })
  @IsOptional()
  @MaxLength(100)
  state?: string;

  @Field({ nullable: true, description: 'True: compute as for a tax-exempt client (no tax).' })
  taxExempt?: boolean;

  @Field(() => CurrencyScalar, { nullable: true, description: 'Defaults to the client\'s currency, else the default currency' })
  currency?: string;

  @Field(() => TaxMode, { nullable: true, description: 'Defaults to the billing setting' })
  mode?: TaxMode;

  @Field(() => TaxRounding, { nullable: true, description: 'Defaults to the billing setting' })
  rounding?: TaxRounding;

  @Field(() => [PreviewTaxLineInput], { description: 'The lines (1-500).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines!: PreviewTaxLineInput[];
}
