import type { EntityManager } from '@mikro-orm/postgresql';
import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { PromiseOrValue } from 'graphql/jsutils/PromiseOrValue';
import type { RequestContext } from './context';

/** The reads of one event for one viewer scope: a fresh EntityManager fork and its batch loaders. */
export interface EventReads {
  em: EntityManager;
  loaders: RequestContext['loaders'];
}

/**
 * Issue 12.5: every subscriber of this process receives an event as the same
 * payload object, so its reads are kept per payload (and dropped with it).
 */
const readsByEvent = new WeakMap<object, Map<string, EventReads>>();

/** Subscribers whose loaders may hold the same rows: all staff, or the logins of one client. */
const scopeOf = (viewer: RequestContext['viewer']) => (viewer?.kind === 'client' ? `client:${viewer.clientId}` : (viewer?.kind ?? 'none'));

/**
 * Points a subscription's context at the reads shared by every subscriber of
 * `event` in the same viewer scope, and returns them. Load the event's object
 * through `loaders` (keyed by the id in the payload): the first subscriber's
 * load is the one query, the others get its result. Field resolvers under the
 * object then share the same loaders, and each event reads the data as it is
 * now (a subscription's own loaders would cache the first event's rows for its
 * whole life). Authorization stays per subscriber: it reads `ctx.viewer`.
 */
export function readsForEvent(ctx: RequestContext, event: object): EventReads {
  let scopes = readsByEvent.get(event);
  if (!scopes) readsByEvent.set(event, (scopes = new Map()));
  const scope = scopeOf(ctx.viewer);
  let reads = scopes.get(scope);
  if (!reads) {
    const em = ctx.em.fork();
    scopes.set(scope, (reads = { em, loaders: ctx.createLoaders(em) }));
  }
  // A subscription runs its events one after another, so this event's fields read these until the next event.
  ctx.em = reads.em;
  ctx.loaders = reads.loaders;
  return reads;
}

/** Each event's execution results, by viewer and operation; dropped with the event's payload. */
const resultsByEvent = new WeakMap<object, Map<string, PromiseOrValue<ExecutionResult>>>();

/** What a subscription's answer may depend on besides the event: the viewer as a login (not which session of it). */
const viewerKey = (viewer: RequestContext['viewer']) => (viewer ? JSON.stringify({ ...viewer, sessionId: undefined }) : 'anonymous');

/**
 * graphql-ws's `subscribe`: graphql-js's, except that each event is executed
 * once per viewer and operation (document, operation name and variables) and
 * the result is shared by every subscription of this process asking the same
 * (issue 12.5: a thousand staff watching clients cost one execution per
 * event, not a thousand). Each subscription still filters its own events, and
 * the viewer is part of the key, so a subscriber gets what its own execution
 * would have answered.
 */
export async function subscribeSharingResults(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  const operation = JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? null]);
  const context = args.contextValue as RequestContext;
  return mapEvents(source, (payload) => {
    if (payload === null || typeof payload !== 'object') return execute({ ...args, rootValue: payload });
    let results = resultsByEvent.get(payload);
    if (!results) resultsByEvent.set(payload, (results = new Map()));
    const key = `${viewerKey(context.viewer)} ${operation}`;
    let result = results.get(key);
    if (!result) results.set(key, (result = execute({ ...args, rootValue: payload })));
    return result;
  });
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> => typeof (value as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';

/** The events of `source` mapped by `map`, ending `source` when ended (as graphql-js's own mapAsyncIterator). */
function mapEvents<T>(source: AsyncIterable<unknown>, map: (event: unknown) => PromiseOrValue<T>): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async (error: unknown): Promise<never> => {
    await iterator.return?.().catch(() => undefined);
    throw error;
  };
  const step = async (result: IteratorResult<unknown>): Promise<IteratorResult<T>> => {
    if (result.done) return result;
    try {
      return { value: await map(result.value), done: false };
    } catch (error) {
      return close(error);
    }
  };
  return {
    next: () => iterator.next().then(step),
    return: async () => (iterator.return ? step(await iterator.return()) : { value: undefined, done: true }),
    throw: async (error: unknown) => (iterator.throw ? step(await iterator.throw(error)) : close(error)),
    [Symbol.asyncIterator]() {
      return this;
    },
  } as AsyncIterableIterator<T>;
}
