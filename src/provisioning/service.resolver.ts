import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs, pageComplexity, selectedNodeFields, selectsTotalCount } from '../shared/pagination';
import { Money } from '../shared/money.types';
import { toId } from '../shared/ids';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { Server } from './server.entity';
import { Service } from './service.entity';
import { CreateServiceInput, ServiceFilter, ServiceOrder, UpdateServiceInput } from './service.inputs';
import { MailMessage } from '../mail/mail-message.entity';
import { resendWelcomeMail } from './welcome-mail';
import { clientServicesPage, createService, deleteService, getService, listServices, moveService, updateService } from './service.service';

const ServiceConnection = ConnectionType(Service, 'Service');

@Resolver(() => Service)
export class ServiceResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => ServiceConnection, {
    description: 'Services, searched and filtered, a page at a time, ordered by id. Staff see all; a client its own (users need the SERVICES permission).',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  async services(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ServiceFilter, { nullable: true, description: 'Only services matching all given criteria; all when omitted.' }) filter: ServiceFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => ServiceOrder, { nullable: true, description: 'Sort order; oldest first when not given' }) orderBy?: ServiceOrder,
  ) {
    return listServices(ctx, filter, page, orderBy, selectsTotalCount(info), selectedNodeFields(info));
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => Service, { description: 'Staff: any service. Client: only its own.' })
  async service(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the service.' }) id: string): Promise<Service> {
    return getService(ctx, toId(id, 'Service', 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => Service, { description: 'Adds a service record by hand; nothing runs on the server' })
  async createService(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new service.' }) input: CreateServiceInput): Promise<Service> {
    return createService(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Service, { description: 'Staff: edit a service and save; the status moves only along the steps staff may record (see ServiceStatus). Nothing runs on the server.' })
  async updateService(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the service.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: UpdateServiceInput): Promise<Service> {
    return updateService(ctx, toId(id, 'Service', 'id'), input);
  }

  @Authorized('STAFF')
  @Mutation(() => Service, { description: 'Staff: move the service record to another client; its invoices stay with the old owner and nothing changes on the server.' })
  async moveService(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the service.' }) id: string,
    @Arg('toClientId', () => ID, { description: 'Id of the new owner.' }) toClientId: string,
  ): Promise<Service> {
    return moveService(ctx, toId(id, 'Service', 'id'), toClientId);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Admins: remove the service record only; the account on the server stays unless it was terminated first. Returns the id of the deleted record.' })
  async deleteService(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the service.' }) id: string): Promise<number> {
    const key = toId(id, 'Service', 'id');
    await deleteService(ctx, key);
    return key;
  }

  @FieldResolver(() => Client, { description: 'The client that owns the service.' })
  async client(@Root() service: Service, @Ctx() ctx: RequestContext) {
    return ctx.loaders.client.load(service.client.id);
  }

  @FieldResolver(() => Product, { description: 'The product the service is of.' })
  async product(@Root() service: Service, @Ctx() ctx: RequestContext) {
    return ctx.loaders.provisioning.product.load(service.product.id);
  }

  @Authorized('STAFF')
  @FieldResolver(() => Server, { nullable: true, description: 'The server the service runs on; null when none is assigned. Staff only.' })
  async server(@Root() service: Service, @Ctx() ctx: RequestContext) {
    return service.server ? ctx.loaders.provisioning.server.load(service.server.id) : null;
  }

  @FieldResolver(() => Money, { description: 'Amount of the first invoice, in the client\'s currency.' })
  firstPaymentAmount(@Root() service: Service): Money {
    return Money.of(BigInt(service.firstPaymentMinor), service.currency);
  }

  @FieldResolver(() => Money, { description: 'Amount billed every cycle, in the client\'s currency.' })
  recurringAmount(@Root() service: Service): Money {
    return Money.of(BigInt(service.recurringMinor), service.currency);
  }

  @FieldResolver(() => Boolean, { description: 'A password is saved (it is never returned)' })
  passwordSet(@Root() service: Service): boolean {
    return !!service.passwordEncrypted;
  }

  @Authorized('STAFF')
  @FieldResolver(() => JSONObjectResolver, { description: 'Staff only: what the module returned from earlier commands' })
  moduleData(@Root() service: Service): Record<string, unknown> {
    return service.moduleData;
  }

  @Authorized('STAFF')
  @Mutation(() => [MailMessage], { description: 'Staff: send the welcome email of a service again, to the client and the contacts receiving product emails. Returns the emails queued (none when nobody receives product emails).' })
  resendWelcomeEmail(@Ctx() ctx: RequestContext, @Arg('serviceId', () => ID, { description: 'Id of the service.' }) serviceId: string) {
    return resendWelcomeMail(ctx, toId(serviceId, 'Service', 'serviceId'));
  }
}

/** The client's services (SV-1: found from the client summary), a page per client, batched across clients. */
@Resolver(() => Client)
export class ClientProvisioningResolver {
  @FieldResolver(() => ServiceConnection, { description: 'Ordered and paged as `services`. Client users need SERVICES', complexity: pageComplexity })
  async services(
    @Root() client: Client,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => ServiceOrder, { nullable: true, description: 'Sort order; oldest first when not given' }) orderBy?: ServiceOrder,
  ) {
    return clientServicesPage(ctx, client.id, page, selectsTotalCount(info), orderBy, selectedNodeFields(info));
  }
}
