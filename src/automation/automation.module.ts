import { AutomationClaim, DailyRun, DailyRunError, DailyRunStep, RenewalInvoiceItem, SuspensionOverride } from './daily-run.entity';
import { DailyRunResolver } from './automation.resolver';
import { renewalPaid } from './payment-effects';

/** What the daily run brings to the application (assembled in src/composition.ts). */
export const entities = [DailyRun, DailyRunStep, DailyRunError, AutomationClaim, RenewalInvoiceItem, SuspensionOverride];
export const resolvers = [DailyRunResolver] as const;
/** SV-3: paying a renewal invoice moves due dates and unsuspends (billing's invoicePaid hook). */
export const invoicePaidEffect = renewalPaid;
