import { createServer } from 'node:net';
import { ConfigError } from '../config';

/** The one-line start-up error for a port another program holds, naming the variable that sets it. */
export function portInUse(port: number, variable: string): ConfigError {
  return new ConfigError(`Port ${port} (${variable}) is already in use by another program: stop that program or set ${variable} to a free port.`);
}

/**
 * Checks that `port` can be bound, so that start-up stops with a clear line
 * before anything else starts (issue 11.2). `host` undefined = every address,
 * as the HTTP server listens.
 */
export function assertPortFree(port: number, variable: string, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? portInUse(port, variable) : error));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A port nobody listens on at the moment (for PORT=0 style "pick one"). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
