/**
 * Issue 13.2: cross-origin access for single-page apps on the origins in
 * CORS_ORIGINS (none: same origin only). Apollo's CSRF prevention stays on
 * behind this: CORS only decides which other origins may read responses.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';

/**
 * Request headers an app may send: the bearer token, JSON bodies, safe retries
 * (Idempotency-Key), and the headers Apollo's CSRF prevention accepts on GET queries.
 */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name'];
/** Response headers an app may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = ['Idempotent-Replayed'];

export function corsMiddleware(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  const answer = cors({
    origin: true, // reflects the request's Origin; only reached for allowed ones
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  return (req, res, next) => {
    // Responses differ by Origin: a shared cache must not hand one origin's answer to another.
    if (allowed.size) res.vary('Origin');
    const origin = req.headers.origin;
    if (origin && allowed.has(origin)) return answer(req, res, next);
    // A refused preflight carries no CORS headers, so the browser never sends the request itself.
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.status(403).end();
      return;
    }
    next();
  };
}

/**
 * The same rule for graphql-ws upgrades (ws `verifyClient`), which CORS does not cover:
 * browsers always send Origin, so a page on an origin that is neither this server's nor
 * listed is refused. Clients without Origin (servers, scripts) are not browsers and pass.
 */
export function wsOriginCheck(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (info: { origin?: string; req: IncomingMessage }, callback: (ok: boolean, code?: number, message?: string) => void): void => {
    const { origin, req } = info;
    const ok = !origin || allowed.has(origin) || URL.parse(origin)?.host === req.headers.host;
    if (ok) callback(true);
    else callback(false, 403, 'Origin not allowed');
  };
}
