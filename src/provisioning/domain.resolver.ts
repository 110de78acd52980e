import { Arg, Args, Authorized, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs, pageComplexity, selectedNodeFields, selectsTotalCount } from '../shared/pagination';
import { globalId, toId } from '../shared/ids';
import { topic, type DomainChange, type EventTopics } from '../shared/event-bus';
import { readsForEvent } from '../shared/event-reads';
import { Client } from '../clients/client.entity';
import { Domain } from './domain.entity';
import { CreateDomainInput, DomainFilter, DomainOrder, TldRuleInput, UpdateDomainInput } from './domain.inputs';
import { TldRule } from './tld-rule.entity';
import { Server } from './server.entity';
import { listTldRules, setTldRule } from './tld-rule.service';
import { canWatchDomainsOf, clientDomainsPage, createDomain, deleteDomain, getDomain, listDomainModuleLog, listDomains, moveDomain, revealEppCode, updateDomain } from './domain.service';
import { runDomainCommand } from './domain-command.service';
import { ModuleJob, ModuleJobErrorCode, ModuleJobStatus } from './module-job.entity';
import { ModuleLogEntry } from './module-log-entry.entity';
import { ModuleJobProgress } from './module-command.resolver';
import { jobErrorFor } from './module-command.service';
import { JSONObjectResolver } from 'graphql-scalars';

const DomainConnection = ConnectionType(Domain, 'Domain');

enum DomainChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
  JOB_UPDATED = 'JOB_UPDATED',
}
registerEnumType(DomainChangeKind, {
  name: 'DomainChange',
  description: 'What happened to a domain; one change is one event.',
  valuesConfig: {
    CREATED: { description: 'The domain was added.' },
    UPDATED: { description: 'Anything about it changed, also its client.' },
    DELETED: { description: 'The domain record was deleted.' },
    JOB_UPDATED: { description: 'Only a registrar command on it moved on (queued, running, retrying, failed, cancelled).' },
  },
});

@ObjectType({ description: 'One change to a domain: what happened, when, and the domain as it is now.' })
class DomainChangedEvent {
  @Field(() => ID, { description: 'Id of the domain that changed.' }) domainId!: number;
  @Field(() => ID, { description: 'Id of the client the domain belongs to (after the change).' }) clientId!: number;
  @Field(() => DomainChangeKind, { description: 'What happened.' }) change!: DomainChange;
  @Field(() => GraphQLISODateTime, { description: 'When the change was committed (ISO 8601, UTC).' }) at!: string;
  @Field(() => Domain, { nullable: true, description: 'The domain as it is now; null once deleted.' }) domain?: Domain;
  @Field(() => ModuleJobProgress, { nullable: true, description: 'The registrar command this event is about, if any.' }) job?: ModuleJobProgress;
}

type DomainChangedPayload = EventTopics['DOMAIN_CHANGED'];

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
    return listDomains(ctx, filter, page, orderBy, selectsTotalCount(info), selectedNodeFields(info));
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => Domain, { description: 'Staff: any domain. Client: only its own.' })
  async domain(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the domain.' }) id: string): Promise<Domain> {
    return getDomain(ctx, toId(id, 'Domain', 'id'));
  }

  @Authorized('STAFF', 'CLIENT')
  @Subscription(() => DomainChangedEvent, {
    topics: topic('DOMAIN_CHANGED'),
    description: 'Changes to domains. Staff: every domain, or one with id. A client: only its own (users need the DOMAINS permission).',
    filter: ({ payload, args, context }: { payload: DomainChangedPayload; args: { id?: string }; context: RequestContext }) =>
      canWatchDomainsOf(context, payload.clientId) && (args.id == null || args.id === globalId('Domain', payload.domainId)),
  })
  async domainChanged(
    @Root() payload: DomainChangedPayload,
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'Only changes of this domain; all the viewer may see when omitted.' }) _id?: string,
  ): Promise<DomainChangedEvent> {
    // Read once per event for all its subscribers (issue 12.5), as the domain is now.
    const { loaders } = readsForEvent(ctx, payload);
    const domain = payload.change === 'DELETED' ? null : await loaders.provisioning.domain.load(payload.domainId);
    const job = payload.job && {
      ...payload.job,
      status: payload.job.status as ModuleJobStatus,
      error: jobErrorFor(ctx.viewer, payload.job.error),
      errorCode: payload.job.errorCode as ModuleJobErrorCode | undefined,
    };
    return { ...payload, domain: domain ?? undefined, job };
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => ModuleJob, {
    description:
      'Queues a registrar command on a domain: register {years?}, transfer {eppCode?, years?} (without eppCode the saved one), renew {years?}, sync, getNameservers, saveNameservers {nameservers}, getEppCode (the code is then readable as Domain.eppCode), and where the registrar offers them lock and unlock (the registrar lock against transfers away) and release {tag} (to the registrar with that tag). The domain changes only once the registrar succeeded; follow it with domainChanged or moduleJob. Clients: the commands the operator allows, on their own domains (users need the DOMAINS permission).',
  })
  async runDomainCommand(
    @Ctx() ctx: RequestContext,
    @Arg('domainId', () => ID, { description: 'Id of the domain.' }) domainId: string,
    @Arg('command', { description: 'The registrar command.' }) command: string,
    @Arg('input', () => JSONObjectResolver, { nullable: true, validate: false, description: 'The command\'s input, e.g. {years: 2} or {nameservers: ["ns1.example.net", "ns2.example.net"]}.' }) input?: Record<string, unknown>,
  ): Promise<ModuleJob> {
    return runDomainCommand(ctx, toId(domainId, 'Domain', 'domainId'), command, input ?? undefined);
  }

  @Authorized('STAFF')
  @Query(() => [TldRule], { description: 'Staff: the rules of the TLDs that have one, by TLD.' })
  async tldRules(@Ctx() ctx: RequestContext): Promise<TldRule[]> {
    return listTldRules(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => TldRule, { description: 'Admins: set the rule of one TLD (default registrar, EPP code for transfers, required registrant fields); returns it.' })
  async setTldRule(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The TLD and its rule.' }) input: TldRuleInput): Promise<TldRule> {
    return setTldRule(ctx, input);
  }

  @Authorized('STAFF')
  @Query(() => [ModuleLogEntry], { description: 'Staff: every registrar call on a domain, newest first, with secrets masked.' })
  async domainModuleLog(
    @Ctx() ctx: RequestContext,
    @Arg('domainId', () => ID, { description: 'Id of the domain.' }) domainId: string,
    @Arg('limit', () => Int, { nullable: true, description: 'At most this many entries (1-200; default 50).' }) limit?: number,
  ): Promise<ModuleLogEntry[]> {
    return listDomainModuleLog(ctx, toId(domainId, 'Domain', 'domainId'), limit ?? 50);
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

  @Authorized('STAFF')
  @FieldResolver(() => Server, { nullable: true, description: 'The registrar server every registrar command of the domain goes through; null until chosen (accepting its order, staff, or its first command). Staff only.' })
  async server(@Root() domain: Domain, @Ctx() ctx: RequestContext): Promise<Server | undefined> {
    return domain.server ? ctx.loaders.provisioning.server.load(domain.server.id) : undefined;
  }

  @FieldResolver(() => Boolean, { description: 'A transfer code is saved' })
  eppCodeSet(@Root() domain: Domain): boolean {
    return !!domain.eppCodeEncrypted;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The saved transfer (EPP) code, e.g. after a getEppCode command; null when none is saved. Staff, and the owning client when the operator lets clients get it.' })
  eppCode(@Root() domain: Domain, @Ctx() ctx: RequestContext): string | null {
    return revealEppCode(ctx, domain);
  }
}

@Resolver(() => TldRule)
export class TldRuleResolver {
  @FieldResolver(() => Server, { nullable: true, description: 'The registrar server new domains of this TLD use; null: the oldest enabled server of the registrar.' })
  async server(@Root() rule: TldRule, @Ctx() ctx: RequestContext): Promise<Server | undefined> {
    return rule.server ? ctx.loaders.provisioning.server.load(rule.server.id) : undefined;
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
    return clientDomainsPage(ctx, client.id, page, selectsTotalCount(info), orderBy, selectedNodeFields(info));
  }
}
