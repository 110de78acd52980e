import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { isObjectType, printSchema, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AuthChecker } from './auth/auth-checker';
import { resolvers } from './composition';
import { createEventBus, type EventBus } from './shared/event-bus';
import { withGlobalIds } from './shared/global-ids';
import { validateInput, withInputRounds } from './shared/input-validation';
import { withRememberedLocalDates } from './shared/scalars';
import { findNode } from './node-lookup';
import { FIELDS_OUTSIDE_PROFILE, guardClientProfile } from './clients/client-profile.guard';

/** Entities whose GraphQL type has another name. */
const TYPE_OF_ENTITY: Record<string, string> = { Currency: 'BillingCurrency', StaffUser: 'Staff' };
/** Activity log targets that are no single object of the API: settings, a payment gateway by name, a TLD's prices by name. */
const NOT_OBJECTS = new Set(['BillingSettings', 'OperatorSettings', 'PaymentGateway', 'TldPrice']);

/** Output id fields other than `id` (events name their object by id), by the type they name (see withGlobalIds). */
const ID_REFERENCES = {
  clientId: 'Client', invoiceId: 'Invoice', serviceId: 'Service', domainId: 'Domain', orderId: 'Order', itemId: 'OrderItem', cancellationRequestId: 'CancellationRequest',
  'Me.sessionId': 'AuthSession', 'OrderItemOption.optionId': 'ConfigOption', 'OrderItemOption.choiceId': 'ConfigOptionChoice', 'ModuleJobProgress.id': 'ModuleJob', 'Mutation.deleteClients': 'Client',
  // Delete mutations answer the id of the record they deleted.
  'Mutation.deleteProductGroup': 'ProductGroup', 'Mutation.deleteAddon': 'Addon', 'Mutation.deletePromotion': 'Promotion', 'Mutation.deleteConfigOptionGroup': 'ConfigOptionGroup', 'Mutation.deleteCurrency': 'BillingCurrency', 'Mutation.deleteTaxRule': 'TaxRule', 'Mutation.deleteContact': 'Contact', 'Mutation.deleteClientUser': 'ClientUser', 'Mutation.deletePayer': 'ClientPayer', 'Mutation.deleteClientGroup': 'ClientGroup', 'Mutation.deleteProject': 'Project', 'Mutation.deleteServer': 'Server', 'Mutation.deleteServerGroup': 'ServerGroup', 'Mutation.deleteService': 'Service', 'Mutation.deleteDomain': 'Domain',
  // The activity log names its targets by entity; two entities have GraphQL types of other names.
  'ActivityLogEntry.targetId': (entry: { targetType: string }) => (NOT_OBJECTS.has(entry.targetType) ? undefined : TYPE_OF_ENTITY[entry.targetType] ?? entry.targetType),
  // Items the daily run failed on name their type.
  'DailyRunError.subjectId': (error: { subjectType: string }) => error.subjectType,
  'PreviewError.subjectId': (error: { subjectType: string }) => error.subjectType,
};

/**
 * Fields a user of a client account may lack the permission for (issue 13.4):
 * every field of Client but the few any user reads (the profile needs PROFILE,
 * the areas under it their own permission), so a refusal nulls the field only.
 */
const isRefusable = (type: string, field: string) => type === 'Client' && !FIELDS_OUTSIDE_PROFILE.has(field);

/**
 * Plain fields (a property of the same name, no field resolver) are read by
 * graphql-js's own resolver instead of type-graphql's wrapper, which allocates
 * a context object and runs a middleware chain for every value (issue 12).
 * A field keeps the wrapper when a field of its name on any type, or its
 * class, has @Authorized or a middleware, so no check can be lost; a field
 * resolver always takes precedence over this.
 */
function readPlainFieldsDirectly(): void {
  const storage = getMetadataStorage();
  const guardedNames = new Set([...storage.authorizedFields.map((field) => field.fieldName), ...storage.middlewares.map((middleware) => middleware.fieldName)]);
  const guardedClasses = new Set([...storage.authorizedResolver.map((entry) => entry.target), ...storage.resolverMiddlewares.map((entry) => entry.target)]);
  for (const field of storage.fields) {
    if (field.simple === undefined && field.name === field.schemaName && !guardedNames.has(field.name) && !guardedClasses.has(field.target)) field.simple = true;
  }
}

/**
 * Field resolvers with no @Authorized and no middleware that take only the
 * parent object and the context (a service's product, an invoice's total …)
 * are called directly, not through type-graphql's wrapper, which builds a
 * context object, sorts and resolves the parameters and runs an empty
 * middleware chain for every value (issue 12). A parent that is not an
 * instance of the type (which type-graphql would convert) still goes through
 * the wrapper.
 */
function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, (...params: unknown[]) => unknown>>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.roles || resolver.middlewares?.length) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    if (!params.every((param) => (param.kind === 'root' || param.kind === 'context') && !param.propertyName)) continue;
    const Type = resolver.getObjectType!() as Function;
    const type = schema.getType(storage.objectTypes.find((objectType) => objectType.target === Type)?.name ?? '');
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    if (!field?.resolve) continue;
    if (!instances.has(resolver.target)) instances.set(resolver.target, new (resolver.target as new () => Record<string, (...params: unknown[]) => unknown>)());
    const instance = instances.get(resolver.target)!;
    const method = instance[resolver.methodName];
    const wrapped = field.resolve;
    const rootFirst = params[0]?.kind !== 'context';
    field.resolve = ((root, args, context, info) => {
      if (!(root instanceof Type)) return wrapped(root, args, context, info);
      return rootFirst ? method.call(instance, root, context) : method.call(instance, context, root);
    }) satisfies GraphQLFieldResolver<unknown, unknown>;
  }
}

export async function buildAppSchema(events: EventBus): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers,
    authChecker: AuthChecker,
    pubSub: events,
    // class-validator, with a mutation's problems reported together with its service's (issue 13.5).
    validateFn: validateInput,
  });
  describeRootTypes(schema);
  callFieldResolversDirectly(schema);
  return withInputRounds(withGlobalIds(withRememberedLocalDates(guardClientProfile(schema)), { references: ID_REFERENCES, refusable: isRefusable, findNode }));
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
