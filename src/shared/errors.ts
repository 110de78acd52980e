import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException, NotFoundError as OrmNotFoundError } from '@mikro-orm/core';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-availability';
import { globalId } from './ids';
import type { ErrorReason } from './error-reasons';
import { logger } from './logger';
import { waitingInputProblems } from './input-round';

export type { ErrorReason } from './error-reasons';

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

/**
 * An input field, relative to the operation's `input` (or `filter`) argument
 * unless it starts with an argument's name: `'email'`, `'lines.0.amount'` or
 * `['lines', 0, 'amount']`. The client sees the full path from the argument
 * (`extensions.field`: `["input", "lines", 0, "amount"]`).
 */
export type FieldRef = string | readonly (string | number)[];

/** One problem with one input field; a BAD_USER_INPUT error lists all of an operation's (`extensions.fields`). */
export interface FieldProblem {
  field: FieldRef;
  message: string;
  reason: ErrorReason;
}

/** A domain error: thrown by services, turned into a GraphQL error in one place (formatError). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field at fault, for BAD_USER_INPUT and CONFLICT. */
    readonly field?: FieldRef,
    /** For INTERNAL_SERVER_ERROR: what went wrong, for the server log only. */
    options?: { cause?: unknown },
    /** More for the client: `reason` (see error-reasons.ts), `fields` (every field problem), `retryAfterSeconds` with RATE_LIMITED. */
    readonly details?: { reason?: ErrorReason; fields?: FieldProblem[]; [key: string]: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
    // An expected outcome, not a bug: nobody reads its trace, and formatting one (graphql-js copies it) costs more than a refused login.
    this.stack = `AppError: ${message}`;
  }
}

/** A missing record of GraphQL type `type`; the message names its global id, never a table key. */
export const notFound = (type: string, id: string | number, reason: ErrorReason = 'RECORD_NOT_FOUND') =>
  new AppError('NOT_FOUND', `${type} ${typeof id === 'number' ? globalId(type, id) : id} not found`, undefined, undefined, { reason });
export const badInput = (field: FieldRef, message: string, reason: ErrorReason) => new AppError('BAD_USER_INPUT', message, field, undefined, { reason });
export const forbidden = (message = 'You may not do this', reason: ErrorReason = 'PERMISSION_DENIED') => new AppError('FORBIDDEN', message, undefined, undefined, { reason });
export const conflict = (field: FieldRef, message: string, reason: ErrorReason) => new AppError('CONFLICT', message, field, undefined, { reason });

/** One BAD_USER_INPUT for `problems` (at least one): the first as its message and field, all in `extensions.fields`. */
export function inputProblemsError(problems: FieldProblem[]): AppError {
  const [first] = problems;
  return new AppError('BAD_USER_INPUT', first!.message, first!.field, undefined, { reason: first!.reason, fields: problems });
}

/**
 * Collects the field problems of one input so the caller hears of all of them
 * at once: `check` each rule, then `throwIfAny` (one BAD_USER_INPUT, the first
 * problem as its message and field, every problem in `extensions.fields`).
 * In a mutation or query it starts with the problems class-validator found in the
 * input (input-validation.ts), so they are reported together with the rules'.
 */
export class FieldProblems {
  private readonly problems: FieldProblem[] = [...waitingInputProblems()];

  add(field: FieldRef, message: string, reason: ErrorReason): void {
    this.problems.push({ field, message, reason });
  }

  /** Each of `fields` that `input` sends as null although it may only be left out. */
  addNulls(input: object, fields: readonly string[]): void {
    for (const field of fields) if ((input as Record<string, unknown>)[field] === null) this.add(field, `${field} cannot be null`, 'VALUE_REQUIRED');
  }

  /** Runs `parse`; a BAD_USER_INPUT it throws (amountInput's, say) becomes one of the problems, and the result undefined. */
  collect<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      return this.take(error);
    }
  }

  /** collect for a check that reads the database (a referenced record, say). */
  async collectAsync<T>(parse: () => Promise<T>): Promise<T | undefined> {
    try {
      return await parse();
    } catch (error) {
      return this.take(error);
    }
  }

  private take(error: unknown): undefined {
    const reason = error instanceof AppError && error.code === 'BAD_USER_INPUT' ? error.details?.reason : undefined;
    if (!reason || !(error as AppError).field) throw error;
    const { field, message, details } = error as AppError;
    // Another FieldProblems' error holds the input's problems too (both started with them).
    for (const problem of details?.fields ?? [{ field: field!, message, reason }]) if (!this.problems.includes(problem)) this.problems.push(problem);
    return undefined;
  }

  /** True while no problem is known: checks that only make sense for a valid input (a retry's lookup) may run. */
  none(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length) throw inputProblemsError(this.problems);
  }
}
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', message, undefined, undefined, { retryAfterSeconds });

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
