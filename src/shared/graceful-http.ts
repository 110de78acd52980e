/**
 * Issue 11.5: an HTTP server that stops without losing an answer. On stop it
 * accepts no new connections, lets the requests in flight finish and send
 * their responses (with `Connection: close`, so clients send nothing more on
 * those sockets), then closes the keep-alive sockets; after `graceMs` the
 * remaining sockets are closed anyway.
 *
 * A request that arrives once the stop has begun (typically on a keep-alive
 * socket at the moment it is closed) is never processed: it is answered 503
 * if its socket can still carry an answer, else the socket is closed. So a
 * client either gets the response of what was done, or knows nothing was.
 * (Apollo's drain plugin closed idle keep-alive sockets, but a request that
 * raced in on one was still executed, its write committed, and its response
 * lost with the socket.)
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface GracefulServer {
  httpServer: Server;
  /** Resolves once every connection is closed (at the latest `graceMs` after the call). */
  stop(graceMs: number): Promise<void>;
}

export function createGracefulServer(listener: RequestListener): GracefulServer {
  /** Requests in flight per open HTTP socket. */
  const sockets = new Map<Socket, number>();
  /** WebSocket connections: graphql-ws closes them on stop (with a close frame); forced like the rest after the grace time. */
  const upgraded = new Set<Socket>();
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  const httpServer = createServer((req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    if (stopping) return refuse(socket, res);
    sockets.set(socket, (sockets.get(socket) ?? 0) + 1);
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      const pending = (sockets.get(socket) ?? 1) - 1;
      sockets.set(socket, pending);
      if (stopping && pending === 0) socket.end();
    });
    listener(req, res);
  });
  // The client, not the server, must be the side that closes an idle keep-alive socket: a request sent
  // just as the server closes one is reset. Clients keep theirs shorter (undici 4 s; load balancers
  // often 60 s), so the server keeps idle sockets longer than Node's default of 5 s.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  httpServer.on('connection', (socket: Socket) => {
    sockets.set(socket, 0);
    socket.once('close', () => {
      sockets.delete(socket);
      upgraded.delete(socket);
    });
  });
  httpServer.on('upgrade', (req: IncomingMessage) => {
    sockets.delete(req.socket);
    upgraded.add(req.socket);
  });

  return {
    httpServer,
    stop(graceMs) {
      stopping = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      for (const [socket, pending] of sockets) if (pending === 0) socket.end();
      const force = setTimeout(() => {
        for (const socket of [...sockets.keys(), ...upgraded]) socket.destroy();
      }, graceMs);
      return closed.finally(() => clearTimeout(force));
    },
  };
}

function refuse(socket: Socket, res: ServerResponse): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  res.writeHead(503, { 'Content-Type': 'application/json', Connection: 'close', 'Retry-After': '1' });
  res.end(JSON.stringify({ errors: [{ message: 'The server is shutting down; nothing was done', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
}
