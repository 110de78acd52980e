/**
 * SV-7 invoice early (issue 16): staff select services, addons and domains
 * of one client and invoice their next renewal now, by the daily run's rules
 * (renewal-invoices.step.ts: one invoice per due date and payment method
 * unless the client or its group wants separate invoices; the renewal claims
 * written with the invoices, so no due date is ever invoiced twice, by a
 * second call, a parallel one or the daily run).
 *
 * The answer names every problem at once, in the order a form needs them:
 * the input's form (ids, an empty selection) as BAD_USER_INPUT, then ids that
 * name nothing of the client's as NOT_FOUND, then items that cannot be
 * invoiced now as CONFLICT (each with its reason in `extensions.fields`).
 * A refusal writes nothing.
 */
import { DeadlockException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { RENEWAL_CYCLES, type RenewalCycle } from '../config';
import type { RequestContext } from '../shared/context';
import { localToday } from '../shared/clock';
import { AppError, conflict, FieldProblems, notFound, type ErrorCode, type FieldProblem, type ErrorReason } from '../shared/errors';
import { globalId, toId } from '../shared/ids';
import { recordActivity } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import { daysBetween } from '../catalog/cycle-dates';
import type { BillingCycle } from '../catalog/billing-cycle';
import { Invoice } from '../billing/invoice.entity';
import { Service } from '../provisioning/service.entity';
import { ServiceAddon } from '../provisioning/service-addon.entity';
import { Domain, DomainStatus } from '../provisioning/domain.entity';
import type { ServiceStatus } from '../provisioning/service-status';
import { CancellationRequest, CancellationRequestStatus } from './cancellation-request.entity';
import type { StepContext } from './daily-run.context';
import { depsOf } from './automation.service';
import { invoiceSelection, RENEWING, RENEWING_DOMAINS, unpricedDomains, type RenewalSelection } from './renewal-invoices.step';
import type { InvoiceEarlyInput } from './invoice-early.inputs';

/** The three lists of the input: the GraphQL type of their ids, their part of the selection, what the invoicing calls their items. */
const LISTS = [
  { field: 'serviceIds', type: 'Service', kind: 'services', item: 'service' },
  { field: 'addonIds', type: 'ServiceAddon', kind: 'addons', item: 'addon' },
  { field: 'domainIds', type: 'Domain', kind: 'domains', item: 'domain' },
] as const;

/** One selected item as found, with where it sits in the input. */
interface Selected {
  field: string;
  type: string;
  item: (typeof LISTS)[number]['item'];
  key: number;
  clientId: number;
  /** The next due date (a domain's expiry date). */
  due?: string;
  /** Why the item can never be invoiced now, whatever else holds. */
  notInvoiceable?: string;
  /** A service or addon: the service whose open cancellation request keeps it from renewing. */
  serviceId?: number;
}

export async function invoiceEarly(ctx: RequestContext, input: InvoiceEarlyInput): Promise<Invoice[]> {
  const problems = new FieldProblems();
  const clientId = problems.collect(() => toId(input.clientId, 'Client', 'clientId'));
  const selection: RenewalSelection = { services: [], addons: [], domains: [] };
  for (const { field, type, kind } of LISTS) {
    input[field].forEach((id, i) => {
      const key = problems.collect(() => toId(id, type, `${field}.${i}`));
      if (input[field].indexOf(id) !== i) problems.add(`${field}.${i}`, `${id} is listed twice`, 'DUPLICATE_IN_INPUT');
      else if (key !== undefined) selection[kind].push(key);
    });
  }
  if (!LISTS.some(({ field }) => input[field].length)) problems.add('serviceIds', 'Select at least one service, addon or domain', 'VALUE_REQUIRED');
  problems.throwIfAny();

  const client = await ctx.em.findOne(Client, { id: clientId! });
  if (!client) throw notFound('Client', clientId!);
  const items = await findSelected(ctx, selection);
  const missing = items.filter((item) => item.clientId !== client.id);
  if (missing.length) {
    throw refusal('NOT_FOUND', missing.map((item) => ({ field: item.field, message: `${item.type} ${globalId(item.type, item.key)} not found among the client's items`, reason: 'REFERENCE_NOT_FOUND' })));
  }

  const today = localToday(ctx.config.automation);
  // Far enough ahead to reach every selected item's due date (an item due in the past is due anyway).
  const horizon = Math.max(0, ...items.map((item) => (item.due ? daysBetween(today, item.due) : 0)));
  try {
    return await ctx.em.transactional(async (em) => {
      const step: StepContext = {
        deps: { ...depsOf(ctx), em }, settings: ctx.config.automation, date: today, em,
        itemFailed: async (_type, _key, error) => {
          throw error;
        },
      };
      const done = await invoiceSelection(step, client.id, selection, horizon);
      const invoiced = new Set(done.items.map((item) => `${item.kind} ${item.id}`));
      const left = items.filter((item) => !invoiced.has(`${item.item} ${item.key}`));
      if (left.length) throw refusal('CONFLICT', await whyNotDue(step, left));
      recordActivity(em, ctx, {
        action: 'invoice.early', targetType: 'Client', targetId: String(client.id), clientId: client.id,
        details: { invoices: done.invoiceIds, ...selection },
      });
      await em.flush();
      return em.find(Invoice, { id: { $in: done.invoiceIds } }, { orderBy: { id: 'asc' } });
    });
  } catch (error) {
    // A call or run invoicing the same items at the same moment: whoever came second sees it on the renewal claims' keys.
    if (error instanceof UniqueConstraintViolationException || error instanceof DeadlockException) {
      throw conflict('serviceIds', 'The items were invoiced at the same moment by someone else; look at the client\'s invoices', 'CONCURRENT_CHANGE');
    }
    throw error;
  }
}

/** The selected items that exist, with their client (an item of another client stands for one that does not exist). */
async function findSelected(ctx: RequestContext, selection: RenewalSelection): Promise<Selected[]> {
  const [services, addons, domains] = await Promise.all([
    ctx.em.find(Service, { id: { $in: selection.services } }),
    ctx.em.find(ServiceAddon, { id: { $in: selection.addons } }, { populate: ['service'] }),
    ctx.em.find(Domain, { id: { $in: selection.domains } }),
  ]);
  const found = {
    services: new Map(services.map((service) => [service.id, {
      clientId: service.client.id, due: service.nextDueDate, serviceId: service.id,
      notInvoiceable: notBilled('service', service.status, service.billingCycle, service.nextDueDate),
    }])),
    addons: new Map(addons.map((addon) => {
      const service = addon.service.getEntity();
      return [addon.id, {
        clientId: service.client.id, due: addon.nextDueDate, serviceId: service.id,
        notInvoiceable: notBilled('addon', addon.status, addon.billingCycle, addon.nextDueDate) ?? notBilled('addon\'s service', service.status),
      }];
    })),
    domains: new Map(domains.map((domain) => [domain.id, {
      clientId: domain.client.id, due: domain.expiryDate,
      notInvoiceable: !RENEWING_DOMAINS.includes(domain.status) ? `a ${domain.status.replace('_', ' ')} domain is not renewed: only active and grace-period domains are`
        : !domain.expiryDate ? 'the domain has no expiry date' : undefined,
    }])),
  };
  return LISTS.flatMap(({ field, type, kind, item }) => selection[kind].map((key, i) => ({ field: `${field}.${i}`, type, item, key, clientId: 0, ...found[kind].get(key) })));
}

/** Why an item with `status` (and for the item itself its cycle and due date) is never invoiced; undefined when it is. */
function notBilled(what: string, status: ServiceStatus, cycle?: BillingCycle, due?: string): string | undefined {
  if (!RENEWING.includes(status)) return `the ${what} is ${status}: only pending, active or suspended items are invoiced`;
  if (cycle !== undefined && (!due || !RENEWAL_CYCLES.includes(cycle as RenewalCycle))) return `the ${what} is not billed per cycle (it has no next due date)`;
  return undefined;
}

/** The CONFLICT problems of the selected items the invoicing left out, one each, the first reason that applies. */
async function whyNotDue(ctx: StepContext, left: Selected[]): Promise<FieldProblem[]> {
  const serviceIds = left.flatMap((item) => (item.serviceId ? [item.serviceId] : []));
  // One after the other: both run on the transaction's connection.
  const cancelling = await ctx.em.find(CancellationRequest, { service: { $in: serviceIds }, status: CancellationRequestStatus.OPEN }, { fields: ['service'] });
  const unpriced = await unpricedDomains(ctx.em, left.filter((item) => item.item === 'domain').map((item) => item.key));
  const cancellingServices = new Set(cancelling.map((request) => request.service.id));
  return left.map((item): FieldProblem => {
    const name = `${item.type} ${globalId(item.type, item.key)}`;
    const problem = (message: string, reason: ErrorReason) => ({ field: item.field, message: `${name}: ${message}`, reason });
    if (item.notInvoiceable) return problem(item.notInvoiceable, 'NOT_INVOICEABLE');
    if (item.serviceId && cancellingServices.has(item.serviceId)) return problem('the service has an open cancellation request or scheduled termination', 'CANCELLATION_OPEN');
    if (item.item === 'domain' && unpriced.includes(item.key)) return problem('its TLD has no 1-year renewal price in the client\'s currency', 'TLD_NOT_OFFERED');
    return problem(`its due date ${item.due} is invoiced already`, 'DUE_DATE_INVOICED');
  });
}

/** One refusal naming every item at fault (the first as its message and field). */
function refusal(code: ErrorCode, problems: FieldProblem[]): AppError {
  const [first] = problems;
  return new AppError(code, first.message, first.field, undefined, { reason: first.reason, fields: problems });
}
