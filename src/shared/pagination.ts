import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from './validators';
import type { ClassType } from 'type-graphql';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { badInput } from './errors';

/** Page size when a list is asked for without first/last; query costs assume it too. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest first/last; checked before a query is priced (see query-limits.ts) and again by class-validator. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size going forward (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE})` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'Cursor to start after' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size going backward (at most ${MAX_PAGE_SIZE})` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field({ nullable: true, description: 'Cursor to end before' })
  before?: string;
}

@ObjectType({ description: 'Where a page of a list sits: whether more pages follow or precede it, and the cursors at its ends.' })
export class PageInfo {
  @Field({ description: 'True when another page follows this one (request it with `after: endCursor`).' })
  hasNextPage!: boolean;

  @Field({ description: 'True when another page precedes this one (request it with `before: startCursor`).' })
  hasPreviousPage!: boolean;

  @Field({ nullable: true, description: 'Cursor of the first item on this page; null when the page is empty.' })
  startCursor?: string;

  @Field({ nullable: true, description: 'Cursor of the last item on this page; null when the page is empty.' })
  endCursor?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection type for a node type: `ClientConnection`, `ClientEdge`. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} item of a list, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item in the list; pass it as `after` or `before` to page from here.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (cursor pagination: first/after forward, last/before backward).` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page, in list order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages exist and the cursors to reach them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Matches for the filter, all pages together' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** The query cost of a connection field: its nodes times the page size (see query-limits.ts). */
export const pageComplexity = ({ args, childComplexity }: { args: PageArgs; childComplexity: number }) =>
  1 + childComplexity * (args.first ?? args.last ?? DEFAULT_PAGE_SIZE);

/** Whether a connection field's selection asks for totalCount, the one part that costs a count. */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => fieldsOf(info, node.selectionSet).some((field) => field.name.value === 'totalCount'));
}

/**
 * The fields a connection's selection asks of its nodes (`edges { node { … } }`),
 * sorted: a list reads only the columns behind them (issue 12, readFieldColumns).
 */
export function selectedNodeFields(info: GraphQLResolveInfo): readonly string[] {
  // Walked once per field of a document: its one field node belongs to the parsed document, which Apollo keeps for
  // the next request with the same query (the nodes list is new in each request; a field asked twice is walked per request).
  const key = info.fieldNodes.length === 1 ? info.fieldNodes[0] : info.fieldNodes;
  let fields = nodeFieldsOf.get(key);
  if (!fields) nodeFieldsOf.set(key, (fields = nodeFields(info)));
  return fields;
}

const nodeFieldsOf = new WeakMap<FieldNode | readonly FieldNode[], readonly string[]>();

function nodeFields(info: GraphQLResolveInfo): readonly string[] {
  const names = new Set<string>();
  for (const connection of info.fieldNodes) {
    for (const edges of fieldsOf(info, connection.selectionSet)) {
      if (edges.name.value !== 'edges') continue;
      for (const node of fieldsOf(info, edges.selectionSet)) {
        if (node.name.value === 'node') for (const field of fieldsOf(info, node.selectionSet)) names.add(field.name.value);
      }
    }
  }
  return [...names].sort();
}

/** The fields of a selection set, with those of its fragments. */
function fieldsOf(info: GraphQLResolveInfo, set: SelectionSetNode | undefined): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const collect = (inner: SelectionSetNode | undefined) => {
    for (const selection of inner?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        collect(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  collect(set);
  return fields;
}

/** Which way a list is sorted. */
export enum OrderDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way a list is sorted',
  valuesConfig: {
    ASC: { description: 'Smallest, earliest or alphabetically first value first; records without a value last' },
    DESC: { description: 'Largest, latest or alphabetically last value first; records without a value first' },
  },
});

/**
 * A list's sort order: an entity property (the value of the list's
 * `…OrderField` enum) and a direction. Rows with the same value keep the order
 * of their ids (in the same direction), so every position is unique and a
 * cursor can resume exactly there.
 */
export interface PageOrder {
  property: string;
  direction: OrderDirection;
}

export const ID_ASC: PageOrder = { property: 'id', direction: OrderDirection.ASC };
export const ID_DESC: PageOrder = { property: 'id', direction: OrderDirection.DESC };

/**
 * Builds a list's `orderBy` input, `{ field, direction }` (as GitHub's API
 * does): `fields` is the list's sort-field enum (registered with
 * registerEnumType), whose values are entity properties.
 */
export function OrderByInput<F extends string>(fields: Record<string, F>, name: string, what: string) {
  @InputType(`${name}Order`, { description: `How ${what} are sorted` })
  class OrderClass {
    @Field(() => fields, { description: 'The value to sort by' })
    field!: F;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending (the default) or descending' })
    direction!: OrderDirection;
  }
  return OrderClass;
}

/** An `orderBy` argument as resolvers receive it (an instance of an OrderByInput class). */
export interface OrderBy {
  field: string;
  direction?: OrderDirection;
}

/** The sort order of an `orderBy` argument, or the list's default. */
export const pageOrder = (orderBy: OrderBy | undefined | null, fallback: PageOrder): PageOrder =>
  orderBy ? { property: orderBy.field, direction: orderBy.direction ?? OrderDirection.ASC } : fallback;

/** A position in a sorted list: the sort value of a row and its id (the tie-breaker). */
export interface CursorPosition {
  value: unknown;
  id: number;
}

type CursorValue = string | number | boolean | null | { date: string };

/**
 * Cursors are opaque to clients; inside they are the sort property, the row's
 * value of it and the row id, so a page resumes exactly after (or before) its
 * row whatever the order, with ties broken by id.
 */
export function encodeCursor(property: string, value: unknown, id: number): string {
  const stored: CursorValue = value instanceof Date ? { date: value.toISOString() } : typeof value === 'bigint' ? value.toString() : (value as CursorValue) ?? null;
  return Buffer.from(JSON.stringify([property, stored, id])).toString('base64url');
}

export function decodeCursor(cursor: string, field: string, property: string): CursorPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw badInput(field, 'This is not a cursor of this list', 'INVALID_FORMAT');
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || typeof decoded[0] !== 'string' || !Number.isSafeInteger(decoded[2])) {
    throw badInput(field, 'This is not a cursor of this list', 'INVALID_FORMAT');
  }
  const [sortedBy, stored, id] = decoded as [string, CursorValue, number];
  if (sortedBy !== property) throw badInput(field, 'This cursor belongs to another sort order: start again from the first page', 'INVALID_ORDER_BY');
  const value = stored !== null && typeof stored === 'object' ? new Date(stored.date) : stored;
  return { value, id };
}

export interface KeysetPage {
  order: PageOrder;
  /** Rows after this position (forward) and/or before this one. */
  after?: CursorPosition;
  before?: CursorPosition;
  limit: number;
  backward: boolean;
}

/** Turns Relay arguments into a keyset page over `order` (ascending ids unless told). */
export function keysetPage(args: PageArgs, order: PageOrder = ID_ASC): KeysetPage {
  if (args.first != null && args.last != null) throw badInput('last', 'Use either first or last, not both', 'CONFLICTING_INPUT');
  const backward = args.last != null || (args.before != null && args.first == null);
  const after = args.after ? decodeCursor(args.after, 'after', order.property) : undefined;
  const before = args.before ? decodeCursor(args.before, 'before', order.property) : undefined;
  return { order, after, before, limit: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE, backward };
}

const reverse = (direction: OrderDirection) => (direction === OrderDirection.ASC ? OrderDirection.DESC : OrderDirection.ASC);

/**
 * The rows that come after `position` in `property` order (then id). NULL
 * sorts after every value (PostgreSQL's default: NULLS LAST ascending, NULLS
 * FIRST descending), so it is the largest value here too.
 */
function comesAfter(property: string, position: CursorPosition, direction: OrderDirection): Record<string, unknown> {
  const idOp = direction === OrderDirection.ASC ? '$gt' : '$lt';
  if (property === 'id') return { id: { [idOp]: position.id } };
  const { value, id } = position;
  if (direction === OrderDirection.ASC) {
    return value === null
      ? { [property]: null, id: { $gt: id } }
      : { $or: [{ [property]: { $gt: value } }, { [property]: value, id: { $gt: id } }, { [property]: null }] };
  }
  return value === null
    ? { $or: [{ [property]: { $ne: null } }, { [property]: null, id: { $lt: id } }] }
    : { $or: [{ [property]: { $lt: value } }, { [property]: value, id: { $lt: id } }] };
}

/** The condition of a keyset page: after its `after` cursor and before its `before` cursor (Relay: both bound a window). */
export function keysetWhere(page: KeysetPage): Record<string, unknown> {
  const { property, direction } = page.order;
  const bounds = [
    ...(page.after ? [comesAfter(property, page.after, direction)] : []),
    ...(page.before ? [comesAfter(property, page.before, reverse(direction))] : []),
  ];
  return bounds.length ? { $and: bounds } : {};
}

/** The ORDER BY that fetches a keyset page: its order, reversed when paging backward; ties by id. */
export function keysetOrderBy(page: KeysetPage): Record<string, OrderDirection>[] {
  const direction = page.backward ? reverse(page.order.direction) : page.order.direction;
  return page.order.property === 'id' ? [{ id: direction }] : [{ [page.order.property]: direction }, { id: direction }];
}

/** Builds a connection from rows fetched with limit + 1 in the page's direction. */
export function toConnection<T extends { id: number }>(rows: T[], page: KeysetPage, totalCount: number): Connection<T> {
  const hasMore = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  if (page.backward) pageRows.reverse();
  const { property } = page.order;
  const edges = pageRows.map((node) => ({ cursor: encodeCursor(property, (node as Record<string, unknown>)[property], node.id), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.backward ? page.before != null : hasMore,
      hasPreviousPage: page.backward ? hasMore : page.after != null,
      startCursor: edges[0]?.cursor,
      endCursor: edges[edges.length - 1]?.cursor,
    },
  };
}
