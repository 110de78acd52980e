import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { CurrencyScalar } from '../shared/scalars';
import type { RequestContext } from '../shared/context';
import { RequiredClientField } from '../clients/client.inputs';
import { getOperatorSettings, updateOperatorSettings } from './settings.service';

@ObjectType()
class Settings {
  @Field(() => [RequiredClientField], { description: 'CL-3: optional client fields that sign-up and profile edits must fill' })
  requiredClientFields!: RequiredClientField[];

  @Field(() => CurrencyScalar)
  defaultCurrency!: string;
}

@InputType()
class UpdateSettingsInput {
  @Field(() => [RequiredClientField], { nullable: true })
  requiredClientFields?: RequiredClientField[];

  @Field(() => CurrencyScalar, { nullable: true })
  defaultCurrency?: string;
}

@Resolver()
export class SettingsResolver {
  @Authorized('STAFF')
  @Query(() => Settings)
  async settings(@Ctx() ctx: RequestContext): Promise<Settings> {
    return (await getOperatorSettings(ctx.em)) as unknown as Settings;
  }

  /** The required-field list is public so a sign-up form can mark its fields. */
  @Query(() => [RequiredClientField])
  async requiredClientFields(@Ctx() ctx: RequestContext): Promise<string[]> {
    return (await getOperatorSettings(ctx.em)).requiredClientFields;
  }

  @Authorized('ADMIN')
  @Mutation(() => Settings)
  async updateSettings(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateSettingsInput): Promise<Settings> {
    return (await updateOperatorSettings(ctx, input)) as unknown as Settings;
  }
}
