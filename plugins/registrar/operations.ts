/**
 * Multi-step domain operations shared by the registrar commands and the
 * hosting-style service commands. Each one reads the registry state first so
 * that a retry after a lost response finds and keeps what the first try did.
 */
import { DomainContact, DomainSyncResult, ModuleError } from '../../src/provisioning/sdk';
import { fail } from './errors';
import { DomainChanges, DomainInfo, normalizeHost } from './epp-xml';
import { Registry, datePart } from './registry';

export const HOLD = 'clientHold';
export const TRANSFER_LOCK = 'clientTransferProhibited';

export interface Registration {
  roid?: string;
  registrantHandle: string;
  expiryDate?: string;
  adopted: boolean;
}

export async function registerDomain(
  registry: Registry,
  input: { name: string; years: number; nameservers: string[]; registrant: DomainContact },
): Promise<Registration> {
  const existing = await registry.domainInfo(input.name);
  if (existing) return adopt(registry, existing);

  const check = await registry.domainCheck(input.name);
  if (!check.avail) throw fail(`Domain ${input.name} is not available${check.reason ? `: ${check.reason}` : ''}`, '2302');

  const registrantHandle = await registry.ensureContact(input.registrant);
  try {
    const exDate = await registry.createDomain({
      name: input.name,
      years: input.years,
      nameservers: input.nameservers.map(normalizeHost),
      registrant: registrantHandle,
    });
    const info = await registry.ownDomain(input.name);
    return { roid: info.roid, registrantHandle, expiryDate: datePart(exDate ?? info.exDate), adopted: false };
  } catch (error) {
    // Another attempt of ours may have created it between our check and our create.
    if (!(error instanceof ModuleError) || error.remoteCode !== '2302') throw error;
    const raced = await registry.domainInfo(input.name);
    if (!raced) throw error;
    return adopt(registry, raced);
  }
}

function adopt(registry: Registry, info: DomainInfo): Registration {
  if (info.clID !== registry.clientId) {
    throw fail(`Domain ${info.name} is already registered by another registrar`, '2302');
  }
  return { roid: info.roid, registrantHandle: info.registrant ?? '', expiryDate: datePart(info.exDate), adopted: true };
}

/** The domain:update that turns the current nameservers/statuses into the wanted ones. */
export function changesFor(
  info: DomainInfo,
  want: { nameservers?: string[]; statuses?: Record<string, boolean> },
): DomainChanges {
  const changes: DomainChanges = {};
  if (want.nameservers) {
    const wanted = [...new Set(want.nameservers.map(normalizeHost))];
    changes.addNs = wanted.filter((h) => !info.nameservers.includes(h));
    changes.remNs = info.nameservers.filter((h) => !wanted.includes(h));
  }
  for (const [status, on] of Object.entries(want.statuses ?? {})) {
    const present = info.statuses.includes(status);
    if (on && !present) (changes.addStatus ??= []).push(status);
    if (!on && present) (changes.remStatus ??= []).push(status);
  }
  return changes;
}

export async function setStatus(registry: Registry, name: string, status: string, on: boolean): Promise<void> {
  const info = await registry.ownDomain(name);
  await registry.updateDomain(name, changesFor(info, { statuses: { [status]: on } }));
}

/** What the billing server should record for a domain, from the registry's point of view. */
export function syncResult(registry: Registry, info: DomainInfo | undefined, now = new Date()): DomainSyncResult {
  if (!info) return { status: 'Cancelled' };
  if (info.clID !== registry.clientId) {
    return { status: info.statuses.includes('pendingTransfer') ? 'PendingTransfer' : 'TransferredAway' };
  }
  const expiryDate = datePart(info.exDate);
  const expired = info.exDate !== undefined && new Date(info.exDate).getTime() < now.getTime();
  return { status: expired ? 'Expired' : 'Active', expiryDate, nameservers: info.nameservers };
}
