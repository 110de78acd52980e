import type { IncomingMessage } from 'node:http';
import type { WebSocketServer } from 'ws';
import { GraphQLError } from 'graphql';

/**
 * Issue 10.3: what one client may hold open over graphql-ws. A connection
 * beyond the per-address limit is closed with TOO_MANY_CONNECTIONS (a
 * WebSocket policy violation: graphql-ws clients do not retry it).
 */
export const TOO_MANY_CONNECTIONS = { code: 1008, reason: 'Too many connections from this address' } as const;

/** Closes every connection beyond `max` open ones from one client address. */
export function limitConnectionsPerAddress(wsServer: WebSocketServer, max: number, addressOf: (request: IncomingMessage) => string): void {
  const open = new Map<string, number>();
  wsServer.on('connection', (socket, request) => {
    const address = addressOf(request);
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.close(TOO_MANY_CONNECTIONS.code, TOO_MANY_CONNECTIONS.reason);
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = open.get(address)! - 1;
      if (left) open.set(address, left);
      else open.delete(address);
    });
  });
}

/**
 * The subscriptions open on one connection. graphql-ws's own record of the
 * connection's operations (`active`) is the truth about which ones still
 * run; this remembers which of them are subscriptions.
 */
export class SubscriptionSlots {
  private readonly ids = new Set<string>();

  constructor(private readonly max: number) {}

  /** Takes a slot for subscription `id`; a coded error when all are taken. */
  take(id: string, active: Record<string, unknown>): GraphQLError | undefined {
    for (const other of this.ids) if (!(other in active)) this.ids.delete(other);
    if (this.ids.size >= this.max) {
      return new GraphQLError(`At most ${this.max} subscriptions per connection`, { extensions: { code: 'RATE_LIMITED' } });
    }
    this.ids.add(id);
    return undefined;
  }
}
