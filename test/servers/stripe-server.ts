/**
 * A Stripe API test server: the endpoints the stripe gateway plugin calls,
 * with Stripe's documented request encoding, authentication, idempotency and
 * response shapes, and webhooks signed like Stripe signs them. Stricter than
 * Stripe where unsure (an unknown parameter or content type is refused).
 *
 * Sources (Stripe API reference and guides):
 * - Authentication: "Authorization: Bearer sk_…" (https://docs.stripe.com/api/authentication);
 *   401 with an invalid_request_error without it.
 * - Requests are application/x-www-form-urlencoded with bracket notation for
 *   hashes, e.g. metadata[invoice_id]=12 (https://docs.stripe.com/api, "form-encoded request bodies").
 * - Idempotency: the Idempotency-Key header; the same key with the same
 *   parameters answers the first result, with other parameters an
 *   idempotency_error (https://docs.stripe.com/api/idempotent_requests).
 * - Errors: { error: { type, code, message, param } } (https://docs.stripe.com/api/errors).
 * - PaymentIntents: POST /v1/payment_intents, GET /v1/payment_intents/:id
 *   (https://docs.stripe.com/api/payment_intents/create, /object): amount in
 *   the smallest currency unit, lower-case currency, client_secret
 *   "<id>_secret_<…>", status requires_payment_method → succeeded.
 * - Refunds: POST /v1/refunds with payment_intent and amount (https://docs.stripe.com/api/refunds/create).
 * - Webhooks: an Event { id, object: "event", type, data: { object } } POSTed
 *   with "Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of `${t}.${body}`
 *   keyed with the endpoint secret>" (https://docs.stripe.com/webhooks#verify-manually).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StripeTestServer {
  port: number;
  /** Every API request received, in order. */
  requests: { method: string; path: string; idempotencyKey?: string; params: Record<string, unknown> }[];
  intents: Map<string, PaymentIntent>;
  refunds: Refund[];
  /** The payer completes the payment form: the intent succeeds and Stripe sends payment_intent.succeeded. */
  confirm(intentId: string): Promise<Webhook>;
  /** Sends a webhook body with the given Stripe-Signature header (replays and forgeries). */
  send(body: string, signature: string): Promise<{ status: number; body: string }>;
  /** The Stripe-Signature header Stripe would send for `body` at `timestamp` (unix seconds) with `secret`. */
  sign(body: string, timestamp?: number, secret?: string): string;
  stop(): Promise<void>;
}

export interface Webhook { body: string; signature: string; status: number; response: string }

interface PaymentIntent {
  id: string; object: 'payment_intent'; amount: number; amount_received: number; currency: string; status: string;
  client_secret: string; description: string | null; receipt_email: string | null; metadata: Record<string, string>;
  automatic_payment_methods: { enabled: boolean } | null; created: number; livemode: false; latest_charge: string | null;
}
interface Refund { id: string; object: 'refund'; amount: number; currency: string; payment_intent: string; status: 'succeeded'; created: number }

class StripeError extends Error {
  constructor(readonly status: number, readonly type: string, message: string, readonly param?: string, readonly code?: string) { super(message); }
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

/** Parses Stripe's form encoding: a[b]=c becomes { a: { b: 'c' } }. */
function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter((part) => part !== '');
    let node = out;
    path.slice(0, -1).forEach((part) => { node = node[part] ??= {}; });
    node[path[path.length - 1]] = value;
  }
  return out;
}

function onlyKnown(params: Record<string, unknown>, known: string[]): void {
  for (const key of Object.keys(params)) if (!known.includes(key)) throw new StripeError(400, 'invalid_request_error', `Received unknown parameter: ${key}`, key, 'parameter_unknown');
}

function positiveInteger(params: Record<string, unknown>, name: string): number {
  const raw = params[name];
  if (typeof raw !== 'string' || !/^[1-9]\d*$/.test(raw)) throw new StripeError(400, 'invalid_request_error', `Invalid integer: ${String(raw)}`, name, raw === undefined ? 'parameter_missing' : 'parameter_invalid_integer');
  return Number(raw);
}

export async function startStripeTestServer(options: { secretKey: string; webhookSecret: string; webhookUrl: () => string }): Promise<StripeTestServer> {
  const requests: StripeTestServer['requests'] = [];
  const intents = new Map<string, PaymentIntent>();
  const refunds: Refund[] = [];
  const idempotent = new Map<string, { params: string; status: number; body: unknown }>();

  const createIntent = (params: Record<string, unknown>): PaymentIntent => {
    onlyKnown(params, ['amount', 'currency', 'description', 'receipt_email', 'metadata', 'automatic_payment_methods']);
    const amount = positiveInteger(params, 'amount');
    const currency = params.currency;
    if (typeof currency !== 'string' || !/^[a-z]{3}$/.test(currency)) throw new StripeError(400, 'invalid_request_error', 'Invalid currency', 'currency', 'parameter_missing');
    const intentId = id('pi');
    const intent: PaymentIntent = {
      id: intentId, object: 'payment_intent', amount, amount_received: 0, currency, status: 'requires_payment_method',
      client_secret: `${intentId}_secret_${randomBytes(12).toString('hex')}`, description: (params.description as string) ?? null,
      receipt_email: (params.receipt_email as string) ?? null, metadata: (params.metadata as Record<string, string>) ?? {},
      automatic_payment_methods: params.automatic_payment_methods ? { enabled: (params.automatic_payment_methods as { enabled: string }).enabled === 'true' } : null,
      created: now(), livemode: false, latest_charge: null,
    };
    intents.set(intentId, intent);
    return intent;
  };

  const createRefund = (params: Record<string, unknown>): Refund => {
    onlyKnown(params, ['payment_intent', 'amount']);
    const intent = intents.get(String(params.payment_intent));
    if (!intent) throw new StripeError(400, 'invalid_request_error', `No such payment_intent: '${String(params.payment_intent)}'`, 'payment_intent', 'resource_missing');
    if (intent.status !== 'succeeded') throw new StripeError(400, 'invalid_request_error', 'This PaymentIntent does not have a successful charge to refund.', 'payment_intent', 'charge_not_refundable');
    const refunded = refunds.filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + r.amount, 0);
    const amount = params.amount === undefined ? intent.amount_received - refunded : positiveInteger(params, 'amount');
    if (refunded + amount > intent.amount_received) throw new StripeError(400, 'invalid_request_error', `Refund amount (${amount}) is greater than unrefunded amount on charge (${intent.amount_received - refunded})`, 'amount', 'amount_too_large');
    const refund: Refund = { id: id('re'), object: 'refund', amount, currency: intent.currency, payment_intent: intent.id, status: 'succeeded', created: now() };
    refunds.push(refund);
    return refund;
  };

  const route = (method: string, path: string, params: Record<string, unknown>): unknown => {
    if (method === 'POST' && path === '/v1/payment_intents') return createIntent(params);
    if (method === 'POST' && path === '/v1/refunds') return createRefund(params);
    const get = method === 'GET' && /^\/v1\/payment_intents\/([A-Za-z0-9_]+)$/.exec(path);
    if (get) {
      const intent = intents.get(get[1]);
      if (!intent) throw new StripeError(404, 'invalid_request_error', `No such payment_intent: '${get[1]}'`, 'intent', 'resource_missing');
      return intent;
    }
    throw new StripeError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://stripe.test');
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
      res.end(JSON.stringify(body));
    };
    try {
      if (req.headers.authorization !== `Bearer ${options.secretKey}`) {
        throw new StripeError(401, 'invalid_request_error', 'Invalid API Key provided');
      }
      let params: Record<string, unknown> = {};
      if (req.method === 'POST') {
        if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
          throw new StripeError(400, 'invalid_request_error', 'Stripe API requests are form-encoded (application/x-www-form-urlencoded)');
        }
        params = parseForm(raw);
      } else if (raw) {
        throw new StripeError(400, 'invalid_request_error', 'A GET request takes no body');
      }
      const idempotencyKey = req.method === 'POST' ? (req.headers['idempotency-key'] as string | undefined) : undefined;
      requests.push({ method: req.method ?? '', path: url.pathname, idempotencyKey, params });
      if (idempotencyKey) {
        const scope = `${req.method} ${url.pathname} ${idempotencyKey}`;
        const first = idempotent.get(scope);
        if (first) {
          if (first.params !== raw) throw new StripeError(400, 'idempotency_error', `Keys for idempotent requests can only be used with the same parameters they were first used with.`);
          answer(first.status, first.body);
          return;
        }
        try {
          const body = route(req.method ?? '', url.pathname, params);
          idempotent.set(scope, { params: raw, status: 200, body });
          answer(200, body);
        } catch (error) {
          if (error instanceof StripeError) idempotent.set(scope, { params: raw, status: error.status, body: errorBody(error) });
          throw error;
        }
        return;
      }
      answer(200, route(req.method ?? '', url.pathname, params));
    } catch (error) {
      if (error instanceof StripeError) answer(error.status, errorBody(error));
      else answer(500, { error: { type: 'api_error', message: (error as Error).message } });
    }
  };
  const errorBody = (error: StripeError) => ({ error: { type: error.type, message: error.message, ...(error.param ? { param: error.param } : {}), ...(error.code ? { code: error.code } : {}) } });

  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  const sign = (body: string, timestamp = now(), secret = options.webhookSecret) =>
    `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
  const send = async (body: string, signature: string) => {
    const response = await fetch(options.webhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature }, body });
    return { status: response.status, body: await response.text() };
  };

  return {
    port: (server.address() as AddressInfo).port,
    requests, intents, refunds, sign, send,
    async confirm(intentId) {
      const intent = intents.get(intentId);
      if (!intent) throw new Error(`No such payment_intent ${intentId}`);
      Object.assign(intent, { status: 'succeeded', amount_received: intent.amount, latest_charge: id('ch') });
      const event = {
        id: id('evt'), object: 'event', api_version: '2026-10-28.endive', created: now(), livemode: false, pending_webhooks: 1,
        request: { id: id('req'), idempotency_key: null }, type: 'payment_intent.succeeded', data: { object: { ...intent } },
      };
      const body = JSON.stringify(event, null, 2);
      const signature = sign(body);
      const { status, body: response } = await send(body, signature);
      return { body, signature, status, response };
    },
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
