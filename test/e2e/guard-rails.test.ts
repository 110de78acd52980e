import { errorOf, nextEvents, ok, startTestApp, type TestApp } from '../support/test-app';
import { captureLog, loggedLines } from '../support/log-capture';
import { graphql } from '../generated';

/** Limits small enough to reach with short queries; introspection and landing page off. */
const STRICT = {
  MAX_QUERY_DEPTH: '4',
  MAX_QUERY_COMPLEXITY: '200',
  // Room for the 205 aliases of the graphql-ws test, which is about the cost (aliases: query-limits.test.ts).
  MAX_QUERY_ALIASES: '300',
  MAX_BODY_BYTES: '2000',
  GRAPHQL_INTROSPECTION: 'false',
  GRAPHQL_LANDING_PAGE: 'false',
};
const OPEN = { GRAPHQL_INTROSPECTION: 'true', GRAPHQL_LANDING_PAGE: 'true' };

const INTROSPECTION = graphql(`query GuardRailsIntrospection { __schema { queryType { name } } }`);
// clients > edges > node > id: depth 4; one level more through group > name: depth 5.
const AT_DEPTH_LIMIT = graphql(`query GuardRailsAtDepthLimit { clients { edges { node { id } } } }`);
const TOO_DEEP = graphql(`query GuardRailsTooDeep { clients { edges { node { group { name } } } } }`);
const TOO_DEEP_IN_FRAGMENTS = graphql(`query GuardRailsTooDeepInFragments { clients { ...GuardRailsPage } }
  fragment GuardRailsPage on ClientConnection { edges { ...GuardRailsEdge } }
  fragment GuardRailsEdge on ClientEdge { node { group { name } } }`);
const TOO_DEEP_INLINE = graphql(`query GuardRailsTooDeepInline { clients { ... on ClientConnection { edges { node { ... { group { name } } } } } } }`);
const SHALLOW_IN_FRAGMENT = graphql(`query GuardRailsShallowInFragment { clients { ...GuardRailsShallowPage } } fragment GuardRailsShallowPage on ClientConnection { edges { node { id } } }`);
// Depth 4, within MAX_QUERY_DEPTH: cost = 1 + first × (edges 1 + node 1 + 5 fields).
const CLIENTS_FIRST_1 = graphql(`query GuardRailsClientsFirst1 { clients(first: 1) { edges { node { id firstName lastName email city } } } }`);
const CLIENTS_FIRST_100 = graphql(`query GuardRailsClientsFirst100 { clients(first: 100) { edges { node { id firstName lastName email city } } } }`);
const CLIENTS_FIRST_N = graphql(`query GuardRailsClientsFirstN($n: Int) { clients(first: $n) { edges { node { id firstName lastName email city } } } }`);
const CLIENTS_DEFAULT_PAGE = graphql(`query GuardRailsClientsDefaultPage { clients { edges { node { id firstName lastName email city } } } }`);
const CLIENTS_WIDER = graphql(`query GuardRailsClientsWider { clients { edges { node { id firstName lastName email city state country phoneNumber } } } }`);
const CLIENT_IDS = graphql(`query GuardRailsClientIds { clients { totalCount edges { node { id } } } }`);
const CLIENT_COUNT = graphql(`query GuardRailsClientCount { clients { totalCount } }`);
const CLIENT_CONTACTS = graphql(`query GuardRailsClientContacts { clients { totalCount edges { node { id contacts { id } } } } }`);
const CREATE_CLIENT = graphql(`mutation GuardRailsCreateClient { createClient(input: { firstName: "Ok", lastName: "Client", email: "ok-client@example.com" }) { id } }`);

describe('guard rails (issue points 8 and 11)', () => {
  let strict: TestApp;
  let open: TestApp;
  let staff: string;

  beforeAll(async () => {
    [strict, open] = await Promise.all([startTestApp(STRICT), startTestApp(OPEN)]);
    staff = await strict.staffToken();
  });
  afterAll(() => Promise.all([strict?.stop(), open?.stop()]));

  describe('issue point 11: query depth limit (MAX_QUERY_DEPTH)', () => {
    it('a query at the limit runs; one level deeper is QUERY_TOO_DEEP', async () => {
      const atLimit = await strict.gql(AT_DEPTH_LIMIT, {}, staff);
      expect(atLimit.errors).toBeUndefined();

      const tooDeep = await strict.gql(TOO_DEEP, {}, staff);
      expect(tooDeep.status).toBe(400);
      expect(tooDeep.data).toBeUndefined();
      expect(errorOf(tooDeep)).toMatchObject({ code: 'QUERY_TOO_DEEP', message: 'Query depth limit of 4 exceeded, found 5.' });
    });

    it('depth is counted through named and inline fragments', async () => {
      const named = await strict.gql(TOO_DEEP_IN_FRAGMENTS, {}, staff);
      expect(errorOf(named).code).toBe('QUERY_TOO_DEEP');

      const inline = await strict.gql(TOO_DEEP_INLINE, {}, staff);
      expect(errorOf(inline).code).toBe('QUERY_TOO_DEEP');

      // The same fields through fragments at depth 4 pass, so the rule measures depth, not fragments.
      const shallow = await strict.gql(SHALLOW_IN_FRAGMENT, {}, staff);
      expect(shallow.errors).toBeUndefined();
    });

    it('the check runs before authentication: an anonymous deep query is refused the same way', async () => {
      expect(errorOf(await strict.gql(TOO_DEEP)).code).toBe('QUERY_TOO_DEEP');
    });

    it('the default app (limit 10) allows the depth-5 query', async () => {
      const token = await open.staffToken();
      const res = await open.gql(TOO_DEEP, {}, token);
      expect(res.errors).toBeUndefined();
    });
  });

  describe('issue point 11: query complexity limit (MAX_QUERY_COMPLEXITY)', () => {
    const cost = (message: string) => Number(/^Query complexity (\d+) exceeds the limit of 200$/.exec(message)?.[1]);

    it('clients(first: 1) with nested fields passes; clients(first: 100) with the same fields is QUERY_TOO_COMPLEX', async () => {
      const one = await strict.gql(CLIENTS_FIRST_1, {}, staff);
      expect(one.errors).toBeUndefined();

      const hundred = await strict.gql(CLIENTS_FIRST_100, {}, staff);
      expect(hundred.status).toBe(400);
      expect(hundred.data).toBeUndefined();
      const error = errorOf(hundred);
      expect(error.code).toBe('QUERY_TOO_COMPLEX');
      expect(cost(error.message)).toBe(1 + 100 * 7);
    });

    it('the page size multiplies the cost, also when first is a variable', async () => {
      expect((await strict.gql(CLIENTS_FIRST_N, { n: 1 }, staff)).errors).toBeUndefined();
      const fifty = errorOf(await strict.gql(CLIENTS_FIRST_N, { n: 50 }, staff));
      const hundred = errorOf(await strict.gql(CLIENTS_FIRST_N, { n: 100 }, staff));
      expect([fifty.code, hundred.code]).toEqual(['QUERY_TOO_COMPLEX', 'QUERY_TOO_COMPLEX']);
      expect([cost(fifty.message), cost(hundred.message)]).toEqual([1 + 50 * 7, 1 + 100 * 7]);
    });

    it('the default page size (20) is priced when first is omitted', async () => {
      // 1 + 20 x 7 = 141: under the limit; 20 x 10 would not be.
      expect((await strict.gql(CLIENTS_DEFAULT_PAGE, {}, staff)).errors).toBeUndefined();
      const wider = await strict.gql(CLIENTS_WIDER, {}, staff);
      expect(errorOf(wider).code).toBe('QUERY_TOO_COMPLEX');
    });
  });

  it('issue point 11: subscriptions over graphql-ws get the same complexity limit', async () => {
    // 205 short fields (cost 1 + 205): over the cost limit (200), under MAX_BODY_BYTES (2000); built at run time, so plain text.
    const aliases = Array.from({ length: 205 }, (_, i) => `a${i}:at`).join(' ');
    const rejected = nextEvents(strict.ws(staff), `subscription { clientChanged { ${aliases} } }`, {}, 1, 3000).done;
    const errors = await rejected.then(() => undefined, (e: unknown) => e as { message: string; extensions?: { code?: string } }[]);
    expect(errors).toEqual([expect.objectContaining({ message: 'Query complexity 206 exceeds the limit of 200', extensions: { code: 'QUERY_TOO_COMPLEX' } })]);
  });

  describe('issue point 11: Apollo CSRF prevention', () => {
    const query = encodeURIComponent('{ __typename }');

    it('a POST with content-type text/plain is refused with 400', async () => {
      const res = await fetch(strict.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain('"__typename"');
    });

    it('a GET without a preflight header is refused with 400', async () => {
      const res = await fetch(`${strict.url}?query=${query}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF/i);
    });

    it('a GET with a JSON content-type or the apollo-require-preflight header works', async () => {
      for (const headers of [{ 'content-type': 'application/json' }, { 'apollo-require-preflight': 'true' }] as Record<string, string>[]) {
        const res = await fetch(`${strict.url}?query=${query}`, { headers });
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
      }
    });
  });

  describe('issue point 11: introspection and landing page are configurable', () => {
    it('GRAPHQL_INTROSPECTION=false refuses __schema; true answers it', async () => {
      const refused = await strict.gql(INTROSPECTION);
      expect(refused.data).toBeUndefined();
      expect(errorOf(refused).message).toMatch(/introspection/i);

      const allowed = await open.gql(INTROSPECTION);
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    it('GRAPHQL_LANDING_PAGE=true serves HTML to a browser GET; false does not', async () => {
      const page = await fetch(open.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toMatch(/<html/i);

      const none = await fetch(strict.url, { headers: { accept: 'text/html' } });
      expect(none.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
      expect(await none.text()).not.toMatch(/<html/i);
    });
  });

  describe('issue point 11: request body limit (MAX_BODY_BYTES)', () => {
    it('a body within the limit is served; a bigger body is refused with 413 and no internals', async () => {
      const padded = (bytes: number) => JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(bytes) } });
      const small = await fetch(strict.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: padded(1500) });
      expect(small.status).toBe(200);

      const big = await fetch(strict.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: padded(3000) });
      expect(big.status).toBe(413);
      const text = await big.text();
      expect(text).not.toMatch(/node_modules|at \w+ \(|Error/);
      expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Request body larger than 2000 bytes', extensions: { code: 'BAD_REQUEST' } }] });
    });

    it('a malformed JSON body is a 400 without internals', async () => {
      const res = await fetch(strict.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(/node_modules|at \w+ \(|SyntaxError/);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    });
  });

  describe('issue point 8: unexpected errors', () => {
    const INTERNALS = /client_broken|contact_broken|relation|select|stack|node_modules|\.ts:\d+/i;

    /** Renames a table of this app's own database for the duration of `run`. */
    const withBrokenTable = async (table: string, run: (logged: jest.SpyInstance) => Promise<void>) => {
      const consoleError = captureLog('error');
      const connection = open.app.orm.em.fork().getConnection();
      await connection.execute(`alter table "${table}" rename to "${table}_broken"`);
      try {
        await run(consoleError);
      } finally {
        await connection.execute(`alter table "${table}_broken" rename to "${table}"`);
        consoleError.mockRestore();
      }
    };
    const loggedText = (spy: jest.SpyInstance) => loggedLines(spy).join('\n');

    it('a database failure while authenticating (table client renamed) is INTERNAL_SERVER_ERROR without SQL or stack', async () => {
      const token = await open.staffToken();
      await withBrokenTable('client', async (logged) => {
        const res = await open.gql(CLIENT_IDS, {}, token);
        expect(res.data?.clients ?? null).toBeNull();
        expect(res.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } }]);
        expect(JSON.stringify(res)).not.toMatch(INTERNALS);
        // The details go to the server log instead.
        expect(loggedText(logged)).toMatch(/relation "client" does not exist/);
      });
      // Everything works again once the table is back.
      expect((await open.gql(CLIENT_COUNT, {}, token)).errors).toBeUndefined();
    });

    it('a database failure inside a resolver (table contact renamed) is INTERNAL_SERVER_ERROR at its path, without SQL or stack', async () => {
      const token = await open.staffToken();
      const created = ok(await open.gql(CREATE_CLIENT, {}, token)).createClient;
      await withBrokenTable('contact', async (logged) => {
        const res = await open.gql(CLIENT_CONTACTS, {}, token);
        // Client.contacts is nullable (a sub-account may be refused it), so only that field is lost: the client stays.
        expect(res.data?.clients.edges).toEqual([{ node: { id: created.id, contacts: null } }]);
        expect(res.errors).toHaveLength(1);
        const [error] = res.errors!;
        expect(error).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        expect(error.path).toEqual(['clients', 'edges', 0, 'node', 'contacts']);
        expect(JSON.stringify(res)).not.toMatch(INTERNALS);
        expect(loggedText(logged)).toMatch(/relation "contact" does not exist/);
      });
    });
  });

  describe('health', () => {
    it('GET /health answers 200 {status: "ok"} while the database is reachable', async () => {
      const res = await fetch(strict.url.replace(/\/graphql$/, '/health'));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });
  });
});
