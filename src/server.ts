import 'reflect-metadata';
import express, { type ErrorRequestHandler } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { RequestContext, Viewer } from './shared/context';
import { createEventBus, type EventBus } from './shared/event-bus';
import { createLoaders } from './shared/loaders';
import { formatError } from './shared/errors';
import { checkWsOperation, queryLimitsMiddleware, queryLimitsPlugin } from './shared/query-limits';
import { idempotencyKeys } from './shared/idempotency';
import { corsMiddleware, wsOriginCheck } from './shared/cors';
import { graphiqlRoutes } from './shared/graphiql';
import { buildAppSchema } from './schema';
import { authenticate } from './auth/auth.service';
import { emptyRegistry, type ModuleRegistry } from './provisioning/module-registry';
import type { JobQueue } from './jobs/job-queue';
import { INVOICE_PDF_PATH } from './billing/invoice-pdf.service';
import { invoicePdfRoute } from './billing/invoice-pdf.route';

export interface RunningServer {
  url: string;
  httpServer: Server;
  events: EventBus;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** HTTP GraphQL and graphql-ws subscriptions on the same URL. */
export async function startServer(
  config: Config,
  orm: MikroORM,
  events: EventBus = createEventBus(),
  modules: ModuleRegistry = emptyRegistry(),
  jobs?: JobQueue,
): Promise<RunningServer> {
  const schema = await buildAppSchema(events);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(corsMiddleware(config.corsOrigins));
  const httpServer = createServer(app);

  /** One operation's context, the same for HTTP and graphql-ws: its own EntityManager fork and loaders. */
  const contextFor = (viewer: Viewer | undefined, ip: string): RequestContext => {
    const em = orm.em.fork();
    return { em, viewer, ip, loaders: createLoaders(em), events, config, modules, jobs };
  };
  const viewerOf = async (token: string | undefined) => (token ? authenticate(orm.em.fork(), token) : undefined);

  // Issue 13.2: a browser page may open the socket only from this origin or one in CORS_ORIGINS.
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: config.maxBodyBytes, verifyClient: wsOriginCheck(config.corsOrigins) });
  const wsCleanup = useServer<{ authorization?: string }, { viewer?: Viewer; ip: string }>(
    {
      schema,
      // Parsing, validation and the query limits, as over HTTP.
      onSubscribe: (ctx, _id, payload) => checkWsOperation(schema, payload, ctx.extra.viewer, config),
      onConnect: async (ctx) => {
        const token = bearer(ctx.connectionParams?.authorization);
        const ip = ctx.extra.request.socket.remoteAddress ?? '';
        ctx.extra.ip = ip;
        if (!token) return true;
        // A token that does not authenticate refuses the connection (4403) instead of silently downgrading it.
        const viewer = await viewerOf(token);
        if (!viewer) return false;
        ctx.extra.viewer = viewer;
        return true;
      },
      context: (ctx) => contextFor(ctx.extra.viewer, ctx.extra.ip ?? ''),
      // Subscription results get the same client-safe error shape and codes as HTTP responses.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => {
        for (const error of errors) if (!error.extensions?.code) console.error('Subscription error', error);
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      queryLimitsPlugin(config),
      idempotencyKeys(orm),
      // GET /graphql in a browser is our own GraphiQL (graphiqlRoutes), not Apollo's CDN-hosted page.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  if (config.landingPage) app.use(graphiqlRoutes(GRAPHQL_PATH));
  app.get(INVOICE_PDF_PATH, invoicePdfRoute({ contextFor, viewerOf, bearer }));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: config.maxBodyBytes }),
    queryLimitsMiddleware(schema, config),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(await viewerOf(bearer(req.headers.authorization)), req.ip ?? ''),
    }),
  );

  // Body-parser refusals (too large, malformed JSON) answer in the GraphQL error shape, never with a stack trace.
  app.use(((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number(error?.status ?? error?.statusCode);
    if (status >= 400 && status < 500) {
      const message = status === 413 ? `Request body larger than ${config.maxBodyBytes} bytes` : 'Malformed request';
      res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    console.error('Unexpected HTTP error', error);
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }) satisfies ErrorRequestHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}${GRAPHQL_PATH}`,
    httpServer,
    events,
    stop: async () => {
      await apollo.stop();
      wsServer.close();
    },
  };
}

function bearer(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
