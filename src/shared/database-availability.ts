/**
 * Issue 11.1: while the database is unreachable (stopped, restarting, failing
 * over, or every connection busy beyond DATABASE_CONNECT_TIMEOUT_MS) a request
 * fails within that bound with SERVICE_UNAVAILABLE and HTTP 503, telling the
 * client to retry, instead of hanging or answering INTERNAL_SERVER_ERROR.
 */
import type { ApolloServerPlugin } from '@apollo/server';

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable at the moment; try again shortly';

/** SQLSTATE classes and codes of a lost or refused connection (PostgreSQL appendix A). */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
/** Socket errors on the way to the database. */
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * Errors of pg, pg-pool and knex that carry no code. "Transaction query already complete": knex's answer to a
 * query in a transaction that the loss of its connection has already ended (rolled back).
 */
const UNAVAILABLE_MESSAGE =
  /Timeout acquiring a connection|Connection terminated|timeout exceeded when trying to connect|is not queryable|Unable to acquire a connection|Cannot use a pool after calling end|Transaction query already complete/;

/** True when `error` (or what it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    if (UNAVAILABLE_MESSAGE.test(current.message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return false;
}

/**
 * HTTP 503 for a GraphQL response that failed on the database (formatError gives
 * it the code). Execution errors set the status directly; an error while the
 * context is created (authentication reads the database) gets it through
 * `extensions.http`, which Apollo reads from the error it wraps.
 */
export function databaseUnavailableStatus(): ApolloServerPlugin {
  return {
    async contextCreationDidFail({ error }) {
      if (isDatabaseUnavailable(error)) Object.assign(error, { extensions: { http: { status: 503 } } });
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          if (errors.some(isDatabaseUnavailable)) response.http.status = 503;
        },
      };
    },
  };
}

/** `work`, or a rejection once `ms` have passed without an answer (the work itself is not cancelled). */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
