/**
 * SV-10 mass update and SV-11 prorata invoice on a due-date change (issue
 * 16.7): staff change several services, service addons and domains of one
 * client in one transaction.
 *
 * - Each service goes through the staff edit (updateService) and, when asked,
 *   the staff module command (runModuleCommand); each addon through its staff
 *   edit (updateServiceAddon); each domain through updateDomain and, when
 *   asked, the staff registrar command (runDomainCommand: moduleCommand is a
 *   registrar command on a domain). Commands are queued per item through the
 *   module queue once the transaction commits. Fields left out or null leave
 *   the items alone.
 * - A field given for a kind of item it does not apply to (FIELD_KINDS) is a
 *   problem of that field, never ignored: addons are paid by their service's
 *   method and have no module commands; domains have no price, cycle or due
 *   date of their own (renewed by the year at the TLD's price on their expiry
 *   date) and take only the statuses they share with services.
 * - SV-6: the suspension override (a date, never, or none) is set on each
 *   service by its staff edit.
 * - Every item's problems are collected, under `serviceIds.<i>`,
 *   `addonIds.<i>` or `domainIds.<i>`; any problem rolls the whole update back.
 * - SV-11: with createProrataInvoice, the due dates do not move; one invoice
 *   bills each service from its own next due date to the day before the new
 *   one, price × days / days in the cycle that ends on the new date
 *   (proration.ts, rounded half-up once). Paying it moves the due dates
 *   (prorataPaid, billing's paid hook).
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { AppError, FieldProblems } from '../shared/errors';
import { globalId, toId } from '../shared/ids';
import { formatAmount } from '../shared/money';
import { Service } from '../provisioning/service.entity';
import { ServiceAddon } from '../provisioning/service-addon.entity';
import { Domain, DomainStatus } from '../provisioning/domain.entity';
import { ServiceStatus } from '../provisioning/service-status';
import { checkPaymentMethod, updateService } from '../provisioning/service.service';
import { updateServiceAddon, type ServiceAddonEdit } from '../provisioning/service-addon.service';
import { checkSuspensionOverride } from '../provisioning/suspension-override';
import { updateDomain } from '../provisioning/domain.service';
import { lockClientRecords } from '../provisioning/client-lock';
import { runModuleCommand } from '../provisioning/module-command.service';
import { runDomainCommand } from '../provisioning/domain-command.service';
import type { ModuleJob } from '../provisioning/module-job.entity';
import type { UpdateServiceInput } from '../provisioning/service.inputs';
import type { UpdateDomainInput } from '../provisioning/domain.inputs';
import { Product } from '../catalog/product.entity';
import { InvoiceStatus, type Invoice } from '../billing/invoice.entity';
import { InvoiceLineType } from '../billing/invoice-line.entity';
import { LineSource, type StoredComputation } from '../billing/invoice-line-computation';
import { createInvoiceWithin } from '../billing/invoice.service';
import { addDays, CYCLE_MONTHS, printedDate } from '../catalog/cycle-dates';
import { prorate } from './proration';
import { sql } from './daily-run.context';
import { RENEWING } from './renewal-invoices.step';
import type { MassUpdateServicesInput } from './mass-update.inputs';
import { MassServiceUpdate } from './mass-update.types';


type Kind = 'service' | 'addon' | 'domain';
const KINDS = {
  service: { list: 'serviceIds', type: 'Service', plural: 'services' },
  addon: { list: 'addonIds', type: 'ServiceAddon', plural: 'addons' },
  domain: { list: 'domainIds', type: 'Domain', plural: 'domains' },
} as const;

/** The service statuses domains have too. */
const DOMAIN_STATUS_OF: Partial<Record<ServiceStatus, DomainStatus>> = {
  [ServiceStatus.PENDING]: DomainStatus.PENDING,
  [ServiceStatus.ACTIVE]: DomainStatus.ACTIVE,
  [ServiceStatus.CANCELLED]: DomainStatus.CANCELLED,
  [ServiceStatus.FRAUD]: DomainStatus.FRAUD,
};

type ChangeField = Exclude<keyof MassUpdateServicesInput, 'serviceIds' | 'addonIds' | 'domainIds'>;

/** The kinds of item each field applies to, and why it does not apply to the others. */
const FIELD_KINDS: Record<ChangeField, { kinds: Kind[]; otherwise?: string }> = {
  recurringAmount: { kinds: ['service', 'addon'], otherwise: 'domains renew at their TLD\'s price' },
  billingCycle: { kinds: ['service', 'addon'], otherwise: 'domains renew by the year' },
  nextDueDate: { kinds: ['service', 'addon'], otherwise: 'a domain is due on its expiry date, which its registrar sets' },
  createProrataInvoice: { kinds: ['service'], otherwise: 'only services are invoiced prorata' },
  // A domain takes only the statuses both kinds have (DOMAIN_STATUS_OF).
  status: { kinds: ['service', 'addon', 'domain'] },
  paymentMethod: { kinds: ['service'], otherwise: 'addons are paid by their service\'s method, domains by the client\'s default one' },
  suspensionOverride: { kinds: ['service'], otherwise: 'only services are suspended for non-payment' },
  moduleCommand: { kinds: ['service', 'domain'], otherwise: 'addons have no commands' },
  autoRenew: { kinds: ['domain'], otherwise: 'only domains renew automatically' },
};

/** The items of one kind the input lists, in its order; unknown, malformed and repeated ids go to `problems`. */
async function selectedItems<T extends { id: number }>(
  problems: FieldProblems, kind: Kind, raw: readonly string[] | null | undefined, load: (ids: number[]) => Promise<T[]>,
): Promise<T[]> {
  const { list, type } = KINDS[kind];
  const given = raw ?? [];
  const ids = given.map((id, i) => problems.collect(() => toId(id, type, `${list}.${i}`)));
  ids.forEach((id, i) => {
    if (id !== undefined && ids.indexOf(id) !== i) problems.add(`${list}.${i}`, `${type} ${given[i]} is listed twice`, 'DUPLICATE_IN_INPUT');
  });
  const known = ids.filter((id): id is number => id !== undefined);
  const byId = new Map((known.length ? await load(known) : []).map((item) => [item.id, item]));
  ids.forEach((id, i) => {
    if (id !== undefined && !byId.has(id)) problems.add(`${list}.${i}`, `${type} ${given[i]} does not exist`, 'REFERENCE_NOT_FOUND');
  });
  // In the input's order (with problems, none is changed: the places need not match).
  return known.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
}

function inOrder<T extends { id: number }>(found: T[], items: { id: number }[]): T[] {
  const byId = new Map(found.map((x) => [x.id, x]));
  return items.map((x) => byId.get(x.id)!);
}

export async function massUpdateServices(ctx: RequestContext, input: MassUpdateServicesInput): Promise<MassServiceUpdate> {
  const problems = new FieldProblems();
  const services = await selectedItems(problems, 'service', input.serviceIds, (ids) => ctx.em.find(Service, { id: { $in: ids } }));
  const addons = await selectedItems(problems, 'addon', input.addonIds, (ids) => ctx.em.find(ServiceAddon, { id: { $in: ids } }, { populate: ['service'] }));
  const domains = await selectedItems(problems, 'domain', input.domainIds, (ids) => ctx.em.find(Domain, { id: { $in: ids } }));
  const selected: Record<Kind, { client: number; id: number }[]> = {
    service: services.map((service) => ({ client: service.client.id, id: service.id })),
    addon: addons.map((addon) => ({ client: addon.service.getEntity().client.id, id: addon.id })),
    domain: domains.map((domain) => ({ client: domain.client.id, id: domain.id })),
  };
  const kinds = (Object.keys(KINDS) as Kind[]).filter((kind) => selected[kind].length);
  const clientId = kinds.length ? selected[kinds[0]][0].client : undefined;
  for (const kind of kinds) {
    const foreign = selected[kind].find((item) => item.client !== clientId);
    if (foreign) problems.add(KINDS[kind].list, `All items must belong to one client: ${KINDS[kind].type} ${globalId(KINDS[kind].type, foreign.id)} is another client's`, 'CONFLICTING_INPUT');
  }
  if (!input.serviceIds?.length && !input.addonIds?.length && !input.domainIds?.length) problems.add('serviceIds', 'Give at least one service, addon or domain', 'VALUE_REQUIRED');
  const given = (Object.keys(FIELD_KINDS) as ChangeField[]).filter((field) => input[field] != null);
  for (const field of given) {
    const { kinds: applies, otherwise } = FIELD_KINDS[field];
    const not = kinds.filter((kind) => !applies.includes(kind));
    if (not.length) problems.add(field, `${field} does not apply to ${not.map((kind) => KINDS[kind].plural).join(' or ')}: ${otherwise}`, 'CONFLICTING_INPUT');
  }
  if (!given.length) problems.add('input', 'Give at least one field to change or a command', 'VALUE_REQUIRED');
  const prorata = input.createProrataInvoice === true;
  if (prorata && input.nextDueDate == null) problems.add('createProrataInvoice', 'A prorata invoice needs the new next due date', 'CONFLICTING_INPUT');
  checkPaymentMethod(ctx, problems, input.paymentMethod);
  // A domain takes a service status only where domains have one of the same name.
  const domainStatus = input.status && domains.length ? (DOMAIN_STATUS_OF[input.status] ?? undefined) : undefined;
  if (input.status && domains.length && !domainStatus) problems.add('status', `A domain cannot be ${input.status} (domains take ${Object.keys(DOMAIN_STATUS_OF).join(', ')})`, 'CONFLICTING_INPUT');
  checkSuspensionOverride(problems, input.suspensionOverride);
  problems.throwIfAny();

  const addonEdit: ServiceAddonEdit = {
    recurringAmount: input.recurringAmount ?? undefined,
    billingCycle: input.billingCycle ?? undefined,
    status: input.status ?? undefined,
    nextDueDate: input.nextDueDate ?? undefined,
  };
  const serviceEdit: UpdateServiceInput = {
    ...addonEdit,
    paymentMethod: input.paymentMethod ?? undefined,
    suspensionOverride: input.suspensionOverride ?? undefined,
    // SV-11: with a prorata invoice the due dates wait for its payment.
    nextDueDate: prorata ? undefined : addonEdit.nextDueDate,
  };
  const domainEdit: UpdateDomainInput = { status: domainStatus, autoRenew: input.autoRenew ?? undefined };
  const edits = (fields: object) => Object.values(fields).some((value) => value !== undefined);

  return ctx.em.transactional(async (em) => {
    // Every item locked first, in the lock order (src/provisioning/client-lock.ts), then changed in the order given:
    // two mass updates listing the same items in different orders cannot deadlock.
    const ids = (kind: Kind) => selected[kind].map((item) => item.id);
    await lockClientRecords(em, [clientId!], { services: ids('service'), domains: ids('domain'), addons: ids('addon') });
    const within: RequestContext = { ...ctx, em };
    const lines = [];
    const moduleJobs: ModuleJob[] = [];
    // Each item's problems are reported under its place in its list, prefixed with its id.
    const item = async <T>(kind: Kind, i: number, id: number, work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof AppError) || !['BAD_USER_INPUT', 'CONFLICT'].includes(error.code)) throw error;
        for (const problem of error.details?.fields ?? [{ message: error.message, reason: error.details?.reason ?? 'CONFLICTING_INPUT' }]) {
          problems.add(`${KINDS[kind].list}.${i}`, `${KINDS[kind].type} ${globalId(KINDS[kind].type, id)}: ${problem.message}`, problem.reason!);
        }
        return undefined;
      }
    };
    for (const [i, service] of services.entries()) {
      if (edits(serviceEdit)) await item('service', i, service.id, () => updateService(within, service.id, serviceEdit));
      if (prorata) {
        // As the edits above left it.
        const line = await item('service', i, service.id, async () => prorataLine(em, await em.findOneOrFail(Service, service.id), input.nextDueDate!));
        if (line) lines.push(line);
      }
      if (input.moduleCommand) {
        const job = await item('service', i, service.id, () => runModuleCommand(within, service.id, input.moduleCommand!, undefined));
        if (job) moduleJobs.push(job);
      }
    }
    if (edits(addonEdit)) {
      for (const [i, addon] of addons.entries()) await item('addon', i, addon.id, () => updateServiceAddon(within, addon.id, addonEdit));
    }
    for (const [i, domain] of domains.entries()) {
      if (edits(domainEdit)) await item('domain', i, domain.id, () => updateDomain(within, domain.id, domainEdit));
      if (input.moduleCommand) {
        const job = await item('domain', i, domain.id, () => runDomainCommand(within, domain.id, input.moduleCommand!, undefined));
        if (job) moduleJobs.push(job);
      }
    }
    problems.throwIfAny();
    let prorataInvoice: Invoice | undefined;
    if (lines.length) {
      prorataInvoice = await createInvoiceWithin(em, ctx, { clientId: clientId!, lines });
      // Credit may have paid it whole when it was issued.
      if (prorataInvoice.status === InvoiceStatus.PAID) await prorataPaid(em, prorataInvoice);
    }
    // As the edits left them, in the order given.
    const keys = (items: { id: number }[]) => ({ id: { $in: items.map((x) => x.id) } });
    return Object.assign(new MassServiceUpdate(), {
      services: inOrder(await em.find(Service, keys(services)), services),
      addons: inOrder(await em.find(ServiceAddon, keys(addons)), addons),
      domains: inOrder(await em.find(Domain, keys(domains)), domains),
      prorataInvoice,
      moduleJobs,
    });
  });
}

/** SV-11: the invoice line billing `service` from its next due date to the day before `newDueDate`. */
async function prorataLine(em: EntityManager, service: Service, newDueDate: string) {
  const problems = new FieldProblems();
  const due = service.nextDueDate;
  if (!RENEWING.includes(service.status)) problems.add('createProrataInvoice', `A ${service.status} service is not invoiced`, 'CONFLICTING_INPUT');
  if (!due || !CYCLE_MONTHS[service.billingCycle]) problems.add('createProrataInvoice', 'The service is not billed per cycle (it has no next due date)', 'CONFLICTING_INPUT');
  else if (newDueDate <= due) problems.add('nextDueDate', `A prorata invoice bills forward: the new date must be after the service's next due date ${due}`, 'INVALID_DATE_RANGE');
  problems.throwIfAny();
  const price = BigInt(service.recurringMinor);
  // Nothing held before the new date: the prorated amount is the whole "debited" part, rounded once.
  const p = prorate({ oldPriceMinor: 0n, oldCycle: service.billingCycle, newPriceMinor: price, newCycle: service.billingCycle, nextDueDate: newDueDate, today: due! });
  const end = addDays(newDueDate, -1);
  const product = await em.findOneOrFail(Product, service.product.id);
  const computation: StoredComputation = {
    source: LineSource.PRORATA, priceMinor: String(price), cycle: service.billingCycle, periodStart: due!, periodEnd: end,
    days: p.daysLeft, daysInCycle: p.daysInNewCycle, rounding: 'rounded once, half-up to the minor unit',
    explanation: `${formatAmount(price, service.currency)} × ${p.daysLeft} / ${p.daysInNewCycle} days`,
  };
  return {
    description: `${product.name}${service.domain ? ` - ${service.domain}` : ''} (${printedDate(due!)} - ${printedDate(end)})`,
    amountMinor: p.amountMinor, type: InvoiceLineType.SERVICE, serviceId: service.id, computation,
  };
}

/**
 * SV-11, billing's paid hook (in the paying transaction): each service of a
 * paid prorata invoice moves to the new due date, once: only while it is
 * still due on the date the line billed from (staff may have moved it since).
 */
export async function prorataPaid(em: EntityManager, invoice: Invoice): Promise<void> {
  const lines = await sql<{ service_id: number; start: string; end: string }>(em, `
    select service_id, computation->>'periodStart' as start, computation->>'periodEnd' as end from invoice_line
    where invoice_id = ? and service_id is not null and computation->>'source' = ?`, [invoice.id, LineSource.PRORATA]);
  for (const line of lines) {
    const service = await em.findOne(Service, { id: line.service_id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (service?.nextDueDate === line.start) service.nextDueDate = addDays(line.end, 1);
  }
  await em.flush();
}
