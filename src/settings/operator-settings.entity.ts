import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Operator-wide settings; exactly one row (id 1). */
@Entity()
export class OperatorSettings {
  [OptionalProps]?: 'id' | 'requiredClientFields' | 'defaultCurrency' | 'updatedAt';

  @PrimaryKey({ autoincrement: false })
  id: number = 1;

  /** CL-3: optional client fields the operator makes required (names from RequiredClientField). */
  @Property({ type: 'json', default: '[]' })
  requiredClientFields: string[] = [];

  /** Currency of new clients when neither the input nor the project names one. */
  @Property({ length: 3, default: 'USD' })
  defaultCurrency: string = 'USD';

  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
