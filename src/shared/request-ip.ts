import { isIP } from 'node:net';
import type { Request } from 'express';

/**
 * The caller's address: express's `req.ip` (TRUST_PROXY applied) when it is an
 * IP address, else the socket's. With a trusted proxy, `req.ip` is whatever the
 * X-Forwarded-For header says, and a forged header must not store text or
 * dodge the per-address limits.
 */
export function requestIp(req: Request): string {
  const ip = req.ip ?? '';
  return isIP(ip) ? ip : (req.socket.remoteAddress ?? '');
}
