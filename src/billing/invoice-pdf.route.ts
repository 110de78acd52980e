import type { Request, RequestHandler, Response } from 'express';
import type { RequestContext } from '../shared/context';
import type { Viewer } from '../auth/viewer';
import { AppError, formatError } from '../shared/errors';
import { requestIp } from '../shared/request-ip';
import { toId } from '../shared/ids';
import { invoicePdfForLink, invoicePdfForViewer, type InvoicePdf, type SignedLinkParams } from './invoice-pdf.service';

export interface InvoicePdfRouteDeps {
  /** The same context and authentication as GraphQL (server.ts). */
  contextFor(viewer: Viewer | undefined, ip: string): RequestContext;
  viewerOf(token: string | undefined): Promise<Viewer | undefined>;
  bearer(header: unknown): string | undefined;
}

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * GET /invoices/:id/pdf (issue 4 point 4): with `Authorization: Bearer <token>`
 * under the viewer's access rules, or without it through a signed link
 * (?expires=…&signature=…) made by createInvoicePdfLink. Errors answer in the
 * GraphQL error shape with the same codes.
 */
export function invoicePdfRoute(deps: InvoicePdfRouteDeps): RequestHandler {
  return async (req, res) => {
    res.set('Cache-Control', 'private, no-store');
    try {
      const invoiceId = toId(String(req.params.id), 'Invoice', 'id');
      const token = deps.bearer(req.headers.authorization);
      const link = signedLinkOf(req);
      const ip = requestIp(req);
      let pdf: InvoicePdf;
      if (link && !token) {
        pdf = await invoicePdfForLink(deps.contextFor(undefined, ip), invoiceId, link);
      } else {
        const viewer = await deps.viewerOf(token);
        if (!viewer) throw new AppError('UNAUTHENTICATED', 'Log in first: send Authorization: Bearer <token>, or use a link from createInvoicePdfLink', undefined, undefined, { reason: 'LOGIN_REQUIRED' });
        pdf = await invoicePdfForViewer(deps.contextFor(viewer, ip), invoiceId);
      }
      res.status(200).set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${pdf.filename}"`,
        'Content-Length': String(pdf.content.length),
        'X-Content-Type-Options': 'nosniff',
        // The URL of a signed link is a credential for five minutes: keep it out of Referer headers.
        'Referrer-Policy': 'no-referrer',
      }).end(pdf.content);
    } catch (error) {
      sendError(res, error);
    }
  };
}

/** Present when the query names either part, so a half link is refused rather than asked for a login. */
function signedLinkOf(req: Request): SignedLinkParams | undefined {
  const { expires, signature } = req.query;
  if (expires === undefined && signature === undefined) return undefined;
  return { expires: typeof expires === 'string' ? expires : '', signature: typeof signature === 'string' ? signature : '' };
}

function sendError(res: Response, error: unknown): void {
  // formatError is the one mapping to client-safe codes; it logs unexpected errors.
  const formatted = formatError({ message: error instanceof Error ? error.message : 'Internal server error' }, error);
  const code = String(formatted.extensions?.code);
  if (code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', 'Bearer');
  res.status(HTTP_STATUS[code] ?? 500).json({ errors: [{ message: formatted.message, extensions: formatted.extensions }] });
}
