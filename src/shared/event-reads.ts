import type { EntityManager } from '@mikro-orm/postgresql';
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
