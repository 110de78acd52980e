/**
 * Issue 11.9: what a registrar reports about a domain (a sync result, or the
 * state a registry message left it in) becomes the domain record's state. The
 * registry is authoritative, so any status may follow any other. Used by the
 * registry poll (registry-poll.jobs.ts); a registrar sync or domain command
 * path applies its DomainSyncResult through the same function.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { recordActivity } from '../activity/activity.service';
import { followServices } from './client-status';
import { Domain, DomainStatus } from './domain.entity';
import type { DomainSyncResult } from '@hostbill/plugin-sdk';
import { afterDomainStatusChange, type DomainLiveRunner } from './domain-live';

export const DOMAIN_STATUS_OF_SYNC: Readonly<Record<DomainSyncResult['status'], DomainStatus>> = {
  Active: DomainStatus.ACTIVE,
  Expired: DomainStatus.EXPIRED,
  Cancelled: DomainStatus.CANCELLED,
  TransferredAway: DomainStatus.TRANSFERRED_AWAY,
  PendingTransfer: DomainStatus.PENDING_TRANSFER,
  // Deleted at the registry but still restorable (RFC 3915 redemption period): the name stays ours until it is purged.
  PendingDelete: DomainStatus.REDEMPTION_PERIOD,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface DomainSyncOutcome {
  /** Fields that changed (status, expiryDate, nameservers, transferLocked); empty when the record already agreed. */
  changed: string[];
  from: DomainStatus;
  /** What the module sent that could not be recorded (a status or date this server does not know). */
  ignored: string[];
}

/**
 * Applies `sync` to `domain` inside the caller's transaction (`em`) and records
 * it in the activity log with `details`. Values a module got wrong are left out
 * (and named in `ignored`) rather than thrown: the registry's answer would not
 * change on a retry.
 */
export async function applyDomainSync(
  em: EntityManager,
  ctx: Pick<RequestContext, 'viewer' | 'ip'>,
  domain: Domain,
  sync: DomainSyncResult,
  details: Record<string, unknown>,
  runner?: DomainLiveRunner,
): Promise<DomainSyncOutcome> {
  const from = domain.status;
  const changed: string[] = [];
  const ignored: string[] = [];
  const status = Object.hasOwn(DOMAIN_STATUS_OF_SYNC, sync.status) ? DOMAIN_STATUS_OF_SYNC[sync.status] : undefined;
  if (!status) ignored.push(`status ${JSON.stringify(sync.status)}`);
  else if (status !== from) {
    domain.status = status;
    changed.push('status');
  }
  if (sync.expiryDate !== undefined) {
    if (typeof sync.expiryDate !== 'string' || !ISO_DATE.test(sync.expiryDate)) ignored.push(`expiryDate ${JSON.stringify(sync.expiryDate)}`);
    else if (sync.expiryDate !== domain.expiryDate) {
      domain.expiryDate = sync.expiryDate;
      changed.push('expiryDate');
    }
  }
  if (Array.isArray(sync.nameservers)) {
    const nameservers = [...new Set(sync.nameservers.map((host) => String(host).trim().toLowerCase().replace(/\.$/, '')))];
    if (nameservers.join(' ') !== domain.nameservers.join(' ')) {
      domain.nameservers = nameservers;
      changed.push('nameservers');
    }
  }
  if (typeof sync.transferLocked === 'boolean' && sync.transferLocked !== domain.transferLocked) {
    domain.transferLocked = sync.transferLocked;
    changed.push('transferLocked');
  }
  if (!changed.length) return { changed, from, ignored };
  em.persist(domain);
  recordActivity(em, ctx, {
    action: 'domain.registrySync',
    targetType: 'Domain',
    targetId: String(domain.id),
    clientId: domain.client.id,
    details: { ...details, changed, from, to: domain.status, expiryDate: domain.expiryDate ?? null, nameservers: domain.nameservers },
  });
  if (from !== domain.status) {
    await followServices(em, ctx, [domain.client.id]);
    // Issue 15.5 / DN-2: a transfer the registry completed sends its mail and gets its zone.
    await afterDomainStatusChange(em, runner, domain, from);
  }
  return { changed, from, ignored };
}
