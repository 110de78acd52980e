import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { MassUpdateServicesInput } from './mass-update.inputs';
import { MassServiceUpdate } from './mass-update.types';
import { massUpdateServices } from './mass-update.service';

@Resolver()
export class MassUpdateResolver {
  @Authorized('STAFF')
  @Mutation(() => MassServiceUpdate, { description: 'Staff: change several services of one client at once, all or nothing: price, billing cycle, next due date (optionally with a prorata invoice), status, payment method, suspension override, or a module command queued on each.' })
  massUpdateServices(@Ctx() ctx: RequestContext, @Arg('input', () => MassUpdateServicesInput, { description: 'The services and what changes.' }) input: MassUpdateServicesInput) {
    return massUpdateServices(ctx, input);
  }
}
