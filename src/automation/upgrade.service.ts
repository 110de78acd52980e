/**
 * SV-8 / SV-9 (issue 16.6): upgrades and downgrades of a service's product,
 * billing cycle and configurable options.
 *
 * - previewServiceChange: the charge or credit for the rest of the current
 *   cycle (proration.ts), changing nothing.
 * - upgradeService (clients and staff): an upgrade order with one UPGRADE
 *   item. A charge gets an invoice and nothing changes until it is paid
 *   (upgradePaid, billing's paid hook); a credit (downgrade) goes to the
 *   client's credit balance unless the operator gives none
 *   (OperatorSettings.creditOnDowngrade), and the change applies at once, as does a change
 *   that costs nothing. Clients change to another product only when their
 *   product lists it as an upgrade target on offer.
 * - changeServicePackage (staff, SV-9): the change applied at once with no
 *   order and no invoice; the recurring amount is recalculated unless staff
 *   give one.
 *
 * Applying a change sets the product, cycle, options and recurring amount,
 * queues the module's changePackage (after commit, through the job queue)
 * and queues the serviceUpgraded mail. The next due date never moves.
 */
import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { AppError, badInput, conflict, FieldProblems, forbidden, notFound } from '../shared/errors';
import { globalId, toId } from '../shared/ids';
import { amountInput, formatAmount } from '../shared/money';
import { logger } from '../shared/logger';
import { recordActivity, SYSTEM_ACTOR } from '../activity/activity.service';
import { getOperatorSettings } from '../settings/settings.service';
import { assertCanAccessClient } from '../auth/client-access';
import { ClientPermission } from '../auth/client-permission';
import { Client } from '../clients/client.entity';
import { queueMail } from '../mail/mail.service';
import { CreditEntryKind } from '../credit/credit-entry.entity';
import { addCreditEntryLocked } from '../credit/credit.service';
import { Product } from '../catalog/product.entity';
import { ProductUpgrade } from '../catalog/addon.entity';
import { onOffer } from '../catalog/catalog-visibility';
import type { BillingCycle } from '../catalog/billing-cycle';
import { Service } from '../provisioning/service.entity';
import { ServiceStatus } from '../provisioning/service-status';
import { publishServiceChanged, queueSystemCommandWithin } from '../provisioning/module-command.service';
import { lockService } from '../provisioning/client-lock';
import { InvoiceStatus, type Invoice } from '../billing/invoice.entity';
import { InvoiceLineType } from '../billing/invoice-line.entity';
import { LineSource, type StoredComputation } from '../billing/invoice-line-computation';
import { createInvoiceWithin } from '../billing/invoice.service';
import { totalsOfNewInvoice } from '../billing/invoice-computing';
import { lockClient } from '../billing/locked-invoice';
import { Order, OrderItem, OrderItemKind, OrderItemStatus, OrderStatus } from '../orders/order.entity';
import { priceConfiguration } from '../orders/order-pricing';
import { publishOrderChanged } from '../orders/order-events';
import type { CartConfigOptionInput } from '../orders/order.inputs';
import { CYCLE_MONTHS, printedDate, addDays } from '../catalog/cycle-dates';
import { prorate, type Proration } from './proration';
import { localNow } from './daily-run.service';
import type { ManualServiceChangeInput, ServiceChangeInput } from './upgrade.inputs';
import type { ServiceTermsChange } from '../provisioning/service-terms';
import { ServiceChangePreview } from './upgrade.types';

type StoredOptions = Service['configOptions'];

/** A change of a service, priced and prorated. */
interface ChangePlan {
  service: Service;
  client: Client;
  from: { product: Product; cycle: BillingCycle; recurringMinor: bigint };
  to: { product: Product; cycle: BillingCycle; recurringMinor: bigint; configOptions: StoredOptions };
  proration: Proration;
}

/** The service as the viewer may change it: staff any, a client its own (SERVICES permission). */
async function serviceFor(ctx: RequestContext, serviceId: number): Promise<Service> {
  const service = await ctx.em.findOne(Service, { id: serviceId });
  if (!service) throw notFound('Service', serviceId);
  assertCanAccessClient(ctx, service.client.id, ClientPermission.SERVICES, ['Service', serviceId]);
  return service;
}

/** The stored options in the form a cart gives them. */
const asCartOptions = (options: StoredOptions): CartConfigOptionInput[] => options.map((o) => ({
  optionId: globalId('ConfigOption', o.optionId), choiceId: o.choiceId != null ? globalId('ConfigOptionChoice', o.choiceId) : undefined, quantity: o.quantity,
}));

/**
 * The product, cycle and options `input` asks for, priced for the client.
 * Fields left out keep their value; options left out keep theirs on the same
 * product and take their default on another. With `sameModule`, the new
 * product must use the service's module (its changePackage moves it).
 */
async function priceTarget(em: EntityManager, service: Service, input: ServiceChangeInput, sameModule: boolean) {
  if (input.productId === null || input.cycle === null || input.configOptions === null) {
    throw badInput(input.productId === null ? 'input.productId' : input.cycle === null ? 'input.cycle' : 'input.configOptions', 'Leave the field out to keep it', 'VALUE_REQUIRED');
  }
  const productId = input.productId != null ? toId(input.productId, 'Product', 'input.productId') : service.product.id;
  const cycle = input.cycle ?? service.billingCycle;
  const given = input.configOptions ?? [];
  const givenIds = new Set(given.map((option, i) => toId(option.optionId, 'ConfigOption', `input.configOptions.${i}.optionId`)));
  const kept = productId === service.product.id ? service.configOptions.filter((option) => !givenIds.has(option.optionId)) : [];
  const client = await em.findOneOrFail(Client, service.client.id);
  const priced = await priceConfiguration(em, client, { productId, cycle, configOptions: [...asCartOptions(kept), ...given] }, 'input');
  const current = await em.findOneOrFail(Product, service.product.id);
  if (sameModule && priced.product.module !== current.module) {
    throw badInput('input.productId', `${priced.product.name} is not provisioned by the service's module ${current.module ?? '(none)'}`, 'MODULE_UNAVAILABLE');
  }
  return { client, current, priced, cycle, givenIds };
}

/** SV-8: the change `input` asks for, priced and prorated on `today`. */
async function planChange(em: EntityManager, viewer: RequestContext['viewer'], service: Service, input: ServiceChangeInput, today: string): Promise<ChangePlan> {
  const { client, current, priced, cycle, givenIds } = await priceTarget(em, service, input, true);
  const productId = priced.product.id;
  // Only options given can change on the same product (the others keep their value); each is compared with what the service has.
  const stored = new Map(service.configOptions.map((o) => [o.optionId, o]));
  const sameOptions = priced.configOptions.filter((o) => givenIds.has(o.optionId)).every((o) => {
    const had = stored.get(o.optionId);
    return had !== undefined && (had.choiceId ?? null) === (o.choiceId ?? null) && (had.quantity ?? null) === (o.quantity ?? null);
  });
  if (productId === service.product.id && cycle === service.billingCycle && sameOptions) {
    throw badInput('input', 'The service has this product, billing cycle and these options already', 'NOTHING_TO_CHANGE');
  }
  if (viewer?.kind === 'client' && productId !== service.product.id) await assertClientMayChangeTo(em, current, priced.product);
  const proration = prorate({
    oldPriceMinor: BigInt(service.recurringMinor), oldCycle: service.billingCycle, newPriceMinor: priced.recurringMinor, newCycle: cycle,
    nextDueDate: service.nextDueDate!, registrationDate: service.registrationDate, today,
  });
  return {
    service, client,
    from: { product: current, cycle: service.billingCycle, recurringMinor: BigInt(service.recurringMinor) },
    to: { product: priced.product, cycle, recurringMinor: priced.recurringMinor, configOptions: priced.configOptions },
    proration,
  };
}

/** SV-8: a client changes to another product only when the product lists it as an upgrade target that is on offer. */
async function assertClientMayChangeTo(em: EntityManager, from: Product, to: Product): Promise<void> {
  const allowed = await em.count(ProductUpgrade, { product: from.id, target: to.id });
  const offered = await em.count(Product, { $and: [{ id: to.id }, onOffer()] });
  if (!allowed || !offered) throw badInput('input.productId', `${from.name} cannot be changed to ${to.name} here; contact support`, 'NOT_UPGRADABLE');
}

/** Only active services billed per cycle whose next due date has not passed change with proration. */
function assertChangeable(service: Service, today: string): void {
  if (service.status !== ServiceStatus.ACTIVE) throw conflict('serviceId', `A ${service.status} service cannot be upgraded or downgraded`, 'SERVICE_NOT_UPGRADABLE');
  if (!service.nextDueDate) throw conflict('serviceId', 'The service is not billed per cycle (it has no next due date)', 'SERVICE_NOT_UPGRADABLE');
  if (service.nextDueDate < today) throw conflict('serviceId', `The service was due on ${service.nextDueDate}: pay the renewal first`, 'SERVICE_NOT_UPGRADABLE');
}

/** An upgrade of the service that waits for its invoice. */
async function assertNoPendingUpgrade(em: EntityManager, serviceId: number): Promise<void> {
  const pending = await em.findOne(OrderItem, { service: serviceId, kind: OrderItemKind.UPGRADE, status: OrderItemStatus.PENDING });
  if (pending) throw conflict('serviceId', `An upgrade (order ${globalId('Order', pending.order.id)}) waits for its invoice to be paid; pay or cancel it first`, 'UPGRADE_PENDING');
}

const todayOf = (ctx: RequestContext) => localNow(ctx).date;

/** SV-8: what changing the service would cost or credit now; changes nothing. */
export async function previewServiceChange(ctx: RequestContext, serviceId: number, input: ServiceChangeInput): Promise<ServiceChangePreview> {
  const service = await serviceFor(ctx, serviceId);
  const today = todayOf(ctx);
  assertChangeable(service, today);
  const plan = await planChange(ctx.em, ctx.viewer, service, input, today);
  const charge = plan.proration.amountMinor > 0n ? await totalsOfNewInvoice(ctx.em, plan.client, [upgradeLine(plan)]) : undefined;
  const p = plan.proration;
  return Object.assign(new ServiceChangePreview(), {
    service, currency: service.currency, product: plan.to.product, previousProduct: plan.from.product, cycle: plan.to.cycle, previousCycle: plan.from.cycle,
    recurringMinor: plan.to.recurringMinor, previousRecurringMinor: plan.from.recurringMinor, configOptions: plan.to.configOptions,
    cycleStart: p.cycleStart, nextDueDate: service.nextDueDate, daysInCycle: p.daysInCycle, daysInNewCycle: p.daysInNewCycle, daysLeft: p.daysLeft,
    creditedMinor: p.creditedMinor, debitedMinor: p.debitedMinor, amountMinor: p.amountMinor,
    creditToBalanceMinor: p.amountMinor < 0n && (await getOperatorSettings(ctx.em)).creditOnDowngrade ? -p.amountMinor : 0n,
    taxMinor: charge ? charge.tax1 + charge.tax2 : 0n, totalMinor: charge?.total ?? 0n,
  });
}

/** Issue 16.8: the one invoice line of an upgrade, with how it was computed. */
function upgradeLine(plan: ChangePlan) {
  const { from, to, proration: p, service } = plan;
  const end = addDays(service.nextDueDate!, -1);
  const money = (minor: bigint) => formatAmount(minor, service.currency);
  const computation: StoredComputation = {
    source: LineSource.UPGRADE, priceMinor: String(to.recurringMinor), cycle: to.cycle, periodStart: addDays(service.nextDueDate!, -p.daysLeft), periodEnd: end,
    days: p.daysLeft, daysInCycle: p.daysInNewCycle, previousPriceMinor: String(from.recurringMinor), previousCycle: from.cycle, previousDaysInCycle: p.daysInCycle,
    rounding: 'exact difference rounded once, half-up to the minor unit',
    explanation: `${money(to.recurringMinor)} × ${p.daysLeft} / ${p.daysInNewCycle} days − ${money(from.recurringMinor)} × ${p.daysLeft} / ${p.daysInCycle} days`,
  };
  const names = from.product.id === to.product.id ? to.product.name : `${from.product.name} → ${to.product.name}`;
  return {
    description: `Upgrade: ${names}${service.domain ? ` - ${service.domain}` : ''} (${printedDate(addDays(service.nextDueDate!, -p.daysLeft))} - ${printedDate(end)})`,
    amountMinor: p.amountMinor, type: InvoiceLineType.SERVICE, serviceId: service.id, computation,
  };
}

/**
 * SV-8: an upgrade order for the service. With a charge: Pending, with its
 * invoice; the change waits for the payment. Without one: applied at once
 * (Active), a downgrade's credit added to the client's credit balance when
 * the operator gives credit on downgrades.
 */
export async function upgradeService(ctx: RequestContext, serviceId: number, input: ServiceChangeInput): Promise<Order> {
  const visible = await serviceFor(ctx, serviceId);
  // An upgrade is an order: a user of the client also needs the ORDERS permission.
  assertCanAccessClient(ctx, visible.client.id, ClientPermission.ORDERS);
  return ctx.em.transactional(async (em) => {
    const probe = await em.findOneOrFail(Service, serviceId);
    const client = await lockClient(em, probe.client.id);
    if (!client) throw notFound('Client', probe.client.id);
    const service = await em.findOneOrFail(Service, { id: serviceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const today = todayOf(ctx);
    assertChangeable(service, today);
    await assertNoPendingUpgrade(em, serviceId);
    const plan = await planChange(em, ctx.viewer, service, input, today);
    const amount = plan.proration.amountMinor;
    const creditGiven = amount < 0n && (await getOperatorSettings(em)).creditOnDowngrade ? -amount : 0n;
    const order = em.create(Order, {
      client, currency: service.currency, subtotalMinor: amount > 0n ? amount : 0n, discountMinor: 0n, taxMinor: 0n, totalMinor: 0n,
      staffId: ctx.viewer?.kind === 'staff' ? ctx.viewer.staffId : ctx.viewer?.kind === 'client' ? ctx.viewer.impersonatorStaffId : undefined, ipAddress: ctx.ip,
    });
    const line = upgradeLine(plan);
    const item = em.create(OrderItem, {
      order, position: 1, kind: OrderItemKind.UPGRADE, description: line.description, product: plan.to.product, cycle: plan.to.cycle,
      domain: service.domain, configOptions: plan.to.configOptions, service, currency: service.currency,
      firstPaymentMinor: amount > 0n ? amount : 0n, recurringMinor: plan.to.recurringMinor,
    });
    await em.flush();
    recordActivity(em, ctx, {
      action: 'service.upgrade.order', targetType: 'Service', targetId: String(serviceId), clientId: client.id,
      details: { orderId: order.id, fromProductId: plan.from.product.id, toProductId: plan.to.product.id, fromCycle: plan.from.cycle, toCycle: plan.to.cycle, amountMinor: String(amount), creditGivenMinor: String(creditGiven) },
    });
    if (amount > 0n) {
      const invoice = await createInvoiceWithin(em, ctx, { clientId: client.id, lines: [line], notes: `Order #${order.id}` });
      item.invoice = ref(invoice);
      order.taxMinor = BigInt(invoice.tax1Minor) + BigInt(invoice.tax2Minor);
      order.totalMinor = BigInt(invoice.totalMinor);
      await em.flush();
      // Credit may have paid it whole when it was issued, before the item named it.
      if (invoice.status === InvoiceStatus.PAID) await applyUpgradeItem(em, ctx, item);
      else await publishOrderChanged(em, order, 'CREATED');
    } else {
      if (creditGiven > 0n) {
        addCreditEntryLocked(em, ctx, client, CreditEntryKind.DOWNGRADE, creditGiven, `Downgrade of service #${serviceId}: ${line.computation.explanation}`);
      }
      await applyUpgradeItem(em, ctx, item);
    }
    return order;
  });
}

/** What applying a change needs besides the transaction: the unit of work and queue the module job is handed to after commit. */
type Outside = Pick<RequestContext, 'em' | 'jobs' | 'config'>;

/**
 * Applies a Pending UPGRADE item inside the caller's transaction: the service
 * changes, the item is accepted and its order becomes Active.
 */
async function applyUpgradeItem(em: EntityManager, outside: Outside & Pick<RequestContext, 'viewer' | 'ip'>, item: OrderItem): Promise<void> {
  const service = await em.findOneOrFail(Service, { id: item.service!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  await applyChange(em, outside, service, {
    product: await em.findOneOrFail(Product, item.product!.id), cycle: item.cycle, configOptions: item.configOptions, recurringMinor: BigInt(item.recurringMinor),
  }, { runChangePackage: true, orderId: item.order.id });
  item.status = OrderItemStatus.ACCEPTED;
  const order = await em.findOneOrFail(Order, item.order.id);
  order.status = OrderStatus.ACTIVE;
  await em.flush();
  await publishOrderChanged(em, order, 'STATUS_CHANGED');
}

/**
 * Sets the product, cycle, options and recurring amount of a locked service,
 * queues the module's changePackage (when asked and the product has a module)
 * and the serviceUpgraded mail. A changePackage that cannot be queued now (a
 * command running, the server disabled) is logged for staff to run by hand:
 * the change itself stands.
 */
async function applyChange(
  em: EntityManager, outside: Outside & Pick<RequestContext, 'viewer' | 'ip'>, service: Service,
  to: { product: Product; cycle: BillingCycle; configOptions: StoredOptions; recurringMinor: bigint },
  options: { runChangePackage: boolean; orderId?: number },
): Promise<void> {
  const previousProductId = service.product.id;
  service.product = ref(to.product);
  service.billingCycle = to.cycle;
  service.configOptions = to.configOptions;
  service.recurringMinor = to.recurringMinor;
  await em.flush();
  recordActivity(em, outside, {
    action: 'service.upgrade', targetType: 'Service', targetId: String(service.id), clientId: service.client.id,
    details: { orderId: options.orderId, fromProductId: previousProductId, toProductId: to.product.id, cycle: to.cycle, recurringMinor: String(to.recurringMinor) },
  });
  if (options.runChangePackage && to.product.module) {
    try {
      await queueSystemCommandWithin(em, outside, service.id, 'changePackage', { productId: to.product.id, previousProductId });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      logger.warn({ err: error }, `Change package of service ${service.id} could not be queued; staff run it by hand`);
      service.lastModuleError = `changePackage: ${error.message}`;
    }
  } else {
    await publishServiceChanged(em, service, undefined, 'UPDATED');
  }
  await queueMail(em, service.client.id, 'serviceUpgraded', {
    product: to.product.name, domain: service.domain ?? `#${service.id}`, cycle: to.cycle.replace('_', '-'),
    recurring: formatAmount(to.recurringMinor, service.currency), currency: service.currency, nextDueDate: service.nextDueDate ?? '',
  });
}

/**
 * SV-8, billing's paid hook (in the paying transaction): the pending upgrade
 * the invoice bills takes effect. `outside` is where the module job goes.
 */
export async function upgradePaid(em: EntityManager, outside: () => Outside, invoice: Invoice): Promise<void> {
  const items = await em.find(OrderItem, { invoice: invoice.id, kind: OrderItemKind.UPGRADE, status: OrderItemStatus.PENDING });
  for (const item of items) await applyUpgradeItem(em, { ...outside(), viewer: SYSTEM_ACTOR.viewer, ip: SYSTEM_ACTOR.ip }, item);
}

/**
 * SV-5 (provisioning's serviceTermsChanged hook, in the edit's transaction):
 * options staff gave are checked against the product's and stored; with
 * `recalculate`, the service's product, cycle and options set its recurring
 * amount from the catalog, priced as SV-9 prices it (options kept on the same
 * product, defaults on another; the group discount included). A personal discount
 * (CL-13) stays out of the amount: renewal invoices take it off on their own line.
 * One-time and free services have no recurring amount to recalculate.
 */
export async function recalculateOnSave(em: EntityManager, { service, previousProductId, configOptions = [], recalculate }: ServiceTermsChange): Promise<void> {
  if (!CYCLE_MONTHS[service.billingCycle]) {
    if (configOptions.length) throw badInput('input.configOptions', 'Only a service billed per cycle has configurable options', 'CYCLE_NOT_OFFERED');
    return;
  }
  const givenIds = new Set(configOptions.map((option, i) => toId(option.optionId, 'ConfigOption', `input.configOptions.${i}.optionId`)));
  const kept = service.product.id === previousProductId ? service.configOptions.filter((option) => !givenIds.has(option.optionId)) : [];
  const client = await em.findOneOrFail(Client, service.client.id);
  // Checked against the product's options, priced as an order prices them; the given ones first, so a problem names its place in the input.
  const priced = await priceConfiguration(em, client, { productId: service.product.id, cycle: service.billingCycle, configOptions: [...configOptions, ...asCartOptions(kept)] }, 'input');
  service.configOptions = priced.configOptions;
  if (recalculate) service.recurringMinor = priced.recurringMinor;
}

/**
 * SV-9: staff change the service's product, cycle or options at once (no
 * order, no invoice): the recurring amount is recalculated from the catalog
 * unless given, and the module's changePackage is queued unless turned off.
 */
export async function changeServicePackage(ctx: RequestContext, serviceId: number, input: ManualServiceChangeInput): Promise<Service> {
  if (ctx.viewer?.kind !== 'staff') throw forbidden();
  await serviceFor(ctx, serviceId);
  return ctx.em.transactional(async (em) => {
    // Its client first (src/provisioning/client-lock.ts): queueing changePackage locks the client and the mail's row refers
    // to it, so after the service they would wait for a request (an edit, a cancellation) that holds it and waits for the service.
    const service = await lockService(em, serviceId);
    if ([ServiceStatus.TERMINATED, ServiceStatus.CANCELLED, ServiceStatus.FRAUD].includes(service.status)) {
      throw conflict('serviceId', `A ${service.status} service cannot change its package`, 'SERVICE_NOT_UPGRADABLE');
    }
    await assertNoPendingUpgrade(em, serviceId);
    const problems = new FieldProblems();
    const recurring = input.recurringAmount != null ? problems.collect(() => amountInput(input.recurringAmount!, service.currency, { field: 'input.recurringAmount', allowed: 'notNegative' })) : undefined;
    const target = await problems.collectAsync(() => priceTarget(em, service, input, input.runChangePackage));
    problems.throwIfAny();
    const { priced, cycle } = target!;
    await applyChange(em, ctx, service, { product: priced.product, cycle, configOptions: priced.configOptions, recurringMinor: recurring ?? priced.recurringMinor }, { runChangePackage: input.runChangePackage });
    return service;
  });
}
