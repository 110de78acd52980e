import { OptionalProps, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { StaffUser } from './staff-user.entity';
import { Client } from '../clients/client.entity';

/**
 * A login. The bearer token is never stored: only its SHA-256, so a database
 * leak does not leak sessions. A session acts for exactly one staff member or
 * one client; `impersonator` is set while staff act as a client (CL-9).
 */
@Entity()
export class AuthSession {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey()
  id!: number;

  @Property({ unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => StaffUser, { nullable: true, ref: true, deleteRule: 'cascade' })
  staff?: Ref<StaffUser>;

  @ManyToOne(() => Client, { nullable: true, ref: true, deleteRule: 'cascade' })
  client?: Ref<Client>;

  @ManyToOne(() => StaffUser, { nullable: true, ref: true, deleteRule: 'cascade' })
  impersonator?: Ref<StaffUser>;

  @Property({ nullable: true })
  ip?: string;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property()
  expiresAt!: Date;

  @Property({ nullable: true })
  revokedAt?: Date;
}
