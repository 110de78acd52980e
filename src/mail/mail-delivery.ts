/**
 * Issue 15.5: delivery of the outbox over SMTP (nodemailer) by the job queue.
 *
 * The guarantee: an email is delivered at most once, and retried with backoff
 * while it certainly has not arrived.
 *
 * A row is claimed under a lease in one UPDATE (QUEUED and due, or SENDING
 * with its lease run out before hand-over), so two workers never send it at
 * once. The sender connects and logs in first; a failure up to there cannot
 * have delivered anything and is retried after base × 2^(attempt-1) ms. Then
 * it records the hand-over (`handedOverAt`) and only after that sends the
 * envelope and the message. From then on:
 * - the server's 250 → SENT;
 * - a refusal the server answered (4xx/5xx) → not accepted, retried;
 * - no answer (the connection broke, a time limit, or the sender died, found
 *   by the lease running out) → UNCONFIRMED: SMTP gives no way to ask whether
 *   it arrived, so it is not sent again. Staff see it in the email log.
 * Every attempt carries the same Message-ID, so a copy sent again by hand is
 * recognisable as the same mail.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config, SmtpConfig } from '../config';
import type { JobQueue } from '../jobs/job-queue';
import { logger } from '../shared/logger';
import { installMail } from './mail.service';
import { MailMessage, MailStatus } from './mail-message.entity';
import { updateRows } from '../shared/update-rows';

export const MAIL_DELIVERY_JOB = 'mail-delivery';
/** Mails per delivery job, sent side by side (each its own SMTP session): a job lasts as long as one delivery. */
const MAILS_PER_JOB = 10;
/** How often every worker looks for due rows whose job was lost (and rows queued while no worker ran), at the most. */
const SWEEP_MS = 60_000;

export interface MailDeps {
  orm: MikroORM;
  config: Config;
  jobs: JobQueue;
}

/** What the app stops after the job queue. */
export interface MailDelivery {
  stop(): void;
}

/**
 * How long a claimed row is its sender's: connecting, the greeting and the
 * replies each wait at most the SMTP time limit, so a live sender is done well
 * within four of them.
 */
const leaseMs = (smtp: SmtpConfig) => 4 * smtp.timeoutMs;

interface Sender {
  deps: MailDeps;
  smtp: SmtpConfig;
  leaseMs: number;
  workerId: string;
  /** Open SMTP sessions, closed when the app stops. */
  sessions: Set<SMTPConnection>;
}

/** Installs the mail service; with SMTP settings also the delivery job, else says once that mails stay in the outbox. */
export function defineMailJobs(deps: MailDeps): MailDelivery {
  const { orm, config, jobs } = deps;
  if (!config.smtp) {
    installMail(orm, { config });
    // A start-up notice like the listening address, not a warning: a development server or a test needs no SMTP server.
    logger.info('SMTP_HOST is not set: emails are kept in the outbox and not sent until an SMTP server is configured');
    return { stop: () => undefined };
  }
  const sender: Sender = {
    deps, smtp: config.smtp, leaseMs: leaseMs(config.smtp), workerId: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`, sessions: new Set(),
  };
  // A batch (a daily run queues thousands) becomes a few jobs, not one per mail.
  const enqueue = async (mailIds: number[]) => {
    for (let i = 0; i < mailIds.length; i += MAILS_PER_JOB) await jobs.now(MAIL_DELIVERY_JOB, { mailIds: mailIds.slice(i, i + MAILS_PER_JOB) });
  };
  installMail(orm, { config, deliver: enqueue });
  // Agenda re-checks a running job's lock every half lifetime on a timer that outlives the job (and so a stop):
  // the lifetime is the row's lease, the longest a delivery runs, not more. So a job's mails go out side by side.
  jobs.define(MAIL_DELIVERY_JOB, async (data, stopping) => {
    const results = await Promise.allSettled((data.mailIds as number[]).map((mailId) => deliverMail(sender, Number(mailId), stopping)));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }, { lockLifetimeMs: sender.leaseMs, removeOnComplete: true });
  // Also at start: rows a killed worker left are found once their lease ran out.
  jobs.repeat('mail-outbox-sweep', Math.min(SWEEP_MS, sender.leaseMs), async () => {
    const em = orm.em.fork();
    await markAbandonedUnconfirmed(em);
    for (const mailId of await dueMails(em)) await deliverMail(sender, mailId);
  });
  return {
    stop: () => {
      for (const session of sender.sessions) session.close();
    },
  };
}

const DUE = `(status = 'queued' and next_attempt_at <= now()) or (status = 'sending' and lease_expires_at < now() and handed_over_at is null)`;

async function dueMails(em: EntityManager): Promise<number[]> {
  const rows = await em.getConnection().execute<{ id: number }[]>(`select id from mail_message where ${DUE} order by id limit 100`);
  return rows.map((row) => row.id);
}

/** A sender that died after the hand-over (its lease ran out): whether the mail arrived is unknown, so it is not sent again. */
async function markAbandonedUnconfirmed(em: EntityManager): Promise<void> {
  const rows = await em.getConnection().execute<{ id: number }[]>(
    `update mail_message set status = 'unconfirmed', last_error = ?, lease_owner = null, lease_expires_at = null
     where status = 'sending' and lease_expires_at < now() and handed_over_at is not null returning id`,
    ['The sender stopped after handing the message to the mail server, before its answer: it may have arrived, so it is not sent again'],
  );
  for (const { id } of rows) logger.warn(`Email ${id}: its sender stopped after handing it to the mail server; marked unconfirmed, not sent again`);
}

/** Claims the row if it is due and nobody holds it; returns the attempt number, or undefined when it is not ours to send. */
async function claim(em: EntityManager, mailId: number, sender: Sender): Promise<number | undefined> {
  const rows = await em.getConnection().execute<{ attempts: number }[]>(
    `update mail_message set status = 'sending', lease_owner = ?, lease_expires_at = now() + ? * interval '1 millisecond', attempts = attempts + 1
     where id = ? and (${DUE}) returning attempts`,
    [sender.workerId, sender.leaseMs, mailId],
  );
  return rows[0]?.attempts;
}

/** Records that the message is about to go to the server; false when the lease is no longer ours. */
async function handOver(em: EntityManager, mailId: number, sender: Sender): Promise<boolean> {
  const rows = await em.getConnection().execute<{ id: number }[]>(
    `update mail_message set handed_over_at = now() where id = ? and status = 'sending' and lease_owner = ? and lease_expires_at > now() returning id`,
    [mailId, sender.workerId],
  );
  return rows.length > 0;
}

/** nodemailer takes 2 MB of heap: loaded with the first delivery, not by servers without SMTP (issue 12). */
async function nodemailer() {
  const [composer, connection] = await Promise.all([import('nodemailer/lib/mail-composer'), import('nodemailer/lib/smtp-connection')]);
  return { MailComposer: composer.default, SMTPConnection: connection.default };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

/** The server answered with a refusal (4xx/5xx): it did not take the message. */
const refusedByServer = (error: unknown) => typeof (error as { responseCode?: unknown })?.responseCode === 'number';

async function deliverMail(sender: Sender, mailId: number, stopping?: AbortSignal): Promise<void> {
  const { deps, smtp } = sender;
  const em = deps.orm.em.fork();
  const attempt = await claim(em, mailId, sender);
  if (attempt === undefined) return;
  const mail = await em.findOneOrFail(MailMessage, mailId);
  const { MailComposer, SMTPConnection } = await nodemailer();
  const compiled = new MailComposer({
    from: deps.config.mailFrom, to: mail.recipient, subject: mail.subject, text: mail.body,
    messageId: mail.messageId, headers: { 'Content-Language': mail.language },
  }).compile();
  const message = await compiled.build();

  const session = new SMTPConnection({
    host: smtp.host, port: smtp.port, secure: smtp.secure,
    connectionTimeout: smtp.timeoutMs, greetingTimeout: smtp.timeoutMs, socketTimeout: smtp.timeoutMs, dnsTimeout: smtp.timeoutMs,
  });
  session.on('error', () => undefined); // errors between steps (a late QUIT); those of a step reach step()
  sender.sessions.add(session);
  // A stop that waited its time for running jobs ends the session: before the hand-over the mail is queued again, after it unconfirmed.
  const endSession = () => session.close();
  stopping?.addEventListener('abort', endSession, { once: true });
  try {
    try {
      await step(session, (done) => session.connect(done));
      if (smtp.user) await step(session, (done) => session.login({ user: smtp.user!, pass: smtp.password! }, done));
    } catch (error) {
      return await retryLater(sender, em, mailId, attempt, error);
    }
    if (!(await handOver(em, mailId, sender))) return;
    try {
      await step(session, (done) => session.send(compiled.getEnvelope(), message, done));
    } catch (error) {
      if (refusedByServer(error)) return await retryLater(sender, em, mailId, attempt, error);
      await updateRows(em, MailMessage, { id: mailId, status: MailStatus.SENDING, leaseOwner: sender.workerId }, {
        status: MailStatus.UNCONFIRMED, lastError: errorText(error), leaseOwner: null, leaseExpiresAt: null,
      });
      logger.warn(`Email ${mailId}: no answer after handing it to the mail server (${errorText(error)}); marked unconfirmed, not sent again`);
      return;
    }
    // The server's 250 is the answer, whoever holds the row by now.
    await updateRows(em, MailMessage, { id: mailId, status: { $in: [MailStatus.SENDING, MailStatus.UNCONFIRMED] } }, {
      status: MailStatus.SENT, sentAt: new Date(), lastError: null, leaseOwner: null, leaseExpiresAt: null,
    });
  } finally {
    stopping?.removeEventListener('abort', endSession);
    sender.sessions.delete(session);
    session.quit();
  }
}

/**
 * One step of an SMTP session: done when its callback says so, failed when the
 * session reports an error or ends first (nodemailer reports a failed connect
 * only as an 'error' event, and a session closed under a step as 'end').
 */
function step(session: SMTPConnection, start: (done: (error?: Error | null) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error | null) => {
      if (settled) return;
      settled = true;
      session.off('error', finish);
      session.off('end', ended);
      if (error) reject(error);
      else resolve();
    };
    const ended = () => finish(new Error('Connection closed unexpectedly'));
    session.on('error', finish);
    session.on('end', ended);
    start(finish);
  });
}

/** A failed attempt that certainly did not deliver: QUEUED again after the backoff, or FAILED after the last attempt. */
async function retryLater(sender: Sender, em: EntityManager, mailId: number, attempt: number, error: unknown): Promise<void> {
  const { config, jobs } = sender.deps;
  const message = errorText(error);
  const last = attempt >= config.mailMaxAttempts;
  const nextAttemptAt = new Date(Date.now() + config.mailRetryBaseMs * 2 ** (attempt - 1));
  const updated = await updateRows(em, MailMessage, { id: mailId, status: MailStatus.SENDING, leaseOwner: sender.workerId }, {
    status: last ? MailStatus.FAILED : MailStatus.QUEUED, lastError: message, nextAttemptAt, leaseOwner: null, leaseExpiresAt: null, handedOverAt: null,
  });
  logger.warn(`Email ${mailId}: attempt ${attempt} failed (${message})${last ? '; giving up' : ''}`);
  if (updated && !last) await jobs.schedule(nextAttemptAt, MAIL_DELIVERY_JOB, { mailIds: [mailId] });
}
