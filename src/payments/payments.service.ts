/**
 * Issue 14.2: paying invoices through payment gateway modules (kind "gateway"
 * of the plugin SDK): the operator's configuration per gateway and currency,
 * starting a payment, and recording what a gateway's signed callback reports.
 */
import type { PaymentGatewayModule, PaymentStart } from '@hostbill/plugin-sdk';
import { GatewayCallbackError } from '@hostbill/plugin-sdk';
import type { RequestContext } from '../shared/context';
import { AppError, badInput, FieldProblems, conflict, notFound } from '../shared/errors';
import { currencyDecimals, formatScaled } from '../shared/money';
import { globalId } from '../shared/ids';
import { recordActivity } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import { decryptedSettings, maskingLogger, prepareSettings, secretNames, secretsKeyOf } from '../plugins/module-settings';
import { clientContext } from '../provisioning/command-context';
import { Invoice, isOpen } from '../billing/invoice.entity';
import { label } from '../billing/invoice-status';
import { asSystem, assertCanSeeInvoice } from '../billing/locked-invoice';
import { addInvoicePayment } from '../billing/invoice-payment.service';
import type { Transaction } from '../billing/transaction.entity';
import type { GatewayRefund } from '../billing/invoice-payment.service';
import { PaymentGatewaySetting } from './payment-gateway-setting.entity';
import type { ConfigurePaymentGatewayInput } from './payments.inputs';

/** A gateway's calls to the remote side give up after this long. */
const GATEWAY_TIMEOUT_MS = 30_000;

function gatewayModule(ctx: Pick<RequestContext, 'modules'>, name: string, field: string): PaymentGatewayModule {
  const module = ctx.modules.gateways.get(name);
  if (!module) throw badInput(field, `Unknown payment gateway "${name}" (loaded: ${[...ctx.modules.gateways.keys()].join(', ') || 'none'})`, 'MODULE_UNAVAILABLE');
  return module;
}

/** Staff: enables or disables a gateway, for which currencies, with its settings (a secret left out keeps its stored value). */
export async function configurePaymentGateway(ctx: RequestContext, input: ConfigurePaymentGatewayInput): Promise<PaymentGatewaySetting> {
  const problems = new FieldProblems();
  const found = problems.collect(() => gatewayModule(ctx, input.module, 'module'));
  const codes = input.currencies.map((c) => c.trim().toUpperCase());
  codes.forEach((code, i) => {
    if (!/^[A-Z]{3}$/.test(code)) problems.add(`currencies.${i}`, `"${code}" is not an ISO 4217 currency code`, 'INVALID_FORMAT');
  });
  problems.throwIfAny();
  // Found: a missing one is among the problems thrown above.
  const module = found!;
  const currencies = [...new Set(codes)];
  const setting = (await ctx.em.findOne(PaymentGatewaySetting, { module: module.name })) ?? ctx.em.create(PaymentGatewaySetting, { module: module.name });
  const stored = prepareSettings(secretsKeyOf(ctx), module.settingsSchema, input.settings ?? {}, setting);
  Object.assign(setting, { enabled: input.enabled, currencies, ...stored });
  recordActivity(ctx.em, ctx, { action: 'paymentGateway.configure', targetType: 'PaymentGateway', targetId: module.name, details: { enabled: input.enabled, currencies } });
  await ctx.em.flush();
  return setting;
}

export function listGatewaySettings(ctx: RequestContext): Promise<PaymentGatewaySetting[]> {
  return ctx.em.find(PaymentGatewaySetting, {}, { orderBy: { module: 'asc' } });
}

/** The gateways a payment in `currency` may use: enabled by the operator for it, and loaded. */
async function enabledGateways(ctx: RequestContext, currency: string): Promise<PaymentGatewaySetting[]> {
  const settings = await ctx.em.find(PaymentGatewaySetting, { enabled: true, currencies: { $contains: [currency] } }, { orderBy: { module: 'asc' } });
  return settings.filter((s) => ctx.modules.gateways.has(s.module));
}

async function payableInvoice(ctx: RequestContext, invoiceId: number): Promise<Invoice> {
  const invoice = await ctx.em.findOne(Invoice, { id: invoiceId });
  if (!invoice) throw notFound('Invoice', invoiceId);
  assertCanSeeInvoice(ctx, invoice);
  return invoice;
}

export interface AvailableGateway { module: string; displayName: string; description?: string }

/** The gateways the viewer may pay this invoice through. */
export async function gatewaysForInvoice(ctx: RequestContext, invoiceId: number): Promise<AvailableGateway[]> {
  const invoice = await payableInvoice(ctx, invoiceId);
  return (await enabledGateways(ctx, invoice.currency)).map((s) => {
    const m = ctx.modules.gateways.get(s.module)!;
    return { module: m.name, displayName: m.displayName, description: m.description };
  });
}

export interface StartedPayment extends PaymentStart { gateway: string; amountMinor: bigint; currency: string }

/**
 * Starts paying the invoice's balance due through a gateway enabled for its
 * currency. No transaction is open while the gateway is called (STYLE 6).
 */
export async function payInvoice(ctx: RequestContext, invoiceId: number, gatewayName: string, urls: { returnUrl?: string; cancelUrl?: string }): Promise<StartedPayment> {
  const invoice = await payableInvoice(ctx, invoiceId);
  const module = gatewayModule(ctx, gatewayName, 'gateway');
  const setting = (await enabledGateways(ctx, invoice.currency)).find((s) => s.module === module.name);
  if (!setting) throw badInput('gateway', `The gateway "${module.name}" is not available for payments in ${invoice.currency}`, 'MODULE_UNAVAILABLE');
  if (!isOpen(invoice.status)) throw conflict('status', `Only an unpaid invoice can be paid; this one is ${label(invoice.status)}`, 'INVOICE_NOT_OPEN');
  const amountMinor = invoice.balanceDueMinor;
  if (amountMinor <= 0n) throw conflict('invoiceId', 'Nothing is due on this invoice', 'INVOICE_NOT_OPEN');
  const client = await ctx.em.findOneOrFail(Client, { id: invoice.client!.id });
  const settings = decryptedSettings(secretsKeyOf(ctx), setting);
  const started = await callGateway(module, settings, (signal, logger) => module.startPayment({
    settings, signal, logger, amountMinor, amount: formatScaled(amountMinor, currencyDecimals(invoice.currency)), currency: invoice.currency,
    // The same invoice, amount and currency start the same payment again (a retry, a second click).
    idempotencyKey: `invoice-${invoice.id}-${amountMinor}-${invoice.currency}`,
    invoice: { id: String(invoice.id), number: invoice.number ?? undefined },
    client: clientContext(client), returnUrl: urls.returnUrl, cancelUrl: urls.cancelUrl,
  }));
  return { ...started, gateway: module.name, amountMinor, currency: invoice.currency };
}

/** Runs one gateway call with a time limit; its failures reach the caller as SERVICE_UNAVAILABLE with the gateway's message. */
async function callGateway<T>(module: PaymentGatewayModule, settings: Record<string, unknown>, call: (signal: AbortSignal, logger: ReturnType<typeof maskingLogger>) => Promise<T>): Promise<T> {
  const secrets = secretNames(module.settingsSchema).map((name) => String(settings[name] ?? '')).filter(Boolean);
  const logger = maskingLogger(module.name, secrets);
  try {
    return await call(AbortSignal.timeout(GATEWAY_TIMEOUT_MS), logger);
  } catch (error) {
    logger.warn('gateway call failed', { error: (error as Error).message });
    throw new AppError('SERVICE_UNAVAILABLE', `The payment gateway ${module.displayName} refused or did not answer; try again later`);
  }
}

/** Why a callback was refused: answered with HTTP 400 and records nothing. */
export class CallbackRefused extends Error {}

/**
 * A gateway's callback (raw body and headers): verified by the module, then
 * the payment it reports recorded by the server itself. Idempotent by the
 * gateway's transaction id (addInvoicePayment): a replay records nothing again.
 */
export async function handleGatewayCallback(ctx: RequestContext, moduleName: string, rawBody: Buffer, headers: Record<string, string | undefined>): Promise<Transaction | undefined> {
  const module = ctx.modules.gateways.get(moduleName);
  const setting = module && (await ctx.em.findOne(PaymentGatewaySetting, { module: moduleName }));
  if (!module?.verifyCallback || !setting) throw new CallbackRefused(`No payment gateway "${moduleName}" takes callbacks here`);
  const settings = decryptedSettings(secretsKeyOf(ctx), setting);
  const logger = maskingLogger(module.name, secretNames(module.settingsSchema).map((n) => String(settings[n] ?? '')).filter(Boolean));
  let event;
  try {
    event = await module.verifyCallback({ settings, rawBody, headers, logger });
  } catch (error) {
    if (error instanceof GatewayCallbackError) throw new CallbackRefused(error.message);
    throw error;
  }
  if (!event) return undefined;
  const invoiceId = Number(event.invoiceId);
  const system = asSystem(ctx);
  const invoice = Number.isSafeInteger(invoiceId) ? await ctx.em.findOne(Invoice, { id: invoiceId }) : null;
  if (!invoice) throw new CallbackRefused(`The callback names no known invoice (${event.invoiceId})`);
  if (event.currency.toUpperCase() !== invoice.currency) throw new CallbackRefused(`The payment is in ${event.currency}, the invoice in ${invoice.currency}`);
  return addInvoicePayment(system, {
    invoiceId: globalId('Invoice', invoice.id), gateway: module.name, transactionId: event.transactionId,
    amount: formatScaled(event.amountMinor, currencyDecimals(invoice.currency)), currency: invoice.currency, allowOverpayment: true,
  }, 'gateway');
}

/** Refunds through the payment's gateway module when it refunds and is configured (billing's refundTransaction calls it). */
export const refundAtGateway: GatewayRefund = async (ctx, payment, amountMinor, idempotencyKey) => {
  const module = ctx.modules.gateways.get(payment.gateway);
  if (!module?.refund) return undefined;
  const setting = await ctx.em.findOne(PaymentGatewaySetting, { module: module.name });
  // Not configured here: the money moved elsewhere (e.g. recorded by hand), so the refund is recorded only, as before gateways existed.
  if (!setting) return undefined;
  const settings = decryptedSettings(secretsKeyOf(ctx), setting);
  const refund = await callGateway(module, settings, (signal, logger) => module.refund!({
    settings, signal, logger, idempotencyKey, paymentTransactionId: payment.transactionId, amountMinor, currency: payment.currency,
  }));
  return refund.transactionId;
};
