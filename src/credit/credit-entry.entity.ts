import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Client } from '../clients/client.entity';

/** One line of a client's credit log (CR-1, CR-5): the balance is the sum of these. */
@Entity()
export class CreditEntry {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'cascade' })
  @Index()
  client!: Ref<Client>;

  /** Signed amount in minor units of `currency`. */
  @Property({ type: 'bigint' })
  amountMinor!: bigint;

  @Property({ length: 3 })
  currency!: string;

  @Property({ type: 'bigint' })
  balanceAfterMinor!: bigint;

  @Property()
  description!: string;

  @Property({ nullable: true })
  staffId?: number;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
