/**
 * Issue 15.5 (AU-2, CT-2): the one mail service of every area. queueMail (one
 * mail) and queueMails (a batch of one type, set-based) write one outbox row
 * per recipient inside the caller's transaction and, once that commits, hand
 * the rows to the delivery job (mail-delivery.ts).
 * Recipients: the client, unless it opted out of the category, and every
 * contact subscribed to the category.
 */
import { randomUUID } from 'node:crypto';
import { LockMode, type Configuration } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { RequestContext } from '../shared/context';
import { afterCommit } from '../shared/after-commit';
import { bulkSql } from '../shared/bulk-sql';
import { ID_DESC, keysetOrderBy, keysetPage, keysetWhere, toConnection, type Connection, type PageArgs } from '../shared/pagination';
import { Client, ClientStatus } from '../clients/client.entity';
import { clientRows } from '../clients/client-ownership';
import type { EmailCategory } from '../clients/contact.entity';
import { ClientMessage } from './client-message.entity';
import { badInput, conflict, notFound } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { assertAccountOwner } from '../auth/client-access';
import { StaffRole } from '../auth/staff-user.entity';
import { MESSAGE_TYPES, render, templateFor, type MessageTypeName } from './templates';
import { MailMessage, MailStatus } from './mail-message.entity';
import { updateRows } from '../shared/update-rows';

export interface MailSetup {
  config: Pick<Config, 'mailFrom' | 'mailDefaultLanguage'>;
  /** Starts delivery of queued rows; absent when no SMTP server is configured (the rows wait in the outbox). */
  deliver?: (mailIds: number[]) => Promise<void>;
}

/** The mail setup of each ORM (keyed by its configuration, which every fork shares). */
const setups = new WeakMap<Configuration, MailSetup>();

/** Makes queueMail work on `orm`'s units of work. Call once at start-up. */
export function installMail(orm: MikroORM, setup: MailSetup): void {
  setups.set(orm.config, setup);
}

function setupOf(em: EntityManager): MailSetup {
  const setup = setups.get(em.config);
  if (!setup) throw new Error('The mail service is not installed on this ORM (installMail)');
  return setup;
}

/** One mail of a batch: the client it is about and its template variables (`name` is added). */
export interface MailDraft {
  clientId: number;
  variables: Record<string, string>;
}

/** What a mail needs of its client: one row per client, read in one query for the whole batch. */
interface Addressee {
  id: number;
  name: string;
  language: string;
  email: string;
  opt_outs: string[];
  /** The addresses of the contacts subscribed to the category, oldest contact first. */
  contacts: string[];
}

/**
 * Queues a mail of `type` for client `clientId` inside the transaction `em`
 * works in (rolled back with it), in the client's language. `name` is added to
 * the variables. Returns the ids of the outbox rows (none when nobody is to
 * receive it).
 */
export async function queueMail(
  em: EntityManager, clientId: number, type: MessageTypeName, variables: Record<string, string>, category: EmailCategory = MESSAGE_TYPES[type].category,
): Promise<number[]> {
  // The client is read from the database: changes to it in this unit of work must be there first.
  await em.flush();
  return queueMails(em, type, [{ clientId, variables }], category);
}

/**
 * queueMail for many mails of one type at once, set-based, for steps that
 * handle thousands of items (the daily run): one query reads the clients and
 * their subscribed contacts, each mail is rendered from those plain rows, one
 * INSERT writes every outbox row in the transaction `em` works in, and one
 * hand-off to delivery follows its commit. No entities are loaded, so the
 * caller's unit of work stays as small as it was. Recipients: the client's
 * own address unless it opted out of the category, and every contact
 * subscribed to it. Returns the ids of the outbox rows.
 */
export async function queueMails(
  em: EntityManager, type: MessageTypeName, drafts: MailDraft[], category: EmailCategory = MESSAGE_TYPES[type].category,
): Promise<number[]> {
  if (!drafts.length) return [];
  const setup = setupOf(em);
  const execute = <T>(text: string, params: unknown[]) => em.getConnection().execute<T[]>(text, params, 'all', em.getTransactionContext());
  const addressees = await execute<Addressee>(`
    select c.id, c.first_name || ' ' || c.last_name as name, c.language, c.email, c.email_opt_outs as opt_outs,
      array(select k.email from contact k where k.client_id = c.id and k.email_categories @> array[?]::text[] order by k.id) as contacts
    from client c where c.id in (select jsonb_array_elements_text(?::jsonb)::int)`, [category, JSON.stringify(drafts.map((draft) => draft.clientId))]);
  const addresseeOf = new Map(addressees.map((addressee) => [addressee.id, addressee]));
  const domain = setup.config.mailFrom.split('@')[1];
  const rows = drafts.flatMap(({ clientId, variables }) => {
    const client = addresseeOf.get(clientId);
    if (!client) throw new Error(`Client ${clientId} does not exist`);
    const { language, template } = templateFor(type, client.language, setup.config.mailDefaultLanguage);
    const all = { name: client.name, ...variables };
    const subject = render(template.subject, all);
    const body = render(template.body, all);
    const recipients = new Set([...client.opt_outs.includes(category) ? [] : [client.email], ...client.contacts]);
    return [...recipients].map((recipient) => ({
      client_id: clientId, type, category, language, recipient, subject, body, message_id: `<${randomUUID()}@${domain}>`,
    }));
  });
  return insertOutboxRows(em, setup, rows);
}

interface OutboxRow { client_id: number | null; type: MessageTypeName; category: EmailCategory; language: string; recipient: string; subject: string; body: string; message_id: string }

/** Writes the rows in the transaction `em` works in and hands them to delivery once it commits. Returns their ids, in the rows' order. */
async function insertOutboxRows(em: EntityManager, setup: MailSetup, rows: OutboxRow[]): Promise<number[]> {
  if (!rows.length) return [];
  // In the rows' order, so ids follow it.
  const inserted = await bulkSql<{ id: number }>(em, `
    insert into mail_message (client_id, type, category, language, recipient, subject, body, message_id)
    select x.client_id, x.type, x.category, x.language, x.recipient, x.subject, x.body, x.message_id
    from jsonb_to_recordset(?::jsonb) as x(n int, client_id int, type text, category text, language text, recipient text, subject text, body text, message_id text)
    order by x.n
    returning id`, [JSON.stringify(rows.map((row, n) => ({ n, ...row })))]);
  const ids = inserted.map((row) => row.id);
  const deliver = setup.deliver;
  if (deliver) await afterCommit(em, () => deliver(ids));
  return ids;
}

/**
 * A staff alert of `type` about client `clientId`, queued like queueMail (in
 * the caller's transaction) to every active admin, in the operator's default
 * language; `name` is the admin's. Kept in that client's email log, which only
 * staff read (none when the client was deleted meanwhile). Returns the ids of the outbox rows (none without an active admin).
 */
export async function queueStaffAlert(em: EntityManager, clientId: number | null, type: MessageTypeName, variables: Record<string, string>): Promise<number[]> {
  const setup = setupOf(em);
  const admins = await em.getConnection().execute<{ name: string; email: string }[]>(
    `select first_name || ' ' || last_name as name, email from staff_user where active and role = ? order by id`, [StaffRole.ADMIN], 'all', em.getTransactionContext());
  const { language, template } = templateFor(type, setup.config.mailDefaultLanguage, setup.config.mailDefaultLanguage);
  const domain = setup.config.mailFrom.split('@')[1];
  return insertOutboxRows(em, setup, admins.map((admin) => {
    const all = { name: admin.name, ...variables };
    return {
      client_id: clientId, type, category: MESSAGE_TYPES[type].category, language, recipient: admin.email,
      subject: render(template.subject, all), body: render(template.body, all), message_id: `<${randomUUID()}@${domain}>`,
    };
  }));
}

/** Staff: a client's emails, newest first. */
export async function listClientMails(ctx: RequestContext, clientId: number, args: PageArgs): Promise<Connection<MailMessage>> {
  const page = keysetPage(args, ID_DESC);
  const where = { client: clientId };
  const [rows, total] = await Promise.all([
    ctx.em.find(MailMessage, { $and: [where, keysetWhere(page)] }, { orderBy: keysetOrderBy(page), limit: page.limit + 1 }),
    ctx.em.count(MailMessage, where),
  ]);
  return toConnection(rows, page, total);
}

/**
 * Staff: send again a mail whose delivery is UNCONFIRMED (it may have arrived)
 * or FAILED. Delivery is at most once, so only an operator decides this. The
 * row goes back to QUEUED with a fresh count of attempts and keeps its
 * Message-ID, so a second copy is recognisable as the same mail. The row is
 * locked while it is checked: of two requeues at once, one wins.
 */
export async function requeueMail(ctx: RequestContext, mailId: number): Promise<MailMessage> {
  return ctx.em.transactional(async (em) => {
    const mail = await em.findOne(MailMessage, mailId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!mail) throw notFound('Email', mailId);
    const from = mail.status;
    if (from !== MailStatus.UNCONFIRMED && from !== MailStatus.FAILED) {
      throw conflict('id', `Only an UNCONFIRMED or FAILED email can be sent again; this one is ${from.toUpperCase()}`, 'INVALID_STATUS_TRANSITION');
    }
    recordActivity(em, ctx, {
      action: 'email.requeue', targetType: 'Email', targetId: String(mailId), clientId: mail.client?.id,
      details: { from, attempts: mail.attempts, lastError: mail.lastError ?? null, messageId: mail.messageId },
    });
    await updateRows(em, MailMessage, { id: mailId }, {
      status: MailStatus.QUEUED, attempts: 0, nextAttemptAt: new Date(), leaseOwner: null, leaseExpiresAt: null, handedOverAt: null,
    });
    const deliver = setupOf(em).deliver;
    if (deliver) await afterCommit(em, () => deliver([mailId]));
    return em.findOneOrFail(MailMessage, mailId, { refresh: true });
  });
}

/** Staff or the account holder: the categories the client's own address no longer receives. */
export async function setEmailOptOuts(ctx: RequestContext, clientId: number, categories: EmailCategory[]): Promise<Client> {
  assertAccountOwner(ctx, clientId);
  return ctx.em.transactional(async (em) => {
    const client = await em.findOne(Client, clientId);
    if (!client) throw notFound('Client', clientId);
    client.emailOptOuts = [...new Set(categories)];
    recordActivity(em, ctx, { action: 'client.setEmailOptOuts', targetType: 'Client', targetId: String(clientId), clientId, details: { categories: client.emailOptOuts } });
    return client;
  });
}

/** Merge (CL-7) moves a client's email log to the survivor; delete (CL-8) removes it (the foreign key cascades as well). */
export const mailOwnedRecords = clientRows('emails', [MailMessage, ClientMessage]);

export interface ClientMessageDraft {
  /** One client; undefined: every client that is not closed. */
  clientId?: number;
  /** With all clients: only those of this language (primary tag, e.g. "de" also takes "de-AT"). */
  language?: string;
  category: EmailCategory;
  subject: string;
  message: string;
}

/** CL-10 / issue 15.6: staff send a message through the mail service; it is kept as a ClientMessage. One transaction. */
export async function sendClientMessage(ctx: RequestContext, draft: ClientMessageDraft): Promise<ClientMessage> {
  const staffId = ctx.viewer?.kind === 'staff' ? ctx.viewer.staffId : undefined;
  if (staffId === undefined) throw new Error('sendClientMessage is for staff');
  const subject = draft.subject.trim();
  const message = draft.message.trim();
  if (!subject) throw badInput('subject', 'The subject is empty', 'VALUE_REQUIRED');
  if (!message) throw badInput('message', 'The message is empty', 'VALUE_REQUIRED');
  if (draft.clientId !== undefined && draft.language !== undefined) throw badInput('language', 'A language only narrows a message to all clients', 'CONFLICTING_INPUT');
  return ctx.em.transactional(async (em) => {
    let clientIds: number[];
    if (draft.clientId !== undefined) {
      if (!(await em.count(Client, { id: draft.clientId }))) throw notFound('Client', draft.clientId);
      clientIds = [draft.clientId];
    } else {
      const language = draft.language?.toLowerCase().split('-')[0];
      const clients = await em.find(Client, {
        status: { $ne: ClientStatus.CLOSED },
        ...(language ? { $or: [{ language: { $ilike: language } }, { language: { $ilike: `${language}-%` } }] } : {}),
      }, { fields: ['id'], orderBy: { id: 'asc' } });
      clientIds = clients.map((client) => client.id);
    }
    const emailCount = (await queueMails(em, 'staffMessage', clientIds.map((clientId) => ({ clientId, variables: { subject, message } })), draft.category)).length;
    const record = em.create(ClientMessage, {
      client: draft.clientId, language: draft.language, category: draft.category, subject, message, emailCount, staffId,
    });
    await em.flush();
    recordActivity(em, ctx, {
      action: 'client.message', targetType: 'ClientMessage', targetId: String(record.id), clientId: draft.clientId,
      details: { category: draft.category, subject, clients: clientIds.length, emails: emailCount, ...(draft.language ? { language: draft.language } : {}) },
    });
    return record;
  });
}
