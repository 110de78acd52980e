/**
 * Issue 11.5: the HTTP stop over real sockets. A raw TCP connection lets the
 * test send a request on a keep-alive connection exactly after the stop began
 * (the race in which a write used to commit and its answer be lost).
 */
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createGracefulServer, type GracefulServer } from '../../src/shared/graceful-http';
import { pause, waitFor } from '../support/wait';

function request(path: string): string {
  return `POST ${path} HTTP/1.1\r\nHost: test\r\nContent-Length: 0\r\n\r\n`;
}

describe('issue 11.5: graceful HTTP stop', () => {
  let graceful: GracefulServer;
  let processed: string[];
  let release: () => void;
  let entered: Promise<void>;

  beforeEach(async () => {
    processed = [];
    let enter: () => void;
    entered = new Promise((resolve) => (enter = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    graceful = createGracefulServer((req, res) => {
      processed.push(req.url!);
      if (req.url === '/slow') {
        enter();
        void released.then(() => res.end('slow done'));
      } else if (req.url !== '/never') {
        res.end(`${req.url} done`);
      } else {
        enter();
      }
    });
    await new Promise<void>((resolve) => graceful.httpServer.listen(0, '127.0.0.1', resolve));
  });

  afterEach(() => {
    graceful.httpServer.closeAllConnections();
    graceful.httpServer.close();
  });

  const open = async (): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> => {
    const socket = connect((graceful.httpServer.address() as AddressInfo).port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', () => {});
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise((resolve) => socket.once('connect', resolve));
    return { socket, received: () => text, closed };
  };

  it('issue 11.5: a request in flight when the stop begins is processed and answered with Connection: close; the stop waits for it', async () => {
    const client = await open();
    client.socket.write(request('/slow'));
    await entered;
    let stopped = false;
    const stopping = graceful.stop(5_000).then(() => (stopped = true));
    // A window in which a stop that did not wait would have ended.
    await pause(100);
    expect(stopped).toBe(false);

    release();
    await stopping;
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(client.received()).toMatch(/\r\nConnection: close\r\n/i);
    expect(client.received()).toMatch(/slow done$/);
  });

  it('issue 11.5: a request arriving on a keep-alive connection after the stop began is never processed; the one in flight is still answered', async () => {
    const client = await open();
    client.socket.write(request('/slow'));
    await entered;
    const stopping = graceful.stop(5_000);
    client.socket.write(request('/create-something'));
    // A window in which the late request would be processed.
    await pause(100);
    release();
    await stopping;
    await client.closed;

    expect(processed).toEqual(['/slow']);
    // One answer (the one in flight, which closes the connection); the late request gets none, as if never sent.
    expect(client.received().match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(client.received()).toMatch(/\r\nConnection: close\r\n[\s\S]*slow done$/i);
  });

  it('issue 11.5: an idle keep-alive connection is closed at once (the stop does not wait for it) and a request sent on it is not processed', async () => {
    const client = await open();
    client.socket.write(request('/first'));
    await waitFor(() => /\/first done$/.test(client.received()), { what: 'the answer to /first', timeoutMs: 5_000, intervalMs: 10 });
    expect(client.received()).toMatch(/\/first done$/);
    const began = Date.now();
    const stopping = graceful.stop(5_000);
    client.socket.write(request('/late'));
    await stopping;
    await client.closed;
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(processed).toEqual(['/first']);
  });

  it('issue 11.5: the grace time bounds the stop: a request still running after it loses its connection', async () => {
    const client = await open();
    client.socket.write(request('/never'));
    await entered;
    const began = Date.now();
    await graceful.stop(300);
    await client.closed;
    expect(Date.now() - began).toBeGreaterThanOrEqual(290);
    expect(Date.now() - began).toBeLessThan(3_000);
    expect(client.received()).toBe('');
  });
});
