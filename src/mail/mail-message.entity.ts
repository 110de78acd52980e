import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Client } from '../clients/client.entity';
import { EmailCategory } from '../clients/contact.entity';

/**
 * Where an email is on its way: QUEUED → SENDING (claimed under a lease) → SENT,
 * or FAILED after the last attempt, or UNCONFIRMED when the message went to the
 * mail server but its answer never came (see mail-delivery.ts).
 */
export enum MailStatus {
  QUEUED = 'queued',
  SENDING = 'sending',
  SENT = 'sent',
  FAILED = 'failed',
  UNCONFIRMED = 'unconfirmed',
}
registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'Delivery status of an email.',
  valuesConfig: {
    QUEUED: { description: 'Waiting to be sent (also between retries, and while no mail server is configured).' },
    SENDING: { description: 'Being handed to the mail server right now.' },
    SENT: { description: 'Accepted by the mail server.' },
    FAILED: { description: 'Every attempt failed; it will not be sent.' },
    UNCONFIRMED: { description: 'It went to the mail server, but the server never confirmed it (the connection or the sender broke off): it may have arrived. It is not sent again, so that nobody receives it twice.' },
  },
});

/**
 * Issue 15.5: one email to one recipient. It is the outbox row (written in the
 * transaction of the change that causes it, delivered by the mail-delivery job)
 * and the sent-mail log staff read. Content is rendered when queued, so every
 * attempt sends the same mail with the same Message-ID.
 */
@ObjectType('Email', { description: 'An email to one recipient on behalf of a client, with its delivery status.' })
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
export class MailMessage {
  [OptionalProps]?: 'createdAt' | 'status' | 'attempts' | 'nextAttemptAt';

  @Field(() => ID, { description: 'Unique id of the email.' })
  @PrimaryKey()
  id!: number;

  /** The client the mail is about; none for a staff alert about a client deleted meanwhile. */
  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade', nullable: true })
  @Index()
  client?: Ref<Client>;

  @Field({ description: 'Kind of message, e.g. invoiceCreated, invoicePaid, productWelcome or staffMessage.' })
  @Property()
  type!: string;

  @Field(() => EmailCategory, { description: 'Category of the email; it decided who received it.' })
  @Enum({ items: () => EmailCategory })
  category!: EmailCategory;

  @Field({ description: 'Language the email was written in (BCP 47 tag).' })
  @Property({ length: 20 })
  language!: string;

  @Field({ description: 'Recipient address.' })
  @Property()
  recipient!: string;

  @Field({ description: 'Subject line.' })
  @Property({ type: 'text' })
  subject!: string;

  @Field({ description: 'Plain-text body.' })
  @Property({ type: 'text' })
  body!: string;

  /** The Message-ID header, fixed when queued: a resend after a lost acknowledgement is recognisable as the same mail. */
  @Field({ description: 'Message-ID header of the email; the same on every delivery attempt.' })
  @Property({ unique: true })
  messageId!: string;

  @Field(() => MailStatus, { description: 'Delivery status.' })
  @Enum({ items: () => MailStatus, default: MailStatus.QUEUED })
  status: MailStatus = MailStatus.QUEUED;

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  @Property({ default: 0 })
  attempts: number = 0;

  @Field({ nullable: true, description: 'Error of the last failed attempt; null when none failed.' })
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  /** When a QUEUED row is next due. */
  @Property({ defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  /** The worker sending it (SENDING) and until when; a row whose lease ran out lost its worker and is sent again. */
  @Property({ nullable: true })
  leaseOwner?: string;

  @Property({ nullable: true })
  leaseExpiresAt?: Date;

  /** When the sender, connected and logged in, began to hand the message to the mail server; from then on it may arrive. */
  @Property({ nullable: true })
  handedOverAt?: Date;

  @Field({ nullable: true, description: 'When the mail server accepted it; null until then.' })
  @Property({ nullable: true })
  sentAt?: Date;

  @Field({ description: 'When it was queued.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
