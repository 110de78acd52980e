/**
 * Multi-step domain operations shared by the registrar commands and the
 * hosting-style service commands. Each one reads the registry state first so
 * that a retry after a lost response finds and keeps what the first try did.
 */
import { DomainContact, DomainSyncResult, ModuleError, RegistryMessage } from '@hostbill/plugin-sdk';
import { fail } from './errors';
import { DomainChanges, DomainInfo, EppResult, normalizeHost, parseMessageData } from './epp-xml';
import { isInside } from './names';
import { Registry, datePart, isCode, requireGlue } from './registry';

export const HOLD = 'clientHold';
export const TRANSFER_LOCK = 'clientTransferProhibited';

/**
 * A domain of ours in one of these states is not a registration to adopt:
 * it is being deleted, is leaving for another registrar, or is on hold for
 * a reason of its own (RFC 5731 §2.3, RFC 3915).
 */
const NOT_ADOPTABLE = ['pendingDelete', 'pendingTransfer', 'clientHold', 'serverHold'];
const DELETE_PROHIBITED = ['clientDeleteProhibited', 'serverDeleteProhibited', 'pendingTransfer'];
/** Transfer results that leave the domain where it was (RFC 5730 §2.4 trStatus). */
const FAILED_TRANSFERS = ['clientRejected', 'clientCancelled', 'serverCancelled'];

export interface Registration {
  roid: string;
  registrantHandle: string;
  expiryDate?: string;
  adopted: boolean;
}

export interface RegisterInput {
  /** A-label. */
  name: string;
  years: number;
  /** A-labels. */
  nameservers: string[];
  /** Glue: IP addresses of nameservers inside the domain, by A-label. */
  addresses: Record<string, string[]>;
  registrant: DomainContact;
  /** The roid an earlier command recorded for this domain, when there is one. */
  roid?: string;
}

export function isPendingDelete(info: DomainInfo): boolean {
  return info.statuses.includes('pendingDelete') || info.rgpStatuses.some((s) => ['redemptionPeriod', 'pendingDelete'].includes(s));
}

/**
 * Registers a domain, or adopts it when an earlier attempt of ours already
 * did (its answer lost). A name the registry calls unavailable but does not
 * hold is reported with the registry's reason (reserved, invalid, …), never
 * as taken.
 */
export async function registerDomain(registry: Registry, input: RegisterInput): Promise<Registration> {
  const { name } = input;
  const check = await checkName(registry, name);
  if (!check.avail) {
    const existing = await registry.domainInfo(name);
    if (!existing) throw fail(`Domain ${name} cannot be registered: ${check.reason ?? 'the registry gives no reason'}`, '2306');
    return adopt(registry, existing, input);
  }

  requireGlue(name, input.nameservers, input.addresses);
  const registrantHandle = await registry.ensureContact(input.registrant);
  // Host objects inside the new domain can only be created once it exists (RFC 5732 §3.2.1).
  const first = registry.hostAttr ? input.nameservers : input.nameservers.filter((h) => !isInside(h, name));
  await registry.ensureNameservers(name, first, input.addresses);
  let exDate: string | undefined;
  try {
    exDate = await registry.createDomain({ ...input, nameservers: first, registrant: registrantHandle });
  } catch (error) {
    // Another attempt of ours may have created it between our check and our create.
    if (!isCode(error, 2302)) throw error;
    const raced = await registry.domainInfo(name);
    if (!raced) throw error;
    return adopt(registry, raced, input);
  }
  const info = await registry.ownDomain(name);
  await updateDomainTo(registry, info, { nameservers: input.nameservers, addresses: input.addresses });
  return { roid: info.roid, registrantHandle, expiryDate: datePart(exDate ?? info.exDate), adopted: false };
}

/** domain:check; a name the registry rejects as malformed (2005) is reported as an invalid name. */
async function checkName(registry: Registry, name: string): Promise<{ avail: boolean; reason?: string }> {
  try {
    return await registry.domainCheck(name);
  } catch (error) {
    if (!isCode(error, 2005)) throw error;
    throw new ModuleError(`Invalid domain name ${name}: ${(error as Error).message}`, { retryable: false, remoteCode: '2005', cause: error });
  }
}

/**
 * Takes over a domain this registrar already sponsors, as the registration
 * the caller asked for: only when it is the recorded registration (same
 * roid) or, with none recorded, one for the same registrant, and only when
 * it is in no state that makes it something else than a fresh registration.
 */
async function adopt(registry: Registry, info: DomainInfo, input: RegisterInput): Promise<Registration> {
  const { name } = input;
  if (info.clID !== registry.clientId) throw fail(`Domain ${name} is already registered by another registrar`, '2302');
  if (input.roid && info.roid !== input.roid) {
    throw fail(`Domain ${name} at the registry (${info.roid}) is not the registration recorded here (${input.roid})`, '2302');
  }
  const blocking = info.statuses.filter((s) => NOT_ADOPTABLE.includes(s));
  if (isPendingDelete(info) && !blocking.includes('pendingDelete')) blocking.push('pendingDelete');
  if (blocking.length) {
    throw fail(`Domain ${name} is registered through us but is ${blocking.join(', ')}: it is not taken over as a new registration`, '2304');
  }
  const registrantHandle = registry.contactHandle(input.registrant);
  if (!input.roid && info.registrant !== registrantHandle) {
    throw fail(`Domain ${name} is registered through us for another registrant (${info.registrant ?? 'none'})`, '2302');
  }
  await updateDomainTo(registry, info, { nameservers: input.nameservers, addresses: input.addresses });
  return { roid: info.roid, registrantHandle: info.registrant ?? registrantHandle, expiryDate: datePart(info.exDate), adopted: true };
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

/** Brings a domain to the wanted nameservers and statuses, creating the host objects it lacks first. */
export async function updateDomainTo(
  registry: Registry,
  info: DomainInfo,
  want: { nameservers?: string[]; addresses?: Record<string, string[]>; statuses?: Record<string, boolean> },
): Promise<void> {
  const changes = changesFor(info, want);
  await registry.ensureNameservers(info.name, changes.addNs ?? [], want.addresses ?? {});
  await registry.updateDomain(info.name, changes, want.addresses);
}

export async function setStatus(registry: Registry, name: string, status: string, on: boolean): Promise<void> {
  const info = await registry.ownDomain(name);
  await registry.updateDomain(name, changesFor(info, { statuses: { [status]: on } }));
}

export interface Termination {
  /** What the registry holds now: nothing, or the domain in its redemption period. */
  registryStatus: 'deleted' | 'pendingDelete' | 'notOurs';
  message: string;
}

/**
 * Deletes the registration a service made, identified by its roid, and
 * nothing else: a later registration of the same name, or the domain after
 * it moved to another registrar, is left alone. A delete the registry
 * answers 1001 leaves the domain pendingDelete (RFC 3915 redemption period),
 * and a terminate repeated then is done already. Subordinate host objects
 * block a domain delete (2305, Nomulus DomainDeleteFlow), so they go first.
 */
export async function terminateDomain(registry: Registry, name: string, roid: string | undefined): Promise<Termination> {
  const info = await registry.domainInfo(name);
  if (!info) return { registryStatus: 'deleted', message: `${name} was already gone` };
  if (!roid) {
    throw fail(`No registry object id (roid) is recorded for ${name}, so this service's registration cannot be told apart from another: not deleted`);
  }
  if (info.roid !== roid) {
    return { registryStatus: 'notOurs', message: `${name} was already gone: the name is now another registration (${info.roid}), left alone` };
  }
  if (info.clID !== registry.clientId) {
    return { registryStatus: 'notOurs', message: `${name} is now sponsored by another registrar (${info.clID}): nothing deleted` };
  }
  if (isPendingDelete(info)) return { registryStatus: 'pendingDelete', message: `${name} is already pending delete at the registry` };
  const prohibited = info.statuses.filter((s) => DELETE_PROHIBITED.includes(s));
  if (prohibited.length) throw fail(`Domain ${name} cannot be deleted while it is ${prohibited.join(', ')}`, '2304');

  if (info.hosts.length) {
    await registry.updateDomain(name, { remNs: info.nameservers.filter((h) => info.hosts.includes(h)) });
    for (const host of info.hosts) await registry.deleteHost(host);
  }
  const outcome = await registry.deleteDomain(name);
  if (outcome === 'pendingDelete') {
    return { registryStatus: 'pendingDelete', message: `${name} deleted at the registry: pending delete (redemption period)` };
  }
  return { registryStatus: 'deleted', message: outcome === 'gone' ? `${name} was already gone` : `${name} deleted` };
}

/** What the billing server should record for a domain, from the registry's point of view. */
export async function syncDomain(registry: Registry, name: string, roid?: string, now = new Date()): Promise<DomainSyncResult> {
  const info = await registry.domainInfo(name);
  // Another roid is another registration of the name: the one recorded here is gone.
  if (!info || (roid && info.roid !== roid)) return { status: 'Cancelled' };
  if (info.clID !== registry.clientId) {
    if (!info.statuses.includes('pendingTransfer')) return { status: 'TransferredAway' };
    return { status: (await ourTransferRequest(registry, name)) ? 'PendingTransfer' : 'TransferredAway' };
  }
  const expiryDate = datePart(info.exDate);
  const transferLocked = info.statuses.includes(TRANSFER_LOCK);
  if (isPendingDelete(info)) return { status: 'PendingDelete', expiryDate, nameservers: info.nameservers, transferLocked };
  const expired = info.exDate !== undefined && new Date(info.exDate).getTime() < now.getTime();
  return { status: expired ? 'Expired' : 'Active', expiryDate, nameservers: info.nameservers, transferLocked };
}

/** Whether a pending transfer of another registrar's domain is one we requested. */
async function ourTransferRequest(registry: Registry, name: string): Promise<boolean> {
  try {
    return (await registry.queryTransfer(name)).reID === registry.clientId;
  } catch (error) {
    // Without authInfo the registry answers only the sponsor and the requester (RFC 5731 §3.1.3).
    if (isCode(error, 2201)) return false;
    throw error;
  }
}

/**
 * Reads the poll queue (RFC 5730 §2.9.2.3) oldest first: each message is
 * described (with the domain's new state when it names one), handed to
 * `handle`, and acknowledged only once that resolved, so a message whose
 * handling failed is read again next time.
 */
export async function pollMessages(
  registry: Registry,
  handle: (message: RegistryMessage) => Promise<void>,
  signal: AbortSignal,
  limit = 100,
): Promise<number> {
  let handled = 0;
  while (handled < limit && !signal.aborted) {
    const result = await registry.pollRequest();
    if (!result?.msgQ) break;
    await handle(await describeMessage(registry, result));
    await registry.pollAck(result.msgQ.id);
    handled += 1;
  }
  return handled;
}

async function describeMessage(registry: Registry, result: EppResult): Promise<RegistryMessage> {
  const msgQ = result.msgQ as NonNullable<EppResult['msgQ']>;
  const { domain, transfer } = parseMessageData(result.resData);
  const message: RegistryMessage = { id: msgQ.id, date: msgQ.qDate, text: msgQ.msg ?? result.message, domain, transferStatus: transfer?.trStatus };
  if (!domain) return message;
  // A transfer we asked for that did not happen: the domain never became ours.
  if (transfer && transfer.reID === registry.clientId && FAILED_TRANSFERS.includes(transfer.trStatus)) {
    return { ...message, sync: { status: 'Cancelled' } };
  }
  return { ...message, sync: await syncDomain(registry, domain) };
}
