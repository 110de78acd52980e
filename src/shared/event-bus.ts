import { Repeater, type PubSub } from '@graphql-yoga/subscription';
import { GraphQLError } from 'graphql';
import { setMaxListeners } from 'node:events';
import { logger } from './logger';

export type ClientChange = 'CREATED' | 'UPDATED' | 'STATUS_CHANGED' | 'DELETED';
export type InvoiceChange = 'CREATED' | 'UPDATED' | 'PAID' | 'CANCELLED' | 'REFUNDED';
/** UPDATED: the service itself changed (e.g. its status after a command); JOB_UPDATED: only the module job on it progressed. */
export type ServiceChange = 'UPDATED' | 'JOB_UPDATED';
/** JOB_UPDATED: only the registrar job on the domain progressed. */
export type DomainChange = 'CREATED' | 'UPDATED' | 'DELETED' | 'JOB_UPDATED';

/*
 * Issue 13.7: every change event has one shape: what changed (`change`), the
 * id of the changed object (subscribers load its current state by it), and
 * when (`at`, ISO 8601). One change publishes one event.
 */

export interface ClientChangedPayload {
  change: ClientChange;
  clientId: number;
  at: string;
}

/** clientId is null once the client was deleted (its invoices stay, CL-8). */
export interface InvoiceChangedPayload {
  change: InvoiceChange;
  invoiceId: number;
  clientId: number | null;
  at: string;
}

export interface ServiceChangedPayload {
  change: ServiceChange;
  serviceId: number;
  clientId: number;
  /** The service status after the change (ServiceStatus value). */
  status: string;
  job?: ModuleJobEvent;
  at: string;
}

/** A module job as an event reports it: error is the full detail (for staff); errorCode its kind (ModuleJobErrorCode value). */
export interface ModuleJobEvent { id: number; command: string; status: string; attempts: number; error?: string; errorCode?: string; nextRunAt?: string; output?: Record<string, unknown> }

/** clientId: the domain's client after the change. */
export interface DomainChangedPayload {
  change: DomainChange;
  domainId: number;
  clientId: number;
  /** The registrar job the event is about (issue 15.1). */
  job?: ModuleJobEvent;
  at: string;
}

/** Issue 14.6: an order's status and each item's progress, as they were at this change. */
export interface OrderChangedPayload {
  change: 'CREATED' | 'STATUS_CHANGED' | 'ITEM_PROGRESS';
  orderId: number;
  clientId: number;
  /** OrderStatus value. */
  status: string;
  /** progress: PENDING, QUEUED, RUNNING, RETRYING, DONE, FAILED or CANCELLED; error is the full detail (for staff). */
  items: { id: number; position: number; progress: string; error?: string }[];
  at: string;
}

/** Issue 16.5: a cancellation request was made, withdrawn or completed (staff are notified). */
export interface CancellationRequestChangedPayload {
  change: 'CREATED' | 'WITHDRAWN' | 'COMPLETED';
  cancellationRequestId: number;
  serviceId: number;
  clientId: number;
  at: string;
}

/**
 * Logins that may have ended or whose rights changed: sessions by id (an
 * impersonation also by the staff session it came from), or every session of
 * a client, of a client's user, or of a staff member.
 */
export interface SessionChange {
  sessionIds?: number[];
  clientId?: number;
  clientUserId?: number;
  staffId?: number;
}

/**
 * Issue 17.5: every event topic and its payload; a topic not listed here does
 * not compile. Payloads carry ids, not entities, so they can cross processes.
 */
export type EventTopics = {
  /** A client was created, updated, deleted, or its status followed its services (CL-5). */
  CLIENT_CHANGED: ClientChangedPayload;
  /** Issue 4.7: an invoice was created, updated (payments and credit included), paid, cancelled or refunded. */
  INVOICE_CHANGED: InvoiceChangedPayload;
  /** SV-3: a service's status or a module job on it changed (job progress: QUEUED, RUNNING, RETRYING, SUCCEEDED, FAILED, CANCELLED). */
  SERVICE_CHANGED: ServiceChangedPayload;
  /** Issue 15.1: a domain record was created, changed (also moved to another client) or deleted. */
  DOMAIN_CHANGED: DomainChangedPayload;
  /** Issue 14.6: an order was placed, changed status, or one of its items progressed. */
  ORDER_CHANGED: OrderChangedPayload;
  /** Issue 16.5 (SV-12): a cancellation request was made, withdrawn or completed. */
  CANCELLATION_REQUEST_CHANGED: CancellationRequestChangedPayload;
  /** Issue 10.3: live connections of these logins check them again. */
  SESSIONS_CHANGED: SessionChange;
  /** Local to this process: the bus lost its connection for a while, so events of that time may be missing. */
  EVENTS_MISSED: { at: string };
};

export type Topic = keyof EventTopics;

/** A topic name checked against EventTopics, for places typed as a plain string (type-graphql's `@Subscription({ topics })`). */
export const topic = <T extends Topic>(name: T): T => name;

/** The publish arguments of each topic, as the PubSub type wants them. */
type PublishArgs = { [T in Topic]: [EventTopics[T]] };

/**
 * The one publish/subscribe abstraction behind subscriptions and internal
 * reactions. The server runs it on PostgreSQL LISTEN/NOTIFY
 * (PostgresEventTarget), so every process sees every event; without an event
 * target it stays in-process. Publish only after the transaction commits.
 */
export interface EventBus extends PubSub<PublishArgs> {
  /**
   * Calls `listener` with each event of `topic` the moment it arrives, before
   * any subscription sees that event or a later one. Returns the unsubscribe.
   */
  watch<T extends Topic>(topic: T, listener: (payload: EventTopics[T]) => void): () => void;
}

/** Events a subscriber may fall behind (its connection not reading) before its subscription is ended. */
export const MAX_EVENTS_BEHIND = 1000;

export function createEventBus(eventTarget: EventTarget = new EventTarget()): EventBus {
  // One listener per subscription: thousands are normal here, not a leak.
  setMaxListeners(0, eventTarget);
  return {
    publish(topic: string, ...args: [unknown] | [string | number, unknown]) {
      const [key, payload] = args.length === 2 ? [`${topic}:${args[0]}`, args[1]] : [topic, args[0]];
      eventTarget.dispatchEvent(new CustomEvent(key, { detail: payload }));
    },
    subscribe(topic: string, id?: string | number) {
      const key = id === undefined ? topic : `${topic}:${id}`;
      return new Repeater((push, stop) => {
        // Unread events queue per subscriber; one that stops reading is ended instead of growing without bound.
        let behind = 0;
        const listener = (event: Event) => {
          if (behind >= MAX_EVENTS_BEHIND) {
            stop(new GraphQLError('This subscription fell too far behind and was ended', { extensions: { code: 'RATE_LIMITED' } }));
            return;
          }
          behind++;
          void push((event as CustomEvent).detail).then(() => behind--);
        };
        eventTarget.addEventListener(key, listener);
        void stop.then(() => eventTarget.removeEventListener(key, listener));
      });
    },
    watch(topic, listener) {
      const handler = (event: Event) => {
        try {
          listener((event as CustomEvent).detail);
        } catch (error) {
          logger.error({ err: error }, `Event bus: a ${topic} listener failed`);
        }
      };
      eventTarget.addEventListener(topic, handler);
      return () => eventTarget.removeEventListener(topic, handler);
    },
  } as EventBus;
}
