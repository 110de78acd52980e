import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { badInput } from '../shared/errors';
import { rememberCurrencyDecimals } from '../shared/money';
import { Currency } from './currency.entity';

/** The one default currency (the first migration creates it; it can be replaced, never removed). */
export const defaultCurrency = (em: EntityManager) => em.findOneOrFail(Currency, { isDefault: true });

/**
 * Issue 4.1: the operator-defined currency with this code, for a client,
 * project or invoice about to use it. Inside a transaction it holds FOR SHARE
 * on the row, so deleteCurrency cannot remove it before that commit.
 */
export async function currencyForUse(em: EntityManager, code: string, field = 'currency'): Promise<Currency> {
  const currency = await em.findOne(Currency, { code }, em.isInTransaction() ? { lockMode: LockMode.PESSIMISTIC_READ } : {});
  if (!currency) throw badInput(field, `${code} is not one of the operator's currencies (add it with createCurrency)`, 'UNKNOWN_CURRENCY');
  rememberCurrencyDecimals(currency.code, currency.decimals);
  return currency;
}
