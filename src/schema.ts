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
import { ClientCreditResolver, CreditResolver } from './credit/credit.resolver';
import { ActivityResolver } from './activity/activity.resolver';
import { SettingsResolver } from './settings/settings.resolver';
import { ModuleResolver } from './provisioning/module.resolver';
import { BillingResolver } from './billing/billing.resolver';
import { ServerGroupResolver, ServerResolver } from './provisioning/server.resolver';
import { ProductResolver } from './catalog/product.resolver';
import { catalogResolvers } from './catalog/catalog.resolver';
import { ClientProvisioningResolver, ServiceResolver } from './provisioning/service.resolver';
import { ClientDomainsResolver, DomainResolver } from './provisioning/domain.resolver';
import { ModuleCommandResolver } from './provisioning/module-command.resolver';
import { RegistryPollResolver } from './provisioning/registry-poll.resolver';
import { ClientInvoicesResolver, InvoiceResolver } from './billing/invoice.resolver';
import { InvoicePdfResolver } from './billing/invoice-pdf.resolver';
import { ClientTransactionsResolver, TransactionResolver } from './billing/transaction.resolver';
import { createEventBus, type EventBus } from './shared/event-bus';

export const resolvers = [AuthResolver, StaffResolver, ClientResolver, ClientGroupResolver, ContactResolver, ClientUserResolver, CreditResolver, ActivityResolver, SettingsResolver, ModuleResolver, BillingResolver,
  ServerResolver, ServerGroupResolver, ProductResolver, ...catalogResolvers, ServiceResolver, ClientProvisioningResolver, DomainResolver, ModuleCommandResolver,
  RegistryPollResolver, InvoiceResolver, TransactionResolver, InvoicePdfResolver, ClientDomainsResolver, ClientInvoicesResolver, ClientTransactionsResolver, ClientCreditResolver] as const;

export async function buildAppSchema(events: EventBus): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker: AuthChecker,
    pubSub: events,
    validate: { forbidUnknownValues: false },
  });
  describeRootTypes(schema);
  return schema;
}

/** type-graphql has no option for the root types' descriptions, so they are set on the built schema. */
function describeRootTypes(schema: GraphQLSchema): void {
  schema.getQueryType()!.description = 'Reads. Most fields need a login (Authorization: Bearer <token>); each says who may read it.';
  schema.getMutationType()!.description =
    'Changes. Each one validates its input and changes nothing when it refuses it (the error carries a stable extensions.code). Send an Idempotency-Key header to make a retry safe.';
  schema.getSubscriptionType()!.description = 'Live events over graphql-ws on the same URL. Each event is sent after the change is committed.';
}

export const SCHEMA_HEADER = '# Generated from the resolvers by `npm run schema:print`. Do not edit.\n\n';

export async function printAppSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(await buildAppSchema(createEventBus())) + '\n';
}
