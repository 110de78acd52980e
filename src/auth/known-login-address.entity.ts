import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An address block an account logged in from (correct password). Attempts on
 * the account from such a block are not slowed down by failures coming from
 * elsewhere, so an attacker cannot lock the owner out.
 */
@Entity()
@Index({ properties: ['lastLoginAt'] })
export class KnownLoginAddress {
  /** `client:<email>` or `staff:<email>`, as in LoginThrottle keys. */
  @PrimaryKey({ type: 'text' })
  account!: string;

  /** See addressBlock(). */
  @PrimaryKey({ type: 'text' })
  addressBlock!: string;

  @Property()
  lastLoginAt!: Date;
}
