import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';

/** GraphQL face of the SDK's ModuleKind; the values are the SDK's strings. */
export enum ModuleKindEnum {
  HOSTING = 'hosting',
  REGISTRAR = 'registrar',
  DNS = 'dns',
  SPAMFILTER = 'spamfilter',
}
registerEnumType(ModuleKindEnum, { name: 'ModuleKind', description: 'What a provisioning module provisions' });

@ObjectType({ description: 'A named extra command of a module' })
export class ModuleCustomCommandInfo {
  @Field()
  name!: string;

  @Field()
  label!: string;

  @Field({ description: 'Clients may run it on their own services (staff always may)' })
  clientAllowed!: boolean;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'JSON Schema of the command input' })
  inputSchema?: Record<string, unknown>;
}

@ObjectType({ description: 'PM-2: a provisioning module loaded from the plugins folder at start-up' })
export class ProvisioningModuleInfo {
  @Field({ description: 'Unique, kebab-case; stored on servers and products' })
  name!: string;

  @Field()
  displayName!: string;

  @Field({ nullable: true })
  description?: string;

  @Field()
  version!: string;

  @Field(() => ModuleKindEnum)
  kind!: ModuleKindEnum;

  @Field(() => [String], { description: 'PM-1: the commands it implements (create, suspend, … and registrar commands)' })
  commands!: string[];

  @Field(() => [ModuleCustomCommandInfo])
  customCommands!: ModuleCustomCommandInfo[];

  @Field(() => JSONObjectResolver, { description: 'JSON Schema of the server settings; writeOnly properties are secrets' })
  serverSettingsSchema!: Record<string, unknown>;

  @Field(() => JSONObjectResolver, { description: 'JSON Schema of the product options' })
  productOptionsSchema!: Record<string, unknown>;
}

@ObjectType({ description: 'A plugins folder that was skipped at start-up, and why' })
export class ModuleLoadProblem {
  @Field()
  folder!: string;

  @Field()
  reason!: string;
}
