import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from '../shared/validators';
import { BillingCycle } from '../catalog/billing-cycle';
import { DateRangeInput } from '../shared/filters';
import { OrderByInput } from '../shared/pagination';
import { OrderStatus } from './order.entity';
import { CartConfigOptionInput } from '../catalog/catalog.inputs';

export { CartConfigOptionInput };

@InputType({ description: 'A predefined addon ordered with a product.' })
export class CartAddonInput {
  @Field(() => ID, { description: 'Id of the addon; it must be offered with the product.' })
  addonId!: string;

  @Field(() => BillingCycle, { nullable: true, description: 'The addon\'s own billing cycle; when omitted, the product\'s cycle if the addon is priced in it, else the addon\'s only price.' })
  cycle?: BillingCycle;
}

@InputType({ description: 'A product in the cart.' })
export class CartProductInput {
  @Field(() => ID, { description: 'Id of the product.' })
  productId!: string;

  @Field(() => BillingCycle, { description: 'A cycle the product is priced in, in the client\'s currency (ONE_TIME for one-time products, FREE for free ones).' })
  cycle!: BillingCycle;

  @Field({ nullable: true, description: 'The domain the product serves, e.g. the hosting account\'s domain.' })
  @IsOptional()
  @Length(1, 253)
  domain?: string;

  @Field(() => [CartConfigOptionInput], { defaultValue: [], description: 'Values of the product\'s configurable options; omitted options take their default.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  configOptions!: CartConfigOptionInput[];

  @Field(() => [CartAddonInput], { defaultValue: [], description: 'Predefined addons ordered with the product.' })
  @ArrayMaxSize(20)
  addons!: CartAddonInput[];

  @Field({ nullable: true, description: 'Staff (addOrder) only: the price per cycle (or the one-time price) instead of the catalog\'s, as a decimal string; no setup fee, options or discounts are added.' })
  price?: string;

  @Field(() => ID, { nullable: true, description: 'Staff (addOrder) only: the server the service is to be set up on when the order is accepted.' })
  serverId?: string;
}

export enum DomainOrderAction {
  REGISTER = 'register',
  TRANSFER = 'transfer',
}
registerEnumType(DomainOrderAction, {
  name: 'DomainOrderAction',
  description: 'Whether a domain in the cart is registered or transferred in.',
  valuesConfig: {
    REGISTER: { description: 'Register a new domain.' },
    TRANSFER: { description: 'Transfer the domain in from another registrar (needs its EPP code).' },
  },
});

@InputType({ description: 'A domain registration or transfer in the cart.' })
export class CartDomainInput {
  @Field({ description: 'The domain name, e.g. "example.com".' })
  @Length(1, 253)
  name!: string;

  @Field(() => DomainOrderAction, { description: 'Register or transfer.' })
  action!: DomainOrderAction;

  @Field(() => Int, { defaultValue: 1, description: 'Registration period in years (1-10), priced for the TLD.' })
  years!: number;

  @Field(() => [String], { defaultValue: [], description: 'Up to 5 nameserver host names; empty for the registrar\'s defaults.' })
  @ArrayMaxSize(5)
  nameservers!: string[];

  @Field({ nullable: true, description: 'TRANSFER: the EPP (authorisation) code from the current registrar.' })
  @IsOptional()
  @Length(1, 255)
  eppCode?: string;
}

@InputType({ description: 'What a client orders: products (with their options and addons), domains and a promotion code.' })
export class CartInput {
  @Field(() => [CartProductInput], { defaultValue: [], description: 'Products, each with its cycle, options, domain and addons.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  products!: CartProductInput[];

  @Field(() => [CartDomainInput], { defaultValue: [], description: 'Domain registrations and transfers.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  domains!: CartDomainInput[];

  @Field({ nullable: true, description: 'A promotion code; its discount shows in the preview.' })
  @IsOptional()
  @Length(1, 50)
  promotionCode?: string;
}

@InputType({ description: 'Staff: an order for a client, with the overrides staff may use.' })
export class AddOrderInput {
  @Field(() => ID, { description: 'Id of the client the order is for.' })
  clientId!: string;

  @Field(() => CartInput, { description: 'What is ordered; products may carry a price and a server.' })
  @ValidateNested()
  cart!: CartInput;

  @Field({ defaultValue: false, description: 'Create no invoice for the order.' })
  noInvoice!: boolean;

  @Field({ defaultValue: false, description: 'Send the client no emails about the order.' })
  noEmail!: boolean;
}

export enum OrderPaymentStatus {
  PAID = 'paid',
  UNPAID = 'unpaid',
  NO_INVOICE = 'no_invoice',
}
registerEnumType(OrderPaymentStatus, {
  name: 'OrderPaymentStatus',
  description: 'Whether an order has been paid.',
  valuesConfig: {
    PAID: { description: 'It has invoices and every one of them is paid.' },
    UNPAID: { description: 'At least one of its invoices is open (unpaid).' },
    NO_INVOICE: { description: 'It has no invoice (free, or added by staff without one).' },
  },
});

@InputType({ description: 'Which orders to list; every given criterion must match.' })
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true, description: 'Only orders with one of these statuses.' })
  status?: OrderStatus[];

  @Field(() => ID, { nullable: true, description: 'Staff: only orders of this client.' })
  clientId?: string;

  @Field(() => DateRangeInput, { nullable: true, description: 'Only orders placed on a date in this range (UTC days).' })
  placed?: DateRangeInput;

  @Field(() => OrderPaymentStatus, { nullable: true, description: 'Only orders with this payment status.' })
  paymentStatus?: OrderPaymentStatus;
}

export enum OrderOrderField {
  CREATED_AT = 'createdAt',
  STATUS = 'status',
  TOTAL = 'totalMinor',
}
registerEnumType(OrderOrderField, {
  name: 'OrderOrderField',
  description: 'What orders can be sorted by',
  valuesConfig: {
    CREATED_AT: { description: 'When the order was placed' },
    STATUS: { description: 'The status, in lifecycle order: Pending, Active, Fraud, Cancelled' },
    TOTAL: { description: 'The total in minor units; compare within one currency' },
  },
});

export const OrderOrder = OrderByInput(OrderOrderField, 'Order', 'orders');
export type OrderOrder = InstanceType<typeof OrderOrder>;

@InputType({ description: 'How one item of an order is accepted.' })
export class AcceptItemInput {
  @Field(() => ID, { description: 'Id of the order item.' })
  itemId!: string;

  @Field(() => ID, { nullable: true, description: 'Products: the server to set the service up on; when omitted, the one chosen when the order was added, else a server of the product\'s group that already hosts the client\'s services and has room, else the group\'s rule. Domains: a server of the registrar module to register or transfer the domain through; when omitted, the domain record is only created.' })
  serverId?: string;

  @Field({ defaultValue: true, description: 'Products with a module: run the module\'s create. Domains with a registrar server: send the register or transfer.' })
  runModuleCreate!: boolean;

  @Field({ defaultValue: true, description: 'Send the client the product\'s welcome email once it is set up.' })
  sendEmail!: boolean;
}
