/**
 * DN-3 / issue 15.3: the rules for records clients and staff write into a
 * zone, pure so they are checked before the DNS module is called. Names and
 * host names come out absolute, lower case, with the trailing dot PowerDNS
 * expects; contents in zone-file syntax.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { FieldProblems, type FieldRef } from '../shared/errors';

export const EDITABLE_RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA'] as const;
export type EditableRecordType = (typeof EDITABLE_RECORD_TYPES)[number];

/** The TTL range PowerDNS zones of this server take (the dns-manager module's own bounds). */
export const TTL_MIN = 60;
export const TTL_MAX = 604_800;
export const DEFAULT_TTL = 3600;
const MAX_RECORDS = 100;

/** One record set: every record of one name and type. */
export interface RecordSet {
  /** Absolute, lower case, trailing dot. */
  name: string;
  type: string;
  ttl: number;
  records: string[];
}

/** What a caller asks for: `records` empty removes the record set. */
export interface RecordSetChange {
  name: string;
  type: string;
  ttl?: number | null;
  records: string[];
}

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

export const fqdn = (name: string) => (name.endsWith('.') ? name : `${name}.`);

/** A host name outside or inside the zone (an MX, CNAME or SRV target), absolute. */
function hostName(value: string): string | undefined {
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  if (host.length === 0 || host.length > 253) return undefined;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels.at(-1)!) ? `${host}.` : undefined;
}

/** "@" → the apex; "www" or "a.b" → inside the zone; an absolute name must lie inside the zone. A leading "*" label is a wildcard. */
export function recordName(name: string, zoneName: string): string | undefined {
  const trimmed = name.trim().toLowerCase();
  if (trimmed === '@' || trimmed === zoneName) return zoneName;
  const absolute = trimmed.endsWith('.') ? trimmed : `${trimmed}.${zoneName}`;
  if (!absolute.endsWith(`.${zoneName}`) || absolute.length > 254) return undefined;
  const labels = absolute.slice(0, -zoneName.length - 1).split('.');
  return labels.every((label, index) => LABEL.test(label) || (index === 0 && label === '*')) ? absolute : undefined;
}

const integerIn = (text: string | undefined, min: number, max: number) =>
  text !== undefined && /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max ? Number(text) : undefined;

/** A TXT value: kept when it is already quoted strings (each at most 255 bytes), else quoted in 255-byte pieces. */
function txtContent(value: string): string | undefined {
  if (value.length === 0 || value.length > 4000) return undefined;
  if (value.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\.)*"(?:\s+"(?:[^"\\]|\\.)*")*$/.test(value)) return undefined;
    const strings = value.match(/"(?:[^"\\]|\\.)*"/g)!;
    return strings.every((s) => Buffer.byteLength(s) - 2 <= 255) ? strings.join(' ') : undefined;
  }
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const pieces = escaped.match(/(?:\\.|[^\\]){1,250}/g) ?? [];
  return pieces.map((piece) => `"${piece}"`).join(' ');
}

/** The content in canonical zone-file syntax, or the reason it is refused. */
export function recordContent(type: string, raw: string): { content: string } | { problem: string } {
  const value = raw.trim();
  const parts = value.split(/\s+/);
  switch (type) {
    case 'A':
      return isIPv4(value) ? { content: value } : { problem: `"${value}" is not an IPv4 address` };
    case 'AAAA':
      return isIPv6(value) ? { content: value.toLowerCase() } : { problem: `"${value}" is not an IPv6 address` };
    case 'CNAME': {
      const host = hostName(value);
      return host ? { content: host } : { problem: `"${value}" is not a host name` };
    }
    case 'MX': {
      const preference = integerIn(parts[0], 0, 65535);
      const host = parts.length === 2 ? hostName(parts[1]) : undefined;
      return preference !== undefined && host ? { content: `${preference} ${host}` } : { problem: `"${value}" is not "<preference 0-65535> <host name>"` };
    }
    case 'TXT': {
      const content = txtContent(value);
      return content ? { content } : { problem: 'TXT must be 1 to 4000 characters; quoted strings at most 255 bytes each' };
    }
    case 'SRV': {
      const [priority, weight, port] = parts.slice(0, 3).map((part) => integerIn(part, 0, 65535));
      const host = parts.length === 4 ? (parts[3] === '.' ? '.' : hostName(parts[3])) : undefined;
      return priority !== undefined && weight !== undefined && port !== undefined && host
        ? { content: `${priority} ${weight} ${port} ${host}` }
        : { problem: `"${value}" is not "<priority> <weight> <port> <target host>"` };
    }
    case 'CAA': {
      const match = /^(\d+)\s+(issue|issuewild|iodef)\s+(?:"([^"]*)"|(\S+))$/i.exec(value);
      const flags = integerIn(match?.[1], 0, 255);
      return match && flags !== undefined
        ? { content: `${flags} ${match[2].toLowerCase()} "${match[3] ?? match[4]}"` }
        : { problem: `"${value}" is not "<flags 0-255> issue|issuewild|iodef \\"<value>\\""` };
    }
    default:
      return { problem: `Records of type ${type} cannot be changed` };
  }
}

/**
 * Checks every change against the zone's current record sets and answers the
 * record sets to write (empty records: delete). Every problem is collected
 * into one BAD_USER_INPUT; nothing is written when there is any.
 */
export function validateChanges(changes: RecordSetChange[], zoneName: string, current: RecordSet[], field = 'changes'): RecordSet[] {
  const problems = new FieldProblems();
  const at = (...path: (string | number)[]): FieldRef => [field, ...path];
  if (changes.length === 0 || changes.length > MAX_RECORDS) problems.add(at(), `Give 1 to ${MAX_RECORDS} record sets`, 'OUT_OF_RANGE');
  const result: RecordSet[] = [];
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const name = recordName(change.name, zoneName);
    if (!name) problems.add(at(index, 'name'), `"${change.name}" is not a name inside the zone ${zoneName.slice(0, -1)}`, 'INVALID_FORMAT');
    if (!(EDITABLE_RECORD_TYPES as readonly string[]).includes(change.type)) problems.add(at(index, 'type'), `Records of type ${change.type} cannot be changed`, 'INVALID_FORMAT');
    const ttl = change.ttl ?? DEFAULT_TTL;
    if (!Number.isInteger(ttl) || ttl < TTL_MIN || ttl > TTL_MAX) problems.add(at(index, 'ttl'), `ttl must be ${TTL_MIN} to ${TTL_MAX} seconds`, 'OUT_OF_RANGE');
    if (change.records.length > MAX_RECORDS) problems.add(at(index, 'records'), `At most ${MAX_RECORDS} records per set`, 'OUT_OF_RANGE');
    const records: string[] = [];
    change.records.forEach((raw, position) => {
      const parsed = recordContent(change.type, raw);
      if ('problem' in parsed) problems.add(at(index, 'records', position), parsed.problem, 'INVALID_FORMAT');
      else if (!records.includes(parsed.content)) records.push(parsed.content);
    });
    if (!name) return;
    const key = `${name} ${change.type}`;
    if (seen.has(key)) problems.add(at(index), `${name} ${change.type} appears twice`, 'DUPLICATE_IN_INPUT');
    seen.add(key);
    if (change.type === 'CNAME' && records.length > 0) {
      if (name === zoneName) problems.add(at(index, 'name'), 'The zone itself cannot be a CNAME (it has SOA and NS records)', 'CONFLICTING_INPUT');
      if (records.length > 1) problems.add(at(index, 'records'), 'A CNAME has exactly one target', 'CONFLICTING_INPUT');
    }
    result.push({ name, type: change.type, ttl, records });
  });

  // CNAME exclusivity (RFC 1034 3.6.2): a name with a CNAME has no other records, looked at after the change.
  const after = new Map(current.map((set) => [`${set.name} ${set.type}`, set]));
  for (const set of result) after.set(`${set.name} ${set.type}`, set);
  result.forEach((set, index) => {
    if (set.records.length === 0 || (set.type === 'CNAME' && set.name === zoneName)) return; // an apex CNAME is refused above
    const others = [...after.values()].filter((other) => other.name === set.name && other.type !== set.type && other.records.length > 0);
    if (set.type === 'CNAME' && others.length > 0) {
      problems.add(at(index, 'type'), `${set.name} has ${others.map((o) => o.type).join(', ')} records: a CNAME must be the only record of its name`, 'CONFLICTING_INPUT');
    } else if (set.type !== 'CNAME' && others.some((other) => other.type === 'CNAME')) {
      problems.add(at(index, 'type'), `${set.name} is a CNAME: it cannot have ${set.type} records too`, 'CONFLICTING_INPUT');
    }
  });
  problems.throwIfAny();
  return result;
}
