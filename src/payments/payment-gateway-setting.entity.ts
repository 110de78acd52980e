import { ArrayType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * Issue 14.2: the operator's configuration of one payment gateway module:
 * enabled or not, the currencies clients may pay in through it, and its
 * settings (secrets encrypted like a server's, see src/plugins/module-settings.ts).
 */
@ObjectType({ description: 'A payment gateway as the operator configured it. Staff only; secret settings are never returned.' })
@Entity({ tableName: 'payment_gateway_setting' })
export class PaymentGatewaySetting {
  [OptionalProps]?: 'enabled' | 'currencies' | 'settings' | 'secretSettings' | 'updatedAt';

  @PrimaryKey()
  id!: number;

  @Field({ description: 'Name of the gateway module, e.g. "stripe".' })
  @Property({ length: 100, unique: true })
  module!: string;

  @Field({ description: 'Whether clients may pay through it.' })
  @Property({ default: true })
  enabled: boolean = true;

  @Field(() => [String], { description: 'The currencies (ISO 4217) clients may pay in through it.' })
  @Property({ type: ArrayType, defaultRaw: `'{}'` })
  currencies: string[] = [];

  /** Non-secret settings, as validated against the module's settingsSchema. */
  @Property({ type: 'json', default: '{}' })
  settings: Record<string, unknown> = {};

  /** Secret settings by name, each encrypted (see shared/secrets.ts). Never exposed. */
  @Property({ type: 'json', default: '{}', hidden: true, lazy: false })
  secretSettings: Record<string, string> = {};

  @Field({ description: 'When the configuration last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
