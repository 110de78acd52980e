import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import NodeWebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app';
import { describeWithChromium, launchOfflineChromium } from '../support/chromium';

/**
 * Issue 13.2: a single-page app on another origin calls the API when its origin
 * is in CORS_ORIGINS. Real preflights (raw HTTP and from Chromium) from an
 * allowed and a refused origin; graphql-ws upgrades checked by Origin.
 */
const REGISTER = `mutation($i: RegisterClientInput!) { registerClient(input: $i) { id } }`;
const UPDATE_CITY = `mutation($id: ID!, $city: String!) { updateClient(id: $id, input: { city: $city }) { city } }`;
const CITY = `query($id: ID!) { client(id: $id) { city } }`;

/** A static site on its own loopback port: the single-page app's origin. */
async function spaServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>SPA</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function preflight(url: string, origin: string, headers = 'authorization,content-type,idempotency-key') {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });
}

const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

/** Opens a graphql-ws socket with the given Origin header (none when undefined): 'open' or the refusal status. */
function wsHandshake(url: string, origin?: string): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const socket = new NodeWebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', origin ? { origin } : {});
    socket.once('open', () => {
      socket.close();
      resolve('open');
    });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', (error) => reject(error));
  });
}

describe('issue 13.2: CORS', () => {
  let t: TestApp;
  let allowed: { server: Server; origin: string };
  let refused: { server: Server; origin: string };
  let staff: string;
  let clientId: string;

  beforeAll(async () => {
    [allowed, refused] = await Promise.all([spaServer(), spaServer()]);
    t = await startTestApp({ CORS_ORIGINS: `https://other.example.com, ${allowed.origin}` });
    staff = await t.staffToken();
    const registered = await t.gql(REGISTER, { i: { firstName: 'Cors', lastName: 'Client', email: 'cors-client@example.com', password: 'client-password-1' } });
    clientId = registered.data.registerClient.id;
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    allowed?.server.close();
    refused?.server.close();
  });

  it('issue 13.2: a preflight from an allowed origin is answered with the methods and headers the API uses', async () => {
    const response = await preflight(t.url, allowed.origin);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed.origin);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-allow-headers')!.toLowerCase().split(',')).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'apollo-require-preflight']),
    );
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('issue 13.2: a preflight from an origin not in CORS_ORIGINS is refused without CORS headers', async () => {
    for (const origin of [refused.origin, 'https://evil.example.com', 'null']) {
      const response = await preflight(t.url, origin);
      expect({ origin, status: response.status, cors: corsHeaders(response) }).toEqual({ origin, status: 403, cors: [] });
    }
  });

  it('issue 13.2: responses to an allowed origin let it read Idempotent-Replayed; a refused origin gets no CORS headers', async () => {
    const post = (origin: string) =>
      fetch(t.url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${staff}` },
        body: JSON.stringify({ query: CITY, variables: { id: clientId } }),
      });
    const ok = await post(allowed.origin);
    expect(ok.headers.get('access-control-allow-origin')).toBe(allowed.origin);
    expect(ok.headers.get('access-control-expose-headers')).toBe('Idempotent-Replayed');
    const other = await post(refused.origin);
    expect(corsHeaders(other)).toEqual([]);
  });

  it("issue 13.2: Apollo's CSRF prevention still refuses a simple (unpreflighted) request, even from an allowed origin", async () => {
    const response = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: allowed.origin } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('issue 13.2: graphql-ws accepts its own origin, listed origins and clients without Origin; refuses other origins (403)', async () => {
    const own = new URL(t.url).origin;
    expect(await wsHandshake(t.url, own)).toBe('open');
    expect(await wsHandshake(t.url, allowed.origin)).toBe('open');
    expect(await wsHandshake(t.url)).toBe('open');
    expect(await wsHandshake(t.url, refused.origin)).toBe(403);
    expect(await wsHandshake(t.url, 'https://evil.example.com')).toBe(403);
  });

  describeWithChromium('from a browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchOfflineChromium();
    }, 30_000);
    afterAll(() => browser?.close());

    /** Runs, in a page of `origin`, a POST with a bearer token and an Idempotency-Key, twice, then opens a graphql-ws socket. */
    async function fromPage(origin: string, city: string) {
      const page = await browser.newPage();
      try {
        await page.goto(`${origin}/`);
        return await page.evaluate(
          async (api, token, query, variables, key) => {
            const call = async () => {
              try {
                const response = await fetch(api, {
                  method: 'POST',
                  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
                  body: JSON.stringify({ query, variables }),
                });
                return { body: await response.json(), replayed: response.headers.get('Idempotent-Replayed') };
              } catch (error) {
                return { failed: String(error) };
              }
            };
            const first = await call();
            const retry = await call();
            const socket = await new Promise<string>((resolve) => {
              const ws = new WebSocket(api.replace(/^http/, 'ws'), 'graphql-transport-ws');
              ws.onopen = () => {
                ws.close();
                resolve('open');
              };
              ws.onerror = () => resolve('refused');
            });
            return { first, retry, socket };
          },
          t.url,
          staff,
          UPDATE_CITY,
          { id: clientId, city },
          `cors-${origin}`,
        );
      } finally {
        await page.close();
      }
    }

    it('issue 13.2: a page on an allowed origin calls the API with Authorization and Idempotency-Key, reads Idempotent-Replayed, opens graphql-ws', async () => {
      const result = await fromPage(allowed.origin, 'Allowed City');
      expect(result).toEqual({
        first: { body: { data: { updateClient: { city: 'Allowed City' } } }, replayed: null },
        retry: { body: { data: { updateClient: { city: 'Allowed City' } } }, replayed: 'true' },
        socket: 'open',
      });
    }, 30_000);

    it('issue 13.2: a page on another origin is stopped at the preflight: the mutation never runs, graphql-ws is refused', async () => {
      const before = (await t.gql(CITY, { id: clientId }, staff)).data.client.city;
      const result = await fromPage(refused.origin, 'Refused City');
      expect(result).toEqual({
        first: { failed: expect.stringMatching(/Failed to fetch/) },
        retry: { failed: expect.stringMatching(/Failed to fetch/) },
        socket: 'refused',
      });
      expect((await t.gql(CITY, { id: clientId }, staff)).data.client.city).toBe(before);
    }, 30_000);
  });
});
