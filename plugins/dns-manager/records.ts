/**
 * Pure record logic: default zone contents (DN-3) and the suspension swap.
 * Names are absolute, lower case, with the trailing dot PowerDNS expects.
 */
import { PowerDnsComment, PowerDnsRrset, PowerDnsZone, RrsetChange, RrsetReplace } from './powerdns-client';
import { DnsProductOptions, DnsServerSettings } from './settings';

/** Types at @ and www that decide where the website points: swapped while suspended. */
const WEBSITE_TYPES = ['A', 'AAAA', 'CNAME'];
const SUSPENSION_TTL = 300;
const MARKER_ACCOUNT = 'billing-dns-manager';
const MARKER_PREFIX = 'suspended; saved rrsets: ';

export function fqdn(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.endsWith('.') ? lower : `${lower}.`;
}

/** "@" or "" → the apex; "www" → www.<zone>; absolute names must lie inside the zone. */
export function absoluteName(name: string, zoneName: string): string | undefined {
  const trimmed = name.trim().toLowerCase();
  if (trimmed === '@' || trimmed === '') return zoneName;
  const absolute = trimmed.endsWith('.') ? trimmed : `${trimmed}.${zoneName}`;
  return absolute === zoneName || absolute.endsWith(`.${zoneName}`) ? absolute : undefined;
}

/** The website names of a zone: the apex and www. */
export function websiteNames(zoneName: string): string[] {
  return [zoneName, `www.${zoneName}`];
}

export function isWebsiteRrset(rrset: { name: string; type: string }, zoneName: string): boolean {
  return websiteNames(zoneName).includes(rrset.name) && WEBSITE_TYPES.includes(rrset.type);
}

export interface ResolvedSettings {
  ttl: number;
  nameservers: string[];
  soaEmail?: string;
  ipv4: string;
  ipv6?: string;
  mailHost: string;
  mxPriority: number;
  suspensionIpv4: string;
}

/** Product options win over server settings (a product hosted on another server points there). */
export function resolveSettings(server: DnsServerSettings, product: DnsProductOptions): ResolvedSettings {
  return {
    ttl: server.defaultTtl ?? 3600,
    nameservers: server.nameservers.map(fqdn),
    soaEmail: server.soaEmail,
    ipv4: product.targetIpv4 || server.defaultIpv4,
    ipv6: product.targetIpv6 || server.defaultIpv6 || undefined,
    mailHost: fqdn(product.mailHost || server.mailHost),
    mxPriority: product.mxPriority ?? server.mxPriority ?? 10,
    suspensionIpv4: server.suspensionIpv4,
  };
}

function replace(name: string, type: string, ttl: number, contents: string[], comments?: PowerDnsComment[]): RrsetReplace {
  const records = contents.map((content) => ({ content, disabled: false }));
  return { name, type, changetype: 'REPLACE', ttl, records, ...(comments ? { comments } : {}) };
}

/** SOA rname: the email with "@" turned into a dot and dots in the local part escaped. */
function soaRname(email: string): string {
  const at = email.lastIndexOf('@');
  return fqdn(`${email.slice(0, at).replace(/\./g, '\\.')}.${email.slice(at + 1)}`);
}

/** SOA and NS: written once, when the zone is created. */
export function zoneApexRrsets(zoneName: string, s: ResolvedSettings): RrsetReplace[] {
  const rname = s.soaEmail ? soaRname(s.soaEmail) : `hostmaster.${zoneName}`;
  // Serial 1: PowerDNS rewrites it (soa_edit_api DEFAULT) on create and on every change.
  const soa = `${s.nameservers[0]} ${rname} 1 10800 3600 604800 3600`;
  return [replace(zoneName, 'SOA', s.ttl, [soa]), replace(zoneName, 'NS', s.ttl, s.nameservers)];
}

/**
 * The records a product decides (DN-3): A/AAAA of @ and www, MX of @.
 * DELETEs clear what would conflict (a www CNAME) or is no longer wanted (AAAA).
 */
export function productRrsets(zoneName: string, s: ResolvedSettings): RrsetChange[] {
  const changes: RrsetChange[] = [];
  for (const name of websiteNames(zoneName)) {
    changes.push({ name, type: 'CNAME', changetype: 'DELETE' });
    changes.push(replace(name, 'A', s.ttl, [s.ipv4]));
    changes.push(s.ipv6 ? replace(name, 'AAAA', s.ttl, [s.ipv6]) : { name, type: 'AAAA', changetype: 'DELETE' });
  }
  changes.push(replace(zoneName, 'MX', s.ttl, [`${s.mxPriority} ${s.mailHost}`]));
  return changes;
}

/** DELETEs first, so a REPLACE never meets a CNAME it conflicts with. */
export function deletesFirst(changes: RrsetChange[]): RrsetChange[] {
  return [...changes.filter((c) => c.changetype === 'DELETE'), ...changes.filter((c) => c.changetype === 'REPLACE')];
}

/**
 * The website rrsets saved by suspend, or undefined when the zone is not suspended.
 * They live in a comment on the apex A rrset, written in the same PATCH that swaps
 * the records, so "suspended" and "originals saved" can never disagree.
 */
export function savedWebsiteRrsets(zone: PowerDnsZone): PowerDnsRrset[] | undefined {
  const apexA = zone.rrsets.find((r) => r.name === zone.name && r.type === 'A');
  const marker = apexA?.comments.find((c) => c.account === MARKER_ACCOUNT && c.content.startsWith(MARKER_PREFIX));
  if (!marker) return undefined;
  return JSON.parse(marker.content.slice(MARKER_PREFIX.length)) as PowerDnsRrset[];
}

/** Points @ and www at the suspension IP, saving `originals` in the apex A comment. */
export function suspensionChanges(zoneName: string, suspensionIpv4: string, originals: PowerDnsRrset[]): RrsetChange[] {
  const marker: PowerDnsComment = { account: MARKER_ACCOUNT, content: MARKER_PREFIX + JSON.stringify(originals) };
  const changes: RrsetChange[] = [];
  for (const name of websiteNames(zoneName)) {
    changes.push({ name, type: 'CNAME', changetype: 'DELETE' });
    changes.push({ name, type: 'AAAA', changetype: 'DELETE' });
    changes.push(replace(name, 'A', SUSPENSION_TTL, [suspensionIpv4], name === zoneName ? [marker] : []));
  }
  return deletesFirst(changes);
}

/** Puts the saved website rrsets back; the apex A REPLACE or DELETE drops the marker. */
export function restoreChanges(zoneName: string, originals: PowerDnsRrset[]): RrsetChange[] {
  const changes: RrsetChange[] = [];
  for (const name of websiteNames(zoneName)) {
    for (const type of WEBSITE_TYPES) {
      const saved = originals.find((r) => r.name === name && r.type === type);
      changes.push(
        saved
          ? { name, type, changetype: 'REPLACE', ttl: saved.ttl, records: saved.records, comments: saved.comments }
          : { name, type, changetype: 'DELETE' },
      );
    }
  }
  return deletesFirst(changes);
}

/** The website rrsets a list of changes leaves behind, starting from `current`. */
export function applyToWebsiteRrsets(current: PowerDnsRrset[], changes: RrsetChange[], zoneName: string): PowerDnsRrset[] {
  let result = [...current];
  for (const change of changes) {
    if (!isWebsiteRrset(change, zoneName)) continue;
    result = result.filter((r) => !(r.name === change.name && r.type === change.type));
    if (change.changetype === 'REPLACE') {
      result.push({ name: change.name, type: change.type, ttl: change.ttl, records: change.records, comments: change.comments ?? [] });
    }
  }
  return result;
}
