import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { EmailAddressResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { ClientPermission } from '../auth/client-permission';
import { ClientUser } from './client-user.entity';
import { ClientPayer, PayerType } from './client-payer.entity';
import { toId } from '../shared/ids';
import { createClientUser, deleteClientUser, updateClientUser } from './client-user.service';
import { createPayer, deletePayer, updatePayer } from './client-payer.service';
import { AddressInputFields } from './address.inputs';
import { NewLoginFields } from '../auth/login.inputs';
import { PasswordWork } from '../auth/password-work';

@InputType()
class CreateClientUserInput extends NewLoginFields {
  @Field(() => [ClientPermission])
  @ArrayMaxSize(20)
  permissions!: ClientPermission[];

  @Field({ nullable: true })
  active?: boolean;
}

@InputType()
class UpdateClientUserInput {
  @Field(() => EmailAddressResolver, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  firstName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  lastName?: string;

  @Field({ nullable: true, description: 'Changing it ends the user\'s sessions' })
  @IsOptional()
  @Length(12, 200)
  password?: string;

  @Field(() => [ClientPermission], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  permissions?: ClientPermission[];

  @Field({ nullable: true, description: 'false ends the user\'s sessions and blocks its logins' })
  active?: boolean;
}

@InputType()
class PayerFields extends AddressInputFields {
  @Field({ nullable: true, description: 'Required for a company' })
  @IsOptional()
  @MaxLength(50)
  taxId?: string;

  @Field(() => EmailAddressResolver, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  email?: string;
}

@InputType()
class CreatePayerInput extends PayerFields {
  @Field(() => PayerType)
  type!: PayerType;

  @Field()
  @Length(1, 200)
  name!: string;
}

@InputType()
class UpdatePayerInput extends PayerFields {
  @Field(() => PayerType, { nullable: true })
  type?: PayerType;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;
}

/** CL-12: users (logins with permissions) and payers (legal entities) of a client. */
@Resolver()
export class ClientUserResolver {
  @Authorized('STAFF', 'CLIENT')
  @PasswordWork()
  @Mutation(() => ClientUser, { description: 'CL-12: staff, or the account holder (not its users)' })
  createClientUser(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string, @Arg('input') input: CreateClientUserInput): Promise<ClientUser> {
    return createClientUser(ctx, toId(clientId, 'clientId'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @PasswordWork()
  @Mutation(() => ClientUser, { description: 'CL-12: staff, or the account holder (not its users)' })
  updateClientUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateClientUserInput): Promise<ClientUser> {
    return updateClientUser(ctx, toId(id, 'id'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ID)
  async deleteClientUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deleteClientUser(ctx, toId(id, 'id'));
    return id;
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ClientPayer, { description: 'CL-12: users need the INVOICES permission' })
  createPayer(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string, @Arg('input') input: CreatePayerInput): Promise<ClientPayer> {
    return createPayer(ctx, toId(clientId, 'clientId'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ClientPayer)
  updatePayer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdatePayerInput): Promise<ClientPayer> {
    return updatePayer(ctx, toId(id, 'id'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ID)
  async deletePayer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deletePayer(ctx, toId(id, 'id'));
    return id;
  }
}
