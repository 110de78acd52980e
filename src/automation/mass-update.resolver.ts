import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { MassUpdateServicesInput } from './mass-update.inputs';
import { MassServiceUpdate } from './mass-update.types';
import { massUpdateServices } from './mass-update.service';

@Resolver()
export class MassUpdateResolver {
  @Authorized('STAFF')
  @Mutation(() => MassServiceUpdate, { description: 'Staff: change several services, service addons and domains of one client at once, all or nothing: price, billing cycle, next due date (optionally with a prorata invoice), status, payment method, suspension override, auto-renew, or a module or registrar command queued on each. Each field applies to the kinds of item its description names.' })
  massUpdateServices(@Ctx() ctx: RequestContext, @Arg('input', () => MassUpdateServicesInput, { description: 'The items and what changes.' }) input: MassUpdateServicesInput) {
    return massUpdateServices(ctx, input);
  }
}
