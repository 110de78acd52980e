import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Operator-wide settings; exactly one row (id 1). */
@Entity()
export class OperatorSettings {
  [OptionalProps]?: 'id' | 'requiredClientFields' | 'acceptOrdersOnPayment' | 'creditOnDowngrade' | 'updatedAt';

  @PrimaryKey({ autoincrement: false })
  id: number = 1;

  /** CL-3: optional client fields the operator makes required (names from RequiredClientField). */
  @Property({ type: 'json', default: '[]' })
  requiredClientFields: string[] = [];

  /** OR-2: paying an order's invoices accepts it (products may say otherwise: Product.acceptOnPayment). */
  @Property({ default: false })
  acceptOrdersOnPayment: boolean = false;

  /** SV-8 (issue 16.6): a downgrade's credit for the rest of the cycle goes to the credit balance; false gives none (WHMCS "Credit on Downgrade"). */
  @Property({ default: true })
  creditOnDowngrade: boolean = true;

  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
