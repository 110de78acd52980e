import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from '../shared/validators';
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

@InputType({ description: 'A new login for a client account.' })
class CreateClientUserInput extends NewLoginFields {
  @Field(() => [ClientPermission], { description: 'Areas of the client account the user may see and change.' })
  @ArrayMaxSize(20)
  permissions!: ClientPermission[];

  @Field({ nullable: true, description: 'False creates the user unable to log in; default true.' })
  active?: boolean;
}

@InputType({ description: 'Changes to a client\'s user; fields left out keep their value.' })
class UpdateClientUserInput {
  @Field(() => EmailAddressResolver, { nullable: true, description: 'New login email; stored lower case, unique among all logins.' })
  @IsOptional()
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true, description: 'First name (1-100 characters).' })
  @IsOptional()
  @Length(1, 100)
  firstName?: string;

  @Field({ nullable: true, description: 'Last name (1-100 characters).' })
  @IsOptional()
  @Length(1, 100)
  lastName?: string;

  @Field({ nullable: true, description: 'Changing it ends the user\'s sessions' })
  @IsOptional()
  @Length(12, 200)
  password?: string;

  @Field(() => [ClientPermission], { nullable: true, description: 'The new permission set; replaces the old one.' })
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

  @Field(() => EmailAddressResolver, { nullable: true, description: 'Email for the payer\'s invoices.' })
  @IsOptional()
  @MaxLength(254)
  email?: string;
}

@InputType({ description: 'A new payer of a client.' })
class CreatePayerInput extends PayerFields {
  @Field(() => PayerType, { description: 'Individual or company; a company needs a tax id.' })
  type!: PayerType;

  @Field({ description: 'Person or company name as it appears on invoices (1-200 characters).' })
  @Length(1, 200)
  name!: string;
}

@InputType({ description: 'Changes to a payer; fields left out keep their value.' })
class UpdatePayerInput extends PayerFields {
  @Field(() => PayerType, { nullable: true, description: 'Individual or company; a company needs a tax id.' })
  type?: PayerType;

  @Field({ nullable: true, description: 'Person or company name as it appears on invoices (1-200 characters).' })
  @IsOptional()
  @Length(1, 200)
  name?: string;
}

/** CL-12: users (logins with permissions) and payers (legal entities) of a client. */
@Resolver()
export class ClientUserResolver {
  @Authorized('STAFF', 'CLIENT')
  @PasswordWork()
  @Mutation(() => ClientUser, { description: 'Adds a login with its own email, password and permissions to a client account. Staff, or the account holder (not its users).' })
  createClientUser(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID, { description: 'Id of the client the user belongs to.' }) clientId: string, @Arg('input', { description: 'The new user.' }) input: CreateClientUserInput): Promise<ClientUser> {
    return createClientUser(ctx, toId(clientId, 'Client', 'clientId'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @PasswordWork()
  @Mutation(() => ClientUser, { description: 'Changes a user of a client account. Staff, or the account holder (not its users).' })
  updateClientUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the user.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: UpdateClientUserInput): Promise<ClientUser> {
    return updateClientUser(ctx, toId(id, 'ClientUser', 'id'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ID, { description: 'Removes a user and ends its sessions. Returns the id of the deleted record. Staff, or the account holder. A contact\'s sub-account is removed with updateContact(removeSubAccount) instead.' })
  async deleteClientUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the user.' }) id: string): Promise<number> {
    const key = toId(id, 'ClientUser', 'id');
    await deleteClientUser(ctx, key);
    return key;
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ClientPayer, { description: 'Adds a payer (a legal entity that pays the client\'s invoices). Staff, or the client; its users need the INVOICES permission.' })
  createPayer(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID, { description: 'Id of the client the payer belongs to.' }) clientId: string, @Arg('input', { description: 'The new payer.' }) input: CreatePayerInput): Promise<ClientPayer> {
    return createPayer(ctx, toId(clientId, 'Client', 'clientId'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ClientPayer, { description: 'Changes a payer; invoices already issued keep the address they were issued with. Users need the INVOICES permission.' })
  updatePayer(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the payer.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: UpdatePayerInput): Promise<ClientPayer> {
    return updatePayer(ctx, toId(id, 'ClientPayer', 'id'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ID, { description: 'Removes a payer. Returns the id of the deleted record. Issued invoices keep their address. Users need the INVOICES permission.' })
  async deletePayer(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the payer.' }) id: string): Promise<number> {
    const key = toId(id, 'ClientPayer', 'id');
    await deletePayer(ctx, key);
    return key;
  }
}
