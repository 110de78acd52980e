/**
 * AU-1 / SV-7: renewal invoices, set-based (issue 16.2/16.3). Services due
 * within their cycle's lead days are invoiced a batch of clients at a time:
 * one query reads the batch, the tax engine computes each invoice, and one
 * transaction writes its invoices, lines and claims with multi-row INSERTs.
 *
 * - One invoice per client, due date and payment method (the service's,
 *   else the client's default; an addon's is its service's), unless the
 *   client (or its group) wants separate invoices.
 * - Only Pending, Active and Suspended services of renewing cycles, and
 *   none with an open cancellation request or scheduled termination (SV-12, SV-13).
 * - Addons on their own cycles (SV-4): a living addon of such a service is
 *   due on its own next due date and shares the invoice of whatever else
 *   the client has due that day.
 * - Domains with auto-renew expiring within DOMAIN_RENEW_DAYS_BEFORE_EXPIRY
 *   (DN-1): one year at the TLD's renewal price in the client's currency,
 *   due on the expiry date. As WHMCS does, the run invoices and the
 *   registrar's renew is queued when the invoice is paid (payment-effects.ts):
 *   a renewal the client never pays for is never bought from the registrar.
 * - Never a second invoice for a due date: renewal_invoice_item's key
 *   (service, due date), renewal_invoice_addon's (addon, due date) and
 *   renewal_invoice_domain's (domain, expiry date) are
 *   claimed in the transaction that writes the invoice, and a due date some
 *   other invoice of the service already bills is skipped. A prorata
 *   invoice of a due-date change (SV-11) bills from the due date on: while it
 *   is not cancelled that due date is invoiced (paying it moves the date).
 * - SV-7 invoice early: staff's selection of one client's items goes through
 *   the same selects (invoiceSelection), narrowed to the selected keys.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { RENEWAL_CYCLES } from '../config';
import { publishOnCommit } from '../shared/after-commit';
import { bulkSql } from '../shared/bulk-sql';
import { getBillingSettings } from '../billing/billing.service';
import { assignInvoiceNumbers } from '../billing/invoice-number';
import { invoiceMailVariables } from '../billing/invoice-mails';
import { queueMails } from '../mail/mail.service';
import { TaxRule } from '../billing/tax-rule.entity';
import { calculateTax, type TaxMode, type TaxRounding, type TaxRuleLike } from '../billing/tax';
import { LineSource, taxRulesOfLine, type StoredComputation } from '../billing/invoice-line-computation';
import { formatAmount } from '../shared/money';
import type { BillingCycle } from '../catalog/billing-cycle';
import { personalDiscount, type ClientDiscountTerms } from '../orders/client-discount';
import { clientDiscountTerms } from '../orders/client-discount.service';
import { addDays, nextDueDate, printedDate } from '../catalog/cycle-dates';
import { ServiceStatus } from '../provisioning/service-status';
import { DomainStatus } from '../provisioning/domain.entity';
import { lockClientRecords, lockClients } from '../provisioning/client-lock';
import { OPEN_INVOICE, sql, type StepContext } from './daily-run.context';

/** The statuses in which services and addons renew: the run invoices them, staff may invoice them early or prorata. */
export const RENEWING: readonly ServiceStatus[] = [ServiceStatus.PENDING, ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED];
/** The statuses in which domains renew. */
export const RENEWING_DOMAINS: readonly DomainStatus[] = [DomainStatus.ACTIVE, DomainStatus.GRACE_PERIOD];
const sqlList = (values: readonly string[]) => `(${values.map((value) => `'${value}'`).join(', ')})`;

/** The services that are due, as a FROM/WHERE fragment; parameters: lead days (jsonb), run date. */
const DUE_SERVICES = `
  from service s
  join jsonb_to_recordset(?::jsonb) as lead(cycle text, days int) on lead.cycle = s.billing_cycle::text
  where s.status in ${sqlList(RENEWING)}
    and s.next_due_date is not null
    and s.next_due_date <= ?::date + lead.days
    and not exists (select 1 from renewal_invoice_item r where r.service_id = s.id and r.due_date = s.next_due_date)
    and not exists (select 1 from cancellation_request c where c.service_id = s.id and c.status = 'open')
    and not exists (
      select 1 from invoice_line l join invoice i on i.id = l.invoice_id
      where l.service_id = s.id and i.status <> 'cancelled'
        and (i.due_date = s.next_due_date
          or (l.computation->>'source' = '${LineSource.PRORATA}' and l.computation->>'periodStart' = to_char(s.next_due_date, 'YYYY-MM-DD'))))`;

/** The addons that are due, as a FROM/WHERE fragment with DUE_SERVICES's parameters. */
const DUE_ADDONS = `
  from service_addon a
  join service s on s.id = a.service_id
  join jsonb_to_recordset(?::jsonb) as lead(cycle text, days int) on lead.cycle = a.billing_cycle::text
  where a.status in ${sqlList(RENEWING)} and s.status in ${sqlList(RENEWING)}
    and a.next_due_date is not null
    and a.next_due_date <= ?::date + lead.days
    and not exists (select 1 from renewal_invoice_addon r where r.service_addon_id = a.id and r.due_date = a.next_due_date)
    and not exists (select 1 from cancellation_request c where c.service_id = s.id and c.status = 'open')`;

/** The one-year renewal price of domain `d` of client `c` in the client's currency (the longest TLD that ends the name), as a SELECT. */
const RENEWAL_PRICE = `select tp.renew_minor from tld_price tp join currency cur on cur.id = tp.currency_id
    where tp.years = 1 and cur.code = c.currency and right(d.name, length(tp.tld)) = tp.tld order by length(tp.tld) desc limit 1`;

/**
 * The auto-renew domains expiring within the configured days that have a
 * one-year renewal price in their client's currency (the longest TLD that
 * ends the name), as a FROM/WHERE fragment; parameters: run date, days.
 * Domains staff chose (SV-7) need no auto-renew, and are invoiced even when
 * the run invoices no domains (days 0): the choice is the staff's.
 */
const dueDomains = (days: number, chosen = false) => `
  from domain d join client c on c.id = d.client_id
  join lateral (${RENEWAL_PRICE}) price on true
  where ${chosen ? 'true' : days > 0 ? 'd.auto_renew' : 'false'} and d.status in ${sqlList(RENEWING_DOMAINS)}
    and d.expiry_date is not null and d.expiry_date <= ?::date + ?::int
    and not exists (select 1 from renewal_invoice_domain r where r.domain_id = d.id and r.expiry_date = d.expiry_date)
    and not exists (select 1 from invoice_line l join invoice i on i.id = l.invoice_id where l.domain_id = d.id and i.status in ${OPEN_INVOICE})`;

/** Who an invoice of client `c` is for, and how it is grouped. */
const BILLED_TO = `c.currency, c.tax_exempt, (c.separate_invoices or coalesce(g.separate_invoices, false)) as separate,
        case when b.id is not null
          then jsonb_build_object('name', trim(b.first_name || ' ' || b.last_name), 'companyName', b.company_name, 'email', b.email, 'address1', b.address1, 'address2', b.address2,
            'city', b.city, 'state', b.state, 'postcode', b.postcode, 'country', b.country)
          else jsonb_build_object('name', trim(c.first_name || ' ' || c.last_name), 'companyName', c.company_name, 'email', c.email, 'address1', c.address1, 'address2', c.address2,
            'city', c.city, 'state', c.state, 'postcode', c.postcode, 'country', c.country)
        end as addressee`;
const BILLING_JOINS = 'left join client_group g on g.id = c.group_id left join contact b on b.id = c.billing_contact_id';
const CLIENT_JOINS = `join client c on c.id = s.client_id ${BILLING_JOINS}`;

/** A service, an addon or a domain that is due. */
interface DueItem {
  kind: 'service' | 'addon' | 'domain';
  /** The service's, the addon's or the domain's key. */
  id: number;
  /** The service (the addon's service); 0 for a domain. */
  service_id: number;
  /** An addon: the catalog's addon it was ordered from. */
  addon_id: number | null;
  /** A service: its product (an addon gets only discounts for every product). */
  product_id: number | null;
  client_id: number;
  billing_cycle: BillingCycle;
  recurring_minor: string;
  due: string;
  registered: string;
  domain: string | null;
  /** The product's or the addon's name. */
  product: string;
  currency: string;
  tax_exempt: boolean;
  separate: boolean;
  payment_method: string | null;
  addressee: Record<string, string | null>;
}

interface TaxSetup {
  rules: TaxRuleLike[];
  mode: TaxMode;
  rounding: TaxRounding;
}

/** SV-7: the services, addons (service addons) and domains of one client that staff invoice now, by key. */
export interface RenewalSelection {
  services: number[];
  addons: number[];
  domains: number[];
}

/** What one invoicing transaction wrote: the invoices, and the items they bill. */
interface Invoiced {
  invoiceIds: number[];
  items: Pick<DueItem, 'kind' | 'id'>[];
}

/** The lead days of every renewing cycle, as the DUE_* fragments take them. */
const leadDays = (days: (cycle: (typeof RENEWAL_CYCLES)[number]) => number) => JSON.stringify(RENEWAL_CYCLES.map((cycle) => ({ cycle, days: days(cycle) })));

async function taxSetup(em: EntityManager): Promise<TaxSetup> {
  const settings = await getBillingSettings(em);
  return { rules: await em.find(TaxRule, {}), mode: `${settings.taxMode}` as TaxMode, rounding: `${settings.taxRounding}` as TaxRounding };
}

export async function renewalInvoicesStep(ctx: StepContext): Promise<number> {
  const lead = leadDays((cycle) => ctx.settings.invoiceDaysBefore[cycle]);
  const tax = await taxSetup(ctx.em);
  const days = ctx.settings.domainRenewDaysBeforeExpiry;
  await reportUnpricedDomains(ctx, days);
  let created = 0;
  // The next batch of clients with something due, walking the clients in key order: each client is looked at
  // once in the whole run (re-selecting every due item for each batch made the run quadratic in its size).
  for (let after = 0; ; ) {
    const rows = await sql<{ id: number }>(ctx.em, `
      select cl.id from client cl
      where cl.id > ? and (exists (select 1 ${DUE_SERVICES} and s.client_id = cl.id) or exists (select 1 ${DUE_ADDONS} and s.client_id = cl.id)
        or exists (select 1 ${dueDomains(days)} and d.client_id = cl.id))
      order by cl.id limit ?`, [after, lead, ctx.date, lead, ctx.date, ctx.date, days, ctx.settings.batchSize]);
    if (!rows.length) return created;
    const clients = rows.map((row) => row.id);
    after = clients[clients.length - 1];
    try {
      created += (await invoiceClients(ctx, lead, days, tax, clients)).invoiceIds.length;
    } catch {
      // One client's data broke the batch: invoice them one by one, so only that client waits for staff.
      for (const client of clients) {
        try {
          created += (await invoiceClients(ctx, lead, days, tax, [client])).invoiceIds.length;
        } catch (error) {
          await ctx.itemFailed('Client', client, error);
        }
      }
    }
  }
}

/**
 * SV-7 invoice early: invoices the next renewal of the selected items of
 * `client` now, by the daily run's rules, in one transaction. `horizon`: days
 * from the run date that reach the latest selected due date. The client and
 * the items are locked before the due ones are read, so a concurrent call (or
 * run) that invoiced one of them has committed its claim by then and the item
 * is not due any more. Returns the invoices and the items they bill; a
 * selected item missing from them was not due (not invoiceable, or invoiced
 * already).
 */
export async function invoiceSelection(ctx: StepContext, client: number, selection: RenewalSelection, horizon: number): Promise<Invoiced> {
  return ctx.em.transactional(async (em) => {
    // The client first (src/provisioning/client-lock.ts), as a staff edit locks it before the service: locked after the
    // items, each would hold what the other waits for (a deadlock).
    await lockClientRecords(em, [client], selection);
    return invoiceClients({ ...ctx, em }, leadDays(() => horizon), horizon, await taxSetup(em), [client], selection);
  });
}

/** SV-7: which of the domains `keys` have no one-year renewal price in their client's currency. */
export async function unpricedDomains(em: EntityManager, keys: number[]): Promise<number[]> {
  const rows = await sql<{ id: number }>(em, `select d.id from domain d join client c on c.id = d.client_id where d.id in ${keyList(keys)} and not exists (${RENEWAL_PRICE})`);
  return rows.map((row) => row.id);
}

/** Keys as an SQL list (integers only, so nothing can be injected). */
function keyList(keys: number[]): string {
  if (!keys.every(Number.isSafeInteger)) throw new Error('Keys must be integers');
  return `(${keys.length ? keys.join(', ') : 'null'})`;
}

/**
 * Invoices every due service, addon and domain of `clients` (only the
 * selected ones, given a selection) in one transaction; `lead`: the lead days
 * per cycle, `domainDays`: the days before expiry.
 */
async function invoiceClients(ctx: StepContext, lead: string, domainDays: number, tax: TaxSetup, clients: number[], selection?: RenewalSelection): Promise<Invoiced> {
  return ctx.em.transactional(async (em) => {
    // The clients first, in id order, then their services, domains and addons, each in id order: the lock order of payments,
    // orders, upgrades and module commands (src/provisioning/client-lock.ts), so a batch never waits for one of them while
    // holding what it needs.
    // lockClients takes them FOR NO KEY UPDATE: the invoices inserted below refer to these rows.
    await lockClients(em, clients);
    const forClients = 'and s.client_id in (select jsonb_array_elements_text(?::jsonb)::int)';
    const only = (column: string, keys: number[] | undefined) => (keys ? `and ${column} in ${keyList(keys)}` : '');
    const dueServices = await sql<DueItem>(em, `
      select 'service' as kind, s.id, s.id as service_id, null::int as addon_id, s.product_id, s.client_id, s.billing_cycle, s.recurring_minor::text as recurring_minor,
        to_char(s.next_due_date, 'YYYY-MM-DD') as due, to_char(s.registration_date, 'YYYY-MM-DD') as registered, s.domain, p.name as product,
        coalesce(s.payment_method, c.default_payment_method) as payment_method, ${BILLED_TO}
      ${DUE_SERVICES.replace('from service s', `from service s join product p on p.id = s.product_id ${CLIENT_JOINS}`)}
        ${forClients} ${only('s.id', selection?.services)}
      order by s.id for update of s`, [lead, ctx.date, JSON.stringify(clients)]);
    const dueDomainRows = await sql<DueItem>(em, `
      select 'domain' as kind, d.id, 0 as service_id, null::int as addon_id, null::int as product_id, d.client_id, 'annually' as billing_cycle, price.renew_minor::text as recurring_minor,
        to_char(d.expiry_date, 'YYYY-MM-DD') as due, to_char(d.expiry_date, 'YYYY-MM-DD') as registered, d.name as domain, 'Domain renewal' as product,
        c.default_payment_method as payment_method, ${BILLED_TO}
      ${dueDomains(domainDays, Boolean(selection)).replace('from domain d join client c on c.id = d.client_id', `from domain d join client c on c.id = d.client_id ${BILLING_JOINS}`)}
        and d.client_id in (select jsonb_array_elements_text(?::jsonb)::int) ${only('d.id', selection?.domains)}
      order by d.id for update of d`, [ctx.date, domainDays, JSON.stringify(clients)]);
    const dueAddons = await sql<DueItem>(em, `
      select 'addon' as kind, a.id, s.id as service_id, a.addon_id, null::int as product_id, s.client_id, a.billing_cycle, a.recurring_minor::text as recurring_minor,
        to_char(a.next_due_date, 'YYYY-MM-DD') as due, to_char(a.registration_date, 'YYYY-MM-DD') as registered, s.domain, a.name as product,
        coalesce(s.payment_method, c.default_payment_method) as payment_method, ${BILLED_TO}
      ${DUE_ADDONS.replace('join service s on s.id = a.service_id', `join service s on s.id = a.service_id ${CLIENT_JOINS}`)}
        ${forClients} ${only('a.id', selection?.addons)}
      order by a.id for update of a`, [lead, ctx.date, JSON.stringify(clients)]);
    // By client and due date; domains first, an addon's line after its service's.
    const services = [...dueServices, ...dueAddons, ...dueDomainRows].sort((x, y) => x.client_id - y.client_id || x.due.localeCompare(y.due) || x.service_id - y.service_id
      || (x.kind === y.kind ? 0 : x.kind === 'addon' ? 1 : -1) || x.id - y.id);
    if (!services.length) return { invoiceIds: [], items: [] };
    const groups = new Map<string, DueItem[]>();
    for (const service of services) {
      // SV-7: items share an invoice by client, due date and payment method, unless separate invoices are wanted.
      const key = service.separate ? `${service.kind} ${service.id}` : `${service.client_id} ${service.due} ${service.payment_method ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), service]);
    }
    const numbers = await assignInvoiceNumbers(em, new Date(`${ctx.date}T00:00:00Z`), groups.size);
    const discounts = await clientDiscountTerms(em, clients);
    const invoices = [...groups.values()].map((items, i) => invoiceOf(ctx, tax, items, numbers[i].number, discounts));
    const inserted = await bulkSql<{ id: number; number: string }>(em, `
      insert into invoice (number, status, currency, client_id, addressed_to, issue_date, due_date, payment_method, subtotal_minor, tax1minor, tax2minor, total_minor,
        tax1name, tax1rate, tax2name, tax2rate, tax2compound, tax_mode, tax_rounding)
      select x.number, 'unpaid'::invoice_status, x.currency, x.client_id, x.addressed_to, x.issue_date, x.due_date, x.payment_method, x.subtotal, x.tax1, x.tax2, x.total,
        x.tax1name, x.tax1rate, x.tax2name, x.tax2rate, x.tax2compound, x.tax_mode, x.tax_rounding
      from jsonb_to_recordset(?::jsonb) as x(number text, currency text, client_id int, addressed_to jsonb, issue_date date, due_date date, payment_method text,
        subtotal bigint, tax1 bigint, tax2 bigint, total bigint, tax1name text, tax1rate text, tax2name text, tax2rate text, tax2compound boolean, tax_mode text, tax_rounding text)
      returning id, number`, [JSON.stringify(invoices.map((invoice) => invoice.row))]);
    const idOf = new Map(inserted.map((row) => [row.number, row.id]));
    const lines = invoices.flatMap((invoice) => invoice.lines.map((line) => ({ ...line, invoice_id: idOf.get(invoice.row.number) })));
    await bulkSql(em, `
      insert into invoice_line (invoice_id, position, type, service_id, addon_id, domain_id, description, taxable, amount_minor, net_minor, tax1minor, tax2minor, total_minor, currency, computation)
      select x.invoice_id, x.position, x.type::invoice_line_type, x.service_id, x.addon_id, x.domain_id, x.description, true, x.amount, x.net, x.tax1, x.tax2, x.total, x.currency, x.computation
      from jsonb_to_recordset(?::jsonb) as x(invoice_id int, position int, type text, service_id int, addon_id int, domain_id int, description text, amount bigint, net bigint, tax1 bigint, tax2 bigint, total bigint,
        currency text, computation jsonb)`,
    [JSON.stringify(lines.map((line) => ({ ...line, service_id: line.kind === 'service' ? line.item_id : null, domain_id: line.kind === 'domain' ? line.item_id : null })))]);
    // The claims: a second run, or a concurrent "invoice now", fails on the key and writes nothing of this batch.
    const claims = (kind: DueItem['kind']) => JSON.stringify(lines.filter((line) => !line.discount && line.kind === kind).map((line) => ({ id: line.item_id, due_date: line.due, invoice_id: line.invoice_id })));
    await bulkSql(em, `
      insert into renewal_invoice_item (service_id, due_date, invoice_id, run_id)
      select x.id, x.due_date, x.invoice_id, ?::int from jsonb_to_recordset(?::jsonb) as x(id int, due_date date, invoice_id int)`, [ctx.runId ?? null, claims('service')]);
    await bulkSql(em, `
      insert into renewal_invoice_addon (service_addon_id, due_date, invoice_id, run_id)
      select x.id, x.due_date, x.invoice_id, ?::int from jsonb_to_recordset(?::jsonb) as x(id int, due_date date, invoice_id int)`, [ctx.runId ?? null, claims('addon')]);
    await bulkSql(em, `
      insert into renewal_invoice_domain (domain_id, expiry_date, invoice_id, years, run_id)
      select x.id, x.due_date, x.invoice_id, 1, ?::int from jsonb_to_recordset(?::jsonb) as x(id int, due_date date, invoice_id int)`, [ctx.runId ?? null, claims('domain')]);
    // The batch's "invoice created" mails, in one insert with the claims: a re-run finds the claims and queues none again.
    // In a preview these rows roll back with its transaction, and delivery starts only after a commit.
    await queueMails(em, 'invoiceCreated', invoices.map(({ row }) => ({
      clientId: row.client_id,
      variables: invoiceMailVariables({ id: idOf.get(row.number)!, number: row.number, totalMinor: BigInt(row.total), currency: row.currency, dueDate: row.due_date }),
    })));
    for (const invoice of invoices) {
      const id = idOf.get(invoice.row.number)!;
      await publishOnCommit(em, 'INVOICE_CHANGED', { change: 'CREATED', invoiceId: id, clientId: invoice.row.client_id, at: new Date().toISOString() });
      ctx.preview?.invoices.push({
        clientKey: invoice.row.client_id, dueDate: invoice.row.due_date, currency: invoice.row.currency,
        subtotalMinor: BigInt(invoice.row.subtotal), taxMinor: BigInt(invoice.row.tax1) + BigInt(invoice.row.tax2), totalMinor: BigInt(invoice.row.total),
        lines: invoice.lines.map((line) => ({ serviceKey: line.service_key || undefined, domainKey: line.kind === 'domain' ? line.item_id : undefined, description: line.description, amountMinor: BigInt(line.amount) })),
      });
    }
    return { invoiceIds: inserted.map((row) => row.id), items: services.map(({ kind, id }) => ({ kind, id })) };
  });
}

/**
 * One invoice's row and lines, computed by the tax engine on the addressee's
 * address. CL-13: a personal discount of the client that applies on the due
 * date follows its service's line (order-pricing.ts: it comes last).
 */
function invoiceOf(ctx: StepContext, tax: TaxSetup, items: DueItem[], number: string, discounts: Map<number, ClientDiscountTerms[]>) {
  const first = items[0];
  const entries = items.flatMap((item) => {
    const periodEnd = addDays(nextDueDate(item.due, item.billing_cycle, item.registered), -1);
    const description = `${item.product}${item.domain ? ` - ${item.domain}` : ''} (${printedDate(item.due)} - ${printedDate(periodEnd)})`;
    if (item.kind === 'domain') {
      // DN-1: the TLD's price for one year; personal discounts are for products and addons.
      const computation: StoredComputation = {
        source: LineSource.RENEWAL, priceMinor: item.recurring_minor, periodStart: item.due, periodEnd,
        explanation: `Renewal price of the TLD for 1 year: ${formatAmount(BigInt(item.recurring_minor), first.currency)}`,
      };
      return [{ item, description, amount: BigInt(item.recurring_minor), discount: false, computation }];
    }
    // Issue 16.8: a renewal bills the service's recurring amount for one whole cycle.
    const computation: StoredComputation = {
      source: LineSource.RENEWAL, priceMinor: item.recurring_minor, cycle: item.billing_cycle, periodStart: item.due, periodEnd,
      explanation: `Recurring amount ${formatAmount(BigInt(item.recurring_minor), first.currency)} for one ${item.billing_cycle.replace('_', '-')} cycle`,
    };
    const line = { item, description, amount: BigInt(item.recurring_minor), discount: false, computation };
    const found = personalDiscount(discounts.get(item.client_id) ?? [], {
      productId: item.product_id ?? undefined, cycle: item.billing_cycle, currency: item.currency, amountMinor: line.amount, date: item.due,
    });
    if (!found) return [line];
    const discount: StoredComputation = {
      source: LineSource.RENEWAL, discountBaseMinor: item.recurring_minor, periodStart: item.due, periodEnd,
      explanation: `The client's personal discount on ${formatAmount(BigInt(item.recurring_minor), first.currency)}: ${formatAmount(found.discountMinor, first.currency)}`,
    };
    return [line, { item, description: `Client discount: ${item.product}`, amount: -found.discountMinor, discount: true, computation: discount }];
  });
  const result = calculateTax({
    lines: entries.map((entry) => ({ amount: entry.amount, taxable: true })),
    client: { country: first.addressee.country, state: first.addressee.state, taxExempt: first.tax_exempt },
    rules: tax.rules,
    mode: tax.mode,
    rounding: tax.rounding,
  });
  const addressee = Object.fromEntries(Object.entries(first.addressee).filter(([, value]) => value != null && value !== ''));
  return {
    row: {
      number, currency: first.currency, client_id: first.client_id, addressed_to: addressee,
      // An invoice is never due before it is issued (a service invoiced late is due at once).
      issue_date: ctx.date, due_date: first.due > ctx.date ? first.due : ctx.date, payment_method: first.payment_method,
      subtotal: String(result.subtotal), tax1: String(result.tax1), tax2: String(result.tax2), total: String(result.total),
      tax1name: result.level1?.name ?? null, tax1rate: result.level1 ? String(result.level1.rate) : null,
      tax2name: result.level2?.name ?? null, tax2rate: result.level2 ? String(result.level2.rate) : null,
      tax2compound: result.level2 ? Boolean(result.level2.compound) : null, tax_mode: tax.mode, tax_rounding: tax.rounding,
    },
    lines: entries.map((entry, i) => ({
      position: i + 1, kind: entry.item.kind, type: entry.item.kind, item_id: entry.item.id, service_key: entry.item.service_id,
      addon_id: entry.item.kind === 'addon' ? entry.item.addon_id : null, due: entry.item.due, currency: first.currency, description: entry.description, discount: entry.discount,
      amount: String(entry.amount), net: String(result.lines[i].net), tax1: String(result.lines[i].tax1), tax2: String(result.lines[i].tax2), total: String(result.lines[i].total),
      computation: { ...entry.computation, taxRules: taxRulesOfLine(result, true) },
    })),
  };
}

/** Due auto-renew domains without a one-year renewal price in their client's currency wait for staff, recorded on every run. */
async function reportUnpricedDomains(ctx: StepContext, days: number): Promise<void> {
  const unpriced = await sql<{ id: number; name: string; currency: string }>(ctx.em, `
    select d.id, d.name, c.currency ${dueDomains(days).replace('join lateral', 'left join lateral')} and price.renew_minor is null
    order by d.id limit ?`, [ctx.date, days, ctx.settings.batchSize]);
  for (const domain of unpriced) await ctx.itemFailed('Domain', domain.id, new Error(`${domain.name}: no 1-year renewal price for its TLD in ${domain.currency}`));
}
