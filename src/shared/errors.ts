import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException, NotFoundError as OrmNotFoundError } from '@mikro-orm/core';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-availability';
import { AppError, conflict, type FieldRef } from './app-error';
import { logger } from './logger';

export * from './app-error';

/** Runs `work`; a unique-constraint violation (a concurrent duplicate that passed the service's check) becomes CONFLICT on `field`. */
export async function conflictOnDuplicate<T>(field: FieldRef, message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(field, message, 'VALUE_TAKEN');
    throw error;
  }
}

/** Request ids of operations, set on their errors (requestIds plugin) so formatError can log and return them. */
const requestIds = new WeakMap<object, string>();

/** Apollo plugin: tags each error of an operation with the operation's request id (RequestContext.requestId). */
export function requestIdsOnErrors(): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) requestIds.set(error, contextValue.requestId);
        },
      };
    },
  };
}

/**
 * The one way an internal error leaves the server: logged once with the
 * request id and the cause, answered with a generic message and that id, so
 * support can find the log line from what the caller saw.
 */
export function internalError(error: unknown, requestId: string, base: Partial<GraphQLFormattedError> = {}): GraphQLFormattedError {
  logger.error({ err: error, requestId }, 'Internal server error');
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
}

/**
 * Maps every error to a client-safe shape with a stable code. Internal errors
 * go through internalError: logged with their stack and request id, answered generically.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const internal = () => internalError(original, requestId ?? (error && typeof error === 'object' ? requestIds.get(error) : undefined) ?? randomUUID(), base);

  // Field paths start at the operation's argument; the field node that failed names its arguments.
  const args = argumentNames(error);

  if (original instanceof AppError) {
    if (original.code === 'INTERNAL_SERVER_ERROR') return internal();
    const { fields, ...details } = original.details ?? {};
    const extensions = withField({ code: original.code, ...details }, original.field && inputPath(original.field, args));
    // A refusal about several input items at once (NOT_FOUND, CONFLICT) names each of them too.
    if (original.code === 'BAD_USER_INPUT' || fields) {
      const problems = fields ?? (original.field ? [{ field: original.field, message: original.message, reason: details.reason }] : []);
      // The input's form and the service's rules may both refuse a field for one reason ("must not be empty", "must not be blank"): the first says it.
      const said = new Set<string>();
      extensions.fields = problems
        .map((problem) => ({ path: inputPath(problem.field, args), message: problem.message, reason: problem.reason }))
        .filter((problem) => !said.has(JSON.stringify([problem.path, problem.reason])) && said.add(JSON.stringify([problem.path, problem.reason])));
    }
    return { ...base, message: original.message, extensions };
  }
  // type-graphql's own texts ("Access denied! You don't have permission for this action!") are replaced by ours.
  if (original instanceof AuthenticationError) {
    return { ...base, message: 'Log in first: send Authorization: Bearer <token>', extensions: { code: 'UNAUTHENTICATED', reason: 'LOGIN_REQUIRED' } };
  }
  if (original instanceof AuthorizationError) {
    return { ...base, message: 'Your login may not do this', extensions: { code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' } };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { ...base, message: 'A record with these values exists already', extensions: { code: 'CONFLICT', reason: 'VALUE_TAKEN' } };
  }
  // A fallback: services check the ids they are given; a reference that slipped through is the caller's input, not a crash.
  if (original instanceof ForeignKeyConstraintViolationException) {
    // PostgreSQL says "insert or update on table …" for a missing reference, "update or delete on table …" for one still in use.
    return original.message.includes('insert or update on table')
      ? { ...base, message: 'A referenced record does not exist', extensions: { code: 'BAD_USER_INPUT', reason: 'REFERENCE_NOT_FOUND' } }
      : { ...base, message: 'The record is still referenced by others', extensions: { code: 'CONFLICT', reason: 'RECORD_IN_USE' } };
  }
  if (original instanceof OrmNotFoundError) return { ...base, message: 'Not found', extensions: { code: 'NOT_FOUND', reason: 'RECORD_NOT_FOUND' } };
  // Issue 11.1: a database outage is the client's cue to retry, not an internal error (HTTP 503: database-availability.ts).
  if (isDatabaseUnavailable(original)) return { ...base, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } };

  // Apollo re-codes validation errors GRAPHQL_VALIDATION_FAILED; a rule's own code (QUERY_TOO_DEEP) wins.
  const ruleCode = original instanceof GraphQLError && original.originalError instanceof GraphQLError ? original.originalError.extensions?.code : undefined;
  const code = ruleCode ?? formatted.extensions?.code;
  // Uncoded 'Variable "$…' errors are coercion errors of graphql-ws executions; validation errors keep their code.
  if (code === 'BAD_USER_INPUT' || (code === undefined && formatted.message.startsWith('Variable "$'))) {
    // Refusals before execution (variables that do not fit their types, NUL characters) name their fields themselves.
    const { field, reason, fields } = formatted.extensions ?? {};
    const path = Array.isArray(field) ? field : undefined;
    const problems = Array.isArray(fields) ? fields : path ? [{ path, message: formatted.message, reason: reason ?? 'INVALID_FORMAT' }] : undefined;
    return { ...base, extensions: withField({ code: 'BAD_USER_INPUT', reason: reason ?? 'INVALID_FORMAT', ...(problems ? { fields: problems } : {}) }, path) };
  }
  // Errors raised by graphql-js or Apollo before execution (parse, validation, CSRF, limits) carry their own codes.
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && original instanceof GraphQLError) {
    return { ...base, extensions: { code } };
  }
  return internal();
}

function withField(extensions: Record<string, unknown>, field: unknown): Record<string, unknown> {
  return field ? { ...extensions, field } : extensions;
}

/** The argument names of the field an execution error came from (graphql-js locates it at the field node). */
function argumentNames(error: unknown): string[] {
  const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  return node?.kind === Kind.FIELD ? (node.arguments ?? []).map((argument) => argument.name.value) : [];
}

/** A field as the client sees it: from the argument, `['input', 'lines', 0, 'amount']` (see FieldRef). */
export function inputPath(field: FieldRef, args: string[]): (string | number)[] {
  const segments = typeof field === 'string' ? field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [...field];
  if (args.includes(String(segments[0]))) return segments;
  const container = ['input', 'filter'].find((name) => args.includes(name));
  return container ? [container, ...segments] : segments;
}

/** `input.lines[0].amount` (graphql-js's and input-guard's notation, `$` optional) → `['input', 'lines', 0, 'amount']`. */
export function parsePath(text: string): (string | number)[] {
  return [...text.replace(/^\$/, '').matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]));
}
