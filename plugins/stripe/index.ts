import type Stripe from 'stripe';
import { defineGateway, GatewayCallbackError, type SettingsOf, type SettingsSchema } from '@hostbill/plugin-sdk';

export const settingsSchema = {
  type: 'object',
  properties: {
    secretKey: { type: 'string', title: 'Secret API key (sk_…)', pattern: '^(sk|rk)_', writeOnly: true },
    webhookSecret: { type: 'string', title: 'Webhook endpoint signing secret (whsec_…)', pattern: '^whsec_', writeOnly: true },
    publishableKey: { type: 'string', title: 'Publishable key (pk_…), for the frontend', pattern: '^pk_' },
    // Another API endpoint than api.stripe.com: a proxy, or a test server.
    apiHost: { type: 'string', title: 'API host', format: 'hostname', default: 'api.stripe.com' },
    apiPort: { type: 'integer', title: 'API port', minimum: 1, maximum: 65535, default: 443 },
    apiProtocol: { type: 'string', title: 'API protocol', enum: ['https', 'http'], default: 'https' },
  },
  required: ['secretKey', 'webhookSecret'],
  additionalProperties: false,
} as const satisfies SettingsSchema;

export type StripeSettings = SettingsOf<typeof settingsSchema>;

/** Stripe's documented default: a signature older than five minutes is refused (replay protection). */
const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The SDK takes 3 MB of heap: required with the first payment, not by every server that lists this gateway (the types are the same). */
function stripeClient(settings: StripeSettings): Stripe {
  const StripeSdk = require('stripe') as typeof Stripe;
  return new StripeSdk(settings.secretKey, {
    host: settings.apiHost ?? 'api.stripe.com',
    port: settings.apiPort ?? 443,
    protocol: settings.apiProtocol ?? 'https',
    // One attempt per call: the server's caller retries with the same idempotency key.
    maxNetworkRetries: 0,
    timeout: 20_000,
    appInfo: { name: 'hostbill-stripe-gateway', version: '1.0.0' },
  });
}

/**
 * Stripe through PaymentIntents: startPayment creates an intent for the
 * invoice (its id in the metadata) and answers its client secret for Stripe's
 * payment form; the `payment_intent.succeeded` webhook, verified with
 * stripe.webhooks.constructEvent, reports the payment; refunds go through
 * POST /v1/refunds.
 */
export default defineGateway<StripeSettings>({
  name: 'stripe',
  version: '1.0.0',
  sdkVersion: '^1.1.0',
  kind: 'gateway',
  displayName: 'Card (Stripe)',
  description: 'Pay by card and other methods through Stripe.',
  settingsSchema,

  async startPayment(ctx) {
    const intent = await stripeClient(ctx.settings).paymentIntents.create({
      amount: Number(ctx.amountMinor),
      currency: ctx.currency.toLowerCase(),
      description: `Invoice ${ctx.invoice.number ?? ctx.invoice.id}`,
      receipt_email: ctx.client.email,
      metadata: { invoice_id: ctx.invoice.id, invoice_number: ctx.invoice.number ?? '' },
      automatic_payment_methods: { enabled: true },
    }, { idempotencyKey: ctx.idempotencyKey });
    if (!intent.client_secret) throw new Error(`Stripe answered PaymentIntent ${intent.id} without a client secret`);
    return { clientSecret: intent.client_secret, reference: intent.id };
  },

  async verifyCallback(ctx) {
    const stripe = stripeClient(ctx.settings);
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(ctx.rawBody, ctx.headers['stripe-signature'] ?? '', ctx.settings.webhookSecret, SIGNATURE_TOLERANCE_SECONDS);
    } catch (error) {
      throw new GatewayCallbackError(`Stripe webhook refused: ${(error as Error).message.split('\n')[0].trim()}`, { cause: error });
    }
    if (event.type !== 'payment_intent.succeeded') return undefined;
    // The signed event says it succeeded; the intent as Stripe has it now gives the amount actually received.
    const intent = await stripe.paymentIntents.retrieve((event.data.object as Stripe.PaymentIntent).id);
    if (intent.status !== 'succeeded' || !intent.metadata.invoice_id) return undefined;
    return { transactionId: intent.id, invoiceId: intent.metadata.invoice_id, amountMinor: BigInt(intent.amount_received), currency: intent.currency.toUpperCase() };
  },

  async refund(ctx) {
    const refund = await stripeClient(ctx.settings).refunds.create(
      { payment_intent: ctx.paymentTransactionId, amount: Number(ctx.amountMinor) },
      { idempotencyKey: ctx.idempotencyKey },
    );
    return { transactionId: refund.id };
  },
});
