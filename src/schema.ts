import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { AuthChecker } from './auth/auth-checker';
import { resolvers } from './composition';
import { createEventBus, type EventBus } from './shared/event-bus';

export function buildAppSchema(events: EventBus): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker: AuthChecker,
    pubSub: events,
    validate: { forbidUnknownValues: false },
  });
}

export const SCHEMA_HEADER = '# Generated from the resolvers by `npm run schema:print`. Do not edit.\n\n';

export async function printAppSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(await buildAppSchema(createEventBus())) + '\n';
}
