/**
 * The one place that knows every area: it assembles what each area exports
 * (its *.module.ts) into the entity list, the resolver list, the per-request
 * loaders, the context type and the records merge and delete reach. The
 * mechanisms in src/shared take these from here and know no area.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ModuleRegistry } from './provisioning/module-registry';
import type { JobQueue } from './jobs/job-queue';
import type { Viewer } from './auth/viewer';
import { registerOwnedRecords } from './clients/client-ownership';
import { useClientExtensions } from './clients/client-extensions';
import { IdempotentRequest } from './shared/idempotency';
import { useGatewayRefunds } from './billing/invoice-payment.service';
import { moduleJobProgressed } from './provisioning/module-job-outcome';
import { invoicePaid } from './billing/locked-invoice';
import { domainWentLive, zoneBeforeRegistration } from './provisioning/domain-live';
import { beforeDomainDelete } from './provisioning/domain.service';
import { serviceTermsChanged } from './provisioning/service-terms';
import { suspensionOverrideSet } from './provisioning/suspension-override';
// The order of these imports is the order of the fields of Query, Mutation and Subscription in the schema.
import * as auth from './auth/auth.module';
import * as clients from './clients/clients.module';
import * as credit from './credit/credit.module';
import * as activity from './activity/activity.module';
import * as settings from './settings/settings.module';
import * as provisioning from './provisioning/provisioning.module';
import * as catalog from './catalog/catalog.module';
import * as billing from './billing/billing.module';
import * as payments from './payments/payments.module';
import * as automation from './automation/automation.module';
import * as mail from './mail/mail.module';
import * as dns from './dns/dns.module';
import * as orders from './orders/orders.module';

export const entities = [
  ...auth.entities,
  ...clients.entities,
  ...credit.entities,
  ...activity.entities,
  ...settings.entities,
  ...provisioning.entities,
  ...catalog.entities,
  ...billing.entities,
  ...payments.entities,
  ...automation.entities,
  ...mail.entities,
  ...dns.entities,
  ...orders.entities,
  IdempotentRequest,
];

export const resolvers = [
  ...auth.resolvers,
  ...clients.resolvers,
  ...credit.resolvers,
  ...activity.resolvers,
  ...settings.resolvers,
  ...provisioning.resolvers,
  ...catalog.resolvers,
  ...billing.resolvers,
  ...payments.resolvers,
  ...automation.resolvers,
  ...mail.resolvers,
  ...dns.resolvers,
  ...orders.resolvers,
] as const;

/** Per-request batch loaders: every relation a list can reach resolves in one query per level. */
export function createLoaders(em: EntityManager) {
  return {
    ...auth.createLoaders(em),
    ...clients.createLoaders(em),
    /** Servers, groups, products, services and domains (src/provisioning). */
    provisioning: provisioning.createLoaders(em),
    /** Product groups, prices, addons, upgrade targets and configurable options (src/catalog). */
    catalog: catalog.createLoaders(em),
    /** Invoice lines, transactions and invoices (src/billing). */
    billing: billing.createLoaders(em),
    ...credit.createLoaders(em),
    /** DNS zones of domains (src/dns). */
    dns: dns.createLoaders(em),
    /** Order items and promotions (src/orders). */
    orders: orders.createLoaders(em),
    /** Open cancellation requests of services (src/automation). */
    automation: automation.createLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

// Merge (CL-7) and delete (CL-8) reach every record a client owns: each area's, registered here once.
for (const owned of [...clients.ownedRecords, ...credit.ownedRecords, ...provisioning.ownedRecords, ...billing.ownedRecords, ...mail.ownedRecords, ...orders.ownedRecords]) {
  registerOwnedRecords(owned);
}

// The steps of the clients' use cases that the credit log and billing take (CL-1, CL-7, issue 4.1).
useClientExtensions({ ...credit.clientCredit, assertCurrencyCanChange: billing.clientCurrencyGuard });

// Issue 14.2: refunds of gateway payments go back through the gateway module.
useGatewayRefunds(payments.gatewayRefunds);

// Outcomes of lower areas that higher ones act on (src/shared/outcome-hooks.ts), in the outcome's transaction or after its commit.
// Issue 14.4: an order item follows the create job of its service.
moduleJobProgressed.inTransaction(orders.followCreateJob);
// Issue 15.4: a spam filter's confirmed add or removal moves the MX records of the domain's zone (marked in the job's transaction, so a cut after the commit loses nothing).
moduleJobProgressed.inTransaction(dns.markZoneOnModuleJob);
// Issue 15.3 (DN-2): a registered or transferred-in domain gets its zone (marked in the outcome's transaction); a deleted one loses it on the DNS server first.
domainWentLive.inTransaction(dns.markZoneOnDomainLive);
for (const step of dns.domainDeleteSteps) beforeDomainDelete(step);
// Issue 15.3: TLDs whose registry checks the nameservers get their zone before the registration (removed if it fails).
zoneBeforeRegistration(dns.zoneFirstSteps);
// Issue 16.4, 16.6, 16.7: a paid renewal invoice moves its services' due dates and unsuspends them; a paid upgrade
// changes its service and queues the module's change package; a paid prorata invoice moves its services' due dates.
invoicePaid.inTransaction(automation.invoicePaidEffect);
// Issue 16.5: a succeeded Terminate completes the service's open cancellation request.
moduleJobProgressed.inTransaction(automation.terminateJobEffect);
// Issue 14.4 (OR-2): paying an order's invoices accepts it when the operator or the product wants that (creates queued in the payment's transaction).
invoicePaid.inTransaction(orders.acceptPaidOrders);
// Issue 16.7 (SV-5): a staff edit of a service's product or cycle recalculates its recurring amount when the service asks for it.
serviceTermsChanged.inTransaction(automation.recalculateOnSaveEffect);
// Issue 16 (SV-6): a staff edit of a service sets its override of suspension for non-payment, kept with the daily run.
suspensionOverrideSet.inTransaction(automation.suspensionOverrideEffect);

/** What the areas add to the context of every operation (src/shared/context.ts). */
declare module './shared/context' {
  interface RequestContext {
    viewer?: Viewer;
    loaders: Loaders;
    /** Makes loaders over another EntityManager fork: one event's reads, shared by its subscribers. */
    createLoaders(em: EntityManager): Loaders;
    /** The provisioning modules loaded at start-up (PM-2). */
    modules: ModuleRegistry;
    /** The background job queue (SV-3); absent where no queue runs. */
    jobs?: JobQueue;
  }
}
