import { globalId, parseGlobalId } from '../../src/shared/ids';

/**
 * Global ids in tests (issue 13.3). Take ids from GraphQL responses; these
 * are for the few tests that make or read rows in SQL.
 */

/** The global id the API shows for the row of GraphQL type `type` with table key `key`. */
export function idOf(type: string, key: number | string): string {
  return globalId(type, key);
}

/** The table key inside a global id from a response, for SQL in tests. */
export function keyOf(id: string): number {
  const parsed = parseGlobalId(id);
  if (!parsed) throw new Error(`Not a global id: ${id}`);
  return parsed.key;
}
