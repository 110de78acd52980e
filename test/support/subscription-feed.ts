import type { Client as WsClient } from 'graphql-ws';
import { subscriptionsOpen } from '../../src/shared/metrics';
import { operationText, type Operation } from './operation';
import { waitFor } from './wait';

/** One subscription result: data or errors. */
export type FeedResult<T = any> = { data?: T; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };

/** One subscription whose results queue up until the test takes them. */
export interface Feed<T = any> {
  /** The next result, or undefined when none arrives within `ms`. */
  next(ms?: number): Promise<FeedResult<T> | undefined>;
  /** Results received and not yet taken. */
  pending(): number;
  /** What ended it with an error (GraphQL errors or a CloseEvent), if anything did within `ms`. */
  failure(ms?: number): Promise<unknown>;
  stop(): void;
}

export function feed<T = any, V = Record<string, unknown>>(client: WsClient, query: Operation<T, V>, variables?: V): Feed<T> {
  const queue: FeedResult<T>[] = [];
  const waiters: ((value: FeedResult<T>) => void)[] = [];
  let failed: unknown;
  const failureWaiters: ((value: unknown) => void)[] = [];
  const stop = client.subscribe<T>(
    { query: operationText(query), variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (value) => {
        const waiter = waiters.shift();
        if (waiter) waiter(value as FeedResult<T>);
        else queue.push(value as FeedResult<T>);
      },
      error: (error) => {
        failed = error;
        failureWaiters.splice(0).forEach((w) => w(error));
      },
      complete: () => {},
    },
  );
  return {
    next(ms = 3000) {
      if (queue.length) return Promise.resolve(queue.shift());
      return new Promise((resolve) => {
        const waiter = (value: FeedResult<T>) => {
          clearTimeout(timer);
          resolve(value);
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          resolve(undefined);
        }, ms);
        waiters.push(waiter);
      });
    },
    pending: () => queue.length,
    failure(ms = 3000) {
      if (failed !== undefined) return Promise.resolve(failed);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), ms);
        failureWaiters.push((error) => {
          clearTimeout(timer);
          resolve(error);
        });
      });
    },
    stop,
  };
}

/** graphql-ws subscriptions open in the server this test process runs (graphql_subscriptions_open). */
export async function openSubscriptions(): Promise<number> {
  return (await subscriptionsOpen.get()).values[0]?.value ?? 0;
}

/**
 * Starts subscriptions on the server this test process runs (startTestApp)
 * and resolves once the server holds `count` more of them, so that an event
 * published next reaches them.
 */
export async function subscribed<T>(start: () => T, count = 1): Promise<T> {
  const before = await openSubscriptions();
  const started = start();
  await waitFor(async () => (await openSubscriptions()) >= before + count, { what: `${count} subscription(s) to be open on the server`, timeoutMs: 10_000, intervalMs: 10 });
  return started;
}
