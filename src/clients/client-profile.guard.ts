import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { forbidden } from '../shared/errors';
import { ClientPermission, hasClientPermission } from '../auth/client-permission';
import { Client } from './client.entity';
import { PostalAddress } from './postal-address';

/** What a user of the account reads of the client object without PROFILE: enough to find its way to the areas it may use. */
export const FIELDS_OUTSIDE_PROFILE: ReadonlySet<string> = new Set(['id', 'status', 'currency']);

/**
 * CT-4/CL-12: the client's profile (names, email, address, phone, settings)
 * is for staff, the account holder and users with PROFILE, wherever the
 * client object is reached from (`me.client`, `client(id)`, an invoice's
 * client …): the fields Client and the address it inherits declare (the
 * areas under the client, its field resolvers, check their own permission).
 *
 * Set on the built schema's resolvers rather than as a type-graphql
 * middleware, which would run its middleware chain for every value of
 * every one of these fields (issue 12); contacts and payers share the
 * address fields and are not guarded by it.
 */
export function guardClientProfile(schema: GraphQLSchema): GraphQLSchema {
  const type = schema.getType('Client');
  if (!isObjectType(type)) throw new Error('The schema has no Client type to guard');
  const declared = new Set(getMetadataStorage().fields.filter((field) => field.target === Client || field.target === PostalAddress).map((field) => field.schemaName));
  for (const field of Object.values(type.getFields())) {
    if (!declared.has(field.name) || FIELDS_OUTSIDE_PROFILE.has(field.name)) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: RequestContext, info) => {
      const viewer = context.viewer;
      if (viewer && !hasClientPermission(viewer, ClientPermission.PROFILE)) throw forbidden(`This login lacks the ${ClientPermission.PROFILE} permission`);
      return resolve(source, args, context, info);
    };
  }
  return schema;
}
