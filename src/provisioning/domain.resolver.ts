import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs, pageComplexity, selectsTotalCount } from '../shared/pagination';
import { toId } from '../shared/ids';
import { Client } from '../clients/client.entity';
import { Domain } from './domain.entity';
import { CreateDomainInput, DomainFilter, DomainOrder, UpdateDomainInput } from './domain.inputs';
import { clientDomainsPage, createDomain, deleteDomain, getDomain, listDomains, moveDomain, updateDomain } from './domain.service';

const DomainConnection = ConnectionType(Domain, 'Domain');

@Resolver(() => Domain)
export class DomainResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => DomainConnection, {
    description: 'Domains, a page at a time, ordered by id. Staff see all; a client its own (users need the DOMAINS permission).',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  async domains(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => DomainFilter, { nullable: true, description: 'Only domains matching all given criteria; all when omitted.' }) filter: DomainFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => DomainOrder, { nullable: true, description: 'Sort order; oldest first when not given' }) orderBy?: DomainOrder,
  ) {
    return listDomains(ctx, filter, page, orderBy, selectsTotalCount(info));
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => Domain, { description: 'Staff: any domain. Client: only its own.' })
  async domain(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the domain.' }) id: string): Promise<Domain> {
    return getDomain(ctx, toId(id, 'Domain', 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => Domain, { description: 'Staff: add a domain record by hand; nothing runs at the registrar.' })
  async createDomain(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new domain.' }) input: CreateDomainInput): Promise<Domain> {
    return createDomain(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Domain, { description: 'Staff: edit a domain record; nothing runs at the registrar.' })
  async updateDomain(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the domain.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: UpdateDomainInput): Promise<Domain> {
    return updateDomain(ctx, toId(id, 'Domain', 'id'), input);
  }

  @Authorized('STAFF')
  @Mutation(() => Domain, { description: 'Staff: move the record to another client; nothing runs at the registrar.' })
  async moveDomain(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the domain.' }) id: string, @Arg('toClientId', () => ID, { description: 'Id of the new owner.' }) toClientId: string): Promise<Domain> {
    return moveDomain(ctx, toId(id, 'Domain', 'id'), toClientId);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Admins: remove the record only; the registration stays. Returns the id of the deleted record.' })
  async deleteDomain(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the domain.' }) id: string): Promise<number> {
    const key = toId(id, 'Domain', 'id');
    await deleteDomain(ctx, key);
    return key;
  }

  @FieldResolver(() => Client, { description: 'The client that owns the domain.' })
  async client(@Root() domain: Domain, @Ctx() ctx: RequestContext) {
    return ctx.loaders.client.load(domain.client.id);
  }

  @FieldResolver(() => Boolean, { description: 'A transfer code is saved (it is never returned)' })
  eppCodeSet(@Root() domain: Domain): boolean {
    return !!domain.eppCodeEncrypted;
  }
}

/** The client's domains, a page per client, batched across clients. */
@Resolver(() => Client)
export class ClientDomainsResolver {
  @FieldResolver(() => DomainConnection, { description: 'Ordered and paged as `domains`. Client users need DOMAINS', complexity: pageComplexity })
  async domains(
    @Root() client: Client,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => DomainOrder, { nullable: true, description: 'Sort order; oldest first when not given' }) orderBy?: DomainOrder,
  ) {
    return clientDomainsPage(ctx, client.id, page, selectsTotalCount(info), orderBy);
  }
}
