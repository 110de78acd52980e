import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { RequiredClientField } from '../settings/required-client-field';
import { Server } from './server.entity';

/**
 * Issue 15.2: how domains of one TLD are handled. Which periods a TLD offers
 * comes from its prices (TldPrice); this is the rest.
 */
@ObjectType({ description: 'How domains of one TLD are handled: default registrar, whether a transfer needs the EPP code, registrant fields the registry requires. Staff only.' })
@Entity()
export class TldRule {
  [OptionalProps]?: 'eppCodeRequired' | 'requiredContactFields' | 'zoneBeforeRegistration' | 'updatedAt';

  @Field({ description: 'Lower case with the leading dot, e.g. ".de" or ".co.uk".' })
  @PrimaryKey()
  tld!: string;

  @Field({ nullable: true, description: 'Registrar module new domains of this TLD get when none is chosen; null: none.' })
  @Property({ nullable: true })
  registrar?: string;

  /** Issue 15.1: the registrar server new domains of this TLD get (it runs `registrar`). */
  @ManyToOne(() => Server, { ref: true, nullable: true, deleteRule: 'set null' })
  server?: Ref<Server>;

  @Field({ description: 'True: a transfer needs the EPP code from the current registrar.' })
  @Property({ default: true })
  eppCodeRequired: boolean = true;

  @Field(() => [RequiredClientField], { description: 'Client fields the registry requires of a registrant; register and transfer are refused while one is empty.' })
  @Property({ type: 'text[]', default: '{}' })
  requiredContactFields: RequiredClientField[] = [];

  /** Issue 15.3: some registries check that the nameservers answer for the domain before they register it. */
  @Field({ description: 'True: the DNS zone is created before the registration is sent, and removed again if the registration fails.' })
  @Property({ default: false })
  zoneBeforeRegistration: boolean = false;

  @Field({ description: 'When the rule last changed.' })
  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
