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
  @Query(() => Contact, { description: 'CT-1: staff any contact; a client its own (users need CONTACTS)' })
  contact(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Contact> {
    return getContact(ctx, toId(id, 'id'));
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Contact, { description: 'CT-1: staff for any client; a client for itself' })
  createContact(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('input') input: CreateContactInput,
  ): Promise<Contact> {
    return createContact(ctx, toId(clientId, 'clientId'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Contact)
  updateContact(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateContactInput): Promise<Contact> {
    return updateContact(ctx, toId(id, 'id'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ID, { description: 'CT-1/CT-3: deleting the billing contact leaves the client without one' })
  async deleteContact(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deleteContact(ctx, toId(id, 'id'));
    return id;
  }

  @FieldResolver(() => ClientUser, { nullable: true, description: 'CT-4: the contact\'s login, when it is a sub-account' })
  subAccount(@Root() contact: Contact, @Ctx() ctx: RequestContext): Promise<ClientUser | null> {
    return subAccountOf(ctx, contact);
  }
}
