import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { publishOnCommit } from '../shared/after-commit';
import { badInput, FieldProblems, notFound } from '../shared/errors';
import { amountInput, assertWithinMaxAmount, formatAmount } from '../shared/money';
import { ID_DESC, keysetPage, pageOrder, type Connection, type OrderBy, type PageArgs } from '../shared/pagination';
import { readPage } from '../shared/batch-loaders';
import { recordActivity } from '../activity/activity.service';
import { ClientPermission } from '../auth/client-permission';
import { Client } from '../clients/client.entity';
import { assertCanAccessClient } from '../auth/client-access';
import { financialRecords } from '../clients/client-ownership';
import { CreditEntry, CreditEntryKind } from './credit-entry.entity';

/** CR-1: staff add credit; `amount` is a positive decimal in the client's currency. */
export function addCredit(ctx: RequestContext, clientId: number, amount: string, description: string): Promise<CreditEntry> {
  return changeCredit(ctx, clientId, CreditEntryKind.ADD, description, (currency) => amountInput(amount, currency));
}

/** Staff take credit away; refused when it exceeds the balance (CR-5: never negative). */
export function removeCredit(ctx: RequestContext, clientId: number, amount: string, description: string): Promise<CreditEntry> {
  return changeCredit(ctx, clientId, CreditEntryKind.REMOVE, description, (currency, before) => {
    const minor = amountInput(amount, currency);
    if (minor > before) throw badInput('amount', 'The amount exceeds the credit balance', 'INSUFFICIENT_CREDIT');
    return -minor;
  });
}

/** CR-2: staff set the balance directly; the entry records who, when, the old and the new balance. */
export function adjustCreditBalance(ctx: RequestContext, clientId: number, newBalance: string, description: string): Promise<CreditEntry> {
  return changeCredit(ctx, clientId, CreditEntryKind.ADJUSTMENT, description, (currency, before) => {
    const target = amountInput(newBalance, currency, { field: 'newBalance', allowed: 'notNegative' });
    return target - before;
  });
}

/**
 * CR-5: one transaction per change. The client row is locked (SELECT … FOR
 * UPDATE) before the balance is read, so concurrent changes to one client run
 * one after another and each ledger line's balanceAfter is exact; a database
 * check keeps the balance from going negative even if a bug got past this.
 */
async function changeCredit(
  ctx: RequestContext,
  clientId: number,
  kind: CreditEntryKind,
  description: string,
  delta: (currency: string, before: bigint) => bigint,
): Promise<CreditEntry> {
  assertCanAccessClient(ctx, clientId);
  // The amount is read in the client's currency, under the lock: its problems and the description's are thrown together there.
  const problems = new FieldProblems();
  const text = description.trim();
  if (!text) problems.add('description', 'A description is required', 'VALUE_REQUIRED');
  if (text.length > 255) problems.add('description', 'The description is at most 255 characters', 'VALUE_TOO_LONG');
  const staffId = ctx.viewer?.kind === 'staff' ? ctx.viewer.staffId : undefined;

  const entry = await ctx.em.transactional(async (em) => {
    const client = await em.findOne(Client, { id: clientId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!client) throw notFound('Client', clientId);
    const before = BigInt(client.creditBalanceMinor);
    const change = problems.collect(() => delta(client.currency, before));
    problems.throwIfAny();
    const amountMinor = change!;
    const after = before + amountMinor;
    assertWithinMaxAmount(after, client.currency, 'amount', 'The credit balance');
    client.creditBalanceMinor = after;
    const entry = em.create(CreditEntry, {
      client,
      kind,
      amountMinor,
      currency: client.currency,
      balanceAfterMinor: after,
      description: text,
      staffId,
      impersonatorStaffId: ctx.viewer?.kind === 'client' ? ctx.viewer.impersonatorStaffId : undefined,
    });
    await em.flush();
    recordActivity(em, ctx, {
      action: `credit.${kind}`,
      targetType: 'CreditEntry',
      targetId: String(entry.id),
      clientId,
      details: { amountMinor: amountMinor.toString(), balanceBeforeMinor: before.toString(), balanceAfterMinor: after.toString(), currency: client.currency },
    });
    await publishOnCommit(em, 'CLIENT_CHANGED', { change: 'UPDATED', clientId, at: new Date().toISOString() });
    return entry;
  });
  return entry;
}

/**
 * Adds one ledger line inside the caller's transaction (`em` is its
 * transactional fork) to a client the caller has locked already
 * (PESSIMISTIC_WRITE, refreshed). Used by invoices and payments (issue 4.5/4.6),
 * which lock client → invoice in one transaction. Refuses a negative balance (CR-5).
 */
export function addCreditEntryLocked(
  em: EntityManager,
  ctx: Pick<RequestContext, 'viewer' | 'ip'>,
  client: Client,
  kind: CreditEntryKind,
  amountMinor: bigint,
  description: string,
  invoiceId?: number,
): CreditEntry {
  const before = BigInt(client.creditBalanceMinor);
  const after = before + amountMinor;
  if (after < 0n) throw badInput('amount', 'The amount exceeds the credit balance', 'INSUFFICIENT_CREDIT');
  assertWithinMaxAmount(after, client.currency, 'amount', 'The credit balance');
  client.creditBalanceMinor = after;
  return em.create(CreditEntry, {
    client,
    kind,
    amountMinor,
    currency: client.currency,
    balanceAfterMinor: after,
    description,
    invoiceId,
    staffId: ctx.viewer?.kind === 'staff' ? ctx.viewer.staffId : undefined,
    impersonatorStaffId: ctx.viewer?.kind === 'client' ? ctx.viewer.impersonatorStaffId : undefined,
  });
}

/** CR-1: the client's credit log, newest first. A user of the client needs the CREDIT permission. */
export async function listCreditLog(ctx: RequestContext, clientId: number, args: PageArgs, orderBy?: OrderBy, withTotal = true, fields?: readonly string[]): Promise<Connection<CreditEntry>> {
  assertCanAccessClient(ctx, clientId, ClientPermission.CREDIT);
  const page = keysetPage(args, pageOrder(orderBy, ID_DESC));
  if (!(await ctx.em.count(Client, { id: clientId }))) throw notFound('Client', clientId);
  return readPage(ctx.em, CreditEntry, { client: clientId }, page, withTotal, fields);
}

/** The credit log under a client (CR-1), as `creditLog` lists it. */
export function clientCreditPage(ctx: RequestContext, clientId: number, args: PageArgs, withTotal: boolean, orderBy?: OrderBy, fields?: readonly string[]): Promise<Connection<CreditEntry>> {
  assertCanAccessClient(ctx, clientId, ClientPermission.CREDIT);
  return ctx.loaders.creditPagesByClient(clientId, args, {}, withTotal, pageOrder(orderBy, ID_DESC), fields);
}

/** CL-1: a new client's opening credit, the first line of its credit log. */
export function addOpeningCredit(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, client: Client, amountMinor: bigint): void {
  addCreditEntryLocked(em, ctx, client, CreditEntryKind.OPENING, amountMinor, 'Opening credit');
}

/** CL-7: the survivor's balance becomes the exact sum of both; a MERGE line in its credit log says so. */
export function mergeCredit(em: EntityManager, ctx: Pick<RequestContext, 'viewer'>, keep: Client, discard: Client): void {
  const moved = BigInt(discard.creditBalanceMinor);
  const total = BigInt(keep.creditBalanceMinor) + moved;
  keep.creditBalanceMinor = total;
  em.create(CreditEntry, {
    client: keep,
    kind: CreditEntryKind.MERGE,
    amountMinor: 0n,
    currency: keep.currency,
    balanceAfterMinor: total,
    description: `Merged client #${discard.id} (${discard.email}): its credit log and balance of ${formatAmount(moved, keep.currency)} moved here`,
    staffId: ctx.viewer?.kind === 'staff' ? ctx.viewer.staffId : undefined,
  });
}

/** CL-7 moves the ledger with the client; CL-8 keeps it (financial) with the client's name and email. */
export const creditOwnedRecords = financialRecords('credit', [CreditEntry]);
