import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { StaffUser } from './staff-user.entity';
import type { ClientPermission } from './client-permission';

/**
 * The client logins a session can act for are src/clients' Client and
 * ClientUser entities. Clients build on this folder, so sessions name those
 * entities and read them through these shapes, which the entities implement.
 */
export const CLIENT_ENTITY = 'Client';
export const CLIENT_USER_ENTITY = 'ClientUser';

/** A client account as logins see it. */
export interface SessionClient {
  id: number;
  email: string;
  /** CL-14: a login name staff gave the client, lower case; it signs in like the email. */
  customLoginName?: string;
  passwordHash?: string;
  /** CL-5: false for a Closed client, whose logins cannot log in or act. */
  canLogIn(): boolean;
}

/** A user (or sub-account contact) of a client as logins see it (CT-4, CL-12). */
export interface SessionClientUser {
  id: number;
  email: string;
  passwordHash: string;
  active: boolean;
  permissions: ClientPermission[];
  client: Ref<SessionClient>;
}

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

  @ManyToOne(CLIENT_ENTITY, { nullable: true, ref: true, deleteRule: 'cascade' })
  @Index()
  client?: Ref<SessionClient>;

  @ManyToOne(() => StaffUser, { nullable: true, ref: true, deleteRule: 'cascade' })
  impersonator?: Ref<StaffUser>;

  /** CT-4/CL-12: the client's user (or sub-account contact) that logged in; null for the client's own login. */
  @ManyToOne(CLIENT_USER_ENTITY, { nullable: true, ref: true, deleteRule: 'cascade' })
  @Index()
  clientUser?: Ref<SessionClientUser>;

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
