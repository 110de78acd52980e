/**
 * Issue 15.5: delivery of the outbox over SMTP (nodemailer) by the job queue.
 *
 * Never sent twice, as far as SMTP allows: a row is claimed under a lease
 * (QUEUED and due, or SENDING with its lease run out) in one UPDATE, so two
 * workers never send it at once; it is marked SENT right after the server's
 * acceptance. A failure is retried after base × 2^(attempt-1) ms with the same
 * content and Message-ID.
 *
 * The remaining window: when the worker dies (or its connection drops) after
 * the server accepted the mail but before the row is marked SENT, SMTP gives
 * no way to ask whether it arrived, so once the lease runs out the mail is sent
 * again. It carries the same Message-ID, so mail servers and clients that
 * de-duplicate by Message-ID show it once, and a reader can tell it is a repeat.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config, SmtpConfig } from '../config';
import type { JobQueue } from '../jobs/job-queue';
import { logger } from '../shared/logger';
import { installMail } from './mail.service';
import { MailMessage, MailStatus } from './mail-message.entity';

export const MAIL_DELIVERY_JOB = 'mail-delivery';
/** How often every worker looks for due rows whose job was lost (and rows queued while no worker ran). */
const SWEEP_MS = 60_000;

export interface MailDeps {
  orm: MikroORM;
  config: Config;
  jobs: JobQueue;
}

/** What the app stops after the job queue: the SMTP transport. */
export interface MailDelivery {
  stop(): void;
}

/**
 * How long a claimed row is its sender's: connecting, the greeting and the
 * replies each wait at most the SMTP time limit, so a live sender is done well
 * within four of them.
 */
const leaseMs = (smtp: SmtpConfig) => 4 * smtp.timeoutMs;

/** Installs the mail service; with SMTP settings also the delivery job, else says once that mails stay in the outbox. */
export function defineMailJobs(deps: MailDeps): MailDelivery {
  const { orm, config, jobs } = deps;
  if (!config.smtp) {
    installMail(orm, { config });
    logger.warn('SMTP_HOST is not set: emails are kept in the outbox and not sent until an SMTP server is configured');
    return { stop: () => undefined };
  }
  const transport = nodemailer.createTransport(transportOptions(config.smtp));
  const lease = leaseMs(config.smtp);
  const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const enqueue = async (mailIds: number[]) => {
    for (const mailId of mailIds) await jobs.now(MAIL_DELIVERY_JOB, { mailId });
  };
  installMail(orm, { config, deliver: enqueue });
  // Agenda re-checks a running job's lock every half lifetime on a timer that outlives the job (and so a stop):
  // the lifetime is the row's lease, the longest a delivery runs, not more.
  jobs.define(MAIL_DELIVERY_JOB, (data) => deliverMail(deps, transport, lease, workerId, Number(data.mailId)), { lockLifetimeMs: lease, removeOnComplete: true });
  jobs.repeat('mail-outbox-sweep', SWEEP_MS, async () => {
    for (const mailId of await dueMails(orm.em.fork())) await deliverMail(deps, transport, lease, workerId, mailId);
  });
  return { stop: () => transport.close() };
}

function transportOptions(smtp: SmtpConfig) {
  return {
    host: smtp.host, port: smtp.port, secure: smtp.secure,
    connectionTimeout: smtp.timeoutMs, greetingTimeout: smtp.timeoutMs, socketTimeout: smtp.timeoutMs, dnsTimeout: smtp.timeoutMs,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
  };
}

async function dueMails(em: EntityManager): Promise<number[]> {
  const rows = await em.getConnection().execute<{ id: number }[]>(
    `select id from mail_message where (status = 'queued' and next_attempt_at <= now()) or (status = 'sending' and lease_expires_at < now()) order by id limit 100`,
  );
  return rows.map((row) => row.id);
}

/** Claims the row if it is due and nobody holds it; returns the attempt number, or undefined when it is not ours to send. */
async function claim(em: EntityManager, mailId: number, workerId: string, leaseMs: number): Promise<number | undefined> {
  const rows = await em.getConnection().execute<{ attempts: number }[]>(
    `update mail_message set status = 'sending', lease_owner = ?, lease_expires_at = now() + ? * interval '1 millisecond', attempts = attempts + 1
     where id = ? and ((status = 'queued' and next_attempt_at <= now()) or (status = 'sending' and lease_expires_at < now()))
     returning attempts`,
    [workerId, leaseMs, mailId],
  );
  return rows[0]?.attempts;
}

async function deliverMail(deps: MailDeps, transport: Transporter, leaseMs: number, workerId: string, mailId: number): Promise<void> {
  const em = deps.orm.em.fork();
  const attempt = await claim(em, mailId, workerId, leaseMs);
  if (attempt === undefined) return;
  const mail = await em.findOneOrFail(MailMessage, mailId);
  try {
    await transport.sendMail({
      from: deps.config.mailFrom, to: mail.recipient, subject: mail.subject, text: mail.body,
      messageId: mail.messageId, headers: { 'Content-Language': mail.language },
    });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const last = attempt >= deps.config.mailMaxAttempts;
    const nextAttemptAt = new Date(Date.now() + deps.config.mailRetryBaseMs * 2 ** (attempt - 1));
    const updated = await em.nativeUpdate(MailMessage, { id: mailId, status: MailStatus.SENDING, leaseOwner: workerId }, {
      status: last ? MailStatus.FAILED : MailStatus.QUEUED, lastError: message, nextAttemptAt, leaseOwner: null, leaseExpiresAt: null,
    });
    logger.warn(`Email ${mailId}: attempt ${attempt} failed (${message})${last ? '; giving up' : ''}`);
    if (updated && !last) await deps.jobs.schedule(nextAttemptAt, MAIL_DELIVERY_JOB, { mailId });
    return;
  }
  await em.nativeUpdate(MailMessage, { id: mailId, leaseOwner: workerId }, { status: MailStatus.SENT, sentAt: new Date(), leaseOwner: null, leaseExpiresAt: null });
}
