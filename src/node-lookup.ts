import type { EntityName } from '@mikro-orm/core';
import type { RequestContext } from './shared/context';
import { isNotVisible } from './shared/global-ids';
import { assertCanAccessClient } from './auth/client-access';
import { ClientPermission } from './auth/client-permission';
import { StaffUser } from './auth/staff-user.entity';
import { ActivityLogEntry } from './activity/activity-log-entry.entity';
import { getClient } from './clients/client.service';
import { getContact } from './clients/contact.service';
import { ClientGroup } from './clients/client-group.entity';
import { Project } from './clients/project.entity';
import { ClientUser } from './clients/client-user.entity';
import { ClientPayer } from './clients/client-payer.entity';
import { CreditEntry } from './credit/credit-entry.entity';
import { getInvoice } from './billing/invoice.service';
import { getTransaction } from './billing/transaction.service';
import { InvoiceLine } from './billing/invoice-line.entity';
import { Currency } from './currency/currency.entity';
import { TaxRule } from './billing/tax-rule.entity';
import { Promotion } from './catalog/promotion.entity';
import { ClientDiscount } from './orders/client-discount.entity';
import { CATALOG_NODE_TYPES, findCatalogNode } from './catalog/catalog-visibility';
import { getService } from './provisioning/service.service';
import { getDomain } from './provisioning/domain.service';
import { getServiceAddon } from './provisioning/service-addon.service';
import { getModuleJob } from './provisioning/module-command.service';
import { getServer, getServerGroup } from './provisioning/server.service';
import { ModuleLogEntry } from './provisioning/module-log-entry.entity';
import { DailyRun } from './automation/daily-run.entity';
import { getCancellationRequest } from './automation/cancellation.service';
import { MailMessage } from './mail/mail-message.entity';
import { ClientMessage } from './mail/client-message.entity';
import { getOrder } from './orders/order.service';
import { OrderItem } from './orders/order.entity';

type Find = (ctx: RequestContext, key: number) => Promise<object | null>;

/** The area's own lookup, with its access rules; whatever it refuses (NOT_FOUND, FORBIDDEN) is null. */
const visibleThrough = (get: (ctx: RequestContext, key: number) => Promise<object>): Find => async (ctx, key) => {
  try {
    return await get(ctx, key);
  } catch (error) {
    if (isNotVisible(error)) return null;
    throw error;
  }
};

/** Records only staff see (settings, catalog administration, logs). */
const staffOnly = <T extends object>(entity: EntityName<T>, populate: string[] = []): Find => async (ctx, key) =>
  ctx.viewer?.kind === 'staff' ? ctx.em.findOne(entity, { id: key } as never, { populate: populate as never }) : null;

/** Records of a client account, seen by whoever may see that account's `permission` area. */
const ownedBy = <T extends { client?: { id: number } | null }>(entity: EntityName<T>, permission?: ClientPermission): Find => async (ctx, key) => {
  const found = (await ctx.em.findOne(entity, { id: key } as never)) as T | null;
  if (!found) return null;
  // Records a deleted client left behind (CL-8) are staff's.
  if (!found.client) return ctx.viewer?.kind === 'staff' ? found : null;
  try {
    assertCanAccessClient(ctx, found.client.id, permission);
    return found;
  } catch (error) {
    if (isNotVisible(error)) return null;
    throw error;
  }
};

/**
 * How `node(id:)` finds each Node type (issue 13.3), reusing each area's
 * access checks. A new type with an `id` needs an entry: the node test walks
 * the schema and fails on a type missing here.
 */
const finders: Record<string, Find> = {
  Client: visibleThrough(getClient),
  Contact: visibleThrough(getContact),
  Invoice: visibleThrough(getInvoice),
  Transaction: visibleThrough(getTransaction),
  Service: visibleThrough(getService),
  ServiceAddon: visibleThrough(getServiceAddon),
  Domain: visibleThrough(getDomain),
  ModuleJob: visibleThrough(getModuleJob),
  Server: visibleThrough(getServer),
  ServerGroup: visibleThrough(getServerGroup),
  InvoiceLine: async (ctx, key) => {
    const line = await ctx.em.findOne(InvoiceLine, { id: key });
    return line && (await finders.Invoice(ctx, line.invoice.id)) ? line : null;
  },
  Order: visibleThrough(getOrder),
  CancellationRequest: visibleThrough(getCancellationRequest),
  OrderItem: async (ctx, key) => {
    const item = await ctx.em.findOne(OrderItem, { id: key });
    return item && (await finders.Order(ctx, item.order.id)) ? item : null;
  },
  ClientPayer: ownedBy(ClientPayer, ClientPermission.INVOICES),
  CreditEntry: ownedBy(CreditEntry, ClientPermission.CREDIT),
  // The users of an account: staff and the account holder (as Client.users).
  ClientUser: async (ctx, key) => {
    if (ctx.viewer?.kind === 'client' && ctx.viewer.clientUserId != null) return null;
    return ownedBy(ClientUser)(ctx, key);
  },
  Staff: staffOnly(StaffUser),
  ClientGroup: staffOnly(ClientGroup),
  Project: staffOnly(Project),
  ActivityLogEntry: staffOnly(ActivityLogEntry),
  ModuleLogEntry: staffOnly(ModuleLogEntry),
  DailyRun: staffOnly(DailyRun),
  Email: staffOnly(MailMessage),
  ClientMessage: staffOnly(ClientMessage),
  BillingCurrency: staffOnly(Currency),
  TaxRule: staffOnly(TaxRule),
  Promotion: staffOnly(Promotion),
  ClientDiscount: staffOnly(ClientDiscount),
  // What the public catalog shows, for anyone; the rest of the catalog for staff.
  ...Object.fromEntries(CATALOG_NODE_TYPES.map((type): [string, Find] => [type, (ctx, key) => findCatalogNode(ctx, type, key)])),
};

/** The object of `type` with `key` if the viewer may see it, else null. */
export async function findNode(ctx: RequestContext, type: string, key: number): Promise<object | null> {
  const find = finders[type];
  return find ? find(ctx, key) : null;
}
