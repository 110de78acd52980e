/**
 * Issue 14.1 (OR-1, SV-4, CL-13): prices a cart from the catalog in the
 * client's currency: the invoice lines of every item, its first payment and
 * recurring amount, and which invoice each item goes on. Reads only; the
 * order service checks stock and promotion uses again under locks.
 *
 * Discounts, in this order (the documented priority rule):
 * 1. Staff's custom price replaces the item's catalog price; nothing else
 *    applies to that item.
 * 2. The client group's discount percentage applies to products (with their
 *    configurable options) and addons; setup fees and domains are not
 *    discounted.
 * 3. A promotion code applies to what remains of each product it covers
 *    (product price and options, not setup fees): a first-payment code to
 *    the first invoice only, a recurring one to every renewal too.
 * 4. The client's personal discount (CL-13; one of them, chosen by the rule in
 *    client-discount.ts) applies to what remains of each product and addon on
 *    every invoice dated within its dates: the first one here, renewals in the
 *    daily run. It is not part of the recurring amount, so it ends when its
 *    end date passes.
 * Percentages round half-up to the minor unit (divideRoundHalfUp).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, FieldProblems } from '../shared/errors';
import { amountInput, divideRoundHalfUp, formatAmount, formatScaled, parseScaled } from '../shared/money';
import { globalId, toId } from '../shared/ids';
import type { Client } from '../clients/client.entity';
import { ClientGroup } from '../clients/client-group.entity';
import type { Product } from '../catalog/product.entity';
import type { Addon } from '../catalog/addon.entity';
import { Promotion, PromotionProduct } from '../catalog/promotion.entity';
import { computeDiscount, type DiscountRefusal, type PromotionTerms } from '../catalog/promotion';
import { BillingCycle } from '../catalog/billing-cycle';
import { Server } from '../provisioning/server.entity';
import type { InvoiceLineDraft } from '../billing/invoice-computing';
import { LineSource, type StoredComputation } from '../billing/invoice-line-computation';
import { OrderItemKind } from './order.entity';
import { DomainOrderAction, type CartDomainInput, type CartInput, type CartProductInput } from './order.inputs';
import { normalizeDomainName, tldOf } from './domain-name';
import { personalDiscount, type DiscountedItem } from './client-discount';
import { clientDiscountTerms } from './client-discount.service';
import { addonCycle, CYCLE_LABELS, loadCatalog, priceOptions, priced, productPrice, type ChosenOption } from './cart-catalog';

export interface PricedItem {
  position: number;
  kind: OrderItemKind;
  description: string;
  productId?: number;
  /** The product's stock is counted when the order is placed. */
  stockControlled: boolean;
  addonId?: number;
  /** ADDON: the position of its product item. */
  parentPosition?: number;
  cycle: BillingCycle;
  domain?: string;
  configOptions: ChosenOption[];
  years?: number;
  nameservers: string[];
  eppCode?: string;
  serverId?: number;
  priceOverridden: boolean;
  firstPaymentMinor: bigint;
  recurringMinor: bigint;
  /** Items of one group share an invoice (every item its own group when the client wants separate invoices). */
  invoiceGroup: number;
  lines: InvoiceLineDraft[];
}

export interface PricedCart {
  currency: string;
  items: PricedItem[];
  promotion?: Promotion;
  promotionCode?: string;
}

export interface PricingOptions {
  /** Staff (addOrder): hidden products, custom prices, any cycle and a server are allowed. */
  staff: boolean;
  at: Date;
  /** The operator's calendar date at `at` (YYYY-MM-DD): personal discounts apply by it. */
  today: string;
}

const PROMOTION_REFUSALS: Partial<Record<DiscountRefusal, { reason: 'PROMOTION_EXPIRED' | 'PROMOTION_USED_UP'; message: string }>> = {
  NOT_STARTED: { reason: 'PROMOTION_EXPIRED', message: 'This promotion code cannot be used yet' },
  EXPIRED: { reason: 'PROMOTION_EXPIRED', message: 'This promotion code has expired' },
  USED_UP: { reason: 'PROMOTION_USED_UP', message: 'This promotion code has been used up' },
};

const isRecurring = (cycle: BillingCycle) => cycle !== BillingCycle.ONE_TIME && cycle !== BillingCycle.FREE;
const percentOf = (amount: bigint, hundredthsOfPercent: bigint) => divideRoundHalfUp(amount * hundredthsOfPercent, 10000n);
const HALF_UP = 'half-up to the minor unit';

/** Issue 16.8: how a discount line was computed: a percentage (hundredths) or a fixed amount off `base`. */
function discounted(base: bigint, currency: string, hundredthsOfPercent: bigint | undefined, explanation: string, extra: Partial<StoredComputation> = {}): StoredComputation {
  const percent = hundredthsOfPercent === undefined ? undefined : formatScaled(hundredthsOfPercent, 2);
  return {
    source: LineSource.ORDER, discountBaseMinor: String(base), discountPercent: percent, rounding: percent === undefined ? undefined : HALF_UP,
    explanation: `${explanation}: ${percent === undefined ? 'a fixed amount' : `${percent}%`} off ${formatAmount(base, currency)}`, ...extra,
  };
}

/** Prices `cart` for `client` (BAD_USER_INPUT naming the cart field at fault). */
export async function priceCart(em: EntityManager, client: Client, cart: CartInput, options: PricingOptions): Promise<PricedCart> {
  if (!cart.products.length && !cart.domains.length) throw badInput('cart.products', 'The cart is empty', 'VALUE_REQUIRED');
  const currency = client.currency;
  const catalog = await loadCatalog(em, cart, currency);
  const { groupPercent, separate } = await groupTermsOf(em, client);
  const problems = new FieldProblems();
  const promotion = cart.promotionCode ? await problems.collectAsync(() => findPromotion(em, cart.promotionCode!)) : undefined;
  const promotionProducts = promotion ? (await em.find(PromotionProduct, { promotion })).map((row) => row.product.id) : [];
  const discounts = await clientDiscountTerms(em, [client.id]);
  /** CL-13: the client's personal discount line on what remains of an item, if one applies. */
  const personal = (name: string, item: Omit<DiscountedItem, 'currency' | 'date'>, addonId?: number): InvoiceLineDraft | undefined => {
    const found = personalDiscount(discounts.get(client.id) ?? [], { ...item, currency, date: options.today });
    return found && { description: `Client discount: ${name}`, amountMinor: -found.discountMinor, addonId };
  };

  const items: PricedItem[] = [];
  const promotionRefusals: DiscountRefusal[] = [];
  let promotionApplied = false;

  // Every product and domain is priced, each up to its first problem (the later checks of one item depend on the earlier ones).
  const priceProduct = async (index: number, input: CartProductInput) => {
    const at = `cart.products.${index}`;
    const product = catalog.products.get(toId(input.productId, 'Product', `${at}.productId`));
    if (!product) throw badInput(`${at}.productId`, 'No such product', 'REFERENCE_NOT_FOUND');
    if (product.retired || (!options.staff && (product.hidden || product.group?.getEntity().hidden))) {
      throw badInput(`${at}.productId`, `${product.name} cannot be ordered`, 'PRODUCT_NOT_ORDERABLE');
    }
    if (!options.staff && (input.price != null || input.serverId != null)) throw badInput(`${at}.price`, 'Only staff set a price or a server (addOrder)', 'CONFLICTING_INPUT');
    const domain = input.domain != null ? normalizeDomainName(input.domain) : undefined;
    if (input.domain != null && !domain) throw badInput(`${at}.domain`, `"${input.domain}" is not a valid domain name`, 'INVALID_FORMAT');
    const serverId = input.serverId != null ? toId(input.serverId, 'Server', `${at}.serverId`) : undefined;
    if (serverId !== undefined && !(await em.count(Server, { id: serverId }))) throw badInput(`${at}.serverId`, 'No such server', 'REFERENCE_NOT_FOUND');

    const position = items.length + 1;
    const invoiceGroup = separate ? position : 0;
    const cycleText = CYCLE_LABELS[input.cycle];
    const name = `${product.name}${domain ? ` – ${domain}` : ''}`;
    const override = input.price != null ? amountInput(input.price, currency, { field: `${at}.price`, allowed: 'notNegative' }) : undefined;
    const item: PricedItem = {
      position, kind: OrderItemKind.PRODUCT, description: name, productId: product.id, stockControlled: product.stockControl,
      cycle: input.cycle, domain, configOptions: [], nameservers: [], serverId, priceOverridden: override !== undefined,
      firstPaymentMinor: 0n, recurringMinor: 0n, invoiceGroup, lines: [],
    };
    items.push(item);

    if (override !== undefined) {
      // Staff's custom price and cycle: any cycle but FREE needs a price; nothing else applies.
      item.lines.push({ description: `${name} (${cycleText})`, amountMinor: override, computation: priced(override, input.cycle, currency, 'Price set by staff') });
      item.firstPaymentMinor = override;
      item.recurringMinor = isRecurring(input.cycle) ? override : 0n;
    } else {
      const price = productPrice(product, input.cycle, catalog.productPrices, at);
      const chosen = priceOptions(product, input.cycle, input.configOptions, catalog, `${at}.configOptions`, problems, currency);
      item.configOptions = chosen.chosen;
      const base = price.amountMinor + chosen.amountMinor;
      item.lines.push({ description: `${name} (${cycleText})`, amountMinor: price.amountMinor, computation: priced(price.amountMinor, input.cycle, currency, `Catalog price of ${product.name}`) });
      for (const line of chosen.lines) item.lines.push(line);
      if (price.setupFeeMinor + chosen.setupFeeMinor > 0n) {
        item.lines.push({ description: `Setup fee: ${product.name}`, amountMinor: price.setupFeeMinor + chosen.setupFeeMinor, computation: {
          source: LineSource.ORDER, priceMinor: String(price.setupFeeMinor + chosen.setupFeeMinor),
          explanation: `Setup fee of ${product.name} ${formatAmount(price.setupFeeMinor, currency)} plus its options' ${formatAmount(chosen.setupFeeMinor, currency)}, once`,
        } });
      }
      const groupDiscount = percentOf(base, groupPercent);
      if (groupDiscount > 0n) item.lines.push({ description: `Client group discount: ${product.name}`, amountMinor: -groupDiscount, computation: discounted(base, currency, groupPercent, 'Client group discount') });
      let recurring = base - groupDiscount;
      let firstRemaining = base - groupDiscount;
      if (promotion) {
        const result = computeDiscount(termsOf(promotion, promotionProducts), { productId: product.id, cycle: input.cycle, currency, amountMinor: base - groupDiscount, at: options.at, firstPayment: true });
        if (result.applies) {
          promotionApplied = true;
          if (result.discountMinor > 0n) {
            item.lines.push({ description: `Promotion ${promotion.code}: ${product.name}`, amountMinor: -result.discountMinor, computation: discounted(
              base - groupDiscount, currency, promotion.type === 'percent' ? BigInt(promotion.value) : undefined, `Promotion ${promotion.code}`, { promotionCode: promotion.code },
            ) });
          }
          if (promotion.appliesTo === 'recurring') recurring -= result.discountMinor;
          firstRemaining -= result.discountMinor;
        } else {
          promotionRefusals.push(result.reason);
        }
      }
      const clientDiscount = personal(product.name, { productId: product.id, cycle: input.cycle, amountMinor: firstRemaining });
      if (clientDiscount) item.lines.push(clientDiscount);
      item.firstPaymentMinor = item.lines.reduce((sum, line) => sum + line.amountMinor, 0n);
      item.recurringMinor = isRecurring(input.cycle) ? recurring : 0n;
    }

    for (const [a, addonInput] of input.addons.entries()) {
      const addonAt = `${at}.addons.${a}`;
      const addon = catalog.addons.get(toId(addonInput.addonId, 'Addon', `${addonAt}.addonId`));
      if (!addon || !catalog.addonProducts.has(`${addon.id}/${product.id}`) || (!options.staff && (addon.hidden || !addon.clientOrderable))) {
        throw badInput(`${addonAt}.addonId`, 'This addon is not offered with the product', 'REFERENCE_NOT_FOUND');
      }
      const prices = catalog.addonPrices.get(addon.id) ?? [];
      const cycle = addonCycle(addon, addonInput.cycle, input.cycle, prices, `${addonAt}.cycle`);
      const price = prices.find((p) => p.cycle === cycle);
      const amount = price?.amountMinor ?? 0n;
      const setupFee = price?.setupFeeMinor ?? 0n;
      const discount = percentOf(amount, groupPercent);
      const lines: InvoiceLineDraft[] = [{ description: `${addon.name} (${CYCLE_LABELS[cycle]})`, amountMinor: amount, addonId: addon.id, computation: priced(amount, cycle, currency, `Catalog price of ${addon.name}`) }];
      if (setupFee > 0n) lines.push({ description: `Setup fee: ${addon.name}`, amountMinor: setupFee, addonId: addon.id, computation: { source: LineSource.ORDER, priceMinor: String(setupFee), explanation: `Setup fee of ${addon.name}: ${formatAmount(setupFee, currency)}, once` } });
      if (discount > 0n) lines.push({ description: `Client group discount: ${addon.name}`, amountMinor: -discount, addonId: addon.id, computation: discounted(amount, currency, groupPercent, 'Client group discount') });
      const clientDiscount = personal(addon.name, { cycle, amountMinor: amount - discount }, addon.id);
      if (clientDiscount) lines.push(clientDiscount);
      items.push({
        position: items.length + 1, kind: OrderItemKind.ADDON, description: addon.name, addonId: addon.id, parentPosition: item.position, stockControlled: false,
        cycle, configOptions: [], nameservers: [], priceOverridden: false, invoiceGroup,
        firstPaymentMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0n), recurringMinor: isRecurring(cycle) ? amount - discount : 0n, lines,
      });
    }
  };
  for (const [index, input] of cart.products.entries()) await problems.collectAsync(() => priceProduct(index, input));

  const priceDomain = (index: number, input: CartDomainInput) => {
    const at = `cart.domains.${index}`;
    const name = normalizeDomainName(input.name);
    if (!name) throw badInput(`${at}.name`, `"${input.name}" is not a valid domain name`, 'INVALID_FORMAT');
    if (!Number.isInteger(input.years) || input.years < 1 || input.years > 10) throw badInput(`${at}.years`, 'years must be from 1 to 10', 'OUT_OF_RANGE');
    const nameservers = input.nameservers.map((ns, n) => {
      const host = normalizeDomainName(ns);
      if (!host) throw badInput(`${at}.nameservers.${n}`, `"${ns}" is not a valid host name`, 'INVALID_FORMAT');
      return host;
    });
    if (new Set(nameservers).size !== nameservers.length) throw badInput(`${at}.nameservers`, 'A nameserver is listed twice', 'DUPLICATE_IN_INPUT');
    const transfer = input.action === DomainOrderAction.TRANSFER;
    if (transfer && !input.eppCode) throw badInput(`${at}.eppCode`, 'A transfer needs the EPP code', 'VALUE_REQUIRED');
    if (!transfer && input.eppCode) throw badInput(`${at}.eppCode`, 'Only a transfer takes an EPP code', 'CONFLICTING_INPUT');
    const tld = tldOf(name, catalog.tlds.map((row) => row.tld));
    const row = tld ? catalog.tlds.find((p) => p.tld === tld && p.years === input.years) : undefined;
    const amount = transfer ? row?.transferMinor : row?.registerMinor;
    if (!tld) throw badInput(`${at}.name`, `Domains under ${name.slice(name.indexOf('.'))} are not offered in ${currency}`, 'TLD_NOT_OFFERED');
    if (amount == null) throw badInput(`${at}.years`, `A ${input.action} of ${tld} for ${input.years} year(s) is not offered in ${currency}`, 'TLD_NOT_OFFERED');
    const position = items.length + 1;
    const amountMinor = BigInt(amount);
    items.push({
      position, kind: transfer ? OrderItemKind.DOMAIN_TRANSFER : OrderItemKind.DOMAIN_REGISTRATION, description: name, stockControlled: false,
      cycle: BillingCycle.ANNUALLY, domain: name, configOptions: [], years: input.years, nameservers, eppCode: input.eppCode ?? undefined,
      priceOverridden: false, firstPaymentMinor: amountMinor, recurringMinor: BigInt(row!.renewMinor), invoiceGroup: separate ? position : 0,
      lines: [{ description: `Domain ${transfer ? 'transfer' : 'registration'}: ${name} (${input.years} year${input.years > 1 ? 's' : ''})`, amountMinor, computation: {
        source: LineSource.ORDER, priceMinor: String(amountMinor), quantity: input.years,
        explanation: `${transfer ? 'Transfer' : 'Registration'} price of ${tld} for ${input.years} year${input.years > 1 ? 's' : ''}: ${formatAmount(amountMinor, currency)}`,
      } }],
    });
  };
  for (const [index, input] of cart.domains.entries()) problems.collect(() => priceDomain(index, input));
  problems.throwIfAny();

  if (promotion && !promotionApplied) {
    const refusal = promotionRefusals.map((r) => PROMOTION_REFUSALS[r]).find(Boolean);
    if (refusal) throw badInput('cart.promotionCode', refusal.message, refusal.reason);
    throw badInput('cart.promotionCode', 'This promotion code does not apply to anything in the cart', 'PROMOTION_NOT_APPLICABLE');
  }
  return { currency, items, promotion, promotionCode: promotion?.code };
}

/** CL-11/CL-13: the client group's discount (hundredths of a percent) and its separate-invoices default. */
async function groupTermsOf(em: EntityManager, client: Client): Promise<{ groupPercent: bigint; separate: boolean }> {
  const group = client.group ? await em.findOne(ClientGroup, { id: client.group.id }) : null;
  return { groupPercent: group ? (parseScaled(group.discountPercent, 2, 3) ?? 0n) : 0n, separate: client.separateInvoices || (group?.separateInvoices ?? false) };
}

export interface PricedConfiguration {
  product: Product;
  /** The recurring amount: catalog price and options for the cycle, less the client group's discount. */
  recurringMinor: bigint;
  /** The options as priced, defaults filled in. */
  configOptions: PricedItem['configOptions'];
}

/**
 * SV-8: what `client` would pay per cycle for product `productId` (a key) in
 * `cycle` with these options, priced as an order prices it (without setup
 * fees or promotions). Problems are BAD_USER_INPUT under `field`.
 */
export async function priceConfiguration(
  em: EntityManager, client: Client, input: { productId: number; cycle: BillingCycle; configOptions: CartInput['products'][number]['configOptions'] }, field: string,
): Promise<PricedConfiguration> {
  const cart = { products: [{ productId: globalId('Product', input.productId), cycle: input.cycle, configOptions: input.configOptions, addons: [] }], domains: [] } as unknown as CartInput;
  const catalog = await loadCatalog(em, cart, client.currency);
  const product = catalog.products.get(input.productId);
  if (!product) throw badInput(`${field}.productId`, 'No such product', 'REFERENCE_NOT_FOUND');
  if (!isRecurring(input.cycle)) throw badInput(`${field}.cycle`, 'Only services billed per cycle can be upgraded or downgraded', 'CYCLE_NOT_OFFERED');
  const price = productPrice(product, input.cycle, catalog.productPrices, field);
  const problems = new FieldProblems();
  const options = priceOptions(product, input.cycle, input.configOptions, catalog, `${field}.configOptions`, problems, client.currency);
  problems.throwIfAny();
  const base = price.amountMinor + options.amountMinor;
  const { groupPercent } = await groupTermsOf(em, client);
  return { product, recurringMinor: base - percentOf(base, groupPercent), configOptions: options.chosen };
}

function termsOf(promotion: Promotion, productIds: number[]): PromotionTerms {
  return {
    type: promotion.type, value: BigInt(promotion.value), currency: promotion.currency?.getEntity().code, appliesTo: promotion.appliesTo,
    productIds, cycles: promotion.cycles, startsAt: promotion.startsAt ?? undefined, expiresAt: promotion.expiresAt ?? undefined,
    maxUses: promotion.maxUses ?? undefined, uses: promotion.uses,
  };
}

/** The promotion with this code (codes are stored upper case); an unknown code is bad input. */
async function findPromotion(em: EntityManager, code: string): Promise<Promotion> {
  const promotion = await em.findOne(Promotion, { code: code.trim().toUpperCase() }, { populate: ['currency'] });
  if (!promotion) throw badInput('cart.promotionCode', 'No such promotion code', 'REFERENCE_NOT_FOUND');
  return promotion;
}
