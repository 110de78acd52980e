import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import type { Client as WsClient } from 'graphql-ws';
import { errorOf, startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 10.9: with introspection off, no error suggests a name from the
 * schema, validation errors keep GRAPHQL_VALIDATION_FAILED, and responses do
 * not say what serves them.
 */
type WireError = { message: string; extensions?: { code?: string } };

/** Each mistake, the suggestion graphql-js makes for it, and the code it must be refused with. */
const MISTAKES: { kind: string; query: string; variables?: Record<string, unknown>; suggests: string; code: string }[] = [
  { kind: 'unknown field', query: `{ clint(id: "1") { id } }`, suggests: '"client"', code: 'GRAPHQL_VALIDATION_FAILED' },
  { kind: 'unknown argument', query: `{ clients(frist: 1) { totalCount } }`, suggests: '"first"', code: 'GRAPHQL_VALIDATION_FAILED' },
  { kind: 'unknown directive argument', query: `{ __typename @include(if: true, iff: true) }`, suggests: '"if"', code: 'GRAPHQL_VALIDATION_FAILED' },
  { kind: 'unknown type', query: `query($f: ClientFiltr) { clients(filter: $f) { totalCount } }`, suggests: '"ClientFilter"', code: 'GRAPHQL_VALIDATION_FAILED' },
  { kind: 'unknown enum value in the query', query: `{ clients(filter: { status: [ACTIV] }) { totalCount } }`, suggests: '"ACTIVE"', code: 'GRAPHQL_VALIDATION_FAILED' },
  { kind: 'unknown input field in the query', query: `{ clients(filter: { emial: "x" }) { totalCount } }`, suggests: '"email"', code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    kind: 'unknown enum value in a variable',
    query: `query($f: ClientFilter) { clients(filter: $f) { totalCount } }`,
    variables: { f: { status: ['ACTIV'] } },
    suggests: '"ACTIVE"',
    code: 'BAD_USER_INPUT',
  },
  {
    kind: 'unknown input field in a variable',
    query: `query($f: ClientFilter) { clients(filter: $f) { totalCount } }`,
    variables: { f: { emial: 'x' } },
    suggests: '"email"',
    code: 'BAD_USER_INPUT',
  },
];

describe('issue 10.9: with introspection off, nothing suggests field names', () => {
  let t: TestApp;
  let staff: string;
  let ws: WsClient;

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_INTROSPECTION: 'false' });
    staff = await t.staffToken();
    ws = t.ws(staff);
  });
  afterAll(() => t?.stop());

  const wsErrors = (query: string, variables: Record<string, unknown> = {}) =>
    new Promise<WireError[]>((resolve, reject) => {
      ws.subscribe(
        { query, variables },
        {
          next: (result) => (result.errors ? resolve(result.errors as WireError[]) : reject(new Error(`Expected a refusal, got ${JSON.stringify(result.data)}`))),
          error: (error) => (Array.isArray(error) ? resolve(error) : reject(error)),
          complete: () => reject(new Error('Completed without a refusal')),
        },
      );
    });

  it.each(MISTAKES)('precondition: graphql-js suggests $suggests for the $kind', ({ query, variables, suggests }) => {
    // The app's schema, from the committed SDL (a test keeps it current).
    const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const errors = variables ? getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors ?? [] : validate(schema, document);
    expect(errors.map((e) => e.message).join('\n')).toMatch(new RegExp(`Did you mean .*${suggests}`));
  });

  it.each(MISTAKES)('over HTTP, the $kind is $code without "Did you mean"', async ({ query, variables, suggests, code }) => {
    const res = await t.gql(query, variables, staff);
    expect(res.status).toBe(400);
    expect(res.errors!.length).toBeGreaterThan(0);
    for (const error of res.errors!) {
      expect(error.extensions?.code).toBe(code);
      expect(error.message).not.toMatch(/Did you mean/);
      expect(error.message).not.toContain(suggests);
    }
  });

  it.each(MISTAKES)('over graphql-ws, the $kind is $code without "Did you mean"', async ({ query, variables, suggests, code }) => {
    const errors = await wsErrors(query, variables);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.extensions?.code).toBe(code);
      expect(error.message).not.toMatch(/Did you mean/);
      expect(error.message).not.toContain(suggests);
    }
  });

  it('a validation error about a variable keeps GRAPHQL_VALIDATION_FAILED (over HTTP and graphql-ws)', async () => {
    const query = `query($n: String) { clients(first: $n) { totalCount } }`;
    expect(errorOf(await t.gql(query, { n: '5' }, staff))).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Variable "$n" of type "String" used in position expecting type "Int".',
    });
    expect(await wsErrors(query, { n: '5' })).toEqual([
      expect.objectContaining({ message: 'Variable "$n" of type "String" used in position expecting type "Int".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
  });

  it('introspection is refused over graphql-ws as over HTTP', async () => {
    const query = `{ __schema { types { name } } }`;
    expect(errorOf(await t.gql(query, {}, staff)).code).toBe('GRAPHQL_VALIDATION_FAILED');
    const [error] = await wsErrors(query);
    expect(error).toMatchObject({ message: expect.stringMatching(/introspection/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('no response carries X-Powered-By', async () => {
    const responses = [
      await fetch(t.url.replace(/\/graphql$/, '/health')),
      await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }),
      await fetch(t.url.replace(/\/graphql$/, '/no-such-page')),
    ];
    for (const res of responses) {
      await res.arrayBuffer();
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});
