import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { Contact } from './contact.entity';
import { ClientUser } from './client-user.entity';
import { CreateContactInput, UpdateContactInput } from './contact.inputs';
import { toId } from '../shared/ids';
import { createContact, deleteContact, getContact, updateContact } from './contact.service';
import { subAccountOf } from './client-user.service';

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => Contact, { description: 'One contact. Staff: any; a client: its own (users need the CONTACTS permission).' })
  contact(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the contact.' }) id: string): Promise<Contact> {
    return getContact(ctx, toId(id, 'Contact', 'id'));
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Contact, { description: 'Adds a contact to a client. Staff: any client; a client: itself (users need the CONTACTS permission).' })
  createContact(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID, { description: 'Id of the client.' }) clientId: string,
    @Arg('input', { description: 'The new contact.' }) input: CreateContactInput,
  ): Promise<Contact> {
    return createContact(ctx, toId(clientId, 'Client', 'clientId'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Contact, { description: 'Changes a contact, its email categories, billing-contact role or login.' })
  updateContact(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the contact.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: UpdateContactInput): Promise<Contact> {
    return updateContact(ctx, toId(id, 'Contact', 'id'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ID, { description: 'Deletes a contact and its login. Returns the id of the deleted record. Deleting the billing contact leaves the client without one.' })
  async deleteContact(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the contact.' }) id: string): Promise<number> {
    const key = toId(id, 'Contact', 'id');
    await deleteContact(ctx, key);
    return key;
  }

  @FieldResolver(() => ClientUser, { nullable: true, description: 'The contact\'s login when it is a sub-account; null otherwise.' })
  subAccount(@Root() contact: Contact, @Ctx() ctx: RequestContext): Promise<ClientUser | null> {
    return subAccountOf(ctx, contact);
  }
}
