import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { toId } from '../shared/ids';
import { Service } from '../provisioning/service.entity';
import { Order } from '../orders/order.entity';
import { OrderItemOption } from '../orders/order.resolver';
import { ManualServiceChangeInput, ServiceChangeInput } from './upgrade.inputs';
import { ServiceChangePreview } from './upgrade.types';
import { changeServicePackage, previewServiceChange, upgradeService } from './upgrade.service';

@Resolver()
export class UpgradeResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => ServiceChangePreview, { description: 'What upgrading or downgrading a service would cost or credit for the rest of its current cycle; changes nothing. Clients preview their own services (users need the SERVICES permission).' })
  serviceChangePreview(
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID, { description: 'Id of the service.' }) serviceId: string,
    @Arg('input', () => ServiceChangeInput, { description: 'What the service would change to.' }) input: ServiceChangeInput,
  ) {
    return previewServiceChange(ctx, toId(serviceId, 'Service', 'serviceId'), input);
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Order, { description: 'Upgrade or downgrade a service: creates an upgrade order. A charge is invoiced and the service changes when that invoice is paid; a credit goes to the client\'s credit balance (unless the operator gives no credit on downgrades) and the service changes at once. Clients change their own services, to their product\'s upgrade targets.' })
  upgradeService(
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID, { description: 'Id of the service.' }) serviceId: string,
    @Arg('input', () => ServiceChangeInput, { description: 'What the service changes to.' }) input: ServiceChangeInput,
  ) {
    return upgradeService(ctx, toId(serviceId, 'Service', 'serviceId'), input);
  }

  @Authorized('STAFF')
  @Mutation(() => Service, { description: 'Staff: change a service\'s product, billing cycle or options at once, without an order or invoice: the recurring amount is recalculated unless given, and the module\'s change package is queued.' })
  changeServicePackage(
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID, { description: 'Id of the service.' }) serviceId: string,
    @Arg('input', () => ManualServiceChangeInput, { description: 'What the service changes to.' }) input: ManualServiceChangeInput,
  ) {
    return changeServicePackage(ctx, toId(serviceId, 'Service', 'serviceId'), input);
  }
}

/** SV-8: the options a service has, which an upgrade or downgrade starts from. */
@Resolver(() => Service)
export class ServiceConfigOptionsResolver {
  @FieldResolver(() => [OrderItemOption], { description: 'The configurable options the service has, as ordered or last changed; empty when none were chosen.' })
  configOptions(@Root() service: Service) {
    return service.configOptions.map((option) => Object.assign(new OrderItemOption(), option));
  }
}
