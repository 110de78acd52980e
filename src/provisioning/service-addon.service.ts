/**
 * SV-4 / SV-14 (issue 16): a service's addons as records of their own. They
 * start with their service (Active once it is), renew on their own cycle and
 * end with it when the system terminates it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { notFound } from '../shared/errors';
import { assertCanAccessClient } from '../auth/client-access';
import { ClientPermission } from '../auth/client-permission';
import type { Addon } from '../catalog/addon.entity';
import type { BillingCycle } from '../catalog/billing-cycle';
import { firstDueDate } from '../catalog/cycle-dates';
import { Service } from './service.entity';
import { ServiceAddon } from './service-addon.entity';
import { ServiceStatus } from './service-status';

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
  await em.nativeUpdate(ServiceAddon, { service: serviceId, status: ServiceStatus.PENDING }, { status: ServiceStatus.ACTIVE });
}

/**
 * SV-14: a service the system has just terminated (or cancelled) takes its
 * living addons with it: they end with the service's status and termination
 * date. Staff's manual Terminate does not come here.
 */
export async function endAddonsWithService(em: EntityManager, service: Service): Promise<number> {
  if (service.status !== ServiceStatus.TERMINATED && service.status !== ServiceStatus.CANCELLED) return 0;
  return em.nativeUpdate(ServiceAddon, { service: service.id, status: { $in: [ServiceStatus.PENDING, ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED] } }, { status: service.status, terminationDate: service.terminationDate });
}

/** Staff: any service addon. A client: those of its own services (users need SERVICES). */
export async function getServiceAddon(ctx: RequestContext, id: number): Promise<ServiceAddon> {
  const addon = await ctx.em.findOne(ServiceAddon, { id }, { populate: ['service'] });
  if (!addon) throw notFound('ServiceAddon', id);
  assertCanAccessClient(ctx, addon.service.getEntity().client.id, ClientPermission.SERVICES, ['ServiceAddon', id]);
  return addon;
}
