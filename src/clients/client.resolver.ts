import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, Field, ObjectType, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import type { ClientChange, EventTopics } from '../shared/event-bus';
import { ConnectionType, PageArgs } from '../shared/pagination';
import { Money } from '../shared/money.types';
import { Client, ClientStatus } from './client.entity';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import { Contact } from './contact.entity';
import { ClientFilter, ClientOrder, CreateClientInput, RegisterClientInput, UpdateClientInput, UpdateProfileInput } from './client.inputs';
import { createClient, getClient, listClients, registerClient, setClientStatus, updateClient, updateProfile } from './client.service';
import { toId } from '../shared/ids';
import { ClientUser } from './client-user.entity';
import { ClientPayer } from './client-payer.entity';
import { billingContactOf, contactsOf } from './contact.service';
import { listClientUsers } from './client-user.service';
import { payersOf } from './client-payer.service';
import { deleteClients, mergeClients } from './client-merge.service';
import { assertCanSeeCredit } from '../credit/credit.service';
import { PasswordWork } from '../auth/password-work';

const ClientConnection = ConnectionType(Client, 'Client');

enum ClientChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  DELETED = 'DELETED',
}
registerEnumType(ClientChangeKind, { name: 'ClientChangeKind' });

@ObjectType()
class ClientChangedEvent {
  @Field(() => ID)
  clientId!: number;

  @Field(() => ClientChangeKind)
  change!: ClientChange;

  @Field()
  at!: string;

  @Field(() => Client, { nullable: true, description: 'The client as it is now; null once deleted' })
  client?: Client;
}

type ClientChangedPayload = EventTopics['CLIENT_CHANGED'][0];

@Resolver(() => Client)
export class ClientResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => Client, { description: 'Staff: any client. Client: only itself.' })
  async client(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Client> {
    return getClient(ctx, toId(id, 'id'));
  }

  @Authorized('STAFF')
  @Query(() => ClientConnection, {
    description: 'CL-6: clients filtered and paginated (Relay cursor connection, ordered by id)',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  async clients(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ClientFilter, { nullable: true }) filter: ClientFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => ClientOrder, { nullable: true, description: 'Sort order; oldest first when not given' }) orderBy?: ClientOrder,
  ) {
    return listClients(ctx, filter, page, orderBy);
  }

  @Authorized('STAFF')
  @Mutation(() => Client, { description: 'CL-1' })
  async createClient(@Ctx() ctx: RequestContext, @Arg('input') input: CreateClientInput): Promise<Client> {
    return createClient(ctx, input);
  }

  @PasswordWork()
  @Mutation(() => Client, { description: 'CL-4: public self sign-up; log in afterwards. Limited per address (RATE_LIMITED)' })
  async registerClient(@Ctx() ctx: RequestContext, @Arg('input') input: RegisterClientInput): Promise<Client> {
    return registerClient(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Client)
  async updateClient(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateClientInput,
  ): Promise<Client> {
    return updateClient(ctx, toId(id, 'id'), input);
  }

  @Authorized('CLIENT')
  @PasswordWork()
  @Mutation(() => Client, { description: 'CL-4: the logged-in client edits its own profile; a new email or password needs currentPassword, and a new password ends the other sessions' })
  async updateMyProfile(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateProfileInput): Promise<Client> {
    return updateProfile(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Client, { description: 'CL-5: Closed ends the client\'s sessions and blocks logins' })
  async setClientStatus(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ClientStatus) status: ClientStatus,
  ): Promise<Client> {
    return setClientStatus(ctx, toId(id, 'id'), status);
  }

  @Authorized('STAFF', 'CLIENT')
  @Subscription(() => ClientChangedEvent, {
    topics: 'CLIENT_CHANGED',
    description: 'Staff: every client, or one with id. Client: only itself.',
    filter: ({ payload, args, context }: { payload: ClientChangedPayload; args: { id?: string }; context: RequestContext }) => {
      const viewer = context.viewer;
      if (!viewer || (viewer.kind === 'client' && viewer.clientId !== payload.clientId)) return false;
      return args.id == null || Number(args.id) === payload.clientId;
    },
  })
  async clientChanged(
    @Root() payload: ClientChangedPayload,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) _id?: string,
  ): Promise<ClientChangedEvent> {
    // Each event reads the current state with a fresh EntityManager: the subscription lives long.
    const em = ctx.em.fork();
    const client = payload.change === 'DELETED' ? null : await em.findOne(Client, { id: payload.clientId });
    return { ...payload, client: client ?? undefined };
  }

  @FieldResolver(() => ClientGroup, { nullable: true })
  async group(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return client.group ? ctx.loaders.clientGroup.load(client.group.id) : null;
  }

  @FieldResolver(() => Project, { nullable: true })
  async project(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return client.project ? ctx.loaders.project.load(client.project.id) : null;
  }

  @FieldResolver(() => [Contact], { description: 'CT-1 (users need CONTACTS)' })
  async contacts(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return contactsOf(ctx, client.id);
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'CT-3: invoices are addressed to this contact (users need CONTACTS)' })
  async billingContact(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return billingContactOf(ctx, client);
  }

  @FieldResolver(() => Money, { description: 'CR-5: sum of the credit log (users need CREDIT)' })
  creditBalance(@Root() client: Client, @Ctx() ctx: RequestContext): Money {
    assertCanSeeCredit(ctx);
    return Money.of(BigInt(client.creditBalanceMinor), client.currency);
  }

  @FieldResolver(() => [ClientUser], { description: 'CL-12: logins of the account (staff and the account holder only)' })
  async users(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return listClientUsers(ctx, client.id);
  }

  @FieldResolver(() => [ClientPayer], { description: 'CL-12: legal entities that pay the client\'s invoices (users need INVOICES)' })
  async payers(@Root() client: Client, @Ctx() ctx: RequestContext) {
    return payersOf(ctx, client.id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Client, { description: 'CL-7: moves everything of discardId to keepId (whose profile survives), then removes discardId' })
  async mergeClients(
    @Ctx() ctx: RequestContext,
    @Arg('keepId', () => ID) keepId: string,
    @Arg('discardId', () => ID) discardId: string,
  ): Promise<Client> {
    return mergeClients(ctx, toId(keepId, 'keepId'), toId(discardId, 'discardId'));
  }

  @Authorized('ADMIN')
  @Mutation(() => [ID], { description: 'CL-8: deletes clients and all they own except financial records; requires confirm: true. Returns the deleted ids.' })
  async deleteClients(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('confirm', { description: 'Must be true' }) confirm: boolean,
  ): Promise<number[]> {
    return deleteClients(ctx, ids.map((id) => toId(id, 'ids')), confirm);
  }
}
