import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { AuthChecker } from './auth/auth-checker';
import { resolvers } from './composition';
import { createEventBus, type EventBus } from './shared/event-bus';

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
