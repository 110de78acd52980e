/**
 * The domain errors services throw (AppError and its shorthands) and the
 * field problems of an input. Apart from errors.ts, which turns them into
 * GraphQL errors, so that code that only throws them (ids, global ids, the
 * bench's reference server) loads no ORM, Apollo or type-graphql.
 */
import type { ErrorReason } from './error-reasons';
import { globalId } from './ids';
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
