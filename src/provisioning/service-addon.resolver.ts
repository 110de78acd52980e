import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { Addon } from '../catalog/addon.entity';
import { Service } from './service.entity';
import { ServiceAddon } from './service-addon.entity';

@Resolver(() => ServiceAddon)
export class ServiceAddonResolver {
  @FieldResolver(() => Service, { description: 'The service the addon belongs to.' })
  service(@Root() addon: ServiceAddon, @Ctx() ctx: RequestContext) {
    return ctx.loaders.provisioning.service.load(addon.service.id);
  }

  @FieldResolver(() => Addon, { nullable: true, description: 'The catalog addon it was ordered from; null once that addon was deleted from the catalog.' })
  addon(@Root() addon: ServiceAddon, @Ctx() ctx: RequestContext) {
    return addon.addon ? ctx.loaders.catalog.addon.load(addon.addon.id) : null;
  }
}

/** A service's addons (SV-4), batched across services; seen by whoever sees the service. */
@Resolver(() => Service)
export class ServiceAddonsOfServiceResolver {
  @Authorized('STAFF', 'CLIENT')
  @FieldResolver(() => [ServiceAddon], { description: 'The addons of the service, each billed on its own cycle, oldest first.' })
  addons(@Root() service: Service, @Ctx() ctx: RequestContext) {
    return ctx.loaders.provisioning.addonsByService.load(service.id);
  }
}
