import { AutomationClaim, DailyRun, DailyRunError, DailyRunStep, RenewalInvoiceAddon, RenewalInvoiceDomain, RenewalInvoiceItem, SuspensionOverride } from './daily-run.entity';
import { DailyRunResolver, ServiceSuspensionOverrideResolver } from './automation.resolver';
import { invoicePaidEffects } from './payment-effects';
import { CancellationRequest } from './cancellation-request.entity';
import { followTerminateJob } from './cancellation.service';
import { CancellationRequestResolver, ServiceCancellationResolver } from './cancellation.resolver';
import { ServiceConfigOptionsResolver, UpgradeResolver } from './upgrade.resolver';
import { recalculateOnSave } from './upgrade.service';
import { MassUpdateResolver } from './mass-update.resolver';
import { InvoiceEarlyResolver } from './invoice-early.resolver';
import { overrideOnSave } from './automation.service';
export { createAutomationLoaders as createLoaders } from './automation.loaders';

/** What the daily run brings to the application (assembled in src/composition.ts). */
export const entities = [DailyRun, DailyRunStep, DailyRunError, AutomationClaim, RenewalInvoiceItem, RenewalInvoiceAddon, RenewalInvoiceDomain, SuspensionOverride, CancellationRequest];
export const resolvers = [DailyRunResolver, CancellationRequestResolver, ServiceCancellationResolver, UpgradeResolver, ServiceConfigOptionsResolver, MassUpdateResolver, ServiceSuspensionOverrideResolver, InvoiceEarlyResolver] as const;
/** Billing's invoicePaid hook: SV-3 renewals move due dates and unsuspend, SV-8 upgrades change the service, SV-11 prorata invoices move due dates. */
export const invoicePaidEffect = invoicePaidEffects;
/** SV-12: a succeeded Terminate completes the service's open cancellation request (provisioning's moduleJobProgressed hook). */
export const terminateJobEffect = followTerminateJob;
/** SV-5: a staff edit of a service's product or cycle recalculates its amount when the service asks for it (provisioning's serviceTermsChanged hook). */
export const recalculateOnSaveEffect = recalculateOnSave;
/** SV-6: a staff edit of a service sets its suspension override (provisioning's suspensionOverrideSet hook). */
export const suspensionOverrideEffect = overrideOnSave;
