/**
 * A real SMTP server for tests (the `smtp-server` package, by the author of
 * nodemailer): it speaks SMTP as RFC 5321 describes it and keeps every message
 * it accepted. STARTTLS is off (no certificate) and AUTH optional, as on a
 * local relay. `loseNextReply()` makes it accept the next message in full and
 * then drop the connection instead of sending the 250 reply: the sender cannot
 * know the message arrived. `holdReplies(match)` takes matching messages in full
 * and never answers (the sender waits, as when it dies before the 250 reaches
 * it); `holdNextGreeting()` accepts the next connection but sends no greeting.
 */
import { once } from 'node:events';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string;
  raw: string;
  header(name: string): string | undefined;
}

export interface TestSmtpServer {
  port: number;
  received: ReceivedMail[];
  loseNextReply(): void;
  holdReplies(match: (mail: ReceivedMail) => boolean): void;
  /** Resolves once the next client connected (and waits for a greeting that does not come). */
  holdNextGreeting(): Promise<void>;
  /** Resolves once `count` mails matching `match` have arrived (rejects after `timeoutMs`). */
  waitFor(match: (mail: ReceivedMail) => boolean, count?: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

function headerOf(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let loseReply = false;
  let holdReply: ((mail: ReceivedMail) => boolean) | undefined;
  let holdGreeting: (() => void) | undefined;
  const server: SMTPServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      if (!holdGreeting) return callback();
      const connected = holdGreeting;
      holdGreeting = undefined;
      connected(); // and never call back: no greeting
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw,
          header: (name) => headerOf(raw, name),
        };
        received.push(mail);
        for (const wake of waiters) wake();
        if (holdReply?.(mail)) return;
        if (loseReply) {
          loseReply = false;
          // The connection of this session (smtp-server keeps them in `connections`); its socket dies before the 250.
          const connections = (server as unknown as { connections: Set<{ session: SMTPServerSession; _socket: { destroy(): void } }> }).connections;
          for (const connection of connections) if (connection.session === session) connection._socket.destroy();
          return;
        }
        callback();
      });
    },
  });
  server.listen(port, '127.0.0.1');
  await once(server.server, 'listening');
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    received,
    loseNextReply: () => {
      loseReply = true;
    },
    holdReplies: (match) => {
      holdReply = match;
    },
    holdNextGreeting: () => new Promise<void>((resolve) => {
      holdGreeting = resolve;
    }),
    waitFor(match, count = 1, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.filter(match);
          if (found.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Expected ${count} matching mail(s) within ${timeoutMs} ms, got ${received.filter(match).length}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
