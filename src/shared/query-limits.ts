/**
 * Issue 10.1: the limits every GraphQL operation is checked against, in the
 * same steps over HTTP and graphql-ws, each in time linear in the document:
 *
 * 1. checkDocument, before graphql-js validation (over HTTP an Express
 *    middleware in front of Apollo, queryLimitsMiddleware): the document's
 *    length in tokens (graphql-js's parser stops at the first token over the
 *    limit), then selections with fragments expanded (nodes), aliases,
 *    directives and depth, each fragment counted once;
 * 2. graphql-js validation (Apollo's over HTTP). Some of its rules
 *    (OverlappingFieldsCanBeMerged) grow with the square of a selection set,
 *    which is why step 1 comes first;
 * 3. operationLimitError, once the caller and the variables are known (over
 *    HTTP queryLimitsPlugin): page sizes, then the cost, each fragment priced
 *    once, against the caller's budget (smaller for anonymous callers).
 *
 * What a check passed is kept (PassedChecks), so a document asked again is
 * not checked again.
 */
import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  NoSchemaIntrospectionCustomRule,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { fieldExtensionsEstimator, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import type { RequestContext } from './context';
import { formatError } from './errors';
import { MAX_PAGE_SIZE } from './pagination';
import { logger } from './logger';
import { variableProblems } from './variable-problems';

type Limits = Pick<
  Config,
  | 'introspection'
  | 'maxQueryTokens'
  | 'maxQueryNodes'
  | 'maxQueryAliases'
  | 'maxQueryDirectives'
  | 'maxQueryDepth'
  | 'maxQueryComplexity'
  | 'maxQueryComplexityAnonymous'
>;

type Variables = Record<string, unknown> | null | undefined;

const refusal = (code: 'QUERY_TOO_COMPLEX' | 'QUERY_TOO_DEEP', message: string) => new GraphQLError(message, { extensions: { code } });

// graphql 16 says "more that N tokens"; later versions may fix the typo.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/**
 * Issue 12: the checks' passes, per server (schema and limits). Every request
 * of a client area sends the same document, and parsing and pricing it again
 * cost more than a few percent of the request. A pass depends only on what
 * the caller sent, so a kept one is exactly what the check would compute
 * again; refusals are not kept. The caches are LRUs bounded in entries and
 * characters, so documents or variables an attacker varies cannot grow memory.
 */
class PassedChecks {
  /** Step 1: documents within the limits, by their text (a parsed document takes tens of bytes per character). */
  readonly documents = new LRUCache<string, DocumentNode>({ max: 1_000, maxSize: 250_000, maxEntrySize: 25_000, sizeCalculation: (_document, source) => source.length });
  /** Documents that passed graphql-js validation too (over graphql-ws; Apollo keeps its own). */
  readonly validated = new WeakSet<DocumentNode>();
  /** Step 3: the cost of an operation with its variables, by costKey (the variables as JSON). */
  readonly costs = new LRUCache<string, number>({ max: 2_000, maxSize: 500_000, maxEntrySize: 2_000, sizeCalculation: (_cost, key) => key.length });
}

const passedChecksByServer = new WeakMap<GraphQLSchema, WeakMap<Limits, PassedChecks>>();

function passedChecks(schema: GraphQLSchema, limits: Limits): PassedChecks {
  let byLimits = passedChecksByServer.get(schema);
  if (!byLimits) passedChecksByServer.set(schema, (byLimits = new WeakMap()));
  let checks = byLimits.get(limits);
  if (!checks) byLimits.set(limits, (checks = new PassedChecks()));
  return checks;
}

/** How many passes are kept for a server, and the characters of the kept documents (for the test of the bounds). */
export function keptPasses(schema: GraphQLSchema, limits: Limits): { documents: number; documentCharacters: number; costs: number } {
  const { documents, costs } = passedChecks(schema, limits);
  return { documents: documents.size, documentCharacters: documents.calculatedSize, costs: costs.size };
}

/** A number per parsed document: Apollo and PassedChecks hand out the same document object for the same text. */
const documentNumbers = new WeakMap<DocumentNode, number>();
let documentsNumbered = 0;

/**
 * What the cost of an operation depends on: the document, the operation and
 * the variables as sent. Undefined (not kept) unless the variables are plain
 * JSON values, as they arrive over the wire: `undefined` and a missing
 * variable, or -0 and 0, coerce differently but print the same.
 */
function costKey(document: DocumentNode, operationName: string | null | undefined, variables: Variables): string | undefined {
  let number = documentNumbers.get(document);
  if (number === undefined) documentNumbers.set(document, (number = documentsNumbered++));
  let plain = true;
  const key = JSON.stringify([number, operationName ?? null, variables ?? null], function (this: Record<string, unknown>, name, value) {
    const original = this[name];
    const prototype = original !== null && typeof original === 'object' ? Object.getPrototypeOf(original) : null;
    if (typeof original === 'number' ? !Number.isFinite(original) || Object.is(original, -0) : !['string', 'boolean', 'object'].includes(typeof original)) plain = false;
    else if (prototype !== null && prototype !== Object.prototype && prototype !== Array.prototype) plain = false;
    return value;
  });
  return plain ? key : undefined;
}

/** Step 1: the parsed document, or why it is refused (a syntax error is GRAPHQL_PARSE_FAILED). */
export function checkDocument(schema: GraphQLSchema, source: string, limits: Limits): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  const passed = passedChecks(schema, limits);
  const known = passed.documents.get(source);
  if (known) return { document: known };
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxQueryTokens });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const maxTokens = TOKEN_LIMIT_MESSAGE.exec(error.message)?.[1];
    if (maxTokens) return { errors: [refusal('QUERY_TOO_COMPLEX', `The document has more than ${maxTokens} tokens`)] };
    return { errors: [new GraphQLError(error.message, { source: error.source, positions: error.positions, extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  const errors = validate(schema, document, documentLimitRules(limits));
  if (errors.length) return { errors };
  passed.documents.set(source, document);
  return { document };
}

/** The document limits of step 1 after the token limit, as graphql-js validation rules. */
export function documentLimitRules(limits: Limits): ValidationRule[] {
  // graphql-armor's rules report through onReject; its messages start with "Syntax Error: ", which they are not.
  const reportAs = (code: 'QUERY_TOO_COMPLEX' | 'QUERY_TOO_DEEP') => ({
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(refusal(code, error.message.replace(/^Syntax Error: /, '')))],
  });
  return [
    maxNodesRule(limits.maxQueryNodes),
    // __typename aliases count too: they are what pads a document to the size of an attack.
    maxAliasesRule({ n: limits.maxQueryAliases, allowList: [], ...reportAs('QUERY_TOO_COMPLEX') }),
    maxDirectivesRule({ n: limits.maxQueryDirectives, ...reportAs('QUERY_TOO_COMPLEX') }),
    maxDepthRule({ n: limits.maxQueryDepth, flattenFragments: true, ignoreIntrospection: true, ...reportAs('QUERY_TOO_DEEP') }),
  ];
}

/**
 * Selections (fields, inline fragments, fragment spreads) per operation with
 * fragments expanded, each fragment counted once. graphql-armor has no such
 * rule; Apollo's maxRecursiveSelections counts the same, but runs together
 * with graphql-js's rules and is not exported for graphql-ws.
 */
function maxNodesRule(max: number): ValidationRule {
  return (context) => {
    const fragmentNodes = new Map<string, number>();
    const countSet = (set: SelectionSetNode): number => {
      let count = 0;
      for (const selection of set.selections) {
        count += 1 + (selection.kind === Kind.FRAGMENT_SPREAD ? countFragment(selection) : selection.selectionSet ? countSet(selection.selectionSet) : 0);
      }
      return count;
    };
    const countFragment = (spread: FragmentSpreadNode): number => {
      const name = spread.name.value;
      const known = fragmentNodes.get(name);
      if (known !== undefined) return known;
      fragmentNodes.set(name, 0); // a cycle (refused by graphql-js validation next) ends here
      const fragment = context.getFragment(name);
      const count = fragment ? countSet(fragment.selectionSet) : 0;
      fragmentNodes.set(name, count);
      return count;
    };
    return {
      OperationDefinition(operation) {
        const nodes = countSet(operation.selectionSet);
        if (nodes > max) {
          context.reportError(refusal('QUERY_TOO_COMPLEX', `The operation has ${nodes} selections with fragments expanded; the limit is ${max}`));
        }
      },
    };
  };
}

/**
 * Step 3: the refusal of a validated operation whose variables do not fit,
 * whose page sizes are out of range or whose cost exceeds the caller's
 * budget. A cost that cannot be computed is a refusal too.
 */
export function operationLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
  viewer: object | undefined,
  limits: Limits,
): GraphQLError | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined; // Apollo and graphql-ws answer "unknown operation" themselves
  const { costs } = passedChecks(schema, limits);
  const key = costKey(document, operationName, variables);
  let cost = key === undefined ? undefined : costs.get(key);
  if (cost === undefined) {
    // Issue 13.5: every variable that does not fit its type, each at its path, in one error.
    const unfit = variableProblems(schema, document, operation, variables ?? {});
    if (unfit) return unfit;
    // The coercion execution would do; its error is the same BAD_USER_INPUT execution would give.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
    if (coerced.errors) {
      const [error] = coerced.errors;
      return new GraphQLError(limits.introspection ? error.message : withoutSuggestions(error.message), { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } });
    }
    try {
      cost = operationCost(schema, document, operation, coerced.coerced);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') return error;
      logger.error({ err: error }, 'Query cost could not be computed');
      return refusal('QUERY_TOO_COMPLEX', 'The cost of this operation could not be computed');
    }
    if (key !== undefined) costs.set(key, cost);
  }
  const budget = viewer ? limits.maxQueryComplexity : limits.maxQueryComplexityAnonymous;
  if (cost > budget) return refusal('QUERY_TOO_COMPLEX', `Query complexity ${cost} exceeds the limit of ${budget}`);
  return undefined;
}

const ESTIMATORS = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/**
 * The cost model of graphql-query-complexity (a field's `complexity`
 * extension, else 1 + its children) over a walk that prices each fragment
 * once: that library walks a fragment again at every spread. Fragments and
 * inline fragments on abstract types add up rather than take the most
 * expensive type, which can only overestimate.
 */
function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const fragmentCosts = new Map<string, number>();

  const typeNamed = (name: string): GraphQLCompositeType => {
    const type = schema.getType(name);
    if (!isCompositeType(type)) throw new Error(`${name} is not a composite type`);
    return type;
  };
  const included = (node: FieldNode | InlineFragmentNode | FragmentSpreadNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

  const setCost = (set: SelectionSetNode, parentType: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parentType);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += setCost(selection.selectionSet, selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parentType);
      } else cost += fragmentCost(selection.name.value);
    }
    return cost;
  };
  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment) throw new Error(`Unknown fragment ${name}`);
    fragmentCosts.set(name, 0); // cycles are refused by validation; this only keeps the walk finite
    const cost = setCost(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value));
    fragmentCosts.set(name, cost);
    return cost;
  };
  const fieldCost = (node: FieldNode, parentType: GraphQLCompositeType): number => {
    const field = fieldDefinition(schema, parentType, node.name.value);
    const args = getArgumentValues(field, node, variables);
    checkPageSizes(args, node);
    const type = getNamedType(field.type);
    const childComplexity = node.selectionSet && isCompositeType(type) ? setCost(node.selectionSet, type) : 0;
    for (const estimate of ESTIMATORS) {
      const cost = estimate({ type: parentType, field, node, args, childComplexity });
      if (typeof cost === 'number' && Number.isFinite(cost) && cost >= 0) return cost;
    }
    throw new Error(`No cost for ${parentType.name}.${field.name}`);
  };

  const root = schema.getRootType(operation.operation);
  if (!root) throw new Error(`The schema has no ${operation.operation} type`);
  return setCost(operation.selectionSet, root);
}

/** Page sizes are checked before they multiply a cost: a negative one would lower it. */
function checkPageSizes(args: Record<string, unknown>, node: FieldNode) {
  for (const name of ['first', 'last']) {
    const size = args[name];
    if (typeof size === 'number' && (size < 0 || size > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`${name} must be between 0 and ${MAX_PAGE_SIZE}`, {
        nodes: node,
        extensions: { code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE', field: [name] },
      });
    }
  }
}

function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType() && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (parentType === schema.getQueryType() && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
  if (!field) throw new Error(`Unknown field ${parentType.name}.${name}`);
  return field;
}

/** graphql-js appends "Did you mean …?" with names from the schema; they go when the schema is hidden. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+\?$/s, '');
}

/**
 * Step 1 over HTTP: refuses a document over the limits before Apollo parses
 * and validates it. Other problems (syntax, no query) are left to Apollo.
 */
export function queryLimitsMiddleware(schema: GraphQLSchema, limits: Limits): RequestHandler {
  return (req, res, next) => {
    const source: unknown = req.method === 'GET' ? req.query.query : req.body?.query;
    if (typeof source !== 'string') return next();
    const checked = checkDocument(schema, source, limits);
    const refusals = 'errors' in checked ? checked.errors.filter((error) => error.extensions.code !== 'GRAPHQL_PARSE_FAILED') : [];
    if (!refusals.length) return next();
    res.status(400).json({ errors: refusals.map((error) => formatError(error.toJSON(), error)) });
  };
}

/** Step 3 over HTTP, once Apollo has validated the document and created the context (the caller). */
export function queryLimitsPlugin(limits: Limits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, contextValue }) {
          const refused = operationLimitError(schema, document, request.operationName, request.variables, contextValue.viewer, limits);
          // A GraphQLError thrown here is the response, formatted by formatError.
          if (refused) throw new GraphQLError(refused.message, { nodes: refused.nodes, extensions: { ...refused.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}

/**
 * The three steps for a graphql-ws subscribe message (its onSubscribe hook):
 * the execution arguments, or the errors to answer with, shaped as over HTTP
 * (graphql-ws sends them without formatError).
 */
export function checkWsOperation(
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Variables },
  viewer: object | undefined,
  limits: Limits,
): ExecutionArgs | readonly GraphQLError[] {
  const checked = checkDocument(schema, payload.query, limits);
  if ('errors' in checked) return checked.errors;
  const { document } = checked;
  const { validated } = passedChecks(schema, limits);
  if (!validated.has(document)) {
    const rules = limits.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
    const invalid = validate(schema, document, rules);
    if (invalid.length) {
      return invalid.map((error) => {
        const message = limits.introspection ? error.message : withoutSuggestions(error.message);
        return new GraphQLError(message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      });
    }
    validated.add(document);
  }
  const refused = operationLimitError(schema, document, payload.operationName, payload.variables, viewer, limits);
  if (refused) return [refused];
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}
