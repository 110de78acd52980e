import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from '../shared/validators';
import { JSONObjectResolver } from 'graphql-scalars';
import { FillStrategy } from '../catalog/server-group.entity';

export const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

@InputType()
export class ServerFields {
  @Field({ nullable: true, description: 'Unique name of the server (1-100 characters).' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field({ nullable: true, description: 'A loaded provisioning module (see `modules`)' })
  @IsOptional()
  @Length(1, 100)
  module?: string;

  @Field({ nullable: true, description: 'Host name the module connects to.' })
  @IsOptional()
  @Matches(HOSTNAME, { message: 'hostname must be a host name' })
  hostname?: string;

  @Field({ nullable: true, description: 'IPv4 or IPv6 address' })
  @IsOptional()
  @MaxLength(45)
  ip?: string;

  @Field(() => Int, { nullable: true, description: 'Port, 1-65535; null for the module\'s default.' })
  @IsOptional()
  @Min(1, { message: 'port must be 1-65535' })
  @Max(65535, { message: 'port must be 1-65535' })
  port?: number;

  @Field({ nullable: true, description: 'Use TLS (default true)' })
  secure?: boolean;

  @Field(() => Int, { nullable: true, description: 'Default 200' })
  @IsOptional()
  @Min(1)
  @Max(1_000_000)
  maxAccounts?: number;

  @Field({ nullable: true, description: 'Default true' })
  enabled?: boolean;

  @Field(() => ID, { nullable: true, description: 'Id of the server group; null for none.' })
  groupId?: string | null;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'Per the module\'s serverSettingsSchema. A secret (writeOnly) left out or null keeps its stored value.',
  })
  settings?: Record<string, unknown>;
}

@InputType({ description: 'A new server.' })
export class CreateServerInput extends ServerFields {
  @Field({ description: 'Unique name of the server (1-100 characters).' })
  @Length(1, 100)
  override name!: string;

  @Field({ description: 'Name of a loaded provisioning module (see modules).' })
  @Length(1, 100)
  override module!: string;

  @Field({ description: 'Host name the module connects to.' })
  @Matches(HOSTNAME, { message: 'hostname must be a host name' })
  override hostname!: string;

  @Field(() => JSONObjectResolver, { description: 'The module\'s server settings, validated against its serverSettingsSchema; secrets are stored encrypted.' })
  override settings!: Record<string, unknown>;
}

@InputType({ description: 'Changes to a server; fields left out keep their value.' })
export class UpdateServerInput extends ServerFields {}

@InputType({ description: 'A server group.' })
export class ServerGroupInput {
  @Field({ description: 'Unique name of the group (1-100 characters).' })
  @Length(1, 100)
  name!: string;

  @Field(() => FillStrategy, { nullable: true, description: 'Default LEAST_FULL' })
  fillStrategy?: FillStrategy;
}

@ObjectType({ description: 'The outcome of a module\'s connection test against a server.' })
export class ConnectionTestResult {
  @Field({ description: 'True when the module reached the server and could log in.' })
  ok!: boolean;

  @Field({ description: 'What the module reported, e.g. the remote version or why it failed.' })
  message!: string;
}
