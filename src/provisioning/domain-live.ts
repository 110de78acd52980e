/**
 * Issue 15.1 / 15.3 / 15.5 (DN-2): a domain that became live, registered or
 * transferred in, sends its mail (queued in the transaction that recorded it)
 * and runs the domainWentLive hook (the DNS area marks its zone to be created
 * after the commit). The registrar job and the registry poll both record such a change
 * through this one function.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { outcomeHook } from '../shared/outcome-hooks';
import { queueMail } from '../mail/mail.service';
import type { ModuleRegistry } from './module-registry';
import { Domain, DomainStatus } from './domain.entity';
import { tldRuleOf } from './tld-rule.service';

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

/**
 * Issue 15.3: the zone of a domain whose TLD rule wants it before the
 * registration (some registries check that its nameservers answer): the DNS
 * area registers how to create it and how to remove it again, in
 * src/composition.ts. `create` runs outside any transaction; `remove` in the
 * transaction that records the failed registration (the zone leaves the DNS
 * server after its commit, durably).
 */
export interface ZoneFirstSteps {
  create(runner: DomainLiveRunner & { em: EntityManager }, domainId: number): Promise<void>;
  remove(runner: DomainLiveRunner & { em: EntityManager }, domainId: number): Promise<void>;
}
let zoneFirst: ZoneFirstSteps | undefined;

/** Registered in src/composition.ts. */
export function zoneBeforeRegistration(steps: ZoneFirstSteps): void {
  zoneFirst = steps;
}

/** The zone steps when the registration of `domainName` wants its zone first and a DNS area registered them. */
export async function zoneFirstFor(em: EntityManager, runner: DomainLiveRunner, domainName: string): Promise<ZoneFirstSteps | undefined> {
  if (!zoneFirst || !runner.config.dnsZoneServer) return undefined;
  return (await tldRuleOf(em, domainName))?.zoneBeforeRegistration ? zoneFirst : undefined;
}

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
