import type { RequestContext } from '../shared/context';
import { FieldProblems, notFound } from '../shared/errors';
import { ClientPermission } from '../auth/client-permission';
import { recordActivity } from '../activity/activity.service';
import { Client } from './client.entity';
import { ClientPayer, PayerType } from './client-payer.entity';
import { assertCanAccessClient, assertFieldPermission } from '../auth/client-access';
import { clientRows } from './client-ownership';

export interface PayerInput {
  type?: PayerType;
  name?: string;
  taxId?: string | null;
  email?: string | null;
  address1?: string | null;
  address2?: string | null;
  city?: string | null;
  state?: string | null;
  postcode?: string | null;
  country?: string | null;
}

const FIELDS = ['type', 'name', 'taxId', 'email', 'address1', 'address2', 'city', 'state', 'postcode', 'country'] as const;

/** CL-12: payers are billing data: users need the INVOICES permission. */
export async function createPayer(ctx: RequestContext, clientId: number, input: PayerInput & { type: PayerType; name: string }): Promise<ClientPayer> {
  assertCanAccessClient(ctx, clientId, ClientPermission.INVOICES);
  const client = await ctx.em.findOne(Client, { id: clientId });
  if (!client) throw notFound('Client', clientId);
  return ctx.em.transactional(async (em) => {
    const payer = em.create(ClientPayer, { client, type: input.type, name: input.name });
    applyPayer(payer, input);
    await em.flush();
    recordActivity(em, ctx, { action: 'client.payer.create', targetType: 'ClientPayer', targetId: String(payer.id), clientId });
    return payer;
  });
}

export async function updatePayer(ctx: RequestContext, id: number, input: PayerInput): Promise<ClientPayer> {
  const payer = await findPayer(ctx, id);
  await ctx.em.transactional(async (em) => {
    applyPayer(payer, input);
    em.persist(payer);
    recordActivity(em, ctx, {
      action: 'client.payer.update', targetType: 'ClientPayer', targetId: String(id), clientId: payer.client.id,
      details: { changed: FIELDS.filter((f) => input[f] !== undefined) },
    });
  });
  return payer;
}

export async function deletePayer(ctx: RequestContext, id: number): Promise<boolean> {
  const payer = await findPayer(ctx, id);
  await ctx.em.transactional(async (em) => {
    await em.nativeDelete(ClientPayer, { id });
    recordActivity(em, ctx, { action: 'client.payer.delete', targetType: 'ClientPayer', targetId: String(id), clientId: payer.client.id, details: { name: payer.name } });
  });
  return true;
}

export async function payersOf(ctx: RequestContext, clientId: number): Promise<ClientPayer[]> {
  assertFieldPermission(ctx, ClientPermission.INVOICES);
  return ctx.loaders.payersByClient.load(clientId);
}

/** Validates before anything is written: name never blank, a company needs its tax id. */
function applyPayer(payer: ClientPayer, input: PayerInput) {
  const problems = new FieldProblems();
  if (input.type === null) problems.add('type', 'type cannot be null', 'VALUE_REQUIRED');
  if (input.name === null || (input.name !== undefined && !input.name.trim())) problems.add('name', 'name is required', 'VALUE_REQUIRED');
  const type = input.type ?? payer.type;
  const taxId = input.taxId === undefined ? payer.taxId : input.taxId;
  if (type === PayerType.COMPANY && !taxId?.trim()) problems.add('taxId', 'A company payer needs a tax id', 'VALUE_REQUIRED');
  problems.throwIfAny();
  for (const field of FIELDS) {
    const value = input[field];
    if (value !== undefined) (payer as unknown as Record<string, unknown>)[field] = value === null ? undefined : typeof value === 'string' ? value.trim() : value;
  }
}

async function findPayer(ctx: RequestContext, id: number): Promise<ClientPayer> {
  const payer = await ctx.em.findOne(ClientPayer, { id });
  if (!payer) throw notFound('ClientPayer', id);
  assertCanAccessClient(ctx, payer.client.id, ClientPermission.INVOICES, ['ClientPayer', id]);
  return payer;
}

/** CL-7: payers move to the survivor; CL-8: they go with the client (invoices keep their own snapshot). */
export const clientPayerOwnedRecords = clientRows('client-payers', [ClientPayer]);
