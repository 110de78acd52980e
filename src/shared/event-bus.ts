import { createPubSub, type PubSub } from '@graphql-yoga/subscription';

export type ClientChange = 'CREATED' | 'UPDATED' | 'STATUS_CHANGED' | 'DELETED';
export type InvoiceChange = 'CREATED' | 'UPDATED' | 'PAID' | 'CANCELLED' | 'REFUNDED';

export interface ServiceChangedPayload {
  serviceId: number;
  clientId: number;
  /** The service status after the change (ServiceStatus value). */
  status: string;
  /** error is the full detail (for staff); errorCode its kind (ModuleJobErrorCode value). */
  job?: { id: number; command: string; status: string; attempts: number; error?: string; errorCode?: string; nextRunAt?: string; output?: Record<string, unknown> };
  at: string;
}

/** Every event topic and its payload. Payloads carry ids, not entities, so they can cross processes. */
export interface EventTopics {
  [key: string]: [unknown] | [string | number, unknown];
  CLIENT_CHANGED: [{ clientId: number; change: ClientChange; at: string }];
  /** Issue 4.7: invoice created, updated (incl. payments and credit), paid, cancelled, refunded. clientId null after CL-8. */
  /** SV-3: a service's status or a module job on it changed (job progress: QUEUED, RUNNING, RETRYING, SUCCEEDED, FAILED, CANCELLED). */
  SERVICE_CHANGED: [ServiceChangedPayload];
  INVOICE_CHANGED: [{ invoiceId: number; clientId: number | null; change: InvoiceChange; at: string }];
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
