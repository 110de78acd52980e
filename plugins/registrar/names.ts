/**
 * Domain and host names the way registries take them: lower-case A-labels
 * (RFC 5890/5891), never U-labels. Node's url.domainToASCII does the IDNA
 * part (UTS #46 mapping, then Punycode: "Bücher.example" → "xn--bcher-kva.example";
 * '' for a name it cannot convert); the letter-digit-hyphen rules below are
 * what registries check on top of that (RFC 1035 §2.3.1, RFC 5891 §4.2.3.1).
 */
import { domainToASCII } from 'node:url';
import { fail } from './errors';

function ldhProblem(name: string): string | undefined {
  if (name.length > 253) return 'longer than 253 characters';
  const labels = name.split('.');
  if (labels.length < 2) return 'it needs at least two labels';
  for (const label of labels) {
    if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) {
      return `"${label}" is not made of 1 to 63 letters, digits and inner hyphens`;
    }
    // "ab--cd" is reserved for encodings such as Punycode's "xn--" (RFC 5890 §2.3.1).
    if (label.slice(2, 4) === '--' && !label.startsWith('xn--')) return `"${label}" has hyphens in the third and fourth positions`;
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1])) return 'the top-level label cannot be numeric';
  return undefined;
}

/**
 * The A-label form of a domain or host name, lower case and without the root
 * dot. An invalid name is a non-retryable 2005 error (the code a registry
 * gives a syntax error) that says it is invalid, before anything is sent.
 */
export function aLabel(name: string, what: 'domain name' | 'nameserver' = 'domain name'): string {
  const trimmed = name.trim().replace(/\.$/, '');
  const ascii = trimmed ? domainToASCII(trimmed) : '';
  const problem = ascii ? ldhProblem(ascii) : 'it is not a valid internationalized name';
  if (problem) throw fail(`Invalid ${what} "${name.slice(0, 255)}": ${problem}`, '2005');
  return ascii;
}

/** True when the host lies inside the domain, so its addresses must be published as glue. */
export function isInside(host: string, domain: string): boolean {
  return host.endsWith(`.${domain}`);
}
