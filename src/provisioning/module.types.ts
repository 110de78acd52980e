import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';

/** GraphQL face of the SDK's ModuleKind; the values are the SDK's strings. */
export enum ModuleKindEnum {
  HOSTING = 'hosting',
  REGISTRAR = 'registrar',
  DNS = 'dns',
  SPAMFILTER = 'spamfilter',
}
registerEnumType(ModuleKindEnum, {
  name: 'ModuleKind',
  description: 'What a provisioning module provisions.',
  valuesConfig: {
    HOSTING: { description: 'Hosting accounts on a control panel.' },
    REGISTRAR: { description: 'Domains at a registry or registrar.' },
    DNS: { description: 'DNS zones and records.' },
    SPAMFILTER: { description: 'Mail filtering for domains.' },
  },
});

@ObjectType({ description: 'A named extra command of a module' })
export class ModuleCustomCommandInfo {
  @Field({ description: 'Name to pass as runModuleCommand\'s command.' })
  name!: string;

  @Field({ description: 'Label for buttons and menus.' })
  label!: string;

  @Field({ description: 'Clients may run it on their own services (staff always may)' })
  clientAllowed!: boolean;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'JSON Schema of the command input' })
  inputSchema?: Record<string, unknown>;
}

@ObjectType({ description: 'A provisioning module loaded from the plugins folder at start-up. Staff only.' })
export class ProvisioningModuleInfo {
  @Field({ description: 'Unique, kebab-case; stored on servers and products' })
  name!: string;

  @Field({ description: 'Human-readable name.' })
  displayName!: string;

  @Field({ nullable: true, description: 'What the module does; null when it says nothing.' })
  description?: string;

  @Field({ description: 'Version of the module.' })
  version!: string;

  @Field(() => ModuleKindEnum, { description: 'What it provisions.' })
  kind!: ModuleKindEnum;

  @Field(() => [String], { description: 'The standard commands it implements (create, suspend, … and, for registrars, the domain commands).' })
  commands!: string[];

  @Field(() => [ModuleCustomCommandInfo], { description: 'Extra commands of the module.' })
  customCommands!: ModuleCustomCommandInfo[];

  @Field(() => JSONObjectResolver, { description: 'JSON Schema of the server settings; writeOnly properties are secrets' })
  serverSettingsSchema!: Record<string, unknown>;

  @Field(() => JSONObjectResolver, { description: 'JSON Schema of the product options' })
  productOptionsSchema!: Record<string, unknown>;
}

@ObjectType({ description: 'A plugins folder that was skipped at start-up, and why' })
export class ModuleLoadProblem {
  @Field({ description: 'The folder of the plugins directory that was skipped.' })
  folder!: string;

  @Field({ description: 'Why it was skipped.' })
  reason!: string;
}
