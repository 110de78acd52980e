import 'reflect-metadata';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig, type Config } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { hashPassword } from '../../src/auth/passwords';
import { StaffRole, StaffUser } from '../../src/auth/staff-user.entity';
import { createTestDatabase } from './database';
import { operationText, type GraphQLResponse, type Operation } from './operation';

export { ok, operationText, type GraphQLResponse, type Operation } from './operation';

export interface TestApp {
  app: App;
  url: string;
  config: Config;
  /** Sends one GraphQL operation over real HTTP. */
  gql<R = any, V = Record<string, unknown>>(query: Operation<R, V>, variables?: V, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse<R>>;
  /** A graphql-ws client over a real WebSocket. */
  ws(token?: string): WsClient;
  /** Creates a staff member directly in the database and logs in over GraphQL. */
  staffToken(role?: StaffRole): Promise<string>;
  /** Logs in a client over GraphQL. */
  clientToken(email: string, password: string): Promise<string>;
  stop(): Promise<void>;
}

let staffCounter = 0;

/** A fixed key for secrets at rest in tests (32 bytes, base64). */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');

/** Starts the real server on a database of its own, listening on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // Test files sign up many clients from one address; the sign-up limit's own tests set REGISTRATIONS_PER_IP.
  // Warnings and errors only: a line per operation would bury the test output (tests of the log lines spawn the server).
  const config = loadConfig({ PORT: '0', DATABASE_URL: database.url, DEMO_DATA: 'false', SECRETS_KEY: TEST_SECRETS_KEY, REGISTRATIONS_PER_IP: '100000', LOG_LEVEL: 'warn', DAILY_RUN_ENABLED: 'false', ...env });
  const app = await startApp(config);
  const wsClients: WsClient[] = [];

  const gql: TestApp['gql'] = async (query, variables, token, headers = {}) => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query: operationText(query), variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    return { ...body, status: response.status };
  };

  return {
    app,
    url: app.url,
    config,
    gql,
    ws(token) {
      const client = createWsClient({
        url: app.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: false,
      });
      wsClients.push(client);
      return client;
    },
    async staffToken(role = StaffRole.ADMIN) {
      const email = `staff${++staffCounter}-${Date.now()}@example.com`;
      const password = 'correct horse battery staple';
      const em = app.orm.em.fork();
      em.create(StaffUser, { email, firstName: 'Test', lastName: role, role, passwordHash: await hashPassword(password) });
      await em.flush();
      const res = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }`, { e: email, p: password });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.login.token;
    },
    async clientToken(email, password) {
      const res = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.login.token;
    },
    async stop() {
      await Promise.all(wsClients.map((c) => c.dispose()));
      await app.stop();
      await database.drop();
    },
  };
}

/**
 * The first error's code, message and field: the last name of the field's
 * full path (`extensions.field`, e.g. `["input", "lines", 0, "amount"]` → `amount`);
 * tests of the full path read `extensions` themselves.
 */
export function errorOf(res: GraphQLResponse): { code?: string; field?: string; message: string } {
  if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
  const [error] = res.errors;
  const path: unknown = error.extensions?.field;
  const field = Array.isArray(path) ? path.filter((segment): segment is string => typeof segment === 'string').pop() : undefined;
  return { code: error.extensions?.code, field, message: error.message };
}

/** Collects the next `count` events of a subscription, or fails after `timeoutMs`. */
export function nextEvents<T = any, V = Record<string, unknown>>(client: WsClient, query: Operation<T, V>, variables: V, count: number, timeoutMs = 5000) {
  const events: T[] = [];
  let unsubscribe = () => {};
  const done = new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => { unsubscribe(); resolve(events); }, timeoutMs);
    unsubscribe = client.subscribe<T>(
      { query: operationText(query), variables: variables as Record<string, unknown> },
      {
        next: (value) => {
          if (value.errors) { clearTimeout(timer); reject(new Error(JSON.stringify(value.errors))); return; }
          events.push(value.data as T);
          if (events.length >= count) { clearTimeout(timer); unsubscribe(); resolve(events); }
        },
        error: (error) => { clearTimeout(timer); reject(error); },
        complete: () => { clearTimeout(timer); resolve(events); },
      },
    );
  });
  return { done, unsubscribe: () => unsubscribe() };
}
