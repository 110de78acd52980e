/**
 * Issue 15.2: per-TLD rules (default registrar, EPP code for transfers,
 * required registrant fields) kept by staff, and the checks registrar
 * commands make with them. Allowed periods are the TLD's priced ones.
 */
import type { Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { badInput, FieldProblems } from '../shared/errors';
import { toId } from '../shared/ids';
import { ref } from '@mikro-orm/core';
import { recordActivity } from '../activity/activity.service';
import { normalizeTld } from '../catalog/catalog.service';
import { TldPrice } from '../catalog/tld-price.entity';
import { Client } from '../clients/client.entity';
import { RequiredClientField } from '../settings/required-client-field';
import { requireModule } from '../plugins/module-settings';
import { TldRule } from './tld-rule.entity';
import type { Domain } from './domain.entity';
import { Server } from './server.entity';
import type { TldRuleInput } from './domain.inputs';

/** Registrant fields a registry may require (the security question is no contact data). */
const CONTACT_FIELDS: readonly RequiredClientField[] = Object.values(RequiredClientField).filter((field) => field !== RequiredClientField.SECURITY_QUESTION);

/** The TLDs a name may belong to, longest first: "a.b.co.uk" → .b.co.uk, .co.uk, .uk. */
const tldsOf = (name: string): string[] => name.split('.').slice(1).map((_, i, labels) => `.${labels.slice(i).join('.')}`);

/** The rule of the longest TLD of `name` that has one. */
export async function tldRuleOf(em: EntityManager, name: string): Promise<TldRule | null> {
  const rules = await em.find(TldRule, { tld: { $in: tldsOf(name) } });
  return rules.sort((a, b) => b.tld.length - a.tld.length)[0] ?? null;
}

/** The registrar server the TLD rule names for domains of `registrar`, when it names one. */
export function ruleServerFor(rule: TldRule | null, registrar: string | undefined): Ref<Server> | undefined {
  return rule?.server && rule.registrar === registrar ? rule.server : undefined;
}

export function listTldRules(ctx: RequestContext): Promise<TldRule[]> {
  return ctx.em.find(TldRule, {}, { orderBy: { tld: 'asc' } });
}

/** Staff: creates or replaces the rule of one TLD. */
export async function setTldRule(ctx: RequestContext, input: TldRuleInput): Promise<TldRule> {
  const problems = new FieldProblems();
  const tld = problems.collect(() => normalizeTld(input.tld));
  if (input.registrar != null) {
    problems.collect(() => {
      const module = requireModule(ctx, input.registrar!, 'registrar');
      if (module.kind !== 'registrar') throw badInput('registrar', `Module ${module.name} is not a registrar`, 'MODULE_UNAVAILABLE');
    });
  }
  const serverKey = input.serverId != null ? problems.collect(() => toId(input.serverId!, 'Server', 'serverId')) : undefined;
  const server = serverKey !== undefined ? await ctx.em.findOne(Server, { id: serverKey }) : undefined;
  if (serverKey !== undefined && !server) problems.add('serverId', `Server ${input.serverId} does not exist`, 'REFERENCE_NOT_FOUND');
  if (server && server.module !== (input.registrar ?? undefined)) problems.add('serverId', `Server ${server.name} does not run the rule's registrar (${input.registrar ?? 'none'})`, 'MODULE_UNAVAILABLE');
  const fields = input.requiredContactFields ?? [];
  fields.forEach((field, i) => {
    if (!CONTACT_FIELDS.includes(field)) problems.add(`requiredContactFields.${i}`, `${field} is not a contact field`, 'INVALID_FORMAT');
  });
  problems.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const rule = (await em.findOne(TldRule, { tld: tld! })) ?? em.create(TldRule, { tld: tld! });
    rule.registrar = input.registrar ?? undefined;
    rule.server = server ? ref(server) : undefined;
    rule.eppCodeRequired = input.eppCodeRequired ?? true;
    rule.zoneBeforeRegistration = input.zoneBeforeRegistration ?? false;
    rule.requiredContactFields = [...new Set(fields)];
    await em.flush();
    recordActivity(em, ctx, { action: 'tld_rule.set', targetType: 'TldRule', targetId: rule.tld, details: { registrar: rule.registrar ?? null, serverId: server?.id ?? null, zoneBeforeRegistration: rule.zoneBeforeRegistration, eppCodeRequired: rule.eppCodeRequired, requiredContactFields: rule.requiredContactFields } });
    return rule;
  });
}

/**
 * The checks of the TLD rules before a registrar command on `domain` is
 * queued: a priced period, the EPP code of a transfer, the registrant fields
 * the registry requires (each missing one named). BAD_USER_INPUT listing every problem.
 */
export async function assertTldRules(em: EntityManager, domain: Domain, command: string, input: Record<string, unknown>, hasEppCode: boolean): Promise<void> {
  const rule = await tldRuleOf(em, domain.name);
  const problems = new FieldProblems();
  if (['register', 'transfer', 'renew'].includes(command)) {
    // The periods of the most specific TLD with prices (.co.uk before .uk).
    const prices = await em.find(TldPrice, { tld: { $in: tldsOf(domain.name) } }, { fields: ['tld', 'years'] });
    const tld = prices.map((price) => price.tld).sort((a, b) => b.length - a.length)[0];
    const offered = prices.filter((price) => price.tld === tld).map((price) => price.years);
    if (offered.length && !offered.includes(Number(input.years))) {
      problems.add('input.years', `${domain.name} is offered for ${[...new Set(offered)].sort((a, b) => a - b).join(', ')} year(s)`, 'TLD_NOT_OFFERED');
    }
  }
  if (command === 'transfer' && !hasEppCode && (rule?.eppCodeRequired ?? true)) {
    problems.add('input.eppCode', `A transfer of ${domain.name} needs the EPP code from the current registrar; none is saved`, 'VALUE_REQUIRED');
  }
  if (rule && ['register', 'transfer'].includes(command) && rule.requiredContactFields.length) {
    const client = await em.findOneOrFail(Client, domain.client.id);
    for (const field of rule.requiredContactFields) {
      const value = (client as unknown as Record<string, unknown>)[field];
      if (typeof value !== 'string' || !value.trim()) problems.add(`registrant.${field}`, `The registry of ${rule.tld} requires the registrant's ${field}; the client has none`, 'VALUE_REQUIRED');
    }
  }
  problems.throwIfAny();
}
