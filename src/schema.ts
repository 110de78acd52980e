import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { AuthChecker } from './auth/auth-checker';
import { AuthResolver } from './auth/auth.resolver';
import { StaffResolver } from './auth/staff.resolver';
import { ClientResolver } from './clients/client.resolver';
import { ClientGroupResolver } from './clients/client-group.resolver';
import { ContactResolver } from './clients/contact.resolver';
import { ClientUserResolver } from './clients/client-user.resolver';
import { ClientCreditResolver, CreditEntryResolver, CreditResolver } from './credit/credit.resolver';
import { ActivityLogEntryResolver, ActivityResolver } from './activity/activity.resolver';
import { SettingsResolver } from './settings/settings.resolver';
import { ModuleResolver } from './provisioning/module.resolver';
import { BillingResolver } from './billing/billing.resolver';
import { ServerGroupResolver, ServerResolver } from './provisioning/server.resolver';
import { ProductResolver } from './catalog/product.resolver';
import { catalogResolvers } from './catalog/catalog.resolver';
import { ClientProvisioningResolver, ServiceResolver } from './provisioning/service.resolver';
import { ClientDomainsResolver, DomainResolver } from './provisioning/domain.resolver';
import { ModuleCommandResolver, ModuleLogEntryResolver } from './provisioning/module-command.resolver';
import { RegistryPollResolver } from './provisioning/registry-poll.resolver';
import { ClientInvoicesResolver, InvoiceLineResolver, InvoiceResolver } from './billing/invoice.resolver';
import { InvoicePdfResolver } from './billing/invoice-pdf.resolver';
import { ClientTransactionsResolver, TransactionResolver } from './billing/transaction.resolver';
import { createEventBus, type EventBus } from './shared/event-bus';
import { withGlobalIds } from './shared/global-ids';
import { findNode } from './node-lookup';
import { FIELDS_OUTSIDE_PROFILE } from './clients/client-profile.guard';

export const resolvers = [AuthResolver, StaffResolver, ClientResolver, ClientGroupResolver, ContactResolver, ClientUserResolver, CreditResolver, ActivityResolver, SettingsResolver, ModuleResolver, BillingResolver,
  ServerResolver, ServerGroupResolver, ProductResolver, ...catalogResolvers, ServiceResolver, ClientProvisioningResolver, DomainResolver, ModuleCommandResolver,
  RegistryPollResolver, InvoiceResolver, TransactionResolver, InvoicePdfResolver, ClientDomainsResolver, ClientInvoicesResolver, ClientTransactionsResolver, ClientCreditResolver,
  InvoiceLineResolver, CreditEntryResolver, ActivityLogEntryResolver, ModuleLogEntryResolver] as const;

/** Output id fields other than `id` (events name their object by id), by the type they name (see withGlobalIds). */
const ID_REFERENCES = {
  clientId: 'Client', invoiceId: 'Invoice', serviceId: 'Service',
  'Me.sessionId': 'AuthSession', 'ModuleJobProgress.id': 'ModuleJob', 'Mutation.deleteClients': 'Client',
  // The activity log names its targets by entity; the currency entity is the BillingCurrency type.
  'ActivityLogEntry.targetId': (entry: { targetType: string }) => (entry.targetType === 'Currency' ? 'BillingCurrency' : entry.targetType),
};

/**
 * Fields a user of a client account may lack the permission for (issue 13.4):
 * every field of Client but the few any user reads (the profile needs PROFILE,
 * the areas under it their own permission), so a refusal nulls the field only.
 */
const isRefusable = (type: string, field: string) => type === 'Client' && !FIELDS_OUTSIDE_PROFILE.has(field);

export async function buildAppSchema(events: EventBus): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker: AuthChecker,
    pubSub: events,
    validate: { forbidUnknownValues: false },
  });
  return withGlobalIds(schema, { references: ID_REFERENCES, refusable: isRefusable, findNode });
}

export const SCHEMA_HEADER = '# Generated from the resolvers by `npm run schema:print`. Do not edit.\n\n';

export async function printAppSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(await buildAppSchema(createEventBus())) + '\n';
}
