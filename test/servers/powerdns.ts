/**
 * Starts a real PowerDNS Authoritative server (Debian pdns-server with the
 * gsqlite3 backend) in a temp dir on free loopback ports, for the DNS plugin's
 * tests.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** What CI must install: the server, its SQLite backend, and the sqlite3 CLI that creates the database. */
export const PDNS_DEBIAN_PACKAGES = ['pdns-server', 'pdns-backend-sqlite3', 'sqlite3'];
const SCHEMA = '/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql';
const START_TIMEOUT_MS = 15_000;

export interface PowerDnsInstance {
  host: string;
  apiPort: number;
  dnsPort: number;
  apiKey: string;
  serverId: string;
  /** e.g. http://127.0.0.1:PORT */
  apiUrl: string;
  pid: number;
  stop(): Promise<void>;
}

function findExecutable(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  return dirs.map((dir) => path.join(dir, name)).find((file) => fs.existsSync(file));
}

/** undefined when everything is installed, else what is missing and how to install it. */
export function powerDnsMissing(): string | undefined {
  const missing: string[] = [];
  if (!findExecutable('pdns_server')) missing.push('pdns_server (package pdns-server)');
  if (!fs.existsSync(SCHEMA)) missing.push(`${SCHEMA} (package pdns-backend-sqlite3)`);
  if (!findExecutable('sqlite3')) missing.push('sqlite3 (package sqlite3)');
  if (missing.length === 0) return undefined;
  return (
    `PowerDNS test server unavailable, missing: ${missing.join(', ')}. ` +
    `Install with: apt-get update && apt-get install -y ${PDNS_DEBIAN_PACKAGES.join(' ')} ` +
    '(the suite is skipped where it is missing unless PDNS_REQUIRED=1, as in CI).'
  );
}

/** A loopback port free for TCP and UDP both (DNS listens on both). */
async function freeDnsPort(): Promise<number> {
  for (;;) {
    const port = await freeTcpPort();
    const udp = dgram.createSocket('udp4');
    const ok = await new Promise<boolean>((resolve) => {
      udp.once('error', () => resolve(false));
      udp.bind(port, '127.0.0.1', () => resolve(true));
    });
    await new Promise<void>((resolve) => udp.close(() => resolve()));
    if (ok) return port;
  }
}

export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function writeConfig(dir: string, apiKey: string, apiPort: number, dnsPort: number): void {
  const config = [
    'launch=gsqlite3',
    `gsqlite3-database=${path.join(dir, 'pdns.sqlite3')}`,
    'local-address=127.0.0.1',
    `local-port=${dnsPort}`,
    'api=yes',
    `api-key=${apiKey}`,
    'webserver=yes',
    'webserver-address=127.0.0.1',
    `webserver-port=${apiPort}`,
    'webserver-allow-from=127.0.0.0/8',
    `socket-dir=${dir}`,
    'daemon=no',
    'guardian=no',
    'disable-syslog=yes',
    'security-poll-suffix=',
    // Few threads: CI has 2 cores.
    'receiver-threads=1',
    'distributor-threads=1',
  ];
  fs.writeFileSync(path.join(dir, 'pdns.conf'), `${config.join('\n')}\n`);
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitForApi(child: ChildProcess, apiUrl: string, apiKey: string, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`pdns_server exited with code ${child.exitCode}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    try {
      const response = await fetch(`${apiUrl}/api/v1/servers/localhost`, {
        headers: { 'X-API-Key': apiKey },
        signal: AbortSignal.timeout(1000),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`pdns_server API did not answer within ${START_TIMEOUT_MS} ms:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
}

async function launch(dir: string): Promise<PowerDnsInstance> {
  const apiKey = randomBytes(16).toString('hex');
  const apiPort = await freeTcpPort();
  const dnsPort = await freeDnsPort();
  writeConfig(dir, apiKey, apiPort, dnsPort);
  const logFile = path.join(dir, 'pdns.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(findExecutable('pdns_server') as string, [`--config-dir=${dir}`], { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const stop = async (): Promise<void> => {
    if (!(await waitForExit(child, 0))) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 3000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 3000);
      }
    }
  };
  try {
    await waitForApi(child, apiUrl, apiKey, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { host: '127.0.0.1', apiPort, dnsPort, apiKey, serverId: 'localhost', apiUrl, pid: child.pid as number, stop };
}

/** Starts pdns_server with an empty database; throws a clear error when it is not installed. */
export async function startPowerDns(): Promise<PowerDnsInstance> {
  const missing = powerDnsMissing();
  if (missing) throw new Error(missing);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdns-'));
  execFileSync(findExecutable('sqlite3') as string, [path.join(dir, 'pdns.sqlite3')], { input: fs.readFileSync(SCHEMA) });
  // Two tries: another process may grab a free port between our check and pdns binding it.
  let lastError: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const instance = await launch(dir);
      const stop = instance.stop;
      return {
        ...instance,
        stop: async () => {
          await stop();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = error;
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  throw lastError;
}
