import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs, pageComplexity, selectsTotalCount } from '../shared/pagination';
import { Money } from '../shared/money.types';
import { toId } from '../shared/ids';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { Server } from './server.entity';
import { Service } from './service.entity';
import { CreateServiceInput, ServiceFilter, ServiceOrder, UpdateServiceInput } from './service.inputs';
import { clientServicesPage, createService, deleteService, getService, listServices, moveService, updateService } from './service.service';

const ServiceConnection = ConnectionType(Service, 'Service');

@Resolver(() => Service)
export class ServiceResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => ServiceConnection, {
    description: 'SV-1: services searched and filtered (Relay connection by id). A client sees only its own.',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * (args.first ?? args.last ?? 20),
  })
  async services(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ServiceFilter, { nullable: true }) filter: ServiceFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => ServiceOrder, { nullable: true, description: 'Sort order; oldest first when not given' }) orderBy?: ServiceOrder,
  ) {
    return listServices(ctx, filter, page, orderBy);
  }

  @Authorized('STAFF', 'CLIENT')
  @Query(() => Service, { description: 'Staff: any service. Client: only its own.' })
  async service(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Service> {
    return getService(ctx, toId(id, 'id'));
  }

  @Authorized('STAFF')
  @Mutation(() => Service, { description: 'Adds a service record by hand; nothing runs on the server' })
  async createService(@Ctx() ctx: RequestContext, @Arg('input') input: CreateServiceInput): Promise<Service> {
    return createService(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Service, { description: 'SV-2: edit and save; status only along the staff transitions; nothing runs on the server' })
  async updateService(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateServiceInput): Promise<Service> {
    return updateService(ctx, toId(id, 'id'), input);
  }

  @Authorized('STAFF')
  @Mutation(() => Service, { description: 'SV-15: moves the record to another client; invoices stay; nothing runs on the server' })
  async moveService(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('toClientId', () => ID) toClientId: string,
  ): Promise<Service> {
    return moveService(ctx, toId(id, 'id'), toClientId);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'SV-16: removes the record only; the server account stays unless terminated first' })
  async deleteService(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deleteService(ctx, toId(id, 'id'));
    return id;
  }

  @FieldResolver(() => Client)
  async client(@Root() service: Service, @Ctx() ctx: RequestContext) {
    return ctx.loaders.client.load(service.client.id);
  }

  @FieldResolver(() => Product)
  async product(@Root() service: Service, @Ctx() ctx: RequestContext) {
    return ctx.loaders.provisioning.product.load(service.product.id);
  }

  @Authorized('STAFF')
  @FieldResolver(() => Server, { nullable: true, description: 'Staff only' })
  async server(@Root() service: Service, @Ctx() ctx: RequestContext) {
    return service.server ? ctx.loaders.provisioning.server.load(service.server.id) : null;
  }

  @FieldResolver(() => Money)
  firstPaymentAmount(@Root() service: Service): Money {
    return Money.of(BigInt(service.firstPaymentMinor), service.currency);
  }

  @FieldResolver(() => Money)
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
    return clientServicesPage(ctx, client.id, page, selectsTotalCount(info), orderBy);
  }
}
