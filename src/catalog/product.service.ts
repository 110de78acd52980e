import type { RequestContext } from '../shared/context';
import { badInput, notFound } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { toId } from '../clients/client.service';
import { ServerGroup } from '../provisioning/server-group.entity';
import { assertMatchesSchema, requireModule } from '../provisioning/module-settings';
import { Product } from './product.entity';
import type { CreateProductInput, UpdateProductInput } from './product.inputs';

export async function getProduct(ctx: RequestContext, id: number): Promise<Product> {
  const product = await ctx.em.findOne(Product, { id });
  if (!product) throw notFound('Product', id);
  return product;
}

export async function listProducts(ctx: RequestContext): Promise<Product[]> {
  return ctx.em.find(Product, {}, { orderBy: { id: 'asc' } });
}

export async function createProduct(ctx: RequestContext, input: CreateProductInput): Promise<Product> {
  const module = input.module ?? undefined;
  const productOptions = input.productOptions ?? {};
  assertOptions(ctx, module, productOptions);
  const serverGroup = input.serverGroupId ? await findGroup(ctx, input.serverGroupId) : undefined;
  return ctx.em.transactional(async (em) => {
    const product = em.create(Product, { name: input.name.trim(), type: input.type, module, productOptions, serverGroup });
    await em.flush();
    recordActivity(em, ctx, { action: 'product.create', targetType: 'Product', targetId: String(product.id), details: { name: product.name, module } });
    return product;
  });
}

/** Changing the module re-validates the (new or kept) options against the new module's schema. */
export async function updateProduct(ctx: RequestContext, id: number, input: UpdateProductInput): Promise<Product> {
  const product = await getProduct(ctx, id);
  for (const field of ['name', 'type', 'productOptions'] as const) {
    if (input[field] === null) throw badInput(field, `${field} cannot be null`);
  }
  const module = input.module === undefined ? product.module : (input.module ?? undefined);
  const productOptions = input.productOptions ?? product.productOptions;
  assertOptions(ctx, module, productOptions);
  const serverGroup = input.serverGroupId ? await findGroup(ctx, input.serverGroupId) : undefined;
  await ctx.em.transactional(async (em) => {
    if (input.name !== undefined) product.name = input.name.trim();
    if (input.type !== undefined) product.type = input.type;
    product.module = module;
    product.productOptions = productOptions;
    if (input.serverGroupId !== undefined) product.serverGroup = serverGroup as never;
    em.persist(product);
    recordActivity(em, ctx, {
      action: 'product.update',
      targetType: 'Product',
      targetId: String(id),
      details: { changed: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined) },
    });
  });
  return product;
}

function assertOptions(ctx: RequestContext, moduleName: string | undefined, options: Record<string, unknown>) {
  if (!moduleName) {
    if (Object.keys(options).length) throw badInput('productOptions', 'A product without a module has no options');
    return;
  }
  const module = requireModule(ctx, moduleName, 'module');
  assertMatchesSchema(module.productOptionsSchema, options, 'productOptions');
}

async function findGroup(ctx: RequestContext, id: string): Promise<ServerGroup> {
  const group = await ctx.em.findOne(ServerGroup, { id: toId(id, 'serverGroupId') });
  if (!group) throw badInput('serverGroupId', `serverGroupId ${id} does not exist`);
  return group;
}
