/** How the bench talks to a server: GraphQL over HTTP, and graphql-ws subscribers that time what they receive. */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { inParallel } from './measure';
import type { Gql } from './seed';

export function graphqlClient(url: string): Gql {
  return async (query, variables, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

export interface Subscribers {
  /** Events received by all subscribers together. */
  received(): number;
  /** Subscribers that have received at least one event. */
  reached(): number;
  /** Resolves once `count` events have been received in all, or after `timeoutMs`. */
  waitFor(count: number, timeoutMs: number): Promise<void>;
  /** Milliseconds from the event's `at` (when the server published it) to its receipt, one per event and subscriber. */
  latencies: number[];
  close(): Promise<void>;
}

/**
 * `count` graphql-ws connections, each with one subscription to `query`, whose
 * events carry `at` (the publish time, ISO; the servers run on this machine's
 * clock). Resolves once every connection is acknowledged and subscribed.
 */
export async function subscribe(url: string, token: string, count: number, query: string, field: string): Promise<Subscribers> {
  const clients: Client[] = [];
  const latencies: number[] = [];
  let received = 0;
  const reached = new Set<Client>();
  let waiting: { count: number; resolve: () => void } | undefined;
  const onEvent = (at: string) => {
    latencies.push(Date.now() - Date.parse(at));
    received++;
    if (waiting && received >= waiting.count) waiting.resolve();
  };
  const close = async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  };
  try {
    // 50 handshakes at a time: each authenticates its token on the server.
    await inParallel(count, 50, async () => {
      const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
      clients.push(client);
      await new Promise<void>((resolve, reject) => {
        const offConnected = client.on('connected', () => {
          offConnected();
          resolve();
        });
        client.subscribe<Record<string, { at: string }>>({ query }, {
          next: ({ data, errors }) => {
            if (!data) return console.error('Subscription error', errors);
            reached.add(client);
            onEvent(data[field].at);
          },
          error: reject,
          complete: () => undefined,
        });
      });
    });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    received: () => received,
    reached: () => reached.size,
    waitFor: (target, timeoutMs) =>
      new Promise<void>((resolve) => {
        if (received >= target) return resolve();
        const timer = setTimeout(done, timeoutMs);
        function done() {
          clearTimeout(timer);
          waiting = undefined;
          resolve();
        }
        waiting = { count: target, resolve: done };
      }),
    latencies,
    close,
  };
}
