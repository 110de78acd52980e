import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
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

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field({ nullable: true })
  startCursor?: string;

  @Field({ nullable: true })
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
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
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
  const seen = new Set<string>();
  const asks = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'totalCount';
      if (selection.kind === Kind.INLINE_FRAGMENT) return asks(selection.selectionSet);
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return asks(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => asks(node.selectionSet));
}

/** Cursors are opaque to clients; inside they are the row id. */
export const encodeCursor = (id: number) => Buffer.from(`c:${id}`).toString('base64url');

export function decodeCursor(cursor: string, field: string): number {
  const match = /^c:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput(field, 'Invalid cursor', 'INVALID_FORMAT');
  return Number(match[1]);
}

export interface KeysetPage {
  /** Rows with id > afterId (forward) or < beforeId (backward). */
  afterId?: number;
  beforeId?: number;
  limit: number;
  backward: boolean;
}

/** Turns Relay arguments into a keyset page over ascending ids. */
export function keysetPage(args: PageArgs): KeysetPage {
  if (args.first != null && args.last != null) throw badInput('last', 'Use either first or last, not both', 'CONFLICTING_INPUT');
  const backward = args.last != null || (args.before != null && args.first == null);
  return {
    afterId: args.after ? decodeCursor(args.after, 'after') : undefined,
    beforeId: args.before ? decodeCursor(args.before, 'before') : undefined,
    limit: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE,
    backward,
  };
}

/**
 * The id condition of a keyset page. Both cursors apply when both are given
 * (Relay: `after` and `before` bound a window). `descending` lists newest first,
 * so "after" means smaller ids.
 */
export function idBounds(page: KeysetPage, descending = false): { id?: { $gt?: number; $lt?: number } } {
  const [afterOp, beforeOp] = descending ? (['$lt', '$gt'] as const) : (['$gt', '$lt'] as const);
  const bounds: { $gt?: number; $lt?: number } = {};
  if (page.afterId != null) bounds[afterOp] = page.afterId;
  if (page.beforeId != null) bounds[beforeOp] = page.beforeId;
  return Object.keys(bounds).length ? { id: bounds } : {};
}

/** Builds a connection from rows fetched with limit + 1 in the page's direction. */
export function toConnection<T extends { id: number }>(rows: T[], page: KeysetPage, totalCount: number): Connection<T> {
  const hasMore = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  if (page.backward) pageRows.reverse();
  const edges = pageRows.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.backward ? page.beforeId != null : hasMore,
      hasPreviousPage: page.backward ? hasMore : page.afterId != null,
      startCursor: edges[0]?.cursor,
      endCursor: edges[edges.length - 1]?.cursor,
    },
  };
}
