import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { FieldProblems } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { OperatorSettings } from './operator-settings.entity';

/** The single settings row, created with defaults on first use. */
export async function getOperatorSettings(em: EntityManager): Promise<OperatorSettings> {
  const existing = await em.findOne(OperatorSettings, { id: 1 });
  if (existing) return existing;
  // Two first requests at once: the loser's insert does nothing instead of failing on the key.
  await em.createQueryBuilder(OperatorSettings).insert({ id: 1 }).onConflict('id').ignore().execute();
  return em.findOneOrFail(OperatorSettings, { id: 1 });
}

export async function updateOperatorSettings(
  ctx: RequestContext,
  input: { requiredClientFields?: string[]; acceptOrdersOnPayment?: boolean | null; creditOnDowngrade?: boolean | null },
): Promise<OperatorSettings> {
  const problems = new FieldProblems();
  for (const field of ['acceptOrdersOnPayment', 'creditOnDowngrade'] as const) {
    if (input[field] === null) problems.add(field, `${field} cannot be null: leave it out to keep it`, 'VALUE_REQUIRED');
  }
  problems.throwIfAny();
  const settings = await getOperatorSettings(ctx.em);
  await ctx.em.transactional(async (em) => {
    if (input.requiredClientFields) settings.requiredClientFields = [...new Set(input.requiredClientFields)];
    if (input.acceptOrdersOnPayment != null) settings.acceptOrdersOnPayment = input.acceptOrdersOnPayment;
    if (input.creditOnDowngrade != null) settings.creditOnDowngrade = input.creditOnDowngrade;
    em.persist(settings);
    recordActivity(em, ctx, { action: 'settings.update', targetType: 'OperatorSettings', targetId: '1', details: { ...input } });
  });
  return settings;
}
