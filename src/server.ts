import 'reflect-metadata';
import express, { type ErrorRequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { WebSocket, WebSocketServer } from 'ws';
import { GraphQLError, getOperationAST, validate, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { resolveSecretsKey, type Config } from './config';
import type { RequestContext } from './shared/context';
import { principalOf, type Viewer } from './auth/viewer';
import { createEventBus, type EventBus } from './shared/event-bus';
import { createLoaders, type Loaders } from './composition';
import { formatError, internalError, requestIdsOnErrors } from './shared/errors';
import { nulCharacterError, refuseNulCharacters } from './shared/input-guard';
import { checkWsOperation, queryLimitsMiddleware, queryLimitsPlugin } from './shared/query-limits';
import { idempotencyKeys } from './shared/idempotency';
import { createGracefulServer } from './shared/graceful-http';
import { databaseUnavailableStatus, withTimeout } from './shared/database-availability';
import { pendingMigrations } from './shared/orm';
import { portInUse } from './shared/ports';
import { corsMiddleware, wsOriginCheck } from './shared/cors';
import { graphiqlRoutes } from './shared/graphiql';
import { buildAppSchema } from './schema';
import { authenticate } from './auth/auth.service';
import { onePasswordMutationPerOperation } from './auth/password-work';
import { setPasswordHashConcurrency } from './auth/passwords';
import { LiveSessions, type LiveConnection } from './auth/live-sessions';
import { limitConnectionsPerAddress, SubscriptionSlots } from './shared/ws-limits';
import { requestIp } from './shared/request-ip';
import { emptyRegistry, type ModuleRegistry } from './provisioning/module-registry';
import type { JobQueue } from './jobs/job-queue';
import { INVOICE_PDF_PATH } from './billing/invoice-pdf.service';
import { invoicePdfRoute } from './billing/invoice-pdf.route';
import { gatewayCallbackRoute } from './payments/gateway-callback.route';
import { observeDatabasePool, serveMetrics } from './shared/metrics';
import { observeWsOperations, operationLog } from './shared/operation-log';
import { subscribeSharingResults } from './shared/event-reads';
import { logger } from './shared/logger';

export interface RunningServer {
  url: string;
  httpServer: Server;
  events: EventBus;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
/** /readyz answers within this time even when the database hangs. */
const READINESS_TIMEOUT_MS = 2_000;

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
  // Issue 12: express hashes every body it sends for an ETag (SHA-1 over the client area's 64 KB, each request),
  // yet GraphQL answers are no-store and mostly POSTed: none could be answered 304. The other routes' bodies
  // (the GraphiQL page, invoice PDFs made on each request) are cheap to send again.
  app.disable('etag');
  app.set('trust proxy', config.trustProxy);
  setPasswordHashConcurrency(config.passwordHashConcurrency);
  app.use(corsMiddleware(config.corsOrigins));
  // Issue 13.12: first, so that a taken METRICS_PORT stops the start before anything listens.
  const metrics = await serveMetrics(app, config);
  const stopObservingPool = observeDatabasePool(orm);
  const { httpServer, stop: stopHttp } = createGracefulServer(app);

  /**
   * One operation's context, the same for HTTP and graphql-ws: its own EntityManager fork and loaders,
   * made on first use (issue 12.5: a subscription reads each event through readsForEvent, so a thousand
   * subscriptions need not hold a thousand idle forks and loader sets).
   */
  const lazyParts = operationParts(() => orm.em.fork());
  const contextFor = (viewer: Viewer | undefined, ip: string): RequestContext =>
    Object.defineProperties({ requestId: randomUUID(), viewer, ip, config, modules, jobs, createLoaders }, lazyParts) as RequestContext;
  const viewerOf = async (token: string | undefined) => (token ? authenticate(orm.em.fork(), token) : undefined);
  // The client address as express sees it for HTTP requests (TRUST_PROXY included), worked out once per connection.
  const clientIps = new WeakMap<IncomingMessage, string>();
  const clientIp = (request: IncomingMessage) => {
    let ip = clientIps.get(request);
    if (ip === undefined) clientIps.set(request, (ip = requestIp(Object.setPrototypeOf(request, app.request) as express.Request)));
    return ip;
  };

  // Issue 10.3: a graphql-ws connection's viewer is its login as it is now, read by every event it delivers.
  const liveSessions = new LiveSessions(orm, events);
  // Issue 13.2: a browser page may open the socket only from this origin or one in CORS_ORIGINS.
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: config.maxBodyBytes, verifyClient: wsOriginCheck(config.corsOrigins) });
  limitConnectionsPerAddress(wsServer, config.maxWsConnectionsPerIp, clientIp);
  const wsCleanup = useServer<{ authorization?: string }, { live?: LiveConnection; ip: string; slots: SubscriptionSlots }>(
    // Issue 13.11/13.12: a log line and metrics per operation, open subscriptions counted.
    observeWsOperations({
      schema,
      // Issue 12.5: an event is executed once per viewer and operation, not once per subscriber.
      subscribe: subscribeSharingResults,
      // Parsing, validation and the query limits, as over HTTP; then no NUL character in any input.
      onSubscribe: (ctx, id, payload) => {
        const checked = checkWsOperation(schema, payload, ctx.extra.live?.viewer, config);
        if (Array.isArray(checked)) return checked;
        const { document } = checked as ExecutionArgs;
        // Issue 10.3: only a login holds subscriptions, and only so many per connection.
        if (getOperationAST(document, payload.operationName)?.operation === 'subscription') {
          if (!ctx.extra.live?.viewer) return [new GraphQLError('Log in first: send connectionParams.authorization', { extensions: { code: 'UNAUTHENTICATED', reason: 'LOGIN_REQUIRED' } })];
          const full = (ctx.extra.slots ??= new SubscriptionSlots(config.maxSubscriptionsPerConnection)).take(id, ctx.subscriptions);
          if (full) return [full];
        }
        const refused = validate(schema, document, [onePasswordMutationPerOperation]);
        if (refused.length) return refused;
        const nul = nulCharacterError(document, payload.variables);
        return nul ? [nul] : checked;
      },
      onConnect: async (ctx) => {
        // Refused by the per-address limit already.
        if (ctx.extra.socket.readyState !== WebSocket.OPEN) return false;
        const token = bearer(ctx.connectionParams?.authorization);
        ctx.extra.ip = clientIp(ctx.extra.request);
        if (!token) return true;
        // A token that does not authenticate refuses the connection (4403) instead of silently downgrading it.
        const live = await liveSessions.open(token, (code, reason) => ctx.extra.socket.close(code, reason));
        if (!live) return false;
        if (ctx.extra.socket.readyState !== WebSocket.OPEN) {
          liveSessions.closed(live); // gone while its login was checked
          return false;
        }
        ctx.extra.live = live;
        return true;
      },
      context: (ctx) => Object.defineProperties(contextFor(undefined, ctx.extra.ip ?? ''), liveViewer(ctx.extra.live)),
      onClose: (ctx, code) => {
        if (ctx.extra.live) liveSessions.closed(ctx.extra.live);
        // A connection that vanished without a close frame: one line, not one per subscription it had.
        if (code === 1006) logger.warn(`graphql-ws: connection from ${ctx.extra.ip ?? ctx.extra.request.socket.remoteAddress} dropped without closing`);
      },
      // Subscription results get the same client-safe error shape and codes as HTTP responses.
      onNext: (_ctx, _id, _payload, args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error, (args.contextValue as RequestContext).requestId)) } : undefined,
      onError: (ctx, _id, _payload, errors) => {
        // Sends failing because the connection is gone are not subscription errors: onClose reports the connection once.
        if (ctx.extra.socket.readyState !== WebSocket.OPEN) return;
        for (const error of errors) if (!error.extensions?.code) logger.error({ err: error }, 'Subscription error');
      },
    }),
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    validationRules: [onePasswordMutationPerOperation],
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals and stops everything in order (Apollo's own handler would race it and re-raise the signal).
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      // Issue 11.5: in-flight requests finish and get their responses before the sockets close.
      { async serverWillStart() { return { async drainServer() { await stopHttp(config.shutdownGraceMs); } }; } },
      // Nothing sets cache hints and nothing reports to Apollo: without these, every resolver is wrapped for them.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // Not a federation subgraph: Apollo would load its trace plugin (and its protobuf library, ~0.8 MiB of heap) only to find that out.
      ApolloServerPluginInlineTraceDisabled(),
      // What the cache-control plugin answered for lack of hints: every answer is the caller's own.
      { async requestDidStart() { return { async willSendResponse({ response }) { response.http.headers.set('cache-control', 'no-store'); } }; } },
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      queryLimitsPlugin(config),
      refuseNulCharacters(),
      requestIdsOnErrors(),
      operationLog(),
      idempotencyKeys(orm, { secretsKey: resolveSecretsKey(config), leaseMs: config.idempotencyLeaseSeconds * 1000, principalOf: (ctx, perSession) => principalOf(ctx.viewer, perSession) }),
      databaseUnavailableStatus(),
      // GET /graphql in a browser is our own GraphiQL (graphiqlRoutes), not Apollo's CDN-hosted page.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  // Issue 11.1: /healthz = the process is alive and serves HTTP (restart it if not); /readyz = it can do work now,
  // the database and the job queue answer and every migration ran (send traffic elsewhere if not). /health is the older name of /readyz.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get(['/readyz', '/health'], async (_req, res) => {
    const [database, jobQueue, migrations] = await Promise.all([
      withTimeout(orm.em.fork().getConnection().execute('select 1'), READINESS_TIMEOUT_MS).then(() => 'ok', () => 'unreachable'),
      jobs ? jobs.status(READINESS_TIMEOUT_MS) : 'ok',
      // A database this code's migrations have not all run on (rolled back, or restored from an older backup) is not ready.
      withTimeout(pendingMigrations(orm), READINESS_TIMEOUT_MS).then((pending) => (pending.length ? 'pending' : 'ok'), () => 'unreachable'),
    ]);
    if (database === 'ok' && jobQueue === 'ok' && migrations === 'ok') res.json({ status: 'ok' });
    else res.status(503).json({ status: 'unavailable', checks: { database, jobQueue, migrations } });
  });
  if (config.landingPage) app.use(graphiqlRoutes(GRAPHQL_PATH));
  app.get(INVOICE_PDF_PATH, invoicePdfRoute({ contextFor, viewerOf, bearer }));
  app.use(gatewayCallbackRoute({ contextFor, maxBodyBytes: config.maxBodyBytes }));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: config.maxBodyBytes }),
    queryLimitsMiddleware(schema, config),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(await viewerOf(bearer(req.headers.authorization)), requestIp(req)),
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
    res.status(500).json({ errors: [internalError(error, randomUUID())] });
  }) satisfies ErrorRequestHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? portInUse(config.port, 'PORT') : error));
    httpServer.listen(config.port, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}${GRAPHQL_PATH}`,
    httpServer,
    events,
    stop: async () => {
      await apollo.stop();
      liveSessions.stop();
      wsServer.close();
      await metrics?.stop();
      stopObservingPool();
    },
  };
}

function bearer(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/**
 * Issue 12: the parts of an operation's context made on first use, as accessors shared by every context that keep
 * their values on it. Getters written in each context's object literal were new closures per operation over its fork
 * and loaders, gave each context a hidden class of its own, and V8's scavenger kept everything they reached past the
 * operation, promoted to the old generation (~35 KB per request even for `{ __typename }`).
 */
function operationParts(fork: () => EntityManager): PropertyDescriptorMap {
  type Lazy = RequestContext & { forked?: EntityManager; loaded?: Loaders };
  return {
    em: { get(this: Lazy) { return (this.forked ??= fork()); }, set(this: Lazy, value: EntityManager) { this.forked = value; }, enumerable: true },
    loaders: { get(this: Lazy) { return (this.loaded ??= this.createLoaders(this.em)); }, set(this: Lazy, value: Loaders) { this.loaded = value; }, enumerable: true },
    forked: { value: undefined, writable: true },
    loaded: { value: undefined, writable: true },
  };
}

/** A graphql-ws operation's viewer: its connection's login as it is now (issue 10.3), through one accessor for all. */
function liveViewer(live: LiveConnection | undefined): PropertyDescriptorMap {
  return { viewer: LIVE_VIEWER, live: { value: live } };
}

const LIVE_VIEWER: PropertyDescriptor = { get(this: { live?: LiveConnection }) { return this.live?.viewer; }, enumerable: true };
