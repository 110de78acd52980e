import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { toId } from '../shared/ids';
import { Money } from '../shared/money.types';
import { publicSettings } from '../plugins/module-settings';
import { PaymentGatewaySetting } from './payment-gateway-setting.entity';
import { ConfigurePaymentGatewayInput } from './payments.inputs';
import { configurePaymentGateway, gatewaysForInvoice, listGatewaySettings, payInvoice, type StartedPayment } from './payments.service';

@ObjectType({ description: 'A payment gateway the viewer may pay an invoice through.' })
class AvailablePaymentGateway {
  @Field({ description: 'Name of the gateway, to pass to payInvoice.' })
  module!: string;

  @Field({ description: 'Name to show the payer.' })
  displayName!: string;

  @Field({ nullable: true, description: 'What the payer should know about it.' })
  description?: string;
}

@ObjectType({ description: 'What the frontend needs to take a payment: a page to send the payer to, a client secret for the gateway\'s own payment form, or instructions to show.' })
class PaymentStartResult {
  @Field({ description: 'The gateway the payment runs through.' })
  gateway!: string;

  @Field(() => Money, { description: 'The amount to pay: the invoice\'s balance due.' })
  amount!: Money;

  @Field({ nullable: true, description: 'Send the payer to this page to pay.' })
  redirectUrl?: string;

  @Field({ nullable: true, description: 'Secret for the gateway\'s payment form in the browser (e.g. Stripe\'s PaymentIntent client secret). Show it to no one else.' })
  clientSecret?: string;

  @Field({ nullable: true, description: 'Instructions to show the payer, e.g. the bank account and the reference of a bank transfer.' })
  instructions?: string;

  @Field({ nullable: true, description: 'The gateway\'s id of the started payment.' })
  reference?: string;
}

const toResult = (started: StartedPayment): PaymentStartResult => Object.assign(new PaymentStartResult(), {
  gateway: started.gateway, amount: Money.of(started.amountMinor, started.currency),
  redirectUrl: started.redirectUrl, clientSecret: started.clientSecret, instructions: started.instructions, reference: started.reference,
});

@Resolver(() => PaymentGatewaySetting)
export class PaymentGatewayResolver {
  @Authorized('STAFF')
  @Query(() => [PaymentGatewaySetting], { description: 'Staff: the payment gateways as configured, by module name.' })
  paymentGatewaySettings(@Ctx() ctx: RequestContext) {
    return listGatewaySettings(ctx);
  }

  @Authorized('STAFF')
  @Mutation(() => PaymentGatewaySetting, { description: 'Staff: enable or disable a payment gateway for the given currencies, with its settings.' })
  configurePaymentGateway(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The gateway\'s configuration.' }) input: ConfigurePaymentGatewayInput) {
    return configurePaymentGateway(ctx, input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => [AvailablePaymentGateway], { description: 'The payment gateways an invoice can be paid through: those enabled for its currency. Staff: any invoice; a client: its own (users need the INVOICES permission).' })
  availablePaymentGateways(@Ctx() ctx: RequestContext, @Arg('invoiceId', () => ID, { description: 'Id of the invoice.' }) invoiceId: string) {
    return gatewaysForInvoice(ctx, toId(invoiceId, 'Invoice', 'invoiceId'));
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => PaymentStartResult, { description: 'Start paying an invoice\'s balance due through a payment gateway enabled for its currency. The payment is recorded when the gateway confirms it. Staff: any invoice; a client: its own (users need the INVOICES permission).' })
  async payInvoice(
    @Ctx() ctx: RequestContext,
    @Arg('invoiceId', () => ID, { description: 'Id of the invoice.' }) invoiceId: string,
    @Arg('gateway', { description: 'Name of the gateway, one of availablePaymentGateways.' }) gateway: string,
    @Arg('returnUrl', { nullable: true, description: 'Where the gateway sends the payer back after paying, for gateways that redirect.' }) returnUrl?: string,
    @Arg('cancelUrl', { nullable: true, description: 'Where the gateway sends the payer when they give up, for gateways that redirect.' }) cancelUrl?: string,
  ): Promise<PaymentStartResult> {
    return toResult(await payInvoice(ctx, toId(invoiceId, 'Invoice', 'invoiceId'), gateway, { returnUrl: returnUrl ?? undefined, cancelUrl: cancelUrl ?? undefined }));
  }

  @FieldResolver(() => JSONObjectResolver, { description: 'The gateway\'s settings; secret ones are null.' })
  settings(@Root() setting: PaymentGatewaySetting, @Ctx() ctx: RequestContext): Record<string, unknown> {
    return publicSettings(ctx.modules.gateways.get(setting.module)?.settingsSchema, setting);
  }
}
