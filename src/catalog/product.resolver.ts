import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { toId } from '../clients/client.service';
import { ServerGroup } from '../provisioning/server-group.entity';
import { Product } from './product.entity';
import { CreateProductInput, UpdateProductInput } from './product.inputs';
import { createProduct, getProduct, listProducts, updateProduct } from './product.service';

@Resolver(() => Product)
export class ProductResolver {
  @Authorized('STAFF')
  @Query(() => [Product], { description: 'Products, by id (minimal until the catalog is complete)' })
  async products(@Ctx() ctx: RequestContext): Promise<Product[]> {
    return listProducts(ctx);
  }

  @Authorized('STAFF')
  @Query(() => Product)
  async product(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Product> {
    return getProduct(ctx, toId(id, 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => Product, { description: 'productOptions are validated against the module\'s productOptionsSchema' })
  async createProduct(@Ctx() ctx: RequestContext, @Arg('input') input: CreateProductInput): Promise<Product> {
    return createProduct(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Product)
  async updateProduct(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateProductInput): Promise<Product> {
    return updateProduct(ctx, toId(id, 'id'), input);
  }

  @FieldResolver(() => ServerGroup, { nullable: true })
  async serverGroup(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return product.serverGroup ? ctx.loaders.provisioning.serverGroup.load(product.serverGroup.id) : null;
  }
}
