import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException, NotFoundError as OrmNotFoundError } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-availability';
import { globalId } from './ids';
import { logger } from './logger';

/** The stable `extensions.code` values a client can rely on. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** A domain error: thrown by services, turned into a GraphQL error in one place (formatError). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field at fault, for BAD_USER_INPUT and CONFLICT. */
    readonly field?: string,
    /** For INTERNAL_SERVER_ERROR: what went wrong, for the server log only. */
    options?: { cause?: unknown },
    /** More for the client, e.g. `retryAfterSeconds` with RATE_LIMITED. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message, options);
    this.name = 'AppError';
    // An expected outcome, not a bug: nobody reads its trace, and formatting one (graphql-js copies it) costs more than a refused login.
    this.stack = `AppError: ${message}`;
  }
}

/** A missing record of GraphQL type `type`; the message names its global id, never a table key. */
export const notFound = (type: string, id: string | number) => new AppError('NOT_FOUND', `${type} ${typeof id === 'number' ? globalId(type, id) : id} not found`);
export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, field);
export const forbidden = (message = 'You may not do this') => new AppError('FORBIDDEN', message);
export const conflict = (field: string, message: string) => new AppError('CONFLICT', message, field);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', message, undefined, undefined, { retryAfterSeconds });

/** Runs `work`; a unique-constraint violation (a concurrent duplicate that passed the service's check) becomes CONFLICT on `field`. */
export async function conflictOnDuplicate<T>(field: string, message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(field, message);
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

  if (original instanceof AppError) {
    if (original.code === 'INTERNAL_SERVER_ERROR') return internal();
    return { ...base, message: original.message, extensions: withField({ code: original.code, ...original.details }, original.field) };
  }
  if (original instanceof ArgumentValidationError) {
    // type-graphql hands over class-validator's own failure here (not a list) when validation itself crashed.
    if (!Array.isArray(original.extensions.validationErrors)) return internal();
    const fields = flattenValidation(original.extensions.validationErrors as ValidationError[]);
    const first = fields[0];
    return {
      ...base,
      message: first ? `${first.field}: ${first.message}` : 'Invalid input',
      extensions: withField({ code: 'BAD_USER_INPUT', fields }, first?.field),
    };
  }
  if (original instanceof AuthenticationError) return { ...base, extensions: { code: 'UNAUTHENTICATED' } };
  if (original instanceof AuthorizationError) return { ...base, extensions: { code: 'FORBIDDEN' } };
  if (original instanceof UniqueConstraintViolationException) {
    return { ...base, message: 'A record with these values exists already', extensions: { code: 'CONFLICT' } };
  }
  // A fallback: services check the ids they are given; a reference that slipped through is the caller's input, not a crash.
  if (original instanceof ForeignKeyConstraintViolationException) {
    // PostgreSQL says "insert or update on table …" for a missing reference, "update or delete on table …" for one still in use.
    return original.message.includes('insert or update on table')
      ? { ...base, message: 'A referenced record does not exist', extensions: { code: 'BAD_USER_INPUT' } }
      : { ...base, message: 'The record is still referenced by others', extensions: { code: 'CONFLICT' } };
  }
  if (original instanceof OrmNotFoundError) return { ...base, message: 'Not found', extensions: { code: 'NOT_FOUND' } };
  // Issue 11.1: a database outage is the client's cue to retry, not an internal error (HTTP 503: database-availability.ts).
  if (isDatabaseUnavailable(original)) return { ...base, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } };

  // Apollo re-codes validation errors GRAPHQL_VALIDATION_FAILED; a rule's own code (QUERY_TOO_DEEP) wins.
  const ruleCode = original instanceof GraphQLError && original.originalError instanceof GraphQLError ? original.originalError.extensions?.code : undefined;
  const code = ruleCode ?? formatted.extensions?.code;
  // Uncoded 'Variable "$…' errors are coercion errors of graphql-ws executions; validation errors keep their code.
  if (code === 'BAD_USER_INPUT' || (code === undefined && formatted.message.startsWith('Variable "$'))) {
    const field = formatted.extensions?.field;
    return { ...base, extensions: withField({ code: 'BAD_USER_INPUT' }, typeof field === 'string' ? field : variableField(formatted.message)) };
  }
  // Errors raised by graphql-js or Apollo before execution (parse, validation, CSRF, limits) carry their own codes.
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && original instanceof GraphQLError) {
    return { ...base, extensions: { code } };
  }
  return internal();
}

function withField(extensions: Record<string, unknown>, field: string | undefined) {
  return field ? { ...extensions, field } : extensions;
}

/** `Variable "$input" got invalid value "x" at "input.email"; ...` → "email". */
function variableField(message: string): string | undefined {
  const match = /Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/.exec(message);
  if (match) return match[2].split('.').pop()?.replace(/\[\d+\]$/, '');
  const missing = /Field "(\w+)" of required type .* was not provided/.exec(message);
  if (missing) return missing[1];
  return /Variable "\$(\w+)"/.exec(message)?.[1];
}

function flattenValidation(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}
