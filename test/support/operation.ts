import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * A GraphQL operation: a typed document (`graphql(...)` from test/generated,
 * written by `npm run codegen:test`), whose result and variables are typed,
 * or plain text.
 */
export type Operation<R = any, V = Record<string, unknown>> = TypedDocumentNode<R, V> | string;

const printed = new WeakMap<TypedDocumentNode<any, any>, string>();

/** The text of an operation, as it goes over the wire. */
export function operationText(operation: Operation<any, any>): string {
  if (typeof operation === 'string') return operation;
  let text = printed.get(operation);
  if (text === undefined) printed.set(operation, (text = print(operation)));
  return text;
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: (string | number)[]; reason?: string; [key: string]: unknown }; path?: string[] }[];
}

/** The data of a response that must have succeeded (of the test app or of a server process). */
export function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data as T;
}
