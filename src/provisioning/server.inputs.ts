import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import { FillStrategy } from './server-group.entity';

export const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

@InputType()
export class ServerFields {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field({ nullable: true, description: 'A loaded provisioning module (see `modules`)' })
  @IsOptional()
  @Length(1, 100)
  module?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(HOSTNAME, { message: 'hostname must be a host name' })
  hostname?: string;

  @Field({ nullable: true, description: 'IPv4 or IPv6 address' })
  @IsOptional()
  @MaxLength(45)
  ip?: string;

  @Field(() => Int, { nullable: true })
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

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'Per the module\'s serverSettingsSchema. A secret (writeOnly) left out or null keeps its stored value.',
  })
  settings?: Record<string, unknown>;
}

@InputType()
export class CreateServerInput extends ServerFields {
  @Field()
  @Length(1, 100)
  override name!: string;

  @Field()
  @Length(1, 100)
  override module!: string;

  @Field()
  @Matches(HOSTNAME, { message: 'hostname must be a host name' })
  override hostname!: string;

  @Field(() => JSONObjectResolver)
  override settings!: Record<string, unknown>;
}

@InputType()
export class UpdateServerInput extends ServerFields {}

@InputType()
export class ServerGroupInput {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field(() => FillStrategy, { nullable: true, description: 'Default LEAST_FULL' })
  fillStrategy?: FillStrategy;
}

@ObjectType()
export class ConnectionTestResult {
  @Field()
  ok!: boolean;

  @Field()
  message!: string;
}
