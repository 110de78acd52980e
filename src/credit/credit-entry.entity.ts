import { OptionalProps, Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FinancialRecord } from '../clients/client-ownership';
import { Money } from '../shared/money.types';

export enum CreditEntryKind {
  /** CL-1: opening credit given when the client was created. */
  OPENING = 'opening',
  /** CR-1: staff added credit. */
  ADD = 'add',
  /** Staff removed credit. */
  REMOVE = 'remove',
  /** CR-2: staff set the balance directly. */
  ADJUSTMENT = 'adjustment',
  /** CL-7: another client's balance merged into this one (amount 0: its entries moved here). */
  MERGE = 'merge',
  /** CR-3/CR-4: credit applied to an invoice (negative). */
  INVOICE_APPLIED = 'invoice_applied',
  /** CR-4: credit taken back from an invoice (positive). */
  INVOICE_REMOVED = 'invoice_removed',
  /** CR-4: the overpaid part of a payment. */
  OVERPAYMENT = 'overpayment',
  /** Issue 4.5: a payment refunded as credit. */
  REFUND = 'refund',
  /** Issue 11.12: the overpaid part of a payment refunded through the gateway, taken back from credit (negative). */
  OVERPAYMENT_REFUNDED = 'overpayment_refunded',
  /** SV-8: the unused part of the current cycle, credited on a downgrade. */
  DOWNGRADE = 'downgrade',
}
registerEnumType(CreditEntryKind, {
  name: 'CreditEntryKind',
  description: 'Why a client\'s credit balance changed.',
  valuesConfig: {
    OPENING: { description: 'Opening credit given when the client was created.' },
    ADD: { description: 'Staff added credit.' },
    REMOVE: { description: 'Staff removed credit.' },
    ADJUSTMENT: { description: 'Staff set the balance directly.' },
    MERGE: { description: 'Another client\'s balance was merged into this one (amount 0: its entries moved here).' },
    INVOICE_APPLIED: { description: 'Credit applied to an invoice (negative).' },
    INVOICE_REMOVED: { description: 'Credit taken back from an invoice (positive).' },
    OVERPAYMENT: { description: 'The overpaid part of a payment.' },
    REFUND: { description: 'A payment refunded as credit.' },
    OVERPAYMENT_REFUNDED: { description: 'The overpaid part of a payment refunded through the gateway, taken back from credit (negative).' },
    DOWNGRADE: { description: 'The unused rest of the current cycle, credited when a service was downgraded.' },
  },
});

/**
 * One line of a client's credit log (CR-1, CR-2, CR-5): the balance is the sum
 * of these. A financial record: when its client is deleted (CL-8) the line is
 * kept with the client's name and email snapshotted and `client` set to null;
 * invoices and transactions follow the same pattern.
 */
@ObjectType({ description: 'One line of a client\'s credit log; the balance is the sum of the lines. Amounts are in the client\'s currency. Staff see all; a client its own (users need the CREDIT permission).' })
@Entity()
@Check({ name: 'credit_entry_balance_after_not_negative', expression: 'balance_after_minor >= 0' })
export class CreditEntry extends FinancialRecord {
  [OptionalProps]?: 'createdAt' | 'kind' | 'amount' | 'balanceBefore' | 'balanceAfter';

  @Field(() => ID, { description: 'Unique id of the entry.' })
  @PrimaryKey()
  id!: number;

  @Field(() => CreditEntryKind, { description: 'Why the balance changed.' })
  @Enum({ items: () => CreditEntryKind, nativeEnumName: 'credit_entry_kind', default: CreditEntryKind.ADD })
  kind: CreditEntryKind = CreditEntryKind.ADD;

  /** Signed amount in minor units of `currency`. */
  @Property({ type: 'bigint' })
  amountMinor!: bigint;

  @Property({ length: 3 })
  currency!: string;

  @Property({ type: 'bigint' })
  balanceAfterMinor!: bigint;

  @Field({ description: 'What the change was for, as entered or generated.' })
  @Property()
  description!: string;

  /** CR-2: the staff member who made the change. */
  @Property({ nullable: true })
  staffId?: number;

  /** CL-9: staff member acting as the client, if any. */
  @Property({ nullable: true })
  impersonatorStaffId?: number;

  @Field(() => GraphQLISODateTime, { description: 'When the change was made.' })
  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** The invoice this entry concerns (credit applied, overpayment, refund). */
  @Property({ nullable: true })
  invoiceId?: number;

  @Field(() => Money, { description: 'Positive adds credit, negative takes it away' })
  get amount(): Money {
    return Money.of(BigInt(this.amountMinor), this.currency);
  }

  @Field(() => Money, { description: 'The balance before this entry.' })
  get balanceBefore(): Money {
    return Money.of(BigInt(this.balanceAfterMinor) - BigInt(this.amountMinor), this.currency);
  }

  @Field(() => Money, { description: 'The balance after this entry.' })
  get balanceAfter(): Money {
    return Money.of(BigInt(this.balanceAfterMinor), this.currency);
  }
}
