/**
 * Destination routes: where SpamExperts delivers filtered mail.
 * Written as `host` or `host:port`; SpamExperts reads them back as `host::port`.
 */

/** SpamExperts assumes SMTP's port when a route is written without one. */
export const DEFAULT_SMTP_PORT = 25;

/** For JSON Schemas: a host name or IPv4 address, optionally `:port`. */
export const ROUTE_PATTERN = '^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$';

const ROUTE = /^([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?:::?([0-9]{1,5}))?$/;

export interface Route {
  host: string;
  port: number;
}

/** Accepts all three spellings (`host`, `host:port`, `host::port`); undefined when invalid. */
export function parseRoute(text: string): Route | undefined {
  const match = ROUTE.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const port = match[2] === undefined ? DEFAULT_SMTP_PORT : Number(match[2]);
  if (port < 1 || port > 65535) return undefined;
  return { host: match[1], port };
}

/** The spelling SpamExperts accepts on write. */
export function formatRoute(route: Route): string {
  return `${route.host}:${route.port}`;
}

/** Order does not matter to SpamExperts (it tries every route), so compare as sets. */
export function sameRoutes(a: Route[], b: Route[]): boolean {
  const left = new Set(a.map(formatRoute));
  const right = new Set(b.map(formatRoute));
  return left.size === right.size && [...left].every((route) => right.has(route));
}
