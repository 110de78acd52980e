import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../../src/schema';
import { createEventBus } from '../../src/shared/event-bus';

/** Every element of the schema an API consumer can see, with its coordinate (`Type.field(arg:)`) and description. */
function schemaElements(schema: GraphQLSchema): { coordinate: string; description: string | null | undefined }[] {
  const elements: { coordinate: string; description: string | null | undefined }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    elements.push({ coordinate: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        elements.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
        for (const arg of field.args) elements.push({ coordinate: `${type.name}.${field.name}(${arg.name}:)`, description: arg.description });
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) elements.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) elements.push({ coordinate: `${type.name}.${value.name}`, description: value.description });
    }
  }
  return elements;
}

// Rule IDs, issue numbers and source files mean nothing to an API consumer; they belong in code comments and test titles.
const INTERNAL_REFERENCE = /\b(CL|CT|CR|OR|SV|DN|PM|AU)-\d+|\bissue \d|\b[\w-]+\.ts\b/i;

describe('issue 13.7: a schema written for its readers', () => {
  let elements: ReturnType<typeof schemaElements>;
  beforeAll(async () => {
    elements = schemaElements(await buildAppSchema(createEventBus()));
  });

  it('issue 13.7: the walk covers types, fields, arguments, input fields and enum values', () => {
    const coordinates = elements.map((e) => e.coordinate);
    expect(coordinates).toEqual(expect.arrayContaining(['Query', 'Query.client', 'Query.client(id:)', 'Mutation', 'Client.email', 'ServiceStatus.ACTIVE']));
    expect(coordinates).not.toContain('String');
    expect(coordinates).not.toContain('__Schema');
    expect(coordinates.length).toBeGreaterThan(500);
  });

  it('issue 13.7: every type, field, argument, input field and enum value has a description', () => {
    const missing = elements.filter((e) => !e.description?.trim()).map((e) => e.coordinate);
    expect(missing).toEqual([]);
  });

  it('issue 13.7: no description cites a rule ID, an issue number or a source file', () => {
    const internal = elements.filter((e) => e.description && INTERNAL_REFERENCE.test(e.description)).map((e) => `${e.coordinate}: ${e.description}`);
    expect(internal).toEqual([]);
  });
});
