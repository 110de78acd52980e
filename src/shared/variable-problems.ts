import {
  GraphQLError, Kind, coerceInputValue, getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, typeFromAST, visit,
  type ASTNode, type DocumentNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import type { ErrorReason } from './error-reasons';

type Path = (string | number)[];
interface Problem { path: Path; message: string; reason: ErrorReason }

/** What a value of each scalar must be, for messages end users read. */
const SCALAR_FORMS: Record<string, string> = {
  Int: 'a whole number',
  Float: 'a number',
  String: 'text',
  ID: 'an id',
  Boolean: 'true or false',
  DateTimeISO: 'a date and time such as 2026-12-31T23:59:00Z',
  LocalDate: 'a date such as 2026-12-31',
  CountryCode: 'a two-letter country code such as NL',
  EmailAddress: 'an email address',
  Currency: 'a three-letter currency code such as EUR',
  URL: 'a web address',
  JSONObject: 'an object',
};

/**
 * Issue 13.5: variables that do not fit their GraphQL types, all of them in
 * one BAD_USER_INPUT with each problem at its path from the variable
 * (`extensions.field` the first, `extensions.fields` all), in words for end
 * users. graphql-js puts the path of a coercion error into its English
 * message only; its coerceInputValue hands the path to a callback, so the
 * variables are coerced here first with it. A path starts at the argument
 * the variable is given to (`["input", "lines", 0, "amount"]` for
 * `createInvoice(input: $i)`), like the paths of the services' problems; at
 * the variable when it is used more than once. Undefined when all fit.
 */
export function variableProblems(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): GraphQLError | undefined {
  // What graphql-js refuses, by variable; the document is walked for the argument paths only when something is refused.
  const refused: { name: string; type: GraphQLInputType; path: readonly (string | number)[]; invalid: unknown; missing?: true }[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue; // an unknown type fails validation before this
    const name = definition.variable.name.value;
    const value = variables[name];
    if (value === undefined && !Object.hasOwn(variables, name)) {
      if (isNonNullType(type) && !definition.defaultValue) refused.push({ name, type, path: [], invalid: undefined, missing: true });
      continue;
    }
    coerceInputValue(value, type, (path, invalid) => refused.push({ name, type, path, invalid }));
  }
  if (!refused.length) return undefined;

  const usedAt = argumentPaths(document, operation);
  const problems = new Map<string, Problem>();
  for (const { name, type, path, invalid, missing } of refused) {
    const at = [...(usedAt.get(name) ?? [name]), ...path];
    for (const problem of missing ? [required(at)] : problemsAt(type, at, path, invalid)) {
      const key = JSON.stringify(problem.path);
      if (!problems.has(key)) problems.set(key, problem);
    }
  }
  const fields = [...problems.values()];
  const [first] = fields;
  if (!first) return undefined;
  return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT', reason: first.reason, field: first.path, fields } });
}

/** Where each variable used exactly once is used: the argument and the fields and list positions down to it. */
function argumentPaths(document: DocumentNode, operation: OperationDefinitionNode): Map<string, Path | undefined> {
  const paths = new Map<string, Path | undefined>();
  visit(document, {
    // Only this operation and the fragments (which it may spread).
    OperationDefinition: (node) => (node === operation ? undefined : false),
    VariableDefinition: () => false,
    Variable(node, _key, parent, keys, ancestors) {
      const name = node.name.value;
      if (paths.has(name)) {
        paths.set(name, undefined);
        return;
      }
      const path: Path = [];
      const chain = [...ancestors, parent, node] as (ASTNode | readonly ASTNode[])[];
      chain.forEach((ancestor, i) => {
        if (!('kind' in ancestor)) return;
        if (ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD) path.push(ancestor.name.value);
        // The index of the list item on the way: the key after `values` in the visitor's key path.
        if (ancestor.kind === Kind.LIST) path.push(Number(keys[i + 1]));
      });
      paths.set(name, path.length ? path : undefined);
    },
  });
  return paths;
}

const required = (path: Path): Problem => ({ path, message: `${labelOf(path)} is required`, reason: 'VALUE_REQUIRED' });

/** The field a path ends at, as a form would name it: its last field name. */
const labelOf = (path: Path): string => String([...path].reverse().find((segment) => typeof segment === 'string'));

/** The problems graphql-js found at `path` (relative to the variable) of a value of `root`: what is wrong, told by the type found there. */
function problemsAt(root: GraphQLInputType, full: Path, path: readonly (string | number)[], invalid: unknown): Problem[] {
  let type: GraphQLInputType | undefined = root;
  for (const segment of path) {
    const nullable = getNullableType(type) as GraphQLInputType;
    type = isListType(nullable) ? nullable.ofType : isInputObjectType(nullable) ? nullable.getFields()[segment]?.type : undefined;
    if (!type) return [{ path: full, message: `${labelOf(full)} is not a field of this input`, reason: 'INVALID_FORMAT' }];
  }
  // graphql-js takes a single value for a list of one, so the problem may be the item's.
  if (isListType(getNullableType(type)) && !Array.isArray(invalid)) type = (getNullableType(type) as { ofType: GraphQLInputType }).ofType;
  if (invalid === null) return isNonNullType(type) ? [required(full)] : [];
  const named = getNamedType(type);
  if (isInputObjectType(named) && invalid && typeof invalid === 'object' && !Array.isArray(invalid)) {
    const fields = named.getFields();
    const given = invalid as Record<string, unknown>;
    const missing = Object.values(fields)
      .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined && given[field.name] === undefined)
      .map((field) => required([...full, field.name]));
    const unknown = Object.keys(given)
      .filter((key) => !fields[key])
      .map((key): Problem => ({ path: [...full, key], message: `${key} is not a field of this input`, reason: 'INVALID_FORMAT' }));
    if (missing.length || unknown.length) return [...missing, ...unknown];
  }
  const label = labelOf(full);
  if (isInputObjectType(named)) return [{ path: full, message: `${label} must be an object of the fields it takes`, reason: 'INVALID_FORMAT' }];
  if (isEnumType(named)) return [{ path: full, message: `${label} is not one of the allowed values`, reason: 'INVALID_FORMAT' }];
  const form = SCALAR_FORMS[named.name];
  return [{ path: full, message: form ? `${label} must be ${form}` : `${label} is not a valid ${named.name}`, reason: 'INVALID_FORMAT' }];
}
