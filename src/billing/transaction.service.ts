/**
 * Issue 4.5: reading payments and refunds. They are written only by the
 * invoice service (addInvoicePayment, refundTransaction), under its locks.
 */
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { badInput, notFound } from '../shared/errors';
import { ID_DESC, keysetPage, pageOrder, type Connection, type PageArgs, type OrderBy } from '../shared/pagination';
import { readPage } from '../shared/batch-loaders';
import { contains } from '../shared/filters';
import { ClientPermission } from '../auth/client-permission';
import { assertCanAccessClient } from '../auth/client-access';
import { toId } from '../shared/ids';
import { Transaction } from './transaction.entity';
import type { TransactionFilter, TransactionOrder } from './invoice.inputs';

/**
 * Newest recorded first. Staff see every transaction, those of deleted
 * clients too (CL-8: client null, name and email kept); a client only its
 * own (users need INVOICES), and naming another client is NOT_FOUND.
 */
export async function listTransactions(ctx: RequestContext, filter: TransactionFilter | undefined, args: PageArgs, orderBy?: TransactionOrder, withTotal = true, fields?: readonly string[]): Promise<Connection<Transaction>> {
  const page = keysetPage(args, pageOrder(orderBy, ID_DESC));
  const where: FilterQuery<Transaction> & Record<string, unknown> = {};
  const clientId = filter?.clientId != null ? toId(filter.clientId, 'Client', 'clientId') : undefined;
  if (ctx.viewer?.kind === 'client') {
    const own = ctx.viewer.clientId;
    if (clientId != null) assertCanAccessClient(ctx, clientId); // another client's id: NOT_FOUND, as for a missing one
    assertCanAccessClient(ctx, own, ClientPermission.INVOICES);
    where.client = own;
  } else if (clientId != null) {
    where.client = clientId;
  }
  if (filter?.invoiceId != null) where.invoice = toId(filter.invoiceId, 'Invoice', 'invoiceId');
  if (filter?.gateway != null) where.gateway = filter.gateway.trim();
  if (filter?.kind) where.kind = filter.kind;
  const { dateFrom, dateTo } = filter ?? {};
  if (dateFrom && dateTo && dateTo <= dateFrom) throw badInput('dateTo', 'dateTo must be after dateFrom', 'INVALID_DATE_RANGE');
  if (dateFrom || dateTo) where.date = { ...(dateFrom ? { $gte: dateFrom } : {}), ...(dateTo ? { $lt: dateTo } : {}) };
  if (filter?.search?.trim()) where.transactionId = { $ilike: contains(filter.search.trim()) };
  return readPage(ctx.em, Transaction, where as FilterQuery<Transaction>, page, withTotal, fields);
}

/** A client's payments and refunds under the client, the same ones `transactions` lists for it. */
export function clientTransactionsPage(ctx: RequestContext, clientId: number, args: PageArgs, withTotal: boolean, orderBy?: OrderBy, fields?: readonly string[]): Promise<Connection<Transaction>> {
  assertCanAccessClient(ctx, clientId, ClientPermission.INVOICES);
  return ctx.loaders.billing.transactionPagesByClient(clientId, args, {}, withTotal, pageOrder(orderBy, ID_DESC), fields);
}

/** One transaction: staff any, a client its own (users need INVOICES). */
export async function getTransaction(ctx: RequestContext, id: number): Promise<Transaction> {
  const transaction = await ctx.em.findOne(Transaction, { id });
  if (!transaction) throw notFound('Transaction', id);
  if (ctx.viewer?.kind !== 'staff') {
    // A deleted client's transaction (CL-8) belongs to no client account any more.
    if (!transaction.client) throw notFound('Transaction', id);
    assertCanAccessClient(ctx, transaction.client.id, ClientPermission.INVOICES, ['Transaction', id]);
  }
  return transaction;
}
