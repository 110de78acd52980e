import { AutomationClaim, DailyRun, DailyRunError, DailyRunStep, RenewalInvoiceItem, SuspensionOverride } from './daily-run.entity';
import { DailyRunResolver } from './automation.resolver';
import { renewalPaid, upgradeInvoicePaid } from './payment-effects';
import { ServiceConfigOptionsResolver, UpgradeResolver } from './upgrade.resolver';

/** What the daily run brings to the application (assembled in src/composition.ts). */
export const entities = [DailyRun, DailyRunStep, DailyRunError, AutomationClaim, RenewalInvoiceItem, SuspensionOverride];
export const resolvers = [DailyRunResolver, UpgradeResolver, ServiceConfigOptionsResolver] as const;
/** SV-3: paying a renewal invoice moves due dates and unsuspends (billing's invoicePaid hook). */
export const invoicePaidEffect = renewalPaid;
/** SV-8: paying an upgrade invoice changes the service (billing's invoicePaid hook). */
export const upgradePaidEffect = upgradeInvoicePaid;
