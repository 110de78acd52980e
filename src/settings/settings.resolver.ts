import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { RequiredClientField } from './required-client-field';
import { getOperatorSettings, updateOperatorSettings } from './settings.service';

/** The operator's settings; billing adds the default currency (billing.resolver.ts). */
@ObjectType()
export class Settings {
  @Field(() => [RequiredClientField], { description: 'CL-3: optional client fields that sign-up and profile edits must fill' })
  requiredClientFields!: RequiredClientField[];
}

@InputType()
class UpdateSettingsInput {
  @Field(() => [RequiredClientField], { nullable: true })
  requiredClientFields?: RequiredClientField[];

}

@Resolver()
export class SettingsResolver {
  @Authorized('STAFF')
  @Query(() => Settings)
  async settings(@Ctx() ctx: RequestContext): Promise<Settings> {
    return settingsOf(ctx);
  }

  /** The required-field list is public so a sign-up form can mark its fields. */
  @Query(() => [RequiredClientField])
  async requiredClientFields(@Ctx() ctx: RequestContext): Promise<string[]> {
    return (await getOperatorSettings(ctx.em)).requiredClientFields;
  }

  @Authorized('ADMIN')
  @Mutation(() => Settings)
  async updateSettings(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateSettingsInput): Promise<Settings> {
    await updateOperatorSettings(ctx, input);
    return settingsOf(ctx);
  }
}

async function settingsOf(ctx: RequestContext): Promise<Settings> {
  const settings = await getOperatorSettings(ctx.em);
  return { requiredClientFields: settings.requiredClientFields as RequiredClientField[] };
}
