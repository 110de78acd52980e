import {
  GraphQLError, GraphQLID, GraphQLInterfaceType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, getNamedType, getNullableType, isInterfaceType, isNonNullType, isObjectType,
  type GraphQLFieldConfig, type GraphQLFieldResolver, type GraphQLNamedType,
} from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { AppError, badInput } from './app-error';
import { globalId, parseGlobalId } from './ids';
import type { RequestContext } from './context';

/** The most ids one `nodes` call takes (as GitHub's API). */
export const MAX_NODES = 100;

export interface GlobalIdOptions {
  /**
   * The type each output id field other than `id` names, by field name
   * (`clientId: 'Client'`) or by `Type.field` (`'Mutation.deleteClients': 'Client'`),
   * or a function of the object when its rows name different types (undefined: no
   * object of the API, the field answers null).
   * An output id field missing here stops the schema build, so no raw key leaks.
   */
  references: Readonly<Record<string, string | ((source: any) => string | undefined)>>;
  /**
   * Whether a field refuses some viewers (a permission a client user may
   * lack): such fields are nullable, so a refusal nulls that field only.
   */
  refusable(type: string, field: string): boolean;
  /** The object of a Node type with this key, or null when it is missing or the viewer may not see it. */
  findNode(ctx: RequestContext, type: string, key: number): Promise<object | null>;
}

/**
 * Issue 13.3/13.4, in one place instead of per type: every object type with an
 * `id` implements `Node` and shows its id as a global id (type name + key,
 * see ids.ts); other id fields name the type of `references`; the schema gets
 * `node(id:)` and `nodes(ids:)`; and lookups (a Query field taking only
 * `id: ID!` and returning a Node) answer null instead of NOT_FOUND/FORBIDDEN,
 * so one missing object does not null its siblings.
 * Resolvers and loaders keep numeric keys; entities and plain rows need nothing.
 */
export function withGlobalIds(built: GraphQLSchema, options: GlobalIdOptions): GraphQLSchema {
  const typeOfNode = new WeakMap<object, string>();
  const Node = nodeInterface(typeOfNode);
  const config = built.toConfig();
  const schema = new GraphQLSchema({ ...config, types: [...config.types, Node] });
  const isNode = (type: GraphQLNamedType): boolean => {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name === 'Node' || isRoot(schema, type.name)) return false;
    if (options.references[`${type.name}.id`]) return false; // the id of another object, e.g. of the job a progress event is about
    const id = type.getFields().id;
    return id != null && getNamedType(id.type) === GraphQLID;
  };

  // By name, and the closures that live on made outside this function: none may keep this schema, a second copy of every type.
  const nodeObjectTypes = new Set(Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && isNode(type)).map((type) => type.name));
  const find = nodeFinder(nodeObjectTypes, options.findNode, typeOfNode);

  return mapSchema(schema, {
    [MapperKind.OBJECT_TYPE]: (type) => {
      if (type.name === schema.getQueryType()?.name) return withNodeFields(type, Node, find);
      if (!isNode(type)) return undefined;
      const { interfaces, ...rest } = type.toConfig();
      return new GraphQLObjectType({ ...rest, interfaces: [...interfaces, Node] });
    },
    [MapperKind.INTERFACE_TYPE]: (type) => {
      if (!isNode(type)) return undefined;
      const { interfaces, ...rest } = type.toConfig();
      return new GraphQLInterfaceType({ ...rest, interfaces: [...interfaces, Node] });
    },
    [MapperKind.COMPOSITE_FIELD]: (field, fieldName, typeName) => {
      if (typeName === 'Node') return undefined;
      const type = schema.getType(typeName)!;
      if (typeName === schema.getQueryType()?.name && isLookup(schema, field, isNode)) return asLookup(field);
      if (options.refusable(typeName, fieldName)) field = { ...field, type: getNullableType(field.type) };
      if (getNamedType(field.type) !== GraphQLID) return field;
      const named = fieldName === 'id' && isNode(type) ? typeName : options.references[`${typeName}.${fieldName}`] ?? options.references[fieldName];
      if (!named) throw new Error(`${typeName}.${fieldName} shows an id: name the type it refers to in the global id references`);
      return encoded(field, named);
    },
  });
}

/** The Node interface; its type is the one node(id:) found the object as. */
function nodeInterface(typeOfNode: WeakMap<object, string>): GraphQLInterfaceType {
  return new GraphQLInterfaceType({
    name: 'Node',
    description: 'An object with a global id: fetch it again at any time with `node(id:)`.',
    fields: () => ({ id: { type: new GraphQLNonNull(GraphQLID), description: 'The global id of the object: opaque, stable, unique across all types.' } }),
    resolveType: (value: object) => typeOfNode.get(value),
  });
}

/** node(id:)'s lookup; a module-level function so that its closure holds only what it names. */
function nodeFinder(nodeObjectTypes: ReadonlySet<string>, findNode: GlobalIdOptions['findNode'], typeOfNode: WeakMap<object, string>) {
  return async (ctx: RequestContext, id: string) => {
    const parsed = parseGlobalId(id);
    if (!parsed) throw badInput('id', 'id is not a valid id', 'INVALID_FORMAT');
    if (!nodeObjectTypes.has(parsed.type)) return null;
    const node = await findNode(ctx, parsed.type, parsed.key);
    if (node) typeOfNode.set(node, parsed.type);
    return node;
  };
}

function isRoot(schema: GraphQLSchema, name: string): boolean {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].some((root) => root?.name === name);
}

/** `node(id:)` and `nodes(ids:)` on Query. */
function withNodeFields(query: GraphQLObjectType, Node: GraphQLInterfaceType, find: (ctx: RequestContext, id: string) => Promise<object | null>): GraphQLObjectType {
  const config = query.toConfig();
  return new GraphQLObjectType({
    ...config,
    fields: {
      ...config.fields,
      node: {
        type: Node,
        description: 'The object with this global id; null when there is none or you may not see it.',
        args: { id: { type: new GraphQLNonNull(GraphQLID), description: 'A global id, as any `id` field returns it.' } },
        resolve: (_source, args: { id: string }, ctx: RequestContext) => find(ctx, args.id),
      },
      nodes: {
        type: new GraphQLNonNull(new GraphQLList(Node)),
        description: `The objects with these global ids, in the same order; null in place of each one that does not exist or you may not see. At most ${MAX_NODES} ids.`,
        args: { ids: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLID))), description: 'Global ids, as `id` fields return them.' } },
        resolve: (_source, args: { ids: string[] }, ctx: RequestContext) => {
          if (args.ids.length > MAX_NODES) throw badInput('ids', `Ask for at most ${MAX_NODES} ids at once`, 'OUT_OF_RANGE');
          return Promise.all(args.ids.map((id) => find(ctx, id)));
        },
      },
    },
  });
}

/** A single-object query: only `id: ID!` in, a Node out. */
function isLookup(schema: GraphQLSchema, field: GraphQLFieldConfig<unknown, unknown>, isNode: (type: GraphQLNamedType) => boolean): boolean {
  const args = Object.entries(field.args ?? {});
  const out = getNullableType(field.type);
  return args.length === 1 && args[0][0] === 'id' && getNamedType(args[0][1].type) === GraphQLID && isObjectType(out) && isNode(schema.getType(out.name)!);
}

/** Missing and invisible both answer null (issue 13.4); other errors stay errors. */
function asLookup(field: GraphQLFieldConfig<unknown, RequestContext>): GraphQLFieldConfig<unknown, RequestContext> {
  const resolve = field.resolve!;
  return {
    ...field,
    type: isNonNullType(field.type) ? field.type.ofType : field.type,
    resolve: async (...args) => {
      try {
        return await resolve(...args);
      } catch (error) {
        if (isNotVisible(error)) return null;
        throw error;
      }
    },
  };
}

/** NOT_FOUND or FORBIDDEN: the viewer may not know the object exists. */
export function isNotVisible(error: unknown): boolean {
  const original = error instanceof GraphQLError ? error.originalError : error;
  return original instanceof AppError && (original.code === 'NOT_FOUND' || original.code === 'FORBIDDEN');
}

/** The field's keys, shown as global ids of `type` (lists too). */
function encoded(field: GraphQLFieldConfig<unknown, unknown>, typeOf: string | ((source: any) => string | undefined)): GraphQLFieldConfig<unknown, unknown> {
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? ((source, _args, _ctx, info) => (source as Record<string, unknown> | null)?.[info.fieldName]);
  return {
    ...field,
    resolve: (source, args, ctx, info) => {
      const type = typeof typeOf === 'string' ? typeOf : typeOf(source);
      if (type === undefined) return null;
      const encode = (key: unknown): unknown => (key == null ? key : Array.isArray(key) ? key.map(encode) : globalId(type, String(key)));
      const key = resolve(source, args, ctx, info);
      return key instanceof Promise ? key.then(encode) : encode(key);
    },
  };
}
