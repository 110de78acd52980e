import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Attempts counted for one key (an account, an address block, or both) within
 * a window; see login-throttle.service.ts. Only ever changed by single
 * INSERT … ON CONFLICT statements, so parallel attempts each get their own count.
 */
@Entity()
@Index({ properties: ['windowEndsAt'] })
export class LoginThrottle {
  /** e.g. `account:client:ada@example.org`, `account-address:…|192.0.2.1`, `address:2001:db8::/64`. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property()
  attempts!: number;

  @Property()
  windowEndsAt!: Date;

  /** When the last counted attempt came: the account's progressive delay runs from it. */
  @Property()
  lastAttemptAt!: Date;
}
