/**
 * DN-4: the MX records a zone gets once the spam filter has confirmed the
 * domain. Pure, so the DNS area can call it without talking to SpamExperts.
 */

export const DEFAULT_MX_PRIMARY = 'spamx.{domain}';
export const DEFAULT_MX_FALLBACK = 'spamx-fallback.{domain}';

export interface MxRecord {
  type: 'MX';
  /** Owner name: the zone apex, lower case, no trailing dot. */
  name: string;
  priority: number;
  /** Mail exchanger host name, no trailing dot. */
  content: string;
}

/** Host templates; `{domain}` is replaced by the domain name. */
export interface MxHostTemplates {
  mxPrimary?: string;
  mxFallback?: string;
}

function fill(template: string, domain: string): string {
  return template.replaceAll('{domain}', domain).trim().toLowerCase().replace(/\.$/, '');
}

/** `MX 10 spamx.<domain>` and `MX 20 spamx-fallback.<domain>` unless other host names are configured. */
export function spamFilterMxRecords(domain: string, hosts: MxHostTemplates = {}): MxRecord[] {
  const name = domain.trim().toLowerCase().replace(/\.$/, '');
  if (name === '') throw new Error('spamFilterMxRecords needs a domain name');
  return [
    { type: 'MX', name, priority: 10, content: fill(hosts.mxPrimary || DEFAULT_MX_PRIMARY, name) },
    { type: 'MX', name, priority: 20, content: fill(hosts.mxFallback || DEFAULT_MX_FALLBACK, name) },
  ];
}
