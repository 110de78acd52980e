/**
 * The reference the bench compares this server with: GraphQL written the
 * plain way (graphql-js, pg, per-request DataLoaders on node:http, graphql-ws
 * for subscriptions), answering the benchmarks' queries on the same database.
 * Events go through PostgreSQL LISTEN/NOTIFY: the mutation notifies after its
 * commit; the listener reads the changed client once and hands it to every
 * subscriber, so the SQL of an event does not grow with the subscribers.
 * The bench runs it in a child process (bench/reference/main.ts).
 */
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execute, parse, validate, type DocumentNode, type GraphQLError } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { createPubSub } from '@graphql-yoga/subscription';
import pg from 'pg';
import { authenticate, connect, createLoaders, type Db, type Viewer } from './data';
import { buildReferenceSchema, CLIENT_CHANGED_CHANNEL, type ClientChanged, type ClientEvents, type Context } from './schema';

const MAX_BODY_BYTES = 1_000_000;

export interface ReferenceServer {
  url: string;
  /** SQL statements sent so far. */
  statements(): number;
  stop(): Promise<void>;
}

export async function startReference(databaseUrl: string): Promise<ReferenceServer> {
  const db = await connect(databaseUrl);
  // One listener per subscriber: thousands are expected, not a leak.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  const events: ClientEvents = createPubSub({ eventTarget: eventTarget as never });
  const listener = await listen(databaseUrl, db, events);
  const schema = buildReferenceSchema(events);
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  /** Parsed and validated once per query text, as any production server caches them. */
  const documentOf = (query: string) => {
    let document = documents.get(query);
    if (!document) {
      try {
        const parsed = parse(query);
        const errors = validate(schema, parsed);
        document = errors.length ? errors : parsed;
      } catch (error) {
        document = [error as GraphQLError];
      }
      documents.set(query, document);
    }
    return document;
  };
  const contextFor = (viewer: Viewer | undefined): Context => ({ db, viewer, loaders: createLoaders(db) });

  const http = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { errors: [{ message: 'Not found' }] });
    try {
      const { query, variables, operationName } = JSON.parse(await body(req));
      const document = documentOf(String(query));
      if (!('kind' in document)) return send(res, 400, { errors: document.map((e) => e.toJSON()) });
      const result = await execute({
        schema, document, variableValues: variables, operationName,
        contextValue: contextFor(await authenticate(db, req.headers.authorization)),
      });
      send(res, 200, result);
    } catch (error) {
      send(res, 400, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
    }
  });
  const ws = new WebSocketServer({ server: http, path: '/graphql', maxPayload: MAX_BODY_BYTES });
  const wsServer = useServer<{ authorization?: string }, { viewer?: Viewer }>(
    {
      schema,
      onConnect: async (ctx) => {
        ctx.extra.viewer = await authenticate(db, ctx.connectionParams?.authorization);
        return ctx.extra.viewer !== undefined;
      },
      context: (ctx) => contextFor(ctx.extra.viewer),
    },
    ws,
  );
  await new Promise<void>((resolve) => http.listen(0, resolve));

  return {
    url: `http://localhost:${(http.address() as AddressInfo).port}/graphql`,
    statements: () => db.statements,
    stop: async () => {
      await wsServer.dispose();
      ws.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await listener.end();
      await db.pool.end();
    },
  };
}

/** The LISTEN connection: each notification becomes one read of the client and one publish to the subscribers. */
async function listen(databaseUrl: string, db: Db, events: ClientEvents): Promise<pg.Client> {
  const listener = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();
  listener.on('notification', async ({ channel, payload }) => {
    if (channel !== CLIENT_CHANGED_CHANNEL || !payload) return;
    const event = JSON.parse(payload) as Omit<ClientChanged, 'client'>;
    const [client] = await db.query('select * from client where id = $1', [event.clientId]);
    events.publish('CLIENT_CHANGED', { ...event, client: client ?? null });
  });
  db.statements++;
  await listener.query(`listen ${CLIENT_CHANGED_CHANNEL}`);
  return listener;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('Request body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, payload: unknown) {
  const json = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}
