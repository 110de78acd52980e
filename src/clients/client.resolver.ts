import { Arg, Args, Authorized, Ctx, FieldResolver, GraphQLISODateTime, ID, Info, Mutation, Query, Resolver, Root, Subscription, Field, ObjectType, registerEnumType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../shared/context';
import { topic, type ClientChange, type EventTopics } from '../shared/event-bus';
import { ConnectionType, PageArgs, selectedNodeFields, selectsTotalCount } from '../shared/pagination';
import { Money } from '../shared/money.types';
import { Client, ClientStatus } from './client.entity';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import { Contact } from './contact.entity';
import { ClientFilter, ClientOrder, CreateClientInput, RegisterClientInput, UpdateClientInput, UpdateProfileInput } from './client.inputs';
import { createClient, getClient, listClients, registerClient, setClientStatus, updateClient, updateProfile } from './client.service';
import { globalId, toId } from '../shared/ids';
import { readsForEvent } from '../shared/event-reads';
import { ClientUser } from './client-user.entity';
import { ClientPayer } from './client-payer.entity';
import { billingContactOf, contactsOf } from './contact.service';
import { listClientUsers } from './client-user.service';
import { payersOf } from './client-payer.service';
import { deleteClients, mergeClients } from './client-merge.service';
import { PasswordWork } from '../auth/password-work';
import { ClientPermission } from '../auth/client-permission';
import { assertFieldPermission } from '../auth/client-access';

const ClientConnection = ConnectionType(Client, 'Client');

enum ClientChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  DELETED = 'DELETED',
}
registerEnumType(ClientChangeKind, {
  name: 'ClientChange',
  description: 'What happened to a client.',
  valuesConfig: {
    CREATED: { description: 'The client was created (by staff or by signing up).' },
    UPDATED: { description: 'Its details, credit balance or ownership changed.' },
    STATUS_CHANGED: { description: 'Its status changed.' },
    DELETED: { description: 'The client was deleted or merged into another; `client` is null.' },
  },
});

@ObjectType({ description: 'One change to a client: what happened, when, and the client as it is now.' })
class ClientChangedEvent {
  @Field(() => ID, { description: 'Id of the client that changed.' })
  clientId!: number;

  @Field(() => ClientChangeKind, { description: 'What happened.' })
  change!: ClientChange;

  @Field(() => GraphQLISODateTime, { description: 'When the change was committed (ISO 8601, UTC).' })
  at!: string;

  @Field(() => Client, { nullable: true, description: 'The client as it is now; null once deleted' })
  client?: Client;
}

type ClientChangedPayload = EventTopics['CLIENT_CHANGED'];

@Resolver(() => Client)
export class ClientResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => Client, { description: 'Staff: any client. Client: only itself.' })
  async client(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the client.' }) id: string): Promise<Client> {
    return getClient(ctx, toId(id, 'Client', 'id'));
  }

  @Authorized('STAFF')
  @Query(() => ClientConnection, {
    description: 'Staff: clients matching the filter, a page at a time (cursor pagination, ordered by id).',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  async clients(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ClientFilter, { nullable: true, description: 'Only clients matching all given criteria; all clients when omitted.' }) filter: ClientFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => ClientOrder, { nullable: true, description: 'Sort order; oldest first when not given' }) orderBy?: ClientOrder,
  ) {
    return listClients(ctx, filter, page, orderBy, selectsTotalCount(info), selectedNodeFields(info));
  }

  @Authorized('STAFF')
  @Mutation(() => Client, { description: 'Staff: create a client with any field, an opening credit and a status.' })
  async createClient(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new client.' }) input: CreateClientInput): Promise<Client> {
    return createClient(ctx, input);
  }

  @PasswordWork()
  @Mutation(() => Client, { description: 'Public sign-up: creates a client that can then log in. The operator\'s required fields apply; sign-ups per address are limited (RATE_LIMITED).' })
  async registerClient(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new client\'s profile and password.' }) input: RegisterClientInput): Promise<Client> {
    return registerClient(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Client, { description: 'Staff: change any field of a client; fields left out keep their value.' })
  async updateClient(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the client.' }) id: string,
    @Arg('input', { description: 'The fields to change.' }) input: UpdateClientInput,
  ): Promise<Client> {
    return updateClient(ctx, toId(id, 'Client', 'id'), input);
  }

  @Authorized('CLIENT')
  @PasswordWork()
  @Mutation(() => Client, { description: 'The logged-in client edits its own profile. A new email or password needs currentPassword, and a new password ends the client\'s other sessions.' })
  async updateMyProfile(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The fields to change.' }) input: UpdateProfileInput): Promise<Client> {
    return updateProfile(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Client, { description: 'Staff: set the status. Closed ends the client\'s sessions and blocks its logins; no data is deleted.' })
  async setClientStatus(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the client.' }) id: string,
    @Arg('status', () => ClientStatus, { description: 'The new status.' }) status: ClientStatus,
  ): Promise<Client> {
    return setClientStatus(ctx, toId(id, 'Client', 'id'), status);
  }

  @Authorized('STAFF', 'CLIENT')
  @Subscription(() => ClientChangedEvent, {
    topics: topic('CLIENT_CHANGED'),
    description: 'Staff: every client, or one with id. Client: only itself.',
    filter: ({ payload, args, context }: { payload: ClientChangedPayload; args: { id?: string }; context: RequestContext }) => {
      const viewer = context.viewer;
      if (!viewer || (viewer.kind === 'client' && viewer.clientId !== payload.clientId)) return false;
      return args.id == null || args.id === globalId('Client', payload.clientId);
    },
  })
  async clientChanged(
    @Root() payload: ClientChangedPayload,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'Only changes of this client; every client the viewer may see when omitted.' }) _id?: string,
  ): Promise<ClientChangedEvent> {
    // Read once per event for all its subscribers (issue 12.5), as the client is now.
    const { loaders } = readsForEvent(ctx, payload);
    const client = payload.change === 'DELETED' ? null : await loaders.client.load(payload.clientId);
    return { ...payload, client: client ?? undefined };
  }

  @FieldResolver(() => ClientGroup, { nullable: true, description: 'The client group; null when the client is in none.' })
  async group(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return client.group ? ctx.loaders.clientGroup.load(client.group.id) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project (brand) the client belongs to; null when none.' })
  async project(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return client.project ? ctx.loaders.project.load(client.project.id) : null;
  }

  @FieldResolver(() => [Contact], { description: 'The client\'s contacts. Users of the client need the CONTACTS permission.' })
  async contacts(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return contactsOf(ctx, client.id);
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'The contact invoices are addressed to; null when invoices go to the client itself. Users need the CONTACTS permission.' })
  async billingContact(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return billingContactOf(ctx, client);
  }

  @FieldResolver(() => Money, { description: 'Credit available to pay invoices: the sum of the credit log. Users need the CREDIT permission.' })
  creditBalance(@Root() client: Client, @Ctx() ctx: RequestContext): Money {
    assertFieldPermission(ctx, ClientPermission.CREDIT);
    return Money.of(BigInt(client.creditBalanceMinor), client.currency);
  }

  @FieldResolver(() => [ClientUser], { description: 'Additional logins of the account with their permissions. Staff and the account holder only.' })
  async users(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return listClientUsers(ctx, client.id);
  }

  @FieldResolver(() => [ClientPayer], { description: 'Legal entities that pay the client\'s invoices. Users need the INVOICES permission.' })
  async payers(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return payersOf(ctx, client.id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Client, { description: 'Admins: moves everything of the discarded client (contacts, users, payers, services, domains, invoices, transactions, credit, activity) to the kept one, whose profile survives, then removes the discarded client. Both must use the same currency.' })
  async mergeClients(
    @Ctx() ctx: RequestContext,
    @Arg('keepId', () => ID, { description: 'Id of the client that survives.' }) keepId: string,
    @Arg('discardId', () => ID, { description: 'Id of the client that is merged away and removed.' }) discardId: string,
  ): Promise<Client> {
    return mergeClients(ctx, toId(keepId, 'Client', 'keepId'), toId(discardId, 'Client', 'discardId'));
  }

  @Authorized('ADMIN')
  @Mutation(() => [ID], { description: 'Admins: deletes the clients and everything they own except financial records (invoices, transactions, credit log), which stay with the client\'s name and email. Returns the deleted ids.' })
  async deleteClients(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { description: 'Ids of the clients to delete.' }) ids: string[],
    @Arg('confirm', { description: 'Must be true' }) confirm: boolean,
  ): Promise<number[]> {
    return deleteClients(ctx, ids.map((id) => toId(id, 'Client', 'ids')), confirm);
  }
}
