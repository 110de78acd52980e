import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/schema';
import { createEventBus } from '../../src/shared/event-bus';

/** The schema's fields declared on `target` (its object and interface types) named `fieldName`. */
function fieldsOf(schema: GraphQLSchema, target: unknown, fieldName: string) {
  const storage = getMetadataStorage();
  const names = [...storage.objectTypes, ...storage.interfaceTypes].filter((type) => type.target === target).map((type) => type.name);
  return names.flatMap((name) => {
    const type = schema.getType(name);
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
    return field ? [{ type: name, field }] : [];
  });
}

describe('issue 12: plain fields are read without type-graphql\'s wrapper, guarded fields keep their checks', () => {
  it('issue 12: every field with @Authorized or a middleware keeps a resolver (its check), and plain fields are read by graphql-js directly', async () => {
    const schema = await buildAppSchema(createEventBus());
    const storage = getMetadataStorage();

    const guarded = [...storage.authorizedFields, ...storage.middlewares].flatMap((entry) => fieldsOf(schema, entry.target, entry.fieldName));
    expect(guarded.length).toBeGreaterThan(10);
    expect(guarded.filter(({ field }) => !field.resolve).map(({ type, field }) => `${type}.${field.name}`)).toEqual([]);

    const direct = storage.fields.filter((field) => field.simple).flatMap((field) => fieldsOf(schema, field.target, field.schemaName));
    // Some keep a resolver added on the built schema (global ids), not type-graphql's.
    expect(direct.filter(({ field }) => !field.resolve).length).toBeGreaterThan(100);
    for (const { field } of direct) expect(storage.authorizedFields.some((entry) => entry.fieldName === field.name)).toBe(false);
  });
});
