import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { toId } from '../shared/ids';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { ClientDiscount } from './client-discount.entity';
import { ClientDiscountInput } from './client-discount.inputs';
import { addClientDiscount, listClientDiscounts, removeClientDiscount } from './client-discount.service';

@Resolver(() => ClientDiscount)
export class ClientDiscountResolver {
  @Authorized('STAFF')
  @Query(() => [ClientDiscount], { description: 'Staff: the personal discounts of a client, newest first.' })
  clientDiscounts(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID, { description: 'Id of the client.' }) clientId: string): Promise<ClientDiscount[]> {
    return listClientDiscounts(ctx, toId(clientId, 'Client', 'clientId'));
  }

  @Authorized('STAFF')
  @Mutation(() => ClientDiscount, { description: 'Staff: give a client a personal discount. It applies to orders and to renewal invoices dated within its dates; with a group discount or a promotion code it comes last, on what remains.' })
  addClientDiscount(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The discount.' }) input: ClientDiscountInput): Promise<ClientDiscount> {
    return addClientDiscount(ctx, input);
  }

  @Authorized('STAFF')
  @Mutation(() => Boolean, { description: 'Staff: remove a personal discount; invoices already issued keep it.' })
  removeClientDiscount(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the discount.' }) id: string): Promise<boolean> {
    return removeClientDiscount(ctx, toId(id, 'ClientDiscount', 'id'));
  }

  @FieldResolver(() => Client, { description: 'The client it is for.' })
  client(@Root() discount: ClientDiscount, @Ctx() ctx: RequestContext) {
    return ctx.loaders.client.load(discount.client.id);
  }

  @FieldResolver(() => Product, { nullable: true, description: 'The product it is limited to; null for every product and addon.' })
  product(@Root() discount: ClientDiscount, @Ctx() ctx: RequestContext) {
    return discount.product ? ctx.loaders.provisioning.product.load(discount.product.id) : null;
  }
}
