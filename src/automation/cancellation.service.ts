/**
 * SV-12 / SV-13 (issue 16.5): cancellation requests. A client (or staff on
 * its behalf) asks to end a service, immediately or at the end of the billing
 * period; staff may schedule a termination at the end of the cycle. The
 * request, the domain's auto-renew, the cancelled invoices, the activity
 * entry, the confirmation mail and the staff event are one transaction. The
 * daily run terminates due requests (cancellation.steps.ts); a request is
 * completed once its service is terminated or cancelled, however that came.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { conflict, FieldProblems, forbidden, notFound } from '../shared/errors';
import { toId } from '../shared/ids';
import { localToday } from '../shared/clock';
import { publishOnCommit } from '../shared/after-commit';
import { ID_ASC, keysetPage, pageOrder, type Connection, type OrderBy, type PageArgs } from '../shared/pagination';
import { readPage } from '../shared/batch-loaders';
import { recordActivity } from '../activity/activity.service';
import { assertCanAccessClient } from '../auth/client-access';
import { ClientPermission } from '../auth/client-permission';
import { queueMail } from '../mail/mail.service';
import { Product } from '../catalog/product.entity';
import { Service } from '../provisioning/service.entity';
import { ServiceStatus } from '../provisioning/service-status';
import { endAddonsWithService } from '../provisioning/service-addon.service';
import { lockService } from '../provisioning/client-lock';
import { Domain, DomainStatus } from '../provisioning/domain.entity';
import { publishDomainChanged } from '../provisioning/domain.service';
import type { ModuleJobOutcome } from '../provisioning/module-job-outcome';
import { ModuleJobStatus } from '../provisioning/module-job.entity';
import { cancelInvoiceLocked } from '../billing/invoice.service';
import { lockClient, lockInvoice } from '../billing/locked-invoice';
import { CancellationRequest, CancellationRequestStatus, CancellationType } from './cancellation-request.entity';
import { sql } from './daily-run.context';

/** The statuses a service can be cancelled from (those Terminate runs from, but Fraud: staff decide those). */
const CANCELLABLE: readonly ServiceStatus[] = [ServiceStatus.PENDING, ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED];

export interface CancellationInput {
  serviceId: string;
  type: CancellationType;
  reason?: string | null;
  turnOffDomainAutoRenew?: boolean | null;
}

export interface CancellationFilter {
  status?: CancellationRequestStatus[] | null;
  type?: CancellationType[] | null;
  serviceId?: string | null;
}

const staffIdOf = (ctx: RequestContext) => (ctx.viewer?.kind === 'staff' ? ctx.viewer.staffId : ctx.viewer?.kind === 'client' ? ctx.viewer.impersonatorStaffId : undefined);

/** SV-12: a client (or staff on its behalf) asks to cancel a service. */
export async function requestCancellation(ctx: RequestContext, input: CancellationInput): Promise<CancellationRequest> {
  const problems = new FieldProblems();
  const reason = (input.reason ?? '').trim();
  if (!reason) problems.add('reason', 'Give a reason for the cancellation', 'VALUE_REQUIRED');
  if (reason.length > 1000) problems.add('reason', 'reason is at most 1000 characters', 'VALUE_TOO_LONG');
  const service = await problems.collectAsync(() => visibleService(ctx, input.serviceId));
  if (service) checkCancellable(problems, service, input.type);
  const domain = service && input.turnOffDomainAutoRenew ? await matchingDomain(ctx.em, service) : undefined;
  if (service && input.turnOffDomainAutoRenew && !domain) {
    problems.add('turnOffDomainAutoRenew', 'The client has no active domain with auto-renewal on that matches the service', 'NO_MATCHING_DOMAIN');
  }
  problems.throwIfAny();
  return createRequest(ctx, service!, {
    type: input.type, reason, scheduledByStaff: false, domain,
    cancelInvoices: ctx.config.automation.cancellationCancelsUnpaidInvoices,
  });
}

/** SV-13: staff schedule the termination at the end of the current cycle; unpaid invoices are cancelled and no renewal is invoiced. */
export async function scheduleServiceTermination(ctx: RequestContext, serviceId: string, rawReason?: string | null): Promise<CancellationRequest> {
  const problems = new FieldProblems();
  const reason = (rawReason ?? '').trim();
  if (reason.length > 1000) problems.add('reason', 'reason is at most 1000 characters', 'VALUE_TOO_LONG');
  const service = await problems.collectAsync(() => visibleService(ctx, serviceId));
  if (service) checkCancellable(problems, service, CancellationType.END_OF_BILLING_PERIOD);
  problems.throwIfAny();
  return createRequest(ctx, service!, { type: CancellationType.END_OF_BILLING_PERIOD, reason, scheduledByStaff: true, cancelInvoices: true });
}

async function visibleService(ctx: RequestContext, rawId: string): Promise<Service> {
  const id = toId(rawId, 'Service', 'serviceId');
  const service = await ctx.em.findOne(Service, { id });
  if (!service) throw notFound('Service', id);
  assertCanAccessClient(ctx, service.client.id, ClientPermission.SERVICES, ['Service', id]);
  return service;
}

function checkCancellable(problems: FieldProblems, service: Service, type: CancellationType): void {
  if (!CANCELLABLE.includes(service.status)) problems.add('serviceId', `A ${service.status} service cannot be cancelled`, 'INVALID_STATUS_TRANSITION');
  else if (type === CancellationType.END_OF_BILLING_PERIOD && !service.nextDueDate) {
    problems.add('type', 'The service has no next due date, so no billing period to end with: cancel it immediately', 'NO_BILLING_PERIOD');
  }
}

/** SV-12: the client's active domain with auto-renew on that the service is for. */
function matchingDomain(em: EntityManager, service: Service): Promise<Domain | null> {
  if (!service.domain) return Promise.resolve(null);
  return em.findOne(Domain, { client: service.client.id, name: service.domain.toLowerCase(), status: DomainStatus.ACTIVE, autoRenew: true });
}

interface NewRequest {
  type: CancellationType;
  reason: string;
  scheduledByStaff: boolean;
  domain?: Domain | null;
  cancelInvoices: boolean;
}

async function createRequest(ctx: RequestContext, service: Service, fields: NewRequest): Promise<CancellationRequest> {
  const clientId = service.client.id;
  return ctx.em.transactional(async (em) => {
    // Client, then service, then invoices: the lock order of payments (which lock client, invoice, then service).
    await lockClient(em, clientId);
    const locked = await em.findOneOrFail(Service, { id: service.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const problems = new FieldProblems();
    checkCancellable(problems, locked, fields.type);
    problems.throwIfAny();
    if (await em.count(CancellationRequest, { service: locked.id, status: CancellationRequestStatus.OPEN })) {
      throw conflict('serviceId', 'The service has an open cancellation request already', 'CANCELLATION_OPEN');
    }
    const request = em.create(CancellationRequest, {
      service: locked, type: fields.type, reason: fields.reason, scheduledByStaff: fields.scheduledByStaff,
      requestedByStaffId: staffIdOf(ctx), domainAutoRenewTurnedOff: Boolean(fields.domain), requestedOn: localToday(ctx.config.automation),
    });
    await em.flush();
    if (fields.domain) {
      const domain = await em.findOneOrFail(Domain, { id: fields.domain.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      domain.autoRenew = false;
      recordActivity(em, ctx, { action: 'domain.update', targetType: 'Domain', targetId: String(domain.id), clientId, details: { changed: ['autoRenew'], autoRenew: false, cancellationRequestId: request.id } });
      await publishDomainChanged(em, 'UPDATED', domain);
    }
    const cancelled = fields.cancelInvoices ? await cancelUnpaidInvoicesOf(em, ctx, locked.id) : [];
    recordActivity(em, ctx, {
      action: fields.scheduledByStaff ? 'service.scheduleTermination' : 'service.cancellationRequest',
      targetType: 'Service', targetId: String(locked.id), clientId,
      details: { cancellationRequestId: request.id, type: fields.type, reason: fields.reason, cancelledInvoiceIds: cancelled },
    });
    if (!fields.scheduledByStaff) {
      const product = await em.findOneOrFail(Product, locked.product.id);
      await queueMail(em, clientId, 'cancellationRequested', {
        product: product.name, domain: locked.domain ?? '-', reason: fields.reason,
        date: fields.type === CancellationType.IMMEDIATE ? request.requestedOn : locked.nextDueDate!,
      });
    }
    await publishRequestChanged(em, 'CREATED', request, clientId);
    await em.flush();
    return request;
  });
}

/**
 * SV-12: cancels the service's Unpaid invoices that bill nothing else (lines
 * of other services, their addons, or domains) and have no payment recorded:
 * the service's own addons go with it (SV-14). Their renewal records go, so a
 * withdrawn request lets the run invoice the due dates again. Invoices that
 * bill more are left for staff. Returns their keys.
 */
async function cancelUnpaidInvoicesOf(em: EntityManager, ctx: RequestContext, serviceId: number): Promise<number[]> {
  const rows = await sql<{ id: number }>(em, `
    select i.id from invoice i
    where i.status = 'unpaid' and i.amount_paid_minor = 0
      and exists (select 1 from invoice_line l where l.invoice_id = i.id and l.service_id = ?)
      and not exists (select 1 from invoice_line l where l.invoice_id = i.id and (l.service_id <> ? or l.domain_id is not null))
    order by i.id`, [serviceId, serviceId]);
  for (const { id } of rows) {
    const locked = await lockInvoice(em, id);
    await cancelInvoiceLocked(em, ctx, { ...locked, from: locked.invoice.status });
    await sql(em, 'delete from renewal_invoice_item where invoice_id = ?', [id]);
    await sql(em, 'delete from renewal_invoice_addon where invoice_id = ?', [id]);
  }
  return rows.map((row) => row.id);
}

/** A client withdraws its open request (staff any open one) before the daily run has started the termination. */
export async function withdrawCancellationRequest(ctx: RequestContext, id: number): Promise<CancellationRequest> {
  const request = await getCancellationRequest(ctx, id);
  if (ctx.viewer?.kind === 'client' && request.scheduledByStaff) throw forbidden('A termination staff scheduled is withdrawn by staff');
  return ctx.em.transactional(async (em) => {
    // The run claims a request while holding this lock (cancellation.steps.ts): either it or this goes first.
    const service = await lockService(em, request.service.id);
    const [row] = await sql<{ id: number }>(em, `
      update cancellation_request r set status = 'withdrawn', closed_at = now()
      where r.id = ? and r.status = 'open'
        and not exists (select 1 from automation_claim a where a.kind = 'cancellation' and a.subject_key = r.id)
      returning r.id`, [id]);
    if (!row) throw conflict('id', 'The request is no longer open: it was withdrawn or completed, or its termination has started', 'CANCELLATION_CLOSED');
    await em.refresh(request);
    recordActivity(em, ctx, { action: 'service.cancellationRequest.withdraw', targetType: 'Service', targetId: String(service.id), clientId: service.client.id, details: { cancellationRequestId: id } });
    await publishRequestChanged(em, 'WITHDRAWN', request, service.client.id);
    return request;
  });
}

/** Staff: any request. A client: requests of its own services (users need SERVICES). */
export async function getCancellationRequest(ctx: RequestContext, id: number): Promise<CancellationRequest> {
  const request = await ctx.em.findOne(CancellationRequest, { id }, { populate: ['service'] });
  if (!request) throw notFound('CancellationRequest', id);
  assertCanAccessClient(ctx, request.service.getEntity().client.id, ClientPermission.SERVICES, ['CancellationRequest', id]);
  return request;
}

/** Staff: the requests, filtered, a page at a time. */
export function listCancellationRequests(ctx: RequestContext, filter: CancellationFilter, args: PageArgs, orderBy: OrderBy | undefined, withTotal: boolean): Promise<Connection<CancellationRequest>> {
  const and: FilterQuery<CancellationRequest>[] = [];
  if (filter.status?.length) and.push({ status: { $in: filter.status } });
  if (filter.type?.length) and.push({ type: { $in: filter.type } });
  if (filter.serviceId) and.push({ service: toId(filter.serviceId, 'Service', 'filter.serviceId') });
  return readPage(ctx.em, CancellationRequest, and.length ? { $and: and } : {}, keysetPage(args, pageOrder(orderBy, ID_ASC)), withTotal);
}

/** The date the service is terminated on (or after): the request's date when immediate, else the service's next due date. */
export function terminatesOn(request: CancellationRequest, service: Service | undefined): string | undefined {
  return request.type === CancellationType.IMMEDIATE ? request.requestedOn : service?.nextDueDate;
}

/** Completes the open request of a service that has just been terminated or cancelled, in the transaction `em` works in. */
export async function completeOpenRequests(em: EntityManager, serviceId: number): Promise<number> {
  const rows = await sql<{ id: number; client_id: number }>(em, `
    update cancellation_request r set status = 'completed', closed_at = now() from service s
    where s.id = r.service_id and r.service_id = ? and r.status = 'open'
    returning r.id, s.client_id`, [serviceId]);
  for (const row of rows) {
    await publishOnCommit(em, 'CANCELLATION_REQUEST_CHANGED', { change: 'COMPLETED', cancellationRequestId: row.id, serviceId, clientId: row.client_id, at: new Date().toISOString() });
  }
  return rows.length;
}

/**
 * SV-12: a succeeded Terminate (the daily run's or staff's by hand) completes
 * the service's open request (moduleJobProgressed). SV-14: one the system
 * queued (no staff member, client or login behind it: the daily run's
 * overdue, cancellation and fixed-term terminations) ends the addons too.
 */
export async function followTerminateJob(em: EntityManager, { job, service }: ModuleJobOutcome): Promise<void> {
  if (job.command !== 'terminate' || job.status !== ModuleJobStatus.SUCCEEDED) return;
  await completeOpenRequests(em, service.id);
  if (job.queuedByStaffId == null && job.queuedByClientId == null && job.queuedByLogin == null) await endAddonsWithService(em, service);
}

function publishRequestChanged(em: EntityManager, change: 'CREATED' | 'WITHDRAWN', request: CancellationRequest, clientId: number): Promise<void> {
  return publishOnCommit(em, 'CANCELLATION_REQUEST_CHANGED', { change, cancellationRequestId: request.id, serviceId: request.service.id, clientId, at: new Date().toISOString() });
}
