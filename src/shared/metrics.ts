/**
 * Prometheus metrics (issue 13.12): what operators graph and alert on. The
 * series are module-level, as prom-client intends; the code that measures
 * (operation-log.ts, the module job report, graphql-ws hooks) updates them.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { portInUse } from './ports';
import { logger } from './logger';

export const METRICS_PATH = '/metrics';

export const registry = new Registry();
// Process CPU, memory, event-loop lag and garbage collection, under the names dashboards expect.
collectDefaultMetrics({ register: registry });

export const operationDuration = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'Time from receiving a GraphQL query or mutation (HTTP or graphql-ws) to its response, by operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const operationErrors = new Counter({
  name: 'graphql_errors_total',
  help: 'Errors returned to GraphQL callers, by extensions.code',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const moduleJobDuration = new Histogram({
  name: 'module_job_duration_seconds',
  help: 'Duration of module command attempts, by module, command and outcome (succeeded, retrying, failed)',
  labelNames: ['module', 'command', 'outcome'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
  registers: [registry],
});

export const moduleJobFailures = new Counter({
  name: 'module_job_failures_total',
  help: 'Failed module command attempts (retried or final), by module, command and error code',
  labelNames: ['module', 'command', 'code'] as const,
  registers: [registry],
});

export const subscriptionsOpen = new Gauge({
  name: 'graphql_subscriptions_open',
  help: 'GraphQL subscriptions currently open over graphql-ws',
  registers: [registry],
});

/** The part of knex's connection pool (tarn) that the gauge reads. */
interface PoolState {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}
const databases = new Set<MikroORM>();

new Gauge({
  name: 'database_pool_connections',
  help: "Connections of the ORM's database pool: used, idle, waiting (requests waiting for one) and max",
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const totals = { used: 0, idle: 0, waiting: 0, max: 0 };
    for (const orm of databases) {
      const pool = (orm.em.getConnection().getKnex().client as { pool?: PoolState }).pool;
      if (!pool) continue; // closed
      totals.used += pool.numUsed();
      totals.idle += pool.numFree();
      totals.waiting += pool.numPendingAcquires();
      totals.max += pool.max;
    }
    for (const [state, value] of Object.entries(totals)) this.set({ state }, value);
  },
});

/** Reports the pool of `orm` in database_pool_connections until the returned function is called. */
export function observeDatabasePool(orm: MikroORM): () => void {
  databases.add(orm);
  return () => databases.delete(orm);
}

/**
 * Operation names come from callers: past this many distinct names the rest
 * share one label value, so a caller inventing names cannot grow the series without bound.
 */
const MAX_OPERATION_NAMES = 500;
const operationNames = new Set<string>();

export function operationLabel(name: string | undefined): string {
  if (!name) return '(anonymous)';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
  operationNames.add(name);
  return name;
}

/** GET /metrics in the Prometheus text format; with a token, only for `Authorization: Bearer <token>`. */
export function metricsHandler(token: string | undefined): RequestListener {
  const expected = token === undefined ? undefined : digest(token);
  return (req: IncomingMessage, res: ServerResponse) => {
    const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '')?.[1];
    // Digests of equal length, compared in constant time: the answer's timing says nothing about the token.
    if (expected && !(given && timingSafeEqual(digest(given), expected))) {
      res.writeHead(401, { 'www-authenticate': 'Bearer', 'content-type': 'text/plain' }).end('Unauthorized\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text),
      (error: unknown) => {
        logger.error({ err: error }, 'Collecting the metrics failed');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Collecting the metrics failed\n');
      },
    );
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export interface MetricsServer {
  url: string;
  stop(): Promise<void>;
}

/** METRICS_PORT: /metrics on a port of its own (e.g. reachable only from the monitoring network). */
export async function startMetricsServer(port: number, token: string | undefined): Promise<MetricsServer> {
  const handle = metricsHandler(token);
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && new URL(req.url ?? '/', 'http://localhost').pathname === METRICS_PATH) handle(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? portInUse(port, 'METRICS_PORT') : error));
    server.listen(port, resolve);
  });
  const url = `http://localhost:${port}${METRICS_PATH}`;
  logger.info(`Metrics: ${url}`);
  return {
    url,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** /metrics on the API's own port (the default), or on a server of its own when METRICS_PORT names another port. */
export async function serveMetrics(
  app: { get(path: string, handler: RequestListener): unknown },
  config: { port: number; metricsPort?: number; metricsToken?: string },
): Promise<MetricsServer | undefined> {
  if (config.metricsPort === undefined || config.metricsPort === config.port) {
    app.get(METRICS_PATH, metricsHandler(config.metricsToken));
    return undefined;
  }
  return startMetricsServer(config.metricsPort, config.metricsToken);
}
