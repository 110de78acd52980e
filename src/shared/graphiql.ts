/**
 * Issue 13.1: GraphiQL on GET /graphql, served entirely from this server.
 * Operators often run the server without internet access, so the page loads
 * nothing from a CDN: React, GraphiQL (its fonts are inlined in its CSS) and
 * the graphql-ws client are the browser bundles of our npm dependencies.
 */
import { Router, type Request } from 'express';
import { dirname, join } from 'node:path';

/** The browser bundles, by the name the page asks for. Only these files are served. */
const ASSETS: Record<string, string> = {
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'graphql-ws.min.js': packageFile('graphql-ws', 'umd/graphql-ws.min.js'),
};

/** The page and its assets (under `<graphqlPath>/ide/`); mount before the GraphQL middleware. */
export function graphiqlRoutes(graphqlPath: string): Router {
  const assetsPath = `${graphqlPath}/ide`;
  const page = pageHtml(graphqlPath, assetsPath);
  const router = Router();
  // Browsers navigating to the endpoint get the page; GraphQL clients (GET queries) get GraphQL.
  router.get(graphqlPath, (req, res, next) => {
    if (!prefersHtml(req)) return next();
    res.type('html').set('Cache-Control', 'no-store').send(page);
  });
  router.get(`${assetsPath}/:file`, (req, res, next) => {
    const file = Object.hasOwn(ASSETS, req.params.file) ? ASSETS[req.params.file] : undefined;
    if (!file) return next();
    res.sendFile(file);
  });
  return router;
}

function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

function packageFile(pkg: string, file: string): string {
  // Packages' "exports" hide their bundles from require.resolve; their package.json is always reachable.
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

const DEFAULT_QUERY = `# This server's GraphQL IDE (works offline).
# 1. Log in with ▶ (clients: leave out realm):
mutation Login {
  login(
    email: "admin@example.com"
    password: "your password"
    realm: STAFF
  ) {
    token
  }
}
# 2. Put the token in Headers below:
#    {"Authorization": "Bearer <token>"}
# 3. Then query away; subscriptions use
#    graphql-ws with the same header.
`;

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function pageHtml(graphqlPath: string, assetsPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetsPath}/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${assetsPath}/react.production.min.js"></script>
<script src="${assetsPath}/react-dom.production.min.js"></script>
<script src="${assetsPath}/graphiql.min.js"></script>
<script src="${assetsPath}/graphql-ws.min.js"></script>
<script>
const endpoint = new URL(${scriptJson(graphqlPath)}, location.href);
const socketUrl = endpoint.href.replace(/^http/, 'ws');
const params = new URLSearchParams(location.search);

// The server authenticates a graphql-ws connection once, from its connection parameters:
// one connection per Authorization value of the Headers editor, replaced when it changes.
let socket = { authorization: undefined, client: undefined };
function socketFor(authorization) {
  if (!socket.client || socket.authorization !== authorization) {
    socket.client?.dispose();
    const connectionParams = authorization ? { authorization } : {};
    socket = { authorization, client: graphqlWs.createClient({ url: socketUrl, connectionParams }) };
  }
  return socket.client;
}

function fetcher(request, options = {}) {
  const headers = options.headers ?? {};
  const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
  const operation = options.documentAST?.definitions.find(
    (definition) => definition.kind === 'OperationDefinition' && (!request.operationName || definition.name?.value === request.operationName),
  );
  if (operation?.operation === 'subscription') return socketFor(authorization).iterate(request);
  return fetch(endpoint, {
    method: 'POST',
    headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  }).then((response) => response.json());
}

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${scriptJson(DEFAULT_QUERY)},
    // Links such as /graphql?query=... open with that operation (and variables).
    query: params.get('query') ?? undefined,
    variables: params.get('variables') ?? undefined,
    defaultEditorToolsVisibility: 'headers',
  }),
);
</script>
</body>
</html>
`;
}
