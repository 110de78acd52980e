import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { logger } from './logger';

/**
 * Issue 11.6: the event bus across processes. Publishing sends NOTIFY; every
 * process (the publisher too) receives each event once through its LISTEN
 * connection and only then hands it to its subscribers, so nothing is
 * delivered twice and an API process sees what a worker process publishes.
 * Notifications are per database: processes on other databases never mix.
 * Events published while a NOTIFY is under way go out together, as a JSON
 * array in as few payloads as the size limit allows (issue 12: the renewal
 * step publishes one event per invoice, tens of thousands in one commit);
 * subscribers still get them one by one, in order.
 */
const CHANNEL = 'hostbill_events';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; longer events travel in parts. */
const MAX_PAYLOAD_BYTES = 7_900;
/** `<uuid>:<index>:<count>:` in front of each part. */
const PART_HEADER_BYTES = 64;
/** Parts of an event still incomplete after this long are dropped (their sender lost its connection). */
const PARTS_TTL_MS = 60_000;
/** Events published while the connection is down wait in memory up to this many. */
const MAX_WAITING = 10_000;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 10_000;

/**
 * The first texts of `outbox` that fit one NOTIFY, taken from it: whole events
 * (`{…}`) as many as fit in a JSON array; a part of a long event alone.
 */
function takeForOneNotify(outbox: string[]): string[] {
  if (!outbox[0].startsWith('{')) return outbox.splice(0, 1);
  let count = 1;
  let bytes = Buffer.byteLength(outbox[0]) + 2;
  for (; count < outbox.length && outbox[count].startsWith('{'); count++) {
    const more = Buffer.byteLength(outbox[count]) + 1;
    if (bytes + more >= MAX_PAYLOAD_BYTES) break;
    bytes += more;
  }
  return outbox.splice(0, count);
}

/** The NOTIFY payload of texts taken together: one as it is, several as a JSON array of events. */
const payloadOf = (texts: string[]) => (texts.length === 1 ? texts[0] : `[${texts.join(',')}]`);

/** One event as NOTIFY payloads: its JSON, or base64 parts of it when too long for one payload. */
function notifyPayloads(topic: string, payload: unknown): string[] {
  const json = JSON.stringify({ topic, payload });
  if (Buffer.byteLength(json) < MAX_PAYLOAD_BYTES) return [json];
  const data = Buffer.from(json).toString('base64');
  const size = MAX_PAYLOAD_BYTES - PART_HEADER_BYTES;
  const count = Math.ceil(data.length / size);
  const id = randomUUID();
  return Array.from({ length: count }, (_, index) => `${id}:${index}:${count}:${data.slice(index * size, (index + 1) * size)}`);
}

/**
 * An EventTarget on PostgreSQL LISTEN/NOTIFY over one dedicated connection.
 * A lost connection never ends the process: it is logged, reconnected with
 * backoff, events published meanwhile wait and go out in order, and once
 * listening again the target dispatches EVENTS_MISSED locally (others'
 * events of that time are gone).
 */
export class PostgresEventTarget extends EventTarget {
  private client?: pg.Client;
  private waiting: string[] = [];
  /** Published while connected, not yet sent: the next NOTIFYs take them in order. */
  private outbox: string[] = [];
  private flushing = false;
  private readonly parts = new Map<string, { chunks: string[]; received: number; since: number }>();
  /** The last NOTIFY sent: stop() waits for it. */
  private sending: Promise<unknown> = Promise.resolve();
  private dropped = 0;
  private failures = 0;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  private constructor(private readonly databaseUrl: string) {
    super();
  }

  /** Connects and listens; fails when the database cannot be reached at start-up. */
  static async start(databaseUrl: string): Promise<PostgresEventTarget> {
    const target = new PostgresEventTarget(databaseUrl);
    await target.connect();
    return target;
  }

  /** The bus's publish: the event goes to every process, this one included, through NOTIFY. */
  override dispatchEvent(event: Event): boolean {
    for (const text of notifyPayloads(event.type, (event as CustomEvent).detail)) this.send(text);
    return true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    await this.sending;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'hostbill-events' });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.received(message.payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    if (this.dropped) logger.error(`Event bus: ${this.dropped} events published during the outage were dropped`);
    this.dropped = 0;
    for (const text of this.waiting.splice(0)) this.send(text);
  }

  private send(text: string): void {
    if (!this.client) return this.wait([text]);
    this.outbox.push(text);
    if (this.flushing) return;
    this.flushing = true;
    this.sending = this.sending.then(() => this.flush()).catch((error: Error) => logger.error(`Event bus: publishing failed (${error.message})`));
  }

  /** Events published while the connection is down wait for the next one, in order; the oldest are dropped beyond MAX_WAITING. */
  private wait(texts: string[]): void {
    for (const text of texts) this.waiting.push(text);
    const over = this.waiting.length - MAX_WAITING;
    if (over > 0) {
      this.waiting.splice(0, over);
      this.dropped += over;
    }
  }

  /** One NOTIFY after the other on this connection, until the outbox is empty: events keep their order. */
  private async flush(): Promise<void> {
    try {
      while (this.outbox.length) {
        const client = this.client;
        if (!client) {
          // Lost meanwhile: these events are older than any published since, so they wait in front of them.
          const published = this.waiting.splice(0);
          this.wait(this.outbox.splice(0).concat(published));
          return;
        }
        const texts = takeForOneNotify(this.outbox);
        try {
          await client.query('select pg_notify($1, $2)', [CHANNEL, payloadOf(texts)]);
        } catch (caught) {
          const error = caught as Error & { code?: string };
          // The database ended this connection (terminated, restarting: SQLSTATE 57P.., 08..., or a socket error):
          // the events wait for the next connection as during an outage. If the NOTIFY had gone out before the
          // connection died, subscribers get them twice; an event carries the object as it is now, so that is harmless.
          if (!error.code || /^(57P|08)/.test(error.code)) {
            this.lost(client, error);
            this.outbox.unshift(...texts);
            continue;
          }
          logger.error(`Event bus: ${texts.length === 1 ? 'an event' : `${texts.length} events`} could not be published (${error.message})`);
        }
      }
    } finally {
      // Whatever happened, the next event published starts a flush again.
      this.flushing = false;
    }
  }

  private received(text: string): void {
    const json = text.startsWith('{') || text.startsWith('[') ? text : this.assemble(text);
    if (json === undefined) return;
    let events: { topic: string; payload: unknown }[];
    try {
      const parsed = JSON.parse(json) as { topic: string; payload: unknown } | { topic: string; payload: unknown }[];
      events = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      logger.error('Event bus: an unreadable event was ignored');
      return;
    }
    for (const event of events) super.dispatchEvent(new CustomEvent(event.topic, { detail: event.payload }));
  }

  /** Collects the parts of a long event; its JSON once the last part is in. */
  private assemble(text: string): string | undefined {
    const match = /^([0-9a-f-]{36}):(\d+):(\d+):/.exec(text);
    if (!match) return undefined;
    const [header, id, index, count] = match;
    const now = Date.now();
    for (const [key, entry] of this.parts) if (now - entry.since > PARTS_TTL_MS) this.parts.delete(key);
    const entry = this.parts.get(id) ?? { chunks: new Array<string>(Number(count)), received: 0, since: now };
    this.parts.set(id, entry);
    if (entry.chunks[Number(index)] === undefined) entry.received++;
    entry.chunks[Number(index)] = text.slice(header.length);
    if (entry.received < entry.chunks.length) return undefined;
    this.parts.delete(id);
    return Buffer.from(entry.chunks.join(''), 'base64').toString();
  }

  private lost(client: pg.Client, error?: Error): void {
    if (client !== this.client) return;
    this.client = undefined;
    this.parts.clear();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    logger.error(`Event bus: lost its database connection (${error?.message ?? 'connection ended'}); reconnecting`);
    this.reconnectLater();
  }

  private reconnectLater(): void {
    const backoff = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** this.failures++);
    this.reconnectTimer = setTimeout(() => {
      this.connect().then(
        () => {
          this.failures = 0;
          logger.info('Event bus: listening again');
          super.dispatchEvent(new CustomEvent('EVENTS_MISSED', { detail: { at: new Date().toISOString() } }));
        },
        () => {
          // The loss was logged once; "listening again" ends the outage in the log.
          if (!this.stopped) this.reconnectLater();
        },
      );
    }, backoff * (0.5 + Math.random() / 2));
  }
}
