/**
 * A tiny HTTP reverse proxy that forwards to a real server and, on request,
 * misbehaves once: answers an error, never answers, or forwards and then never
 * answers (a lost response). For failure tests against servers that cannot be
 * made to fail themselves.
 */
import http from 'node:http';
import { AddressInfo, Socket } from 'node:net';

export type FaultMode = 'error' | 'hang' | 'forward-then-hang';

export interface Fault {
  mode: FaultMode;
  /** Only requests with this method trigger the fault (default: any). */
  method?: string;
  /** For 'error': the status and JSON body to answer with. */
  status?: number;
  body?: unknown;
}

export class FaultyProxy {
  private readonly faults: Fault[] = [];
  private readonly sockets = new Set<Socket>();
  /** Method and path of every request received, in order. */
  readonly received: string[] = [];

  private constructor(
    private readonly server: http.Server,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<FaultyProxy> {
    const server = http.createServer();
    const proxy = new FaultyProxy(server, target);
    server.on('request', (req, res) => proxy.handle(req, res));
    server.on('connection', (socket) => {
      proxy.sockets.add(socket);
      socket.on('close', () => proxy.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Queue a fault for the next matching request. */
  failNext(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Drop queued faults (between tests). */
  reset(): void {
    this.faults.length = 0;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeFault(method: string): Fault | undefined {
    const index = this.faults.findIndex((fault) => fault.method === undefined || fault.method === method);
    return index < 0 ? undefined : this.faults.splice(index, 1)[0];
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    this.received.push(`${method} ${req.url}`);
    const body = await readAll(req);
    const fault = this.takeFault(method);
    if (fault?.mode === 'hang') return; // never answer; close() destroys the socket
    if (fault?.mode === 'error') {
      const payload = JSON.stringify(fault.body ?? { error: 'Injected failure' });
      res.writeHead(fault.status ?? 500, { 'Content-Type': 'application/json' }).end(payload);
      return;
    }
    try {
      const answer = await this.forward(req, body);
      if (fault?.mode === 'forward-then-hang') return;
      res.writeHead(answer.status, answer.headers).end(answer.body);
    } catch (error) {
      res.writeHead(502, { 'Content-Type': 'text/plain' }).end(`Proxy could not reach the target: ${String(error)}`);
    }
  }

  private forward(
    req: http.IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: http.OutgoingHttpHeaders; body: Buffer }> {
    const headers: http.OutgoingHttpHeaders = { ...req.headers, host: `${this.target.host}:${this.target.port}` };
    delete headers.connection;
    return new Promise((resolve, reject) => {
      const upstream = http.request(
        { host: this.target.host, port: this.target.port, method: req.method, path: req.url, headers },
        (response) => {
          readAll(response).then((data) => {
            const out: http.OutgoingHttpHeaders = { ...response.headers };
            delete out.connection;
            delete out['transfer-encoding'];
            out['content-length'] = data.length;
            resolve({ status: response.statusCode ?? 502, headers: out, body: data });
          }, reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });
  }
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
