import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { RequiredClientField } from './required-client-field';
import { getOperatorSettings, updateOperatorSettings } from './settings.service';

/** The operator's settings; billing adds the default currency (billing.resolver.ts). */
@ObjectType({ description: 'The operator\'s settings. Staff read them; admins change them.' })
export class Settings {
  @Field(() => [RequiredClientField], { description: 'Optional client fields that sign-up and a client\'s own profile edits must fill.' })
  requiredClientFields!: RequiredClientField[];

  @Field({ description: 'Whether paying all of a pending order\'s invoices accepts the order at once (its services are created on their servers); a product may choose otherwise.' })
  acceptOrdersOnPayment!: boolean;

  @Field({ description: 'Whether downgrading a service gives the unused rest of the current cycle as credit to the client\'s credit balance (true) or gives nothing (false).' })
  creditOnDowngrade!: boolean;
}

@InputType({ description: 'Changes to the settings; fields left out keep their value.' })
class UpdateSettingsInput {
  @Field(() => [RequiredClientField], { nullable: true, description: 'Replaces the list of required client fields.' })
  requiredClientFields?: RequiredClientField[];

  @Field({ nullable: true, description: 'Whether paying all of a pending order\'s invoices accepts the order at once.' })
  acceptOrdersOnPayment?: boolean;

  @Field({ nullable: true, description: 'Whether downgrading a service credits the unused rest of the current cycle to the client\'s credit balance.' })
  creditOnDowngrade?: boolean;
}

@Resolver()
export class SettingsResolver {
  @Authorized('STAFF')
  @Query(() => Settings, { description: 'Staff: the operator\'s settings.' })
  async settings(@Ctx() ctx: RequestContext): Promise<Settings> {
    return settingsOf(ctx);
  }

  /** The required-field list is public so a sign-up form can mark its fields. */
  @Query(() => [RequiredClientField], { description: 'Public (no login needed): the optional client fields the operator requires, so a sign-up form can mark them.' })
  async requiredClientFields(@Ctx() ctx: RequestContext): Promise<string[]> {
    return (await getOperatorSettings(ctx.em)).requiredClientFields;
  }

  @Authorized('ADMIN')
  @Mutation(() => Settings, { description: 'Admins: change the settings.' })
  async updateSettings(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The fields to change.' }) input: UpdateSettingsInput): Promise<Settings> {
    await updateOperatorSettings(ctx, input);
    return settingsOf(ctx);
  }
}

async function settingsOf(ctx: RequestContext): Promise<Settings> {
  const settings = await getOperatorSettings(ctx.em);
  return { requiredClientFields: settings.requiredClientFields as RequiredClientField[], acceptOrdersOnPayment: settings.acceptOrdersOnPayment, creditOnDowngrade: settings.creditOnDowngrade };
}
