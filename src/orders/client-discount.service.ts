/**
 * CL-13: staff give a client personal discounts, list and remove them; the
 * order pricing and the renewal invoices read them (clientDiscountTerms).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { FieldProblems, notFound } from '../shared/errors';
import { parseScaled } from '../shared/money';
import { toId } from '../shared/ids';
import { localToday } from '../shared/clock';
import { recordActivity } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import { Product } from '../catalog/product.entity';
import { PERCENT_SCALE, PromotionType } from '../catalog/promotion.entity';
import { amountIn, definedCurrencies } from '../catalog/pricing';
import { ClientDiscount } from './client-discount.entity';
import type { ClientDiscountTerms } from './client-discount';
import type { ClientDiscountInput } from './client-discount.inputs';

/** The operator's calendar date now (the daily run's time zone). */

/** Staff: gives the client a personal discount (BAD_USER_INPUT naming every field at fault, and nothing saved). */
export async function addClientDiscount(ctx: RequestContext, input: ClientDiscountInput): Promise<ClientDiscount> {
  const problems = new FieldProblems();
  const clientId = toId(input.clientId, 'Client', 'clientId');
  const client = await ctx.em.findOne(Client, { id: clientId });
  if (!client) throw notFound('Client', clientId);
  let product: Product | undefined;
  if (input.productId != null) {
    product = (await ctx.em.findOne(Product, { id: toId(input.productId, 'Product', 'productId') })) ?? undefined;
    if (!product) problems.add('productId', 'No such product', 'REFERENCE_NOT_FOUND');
  }
  let value: bigint | undefined;
  if (input.type === PromotionType.PERCENT) {
    value = parseScaled(input.value, PERCENT_SCALE, 3);
    if (value === undefined || value <= 0n || value > 100n * 10n ** BigInt(PERCENT_SCALE)) {
      problems.add('value', `value must be a percentage above 0 and at most 100 with at most ${PERCENT_SCALE} decimals`, 'OUT_OF_RANGE');
    }
  } else {
    // A fixed amount is in the client's currency: the one its invoices are in.
    const currency = (await problems.collectAsync(() => definedCurrencies(ctx.em, [client.currency], 'value')))?.get(client.currency);
    value = currency && problems.collect(() => amountIn(currency, input.value, 'value'));
    if (value === 0n) problems.add('value', 'value must be above 0', 'INVALID_AMOUNT');
  }
  const startsOn = input.startsOn ?? localToday(ctx.config.automation);
  if (input.endsOn != null && input.endsOn < startsOn) problems.add('endsOn', 'endsOn must not be before startsOn', 'INVALID_DATE_RANGE');
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const discount = em.create(ClientDiscount, {
      client, product, cycle: input.cycle ?? undefined, type: input.type, value: value!, currency: client.currency, startsOn, endsOn: input.endsOn ?? undefined,
    });
    await em.flush();
    recordActivity(em, ctx, {
      action: 'client.discount.add', targetType: 'Client', targetId: String(client.id), clientId: client.id,
      details: { discountId: discount.id, productId: product?.id, cycle: input.cycle, type: input.type, value: input.value, currency: client.currency, startsOn, endsOn: input.endsOn },
    });
    return discount;
  });
}

/** Staff: removes a personal discount; invoices already issued keep theirs. */
export async function removeClientDiscount(ctx: RequestContext, id: number): Promise<boolean> {
  return ctx.em.transactional(async (em) => {
    const discount = await em.findOne(ClientDiscount, { id });
    if (!discount) throw notFound('ClientDiscount', id);
    recordActivity(em, ctx, { action: 'client.discount.remove', targetType: 'Client', targetId: String(discount.client.id), clientId: discount.client.id, details: { discountId: id } });
    em.remove(discount);
    return true;
  });
}

/** Staff: the client's personal discounts, newest first. */
export async function listClientDiscounts(ctx: RequestContext, clientId: number): Promise<ClientDiscount[]> {
  if (!(await ctx.em.count(Client, { id: clientId }))) throw notFound('Client', clientId);
  return ctx.em.find(ClientDiscount, { client: clientId }, { orderBy: { id: 'desc' } });
}

/** The personal discounts of these clients, as the pricing rule reads them, in one query. */
export async function clientDiscountTerms(em: EntityManager, clientIds: readonly number[]): Promise<Map<number, ClientDiscountTerms[]>> {
  const rows = clientIds.length ? await em.find(ClientDiscount, { client: { $in: [...clientIds] } }) : [];
  const map = new Map<number, ClientDiscountTerms[]>();
  for (const row of rows) {
    const terms: ClientDiscountTerms = {
      id: row.id, productId: row.product?.id, cycle: row.cycle ?? undefined, type: row.type, value: BigInt(row.value),
      currency: row.currency, startsOn: row.startsOn, endsOn: row.endsOn ?? undefined,
    };
    map.set(row.client.id, [...(map.get(row.client.id) ?? []), terms]);
  }
  return map;
}
