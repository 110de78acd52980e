import { createPubSub, type PubSub } from '@graphql-yoga/subscription';

export type ClientChange = 'CREATED' | 'UPDATED' | 'STATUS_CHANGED' | 'DELETED';

/** Every event topic and its payload. Payloads carry ids, not entities, so they can cross processes. */
export interface EventTopics {
  [key: string]: [unknown] | [string | number, unknown];
  CLIENT_CHANGED: [{ clientId: number; change: ClientChange; at: string }];
}

/**
 * The one publish/subscribe abstraction behind subscriptions and internal
 * reactions. The default is in-process; a multi-instance deployment passes an
 * EventTarget backed by PostgreSQL LISTEN/NOTIFY (or Redis) to createEventBus
 * and nothing else changes. Publish only after the transaction commits.
 */
export type EventBus = PubSub<EventTopics>;

export function createEventBus(eventTarget?: EventTarget): EventBus {
  return createPubSub<EventTopics>(eventTarget ? { eventTarget: eventTarget as never } : undefined);
}
