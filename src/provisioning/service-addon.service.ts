/**
 * SV-4 / SV-14 (issue 16): a service's addons as records of their own. They
 * start with their service (Active once it is), renew on their own cycle and
 * end with it when the system terminates it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { FieldProblems, notFound } from '../shared/errors';
import { amountInput } from '../shared/money';
import { localToday } from '../shared/clock';
import { recordActivity } from '../activity/activity.service';
import { assertCanAccessClient } from '../auth/client-access';
import { ClientPermission } from '../auth/client-permission';
import type { Addon } from '../catalog/addon.entity';
import { BillingCycle } from '../catalog/billing-cycle';
import { firstDueDate } from '../catalog/cycle-dates';
import { Service } from './service.entity';
import { ServiceAddon } from './service-addon.entity';
import { assertStaffTransition, ENDED_STATUSES, ServiceStatus } from './service-status';
import { updateRows } from '../shared/update-rows';

export interface NewServiceAddon {
  addon: Addon;
  name: string;
  cycle: BillingCycle;
  currency: string;
  firstPaymentMinor: bigint;
  recurringMinor: bigint;
  /** The operator's today (YYYY-MM-DD): the addon starts then, and its first payment covers one cycle from then. */
  today: string;
}

/** Adds an addon to `service` in `em`'s transaction; Active when the service is, else Pending until it is. */
export function addServiceAddon(em: EntityManager, service: Service, fields: NewServiceAddon): ServiceAddon {
  return em.create(ServiceAddon, {
    service, addon: fields.addon, name: fields.name, billingCycle: fields.cycle, currency: fields.currency,
    firstPaymentMinor: fields.firstPaymentMinor, recurringMinor: fields.recurringMinor, registrationDate: fields.today,
    nextDueDate: firstDueDate(fields.today, fields.cycle),
    status: service.status === ServiceStatus.ACTIVE ? ServiceStatus.ACTIVE : ServiceStatus.PENDING,
  });
}

/** The Pending addons of a service that has just become Active start with it. */
export async function activatePendingAddons(em: EntityManager, serviceId: number): Promise<void> {
  await updateRows(em, ServiceAddon, { service: serviceId, status: ServiceStatus.PENDING }, { status: ServiceStatus.ACTIVE });
}

/**
 * SV-14: a service the system has just terminated (or cancelled) takes its
 * living addons with it: they end with the service's status and termination
 * date. Staff's manual Terminate does not come here.
 */
export async function endAddonsWithService(em: EntityManager, service: Service): Promise<number> {
  if (service.status !== ServiceStatus.TERMINATED && service.status !== ServiceStatus.CANCELLED) return 0;
  return updateRows(em, ServiceAddon, { service: service.id, status: { $in: [ServiceStatus.PENDING, ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED] } }, { status: service.status, terminationDate: service.terminationDate });
}

/** Staff: any service addon. A client: those of its own services (users need SERVICES). */
export async function getServiceAddon(ctx: RequestContext, id: number): Promise<ServiceAddon> {
  const addon = await ctx.em.findOne(ServiceAddon, { id }, { populate: ['service'] });
  if (!addon) throw notFound('ServiceAddon', id);
  assertCanAccessClient(ctx, addon.service.getEntity().client.id, ClientPermission.SERVICES, ['ServiceAddon', id]);
  return addon;
}

/** What staff change on a service addon; left out: kept. */
export interface ServiceAddonEdit {
  recurringAmount?: string;
  billingCycle?: BillingCycle;
  nextDueDate?: string;
  status?: ServiceStatus;
}

/**
 * SV-10: staff edit an addon's price, cycle, next due date or status, checked
 * as a service's edit is (the same status steps; a free addon has no amount).
 * Its payment method is its service's, so there is none to set here.
 */
export async function updateServiceAddon(ctx: RequestContext, id: number, edit: ServiceAddonEdit): Promise<ServiceAddon> {
  const addon = await getServiceAddon(ctx, id);
  const problems = new FieldProblems();
  const from = addon.status;
  const status = edit.status ?? from;
  problems.collect(() => assertStaffTransition(from, status, 'addon'));
  const recurringMinor = edit.recurringAmount === undefined ? undefined
    : problems.collect(() => amountInput(edit.recurringAmount!, addon.currency, { field: 'recurringAmount', allowed: 'notNegative' }));
  const cycle = edit.billingCycle ?? addon.billingCycle;
  if (cycle === BillingCycle.FREE && (recurringMinor ?? BigInt(addon.recurringMinor)) !== 0n) problems.add('billingCycle', 'A free addon has no amount', 'CONFLICTING_INPUT');
  problems.throwIfAny();

  await ctx.em.transactional(async (em) => {
    addon.billingCycle = cycle;
    if (recurringMinor !== undefined) addon.recurringMinor = recurringMinor;
    if (edit.nextDueDate !== undefined) addon.nextDueDate = edit.nextDueDate;
    addon.status = status;
    if (!ENDED_STATUSES.includes(status)) addon.terminationDate = undefined;
    else addon.terminationDate ??= localToday(ctx.config.automation);
    em.persist(addon);
    recordActivity(em, ctx, {
      action: 'serviceAddon.update',
      targetType: 'ServiceAddon',
      targetId: String(id),
      clientId: addon.service.getEntity().client.id,
      details: { changed: Object.keys(edit).filter((k) => (edit as Record<string, unknown>)[k] !== undefined), ...(from !== status ? { from, to: status } : {}) },
    });
  });
  return addon;
}
