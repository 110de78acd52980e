import { OptionalProps, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One failed login; counted per account and per IP within a window to rate-limit guessing. */
@Entity()
@Index({ properties: ['email', 'createdAt'] })
@Index({ properties: ['ip', 'createdAt'] })
export class LoginFailure {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey()
  id!: number;

  @Property()
  email!: string;

  @Property()
  ip!: string;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
