/**
 * Issue 15.1 / 15.3 / 15.5 (DN-2): a domain that became live, registered or
 * transferred in, sends its mail (queued in the transaction that recorded it)
 * and runs the domainWentLive hook (the DNS area creates its zone after the
 * commit). The registrar job and the registry poll both record such a change
 * through this one function.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { outcomeHook } from '../shared/outcome-hooks';
import { queueMail } from '../mail/mail.service';
import type { ModuleRegistry } from './module-registry';
import { Domain, DomainStatus } from './domain.entity';

export interface DomainLiveOutcome {
  domain: Domain;
  /** The status it had before. */
  from: DomainStatus;
  /** The configuration and modules the recording process works with. */
  runner: DomainLiveRunner;
}

export type DomainLiveRunner = { config: Config; modules: ModuleRegistry };

/** Issue 15.3: areas that act once a domain is live register here, in src/composition.ts. */
export const domainWentLive = outcomeHook<DomainLiveOutcome>();

const REGISTERING: readonly DomainStatus[] = [DomainStatus.PENDING, DomainStatus.PENDING_REGISTRATION];

/**
 * Inside the transaction `em` that moved `domain` from `from` to its status:
 * a registration or transfer that completed queues its mail and runs the
 * domainWentLive hook (without `runner` only the mail).
 */
export async function afterDomainStatusChange(em: EntityManager, runner: DomainLiveRunner | undefined, domain: Domain, from: DomainStatus): Promise<void> {
  if (domain.status !== DomainStatus.ACTIVE) return;
  const type = REGISTERING.includes(from) ? 'domainRegistered' : from === DomainStatus.PENDING_TRANSFER ? 'domainTransferred' : undefined;
  if (!type) return;
  await queueMail(em, domain.client.id, type, { domain: domain.name, expiryDate: domain.expiryDate ?? '-' });
  if (runner) await domainWentLive.run(em, { domain, from, runner });
}
