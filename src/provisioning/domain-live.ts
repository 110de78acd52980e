/**
 * Issue 15.1 / 15.3 / 15.5 (DN-2): a domain that became live, registered or
 * transferred in, sends its mail (queued in the transaction that recorded it)
 * and gets its zone once that committed. The registrar job and the registry
 * poll both record such a change through this one function.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { afterCommit } from '../shared/after-commit';
import { logger } from '../shared/logger';
import { queueMail } from '../mail/mail.service';
import type { ModuleRegistry } from './module-registry';
import { Domain, DomainStatus } from './domain.entity';

/** What an effect of a live domain works with; `em` is its own unit of work. */
export interface DomainLiveScope {
  em: EntityManager;
  config: Config;
  modules: ModuleRegistry;
}

export type DomainLiveEffect = (scope: DomainLiveScope, domainId: number) => Promise<void>;

/** What the effects are built from: the app's ORM, configuration and modules. */
export type DomainLiveDeps = { orm: MikroORM; config: Config; modules: ModuleRegistry };

const effects: DomainLiveEffect[] = [];

/** Issue 15.3: areas that act once a domain is live (the DNS area creates its zone); registered in src/composition.ts. */
export function onDomainLive(effect: DomainLiveEffect): void {
  effects.push(effect);
}

const REGISTERING: readonly DomainStatus[] = [DomainStatus.PENDING, DomainStatus.PENDING_REGISTRATION];

/**
 * Inside the transaction `em` that moved `domain` from `from` to its status:
 * a registration or transfer that completed queues its mail, and the live
 * effects run after the commit (a failing one is logged; the domain stays live).
 */
export async function afterDomainStatusChange(em: EntityManager, deps: DomainLiveDeps | undefined, domain: Domain, from: DomainStatus): Promise<void> {
  if (domain.status !== DomainStatus.ACTIVE) return;
  const type = REGISTERING.includes(from) ? 'domainRegistered' : from === DomainStatus.PENDING_TRANSFER ? 'domainTransferred' : undefined;
  if (!type) return;
  await queueMail(em, domain.client.id, type, { domain: domain.name, expiryDate: domain.expiryDate ?? '-' });
  if (!deps) return;
  for (const effect of effects) {
    await afterCommit(em, () =>
      effect({ em: deps.orm.em.fork(), config: deps.config, modules: deps.modules }, domain.id)
        .catch((error: unknown) => logger.error({ err: error }, `After domain ${domain.id} became live: an effect failed`)));
  }
}
