import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../shared/context';
import { badInput, conflict, notFound } from '../shared/errors';
import { currencyDecimals, divideRoundHalfUp, formatScaled, parseScaled } from '../shared/money';
import { Money } from '../shared/money.types';
import { recordActivity } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import { Currency } from './currency.entity';
import { TaxRule } from './tax-rule.entity';
import { BillingSettings, TaxMode, TaxRounding } from './billing-settings.entity';
import { calculateTax, percentToMillionths } from './tax';
import { invoiceNumberFormatProblem } from './invoice-number';
import type { CreateCurrencyInput, PreviewTaxInput, TaxRuleInput, UpdateBillingSettingsInput, UpdateCurrencyInput } from './billing.inputs';

// ---------------------------------------------------------------- currencies

/** Exchange rates are carried as integers scaled by 10^8 (numeric(18,8)). */
const RATE_SCALE = 8;
const RATE_ONE = 10n ** BigInt(RATE_SCALE);

export const listCurrencies = (ctx: RequestContext) => ctx.em.find(Currency, {}, { orderBy: { isDefault: 'desc', code: 'asc' } });

export const defaultCurrency = (em: EntityManager) => em.findOne(Currency, { isDefault: true });

function parseRate(value: string, field = 'exchangeRate'): bigint {
  const rate = parseScaled(value, RATE_SCALE, 10);
  if (rate === undefined || rate <= 0n) throw badInput(field, `${field} must be a decimal number greater than 0 with at most ${RATE_SCALE} decimals`);
  return rate;
}

const CODE_TAKEN = 'A currency with this code exists already';

/** Issue 4.1: adds a currency. The first one becomes the default (its rate must be 1). */
export async function createCurrency(ctx: RequestContext, input: CreateCurrencyInput): Promise<Currency> {
  const rate = parseRate(input.exchangeRate);
  const decimals = input.decimals ?? currencyDecimals(input.code);
  if (decimals < 0 || decimals > 4) throw badInput('decimals', 'decimals must be from 0 to 4');
  if (await ctx.em.count(Currency, { code: input.code })) throw conflict('code', CODE_TAKEN);
  const current = await defaultCurrency(ctx.em);
  const makeDefault = !current || input.isDefault === true;
  if (!current && rate !== RATE_ONE) throw badInput('exchangeRate', 'The first currency is the default; its exchangeRate must be 1');
  return withCurrencyConstraints(() => ctx.em.transactional(async (em) => {
    const currency = em.create(Currency, {
      code: input.code, prefix: input.prefix ?? '', suffix: input.suffix ?? '', decimals, exchangeRate: formatScaled(rate, RATE_SCALE),
    });
    await em.flush();
    if (makeDefault) await makeDefaultCurrency(em, currency);
    recordActivity(em, ctx, { action: 'currency.create', targetType: 'Currency', targetId: String(currency.id), details: { ...input } });
    return currency;
  }));
}

/** Issue 4.1: changes a currency. Decimals stay while clients use it; the default keeps rate 1 and stays until another takes over. */
export async function updateCurrency(ctx: RequestContext, id: number, input: UpdateCurrencyInput): Promise<Currency> {
  const currency = await ctx.em.findOne(Currency, { id });
  if (!currency) throw notFound('Currency', id);
  const rate = input.exchangeRate != null ? parseRate(input.exchangeRate) : undefined;
  if (input.isDefault === false && currency.isDefault) throw badInput('isDefault', 'Make another currency the default instead');
  if (currency.isDefault && rate !== undefined && rate !== RATE_ONE) throw badInput('exchangeRate', 'The default currency\'s exchangeRate is 1');
  if (input.decimals != null && input.decimals !== currency.decimals && (await clientsUsing(ctx.em, currency.code)) > 0) {
    throw conflict('decimals', 'Clients use this currency: its decimals cannot change');
  }
  return withCurrencyConstraints(() => ctx.em.transactional(async (em) => {
    if (input.prefix != null) currency.prefix = input.prefix;
    if (input.suffix != null) currency.suffix = input.suffix;
    if (input.decimals != null) currency.decimals = input.decimals;
    if (rate !== undefined) currency.exchangeRate = formatScaled(rate, RATE_SCALE);
    em.persist(currency);
    await em.flush();
    if (input.isDefault === true && !currency.isDefault) await makeDefaultCurrency(em, currency);
    recordActivity(em, ctx, { action: 'currency.update', targetType: 'Currency', targetId: String(id), details: { code: currency.code, ...input } });
    return currency;
  }));
}

/** Issue 4.1: deletes a currency that is neither the default nor used by any client. */
export async function deleteCurrency(ctx: RequestContext, id: number): Promise<boolean> {
  const currency = await ctx.em.findOne(Currency, { id });
  if (!currency) throw notFound('Currency', id);
  if (currency.isDefault) throw conflict('id', 'The default currency cannot be deleted');
  const used = await clientsUsing(ctx.em, currency.code);
  if (used > 0) throw conflict('id', `${used} client(s) use this currency`);
  await ctx.em.transactional(async (em) => {
    em.remove(currency);
    recordActivity(em, ctx, { action: 'currency.delete', targetType: 'Currency', targetId: String(id), details: { code: currency.code } });
  });
  return true;
}

const clientsUsing = (em: EntityManager, code: string) => em.count(Client, { currency: code });

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
      if (text.includes('currency_single_default')) throw conflict('isDefault', 'Another currency became the default at the same time; try again');
      throw conflict('code', CODE_TAKEN);
    }
    throw error;
  }
}

// ---------------------------------------------------------------- tax rules

export const listTaxRules = (ctx: RequestContext) => ctx.em.find(TaxRule, {}, { orderBy: { level: 'asc', country: 'asc nulls first', state: 'asc nulls first', id: 'asc' } });

const SCOPE_TAKEN = 'A rule for this level, country and state exists already';

/** Issue 4.2: creates (no id) or replaces (id) a tax rule. */
export async function saveTaxRule(ctx: RequestContext, input: TaxRuleInput, id?: number): Promise<TaxRule> {
  const name = input.name.trim();
  if (!name) throw badInput('name', 'name must not be blank');
  const rate = percentToMillionths(input.rate);
  if (rate === undefined || rate < 0n || rate > 100_0000n) throw badInput('rate', 'rate must be a percentage from 0 to 100 with at most 4 decimals');
  const state = input.state?.trim() || undefined;
  if (state && !input.country) throw badInput('state', 'A state needs a country');
  if (input.compound && input.level !== 2) throw badInput('compound', 'Only a level-2 rule can be compound');
  const rule = id ? await ctx.em.findOne(TaxRule, { id }) : ctx.em.create(TaxRule, { name, level: 1, rate: '0' }, { persist: false });
  if (!rule) throw notFound('Tax rule', id!);
  const clash = await ctx.em.getConnection().execute<{ id: number }[]>(
    `select id from tax_rule where level = ? and coalesce(country, '') = ? and upper(coalesce(state, '')) = ?`,
    [input.level, input.country ?? '', (state ?? '').toUpperCase()],
  );
  if (clash.some((row) => row.id !== rule.id)) throw conflict('state', SCOPE_TAKEN);
  try {
    return await ctx.em.transactional(async (em) => {
      em.assign(rule, { name, level: input.level as 1 | 2, country: input.country ?? null, state: state ?? null, rate: formatScaled(rate, 4), compound: Boolean(input.compound) });
      em.persist(rule);
      await em.flush();
      recordActivity(em, ctx, { action: id ? 'taxRule.update' : 'taxRule.create', targetType: 'TaxRule', targetId: String(rule.id), details: { ...input } });
      return rule;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict('state', SCOPE_TAKEN);
    throw error;
  }
}

export async function deleteTaxRule(ctx: RequestContext, id: number): Promise<boolean> {
  const rule = await ctx.em.findOne(TaxRule, { id });
  if (!rule) throw notFound('Tax rule', id);
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
  await em.insert(BillingSettings, { id: 1 }, { onConflictAction: 'ignore' } as never);
  return em.findOneOrFail(BillingSettings, { id: 1 });
}

export const readBillingSettings = (ctx: RequestContext) => getBillingSettings(ctx.em);

export async function updateBillingSettings(ctx: RequestContext, input: UpdateBillingSettingsInput): Promise<BillingSettings> {
  const settings = await getBillingSettings(ctx.em);
  const format = input.invoiceNumberFormat ?? settings.invoiceNumberFormat;
  const reset = input.invoiceNumberReset ?? settings.invoiceNumberReset;
  const problem = invoiceNumberFormatProblem(format, reset);
  if (problem) throw badInput(input.invoiceNumberFormat != null ? 'invoiceNumberFormat' : 'invoiceNumberReset', `Invoice number format: ${problem}`);
  await ctx.em.transactional(async (em) => {
    if (input.taxMode) settings.taxMode = input.taxMode;
    if (input.taxRounding) settings.taxRounding = input.taxRounding;
    settings.invoiceNumberFormat = format;
    settings.invoiceNumberReset = reset;
    if (input.autoApplyCredit != null) settings.autoApplyCredit = input.autoApplyCredit;
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
  let address: { country?: string | null; state?: string | null; taxExempt?: boolean } = {
    country: input.country, state: input.state, taxExempt: input.taxExempt ?? false,
  };
  let currencyCode = input.currency;
  if (clientId !== undefined) {
    if (input.country || input.state || input.taxExempt != null) throw badInput('clientId', 'Give either clientId or country/state/taxExempt, not both');
    const client = await ctx.em.findOne(Client, { id: clientId }, { fields: ['country', 'state', 'taxExempt', 'currency'] });
    if (!client) throw notFound('Client', clientId);
    address = { country: client.country, state: client.state, taxExempt: client.taxExempt };
    currencyCode ??= client.currency;
  }
  const [settings, rules, fallback] = await Promise.all([getBillingSettings(ctx.em), ctx.em.find(TaxRule, {}), defaultCurrency(ctx.em)]);
  currencyCode ??= fallback?.code;
  if (!currencyCode) throw badInput('currency', 'Name a currency: there is no default currency yet');
  const defined = await ctx.em.findOne(Currency, { code: currencyCode });
  const decimals = defined?.decimals ?? currencyDecimals(currencyCode);
  const lines = input.lines.map((line, i) => {
    const amount = parseScaled(line.amount, decimals);
    if (amount === undefined) throw badInput('amount', `lines[${i}].amount must be a decimal number with at most ${decimals} decimals for ${currencyCode}`);
    return { amount, taxable: line.taxable ?? true };
  });
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
