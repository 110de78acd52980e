import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { StaffUser } from './staff-user.entity';
import { Client } from '../clients/client.entity';
import { ClientUser } from '../clients/client-user.entity';

/**
 * A login. The bearer token is never stored: only its SHA-256, so a database
 * leak does not leak sessions. A session acts for exactly one staff member or
 * one client; `impersonator` is set while staff act as a client (CL-9).
 * Sessions end only through revokeSessions (auth.service.ts). The owner
 * columns are indexed: logins count and end an account's live sessions.
 */
@Entity()
export class AuthSession {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey()
  id!: number;

  @Property({ unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => StaffUser, { nullable: true, ref: true, deleteRule: 'cascade' })
  @Index()
  staff?: Ref<StaffUser>;

  @ManyToOne(() => Client, { nullable: true, ref: true, deleteRule: 'cascade' })
  @Index()
  client?: Ref<Client>;

  @ManyToOne(() => StaffUser, { nullable: true, ref: true, deleteRule: 'cascade' })
  impersonator?: Ref<StaffUser>;

  /** CT-4/CL-12: the client's user (or sub-account contact) that logged in; null for the client's own login. */
  @ManyToOne(() => ClientUser, { nullable: true, ref: true, deleteRule: 'cascade' })
  @Index()
  clientUser?: Ref<ClientUser>;

  /** CL-9: the staff session that started this impersonation; ending that session ends this one. */
  @ManyToOne(() => AuthSession, { nullable: true, ref: true, deleteRule: 'cascade' })
  @Index()
  parentSession?: Ref<AuthSession>;

  @Property({ nullable: true })
  ip?: string;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property()
  expiresAt!: Date;

  @Property({ nullable: true })
  revokedAt?: Date;
}
