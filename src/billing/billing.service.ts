import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../shared/context';
import { badInput, conflict, FieldProblems, notFound } from '../shared/errors';
import { isoDecimals, divideRoundHalfUp, formatScaled, parseScaled, rememberCurrencyDecimals } from '../shared/money';
import { Money } from '../shared/money.types';
import { normaliseSubdivision } from '../shared/subdivisions';
import { recordActivity } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import { Project } from '../clients/project.entity';
import { AddonPrice, ProductPrice } from '../catalog/price.entity';
import { ConfigChoicePrice, ConfigUnitPrice } from '../catalog/config-option.entity';
import { TldPrice } from '../catalog/tld-price.entity';
import { Promotion } from '../catalog/promotion.entity';
import { Invoice } from './invoice.entity';
import { Transaction } from './transaction.entity';
import { Service } from '../provisioning/service.entity';
import { Currency } from '../currency/currency.entity';
import { currencyForUse, defaultCurrency } from '../currency/currency.service';
import { TaxRule } from './tax-rule.entity';
import { BillingSettings, TaxMode, TaxRounding } from './billing-settings.entity';
import { calculateTax, percentToMillionths } from './tax';
import { invoiceNumberFormatProblem } from './invoice-number';
import type { CreateCurrencyInput, PreviewTaxInput, TaxRuleInput, UpdateBillingSettingsInput, UpdateCurrencyInput } from './billing.inputs';
import { readAll } from '../shared/reads';

// ---------------------------------------------------------------- currencies

/** Exchange rates are carried as integers scaled by 10^8 (numeric(18,8)). */
const RATE_SCALE = 8;
const RATE_ONE = 10n ** BigInt(RATE_SCALE);

export const listCurrencies = (ctx: RequestContext) => ctx.em.find(Currency, {}, { orderBy: { isDefault: 'desc', code: 'asc' } });

function parseRate(value: string, field = 'exchangeRate'): bigint {
  const rate = parseScaled(value, RATE_SCALE, 10);
  if (rate === undefined || rate <= 0n) throw badInput(field, `${field} must be a decimal number greater than 0 with at most ${RATE_SCALE} decimals`, 'INVALID_AMOUNT');
  return rate;
}

const CODE_TAKEN = 'A currency with this code exists already';

/** Issue 4.1: adds a currency; isDefault makes it the default and rebases every rate on it. */
export async function createCurrency(ctx: RequestContext, input: CreateCurrencyInput): Promise<Currency> {
  const problems = new FieldProblems();
  const rate = problems.collect(() => parseRate(input.exchangeRate))!;
  const decimals = input.decimals ?? isoDecimals(input.code);
  if (decimals < 0 || decimals > 4) problems.add('decimals', 'decimals must be from 0 to 4', 'OUT_OF_RANGE');
  problems.throwIfAny();
  if (await ctx.em.count(Currency, { code: input.code })) throw conflict('code', CODE_TAKEN, 'VALUE_TAKEN');
  const makeDefault = input.isDefault === true;
  return withCurrencyConstraints(() => ctx.em.transactional(async (em) => {
    const currency = em.create(Currency, {
      code: input.code, prefix: input.prefix ?? '', suffix: input.suffix ?? '', decimals, exchangeRate: formatScaled(rate, RATE_SCALE),
    });
    await em.flush();
    if (makeDefault) await makeDefaultCurrency(em, currency);
    rememberCurrencyDecimals(currency.code, currency.decimals);
    recordActivity(em, ctx, { action: 'currency.create', targetType: 'Currency', targetId: String(currency.id), details: { ...input } });
    return currency;
  }));
}

/** Issue 4.1: changes a currency. Decimals stay while clients use it; the default keeps rate 1 and stays until another takes over. */
export async function updateCurrency(ctx: RequestContext, id: number, input: UpdateCurrencyInput): Promise<Currency> {
  const currency = await ctx.em.findOne(Currency, { id });
  if (!currency) throw notFound('BillingCurrency', id);
  const problems = new FieldProblems();
  const rate = input.exchangeRate != null ? problems.collect(() => parseRate(input.exchangeRate!)) : undefined;
  if (input.isDefault === false && currency.isDefault) problems.add('isDefault', 'Make another currency the default instead', 'DEFAULT_CURRENCY');
  if (currency.isDefault && rate !== undefined && rate !== RATE_ONE) problems.add('exchangeRate', 'The default currency\'s exchangeRate is 1', 'DEFAULT_CURRENCY');
  problems.throwIfAny();
  if (input.decimals != null && input.decimals !== currency.decimals) {
    const uses = await usesOf(ctx.em, currency);
    if (uses.length) throw conflict('decimals', `${currency.code} is used by ${uses.join(', ')}: its decimals cannot change`, 'RECORD_IN_USE');
  }
  return withCurrencyConstraints(() => ctx.em.transactional(async (em) => {
    if (input.prefix != null) currency.prefix = input.prefix;
    if (input.suffix != null) currency.suffix = input.suffix;
    if (input.decimals != null) currency.decimals = input.decimals;
    if (rate !== undefined) currency.exchangeRate = formatScaled(rate, RATE_SCALE);
    em.persist(currency);
    await em.flush();
    if (input.isDefault === true && !currency.isDefault) await makeDefaultCurrency(em, currency);
    rememberCurrencyDecimals(currency.code, currency.decimals);
    recordActivity(em, ctx, { action: 'currency.update', targetType: 'Currency', targetId: String(id), details: { code: currency.code, ...input } });
    return currency;
  }));
}

/** Issue 4.1: deletes a currency that is not the default and that nothing is priced, billed or defaulted in. */
export async function deleteCurrency(ctx: RequestContext, id: number): Promise<boolean> {
  const code = await ctx.em.transactional(async (em) => {
    // FOR UPDATE waits for transactions that just chose this currency (currencyForUse holds FOR SHARE).
    const currency = await em.findOne(Currency, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!currency) throw notFound('BillingCurrency', id);
    if (currency.isDefault) throw conflict('id', 'The default currency cannot be deleted', 'DEFAULT_CURRENCY');
    const uses = await usesOf(em, currency);
    if (uses.length) throw conflict('id', `${currency.code} is still used by ${uses.join(', ')}`, 'RECORD_IN_USE');
    em.remove(currency);
    recordActivity(em, ctx, { action: 'currency.delete', targetType: 'Currency', targetId: String(id), details: { code: currency.code } });
    return currency.code;
  });
  rememberCurrencyDecimals(code, undefined);
  return true;
}

/** What keeps a currency alive, as "3 client(s), 2 product price(s)"; empty when nothing. */
async function usesOf(em: EntityManager, currency: Currency): Promise<string[]> {
  const byCode = { currency: currency.code };
  const uses = [
    ['client(s)', () => em.count(Client, byCode)],
    ['project default(s)', () => em.count(Project, { defaultCurrency: currency.code })],
    ['invoice(s)', () => em.count(Invoice, byCode)],
    ['product price(s)', () => em.count(ProductPrice, { currency })],
    ['addon price(s)', () => em.count(AddonPrice, { currency })],
    ['configurable option price(s)', async () => (await em.count(ConfigChoicePrice, { currency })) + (await em.count(ConfigUnitPrice, { currency }))],
    ['TLD price(s)', () => em.count(TldPrice, { currency })],
    ['promotion(s)', () => em.count(Promotion, { currency })],
  ] as const;
  const counts = await readAll<number[]>(em, uses.map(([, count]) => count));
  return uses.flatMap(([label], i) => (counts[i] > 0 ? [`${counts[i]} ${label}`] : []));
}

/**
 * Issue 4.1: a client's currency is fixed once money moved in it: invoices
 * (drafts too), payments, services priced in it or a credit balance. Locks the
 * client row first, as invoice creation does, so no invoice slips in between.
 */
export async function assertClientCurrencyCanChange(em: EntityManager, client: Client): Promise<void> {
  await em.execute('select id from client where id = ? for update', [client.id]);
  const [invoices, transactions, services, credit] = await readAll(em, [
    () => em.count(Invoice, { client }),
    () => em.count(Transaction, { client }),
    () => em.count(Service, { client }),
    () => em.execute<{ credit: string }[]>('select credit_balance_minor as credit from client where id = ?', [client.id]),
  ]);
  const reasons = [
    invoices && `${invoices} invoice(s)`,
    transactions && `${transactions} transaction(s)`,
    services && `${services} service(s)`,
    BigInt(credit[0]?.credit ?? 0) !== 0n && 'a credit balance',
  ].filter(Boolean);
  if (reasons.length) throw conflict('currency', `The currency cannot change: the client has ${reasons.join(', ')} in ${client.currency}`, 'RECORD_IN_USE');
}

/** Start-up: every currency's decimals into the in-memory copy money.ts formats with. */
export async function loadCurrencyDecimals(em: EntityManager): Promise<void> {
  for (const currency of await em.find(Currency, {})) rememberCurrencyDecimals(currency.code, currency.decimals);
}

/**
 * Makes `currency` the default inside the caller's transaction: the old default
 * loses the flag and every rate is rebased so the new default's is exactly 1
 * (rate' = rate / newDefaultRate, rounded half-up to 8 decimals, at least 0.00000001).
 */
async function makeDefaultCurrency(em: EntityManager, currency: Currency): Promise<void> {
  const base = parseScaled(currency.exchangeRate, RATE_SCALE, 10)!;
  const all = await em.find(Currency, {});
  const previous = all.find((c) => c.isDefault && c.id !== currency.id);
  if (previous) {
    previous.isDefault = false;
    await em.flush(); // the partial unique index allows one default at a time
  }
  for (const other of all) {
    if (other.id === currency.id) continue;
    const rebased = divideRoundHalfUp(parseScaled(other.exchangeRate, RATE_SCALE, 10)! * RATE_ONE, base);
    other.exchangeRate = formatScaled(rebased > 0n ? rebased : 1n, RATE_SCALE);
  }
  currency.exchangeRate = formatScaled(RATE_ONE, RATE_SCALE);
  currency.isDefault = true;
  await em.flush();
}

/** A concurrent duplicate code or a second default that passed the checks becomes CONFLICT on the right field. */
async function withCurrencyConstraints<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const text = `${(error as { constraint?: string }).constraint ?? ''} ${error.message}`;
      if (text.includes('currency_single_default')) throw conflict('isDefault', 'Another currency became the default at the same time; try again', 'DEFAULT_CURRENCY');
      throw conflict('code', CODE_TAKEN, 'VALUE_TAKEN');
    }
    throw error;
  }
}

// ---------------------------------------------------------------- tax rules

export const listTaxRules = (ctx: RequestContext) => ctx.em.find(TaxRule, {}, { orderBy: { level: 'asc', country: 'asc nulls first', state: 'asc nulls first', id: 'asc' } });

const SCOPE_TAKEN = 'A rule for this level, country and state exists already';

/** Issue 4.2: creates (no id) or replaces (id) a tax rule. */
export async function saveTaxRule(ctx: RequestContext, input: TaxRuleInput, id?: number): Promise<TaxRule> {
  const problems = new FieldProblems();
  const name = input.name.trim();
  if (!name) problems.add('name', 'name must not be blank', 'VALUE_REQUIRED');
  const rate = percentToMillionths(input.rate);
  if (rate === undefined || rate < 0n || rate > 100_0000n) problems.add('rate', 'rate must be a percentage from 0 to 100 with at most 4 decimals', 'OUT_OF_RANGE');
  const normalised = normaliseSubdivision(input.country, input.state);
  if (!normalised.ok) problems.add('state', normalised.problem, 'INVALID_FORMAT');
  const state = (normalised.ok && normalised.state) || undefined;
  if (input.compound && input.level !== 2) problems.add('compound', 'Only a level-2 rule can be compound', 'CONFLICTING_INPUT');
  problems.throwIfAny();
  const rule = id ? await ctx.em.findOne(TaxRule, { id }) : ctx.em.create(TaxRule, { name, level: 1, rate: '0' }, { persist: false });
  if (!rule) throw notFound('TaxRule', id!);
  const clash = await ctx.em.getConnection().execute<{ id: number }[]>(
    `select id from tax_rule where level = ? and coalesce(country, '') = ? and upper(coalesce(state, '')) = ?`,
    [input.level, input.country ?? '', (state ?? '').toUpperCase()],
  );
  if (clash.some((row) => row.id !== rule.id)) throw conflict('state', SCOPE_TAKEN, 'VALUE_TAKEN');
  try {
    return await ctx.em.transactional(async (em) => {
      em.assign(rule, { name, level: input.level as 1 | 2, country: input.country ?? null, state: state ?? null, rate: formatScaled(rate!, 4), compound: Boolean(input.compound) });
      em.persist(rule);
      await em.flush();
      recordActivity(em, ctx, { action: id ? 'taxRule.update' : 'taxRule.create', targetType: 'TaxRule', targetId: String(rule.id), details: { ...input } });
      return rule;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict('state', SCOPE_TAKEN, 'VALUE_TAKEN');
    throw error;
  }
}

export async function deleteTaxRule(ctx: RequestContext, id: number): Promise<boolean> {
  const rule = await ctx.em.findOne(TaxRule, { id });
  if (!rule) throw notFound('TaxRule', id);
  await ctx.em.transactional(async (em) => {
    em.remove(rule);
    recordActivity(em, ctx, { action: 'taxRule.delete', targetType: 'TaxRule', targetId: String(id), details: { name: rule.name, level: rule.level, country: rule.country, state: rule.state, rate: rule.rate } });
  });
  return true;
}

// ---------------------------------------------------------------- settings

/** The single billing-settings row, created with defaults on first use. */
export async function getBillingSettings(em: EntityManager): Promise<BillingSettings> {
  const existing = await em.findOne(BillingSettings, { id: 1 });
  if (existing) return existing;
  // Two first requests at once: the loser's insert does nothing instead of failing on the key.
  await em.createQueryBuilder(BillingSettings).insert({ id: 1 }).onConflict('id').ignore().execute();
  return em.findOneOrFail(BillingSettings, { id: 1 });
}

export const readBillingSettings = (ctx: RequestContext) => getBillingSettings(ctx.em);

/** What invoices print about the operator (issue 4.4). */
const ISSUER_FIELDS = ['issuerName', 'issuerAddress', 'issuerEmail', 'issuerTaxId', 'invoiceFooter'] as const;

export async function updateBillingSettings(ctx: RequestContext, input: UpdateBillingSettingsInput): Promise<BillingSettings> {
  const settings = await getBillingSettings(ctx.em);
  const format = input.invoiceNumberFormat ?? settings.invoiceNumberFormat;
  const reset = input.invoiceNumberReset ?? settings.invoiceNumberReset;
  const problem = invoiceNumberFormatProblem(format, reset);
  if (problem) throw badInput(input.invoiceNumberFormat != null ? 'invoiceNumberFormat' : 'invoiceNumberReset', `Invoice number format: ${problem}`, 'INVALID_FORMAT');
  await ctx.em.transactional(async (em) => {
    if (input.taxMode) settings.taxMode = input.taxMode;
    if (input.taxRounding) settings.taxRounding = input.taxRounding;
    settings.invoiceNumberFormat = format;
    settings.invoiceNumberReset = reset;
    if (input.autoApplyCredit != null) settings.autoApplyCredit = input.autoApplyCredit;
    for (const field of ISSUER_FIELDS) if (input[field] != null) settings[field] = input[field].trim();
    em.persist(settings);
    recordActivity(em, ctx, { action: 'billingSettings.update', targetType: 'BillingSettings', targetId: '1', details: { ...input } });
  });
  return settings;
}

// ---------------------------------------------------------------- tax preview

export interface TaxPreviewLine {
  net: Money;
  tax1: Money;
  tax2: Money;
  total: Money;
}

export interface TaxPreview {
  currency: string;
  mode: TaxMode;
  rounding: TaxRounding;
  level1Rule?: TaxRule;
  level2Rule?: TaxRule;
  lines: TaxPreviewLine[];
  subtotal: Money;
  tax1: Money;
  tax2: Money;
  total: Money;
}

/** Issue 4.2: runs the tax engine for a client (its address, exemption and currency) or for a given address. */
export async function previewTax(ctx: RequestContext, input: PreviewTaxInput, clientId?: number): Promise<TaxPreview> {
  const problems = new FieldProblems();
  const state = normaliseSubdivision(input.country, input.state);
  if (!state.ok) problems.add('state', state.problem, 'INVALID_FORMAT');
  if (clientId !== undefined && (input.country || input.state || input.taxExempt != null)) problems.add('clientId', 'Give either clientId or country/state/taxExempt, not both', 'CONFLICTING_INPUT');
  problems.throwIfAny();
  let address: { country?: string | null; state?: string | null; taxExempt?: boolean } = {
    country: input.country, state: state.ok ? state.state : null, taxExempt: input.taxExempt ?? false,
  };
  let currencyCode = input.currency;
  if (clientId !== undefined) {
    const client = await ctx.em.findOne(Client, { id: clientId }, { fields: ['country', 'state', 'taxExempt', 'currency'] });
    if (!client) throw notFound('Client', clientId);
    address = { country: client.country, state: client.state, taxExempt: client.taxExempt };
    currencyCode ??= client.currency;
  }
  const [settings, rules, currency] = await Promise.all([
    getBillingSettings(ctx.em), ctx.em.find(TaxRule, {}), currencyCode ? currencyForUse(ctx.em, currencyCode) : defaultCurrency(ctx.em),
  ]);
  currencyCode = currency.code;
  const decimals = currency.decimals;
  const lines = input.lines.map((line, i) => {
    const amount = parseScaled(line.amount, decimals);
    if (amount === undefined) problems.add(`lines.${i}.amount`, `Line ${i + 1}: the amount must be a decimal number with at most ${decimals} decimals for ${currencyCode}`, 'INVALID_AMOUNT');
    return { amount: amount ?? 0n, taxable: line.taxable ?? true };
  });
  problems.throwIfAny();
  const mode = input.mode ?? settings.taxMode;
  const rounding = input.rounding ?? settings.taxRounding;
  const result = calculateTax({ lines, client: address, rules, mode: `${mode}`, rounding: `${rounding}` });
  const money = (minor: bigint) => Object.assign(new Money(), { amount: formatScaled(minor, decimals), currency: currencyCode });
  return {
    currency: currencyCode,
    mode,
    rounding,
    level1Rule: result.level1,
    level2Rule: result.level2,
    lines: result.lines.map((l) => ({ net: money(l.net), tax1: money(l.tax1), tax2: money(l.tax2), total: money(l.total) })),
    subtotal: money(result.subtotal),
    tax1: money(result.tax1),
    tax2: money(result.tax2),
    total: money(result.total),
  };
}
