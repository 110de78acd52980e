/**
 * A registrable domain name as clients type it: letters, digits and hyphens
 * per label (no hyphen at either end), at least two labels, at most 253
 * characters, a TLD of letters (or an IDN's xn-- form). Lower-cased; a
 * trailing dot is dropped. Undefined when it is no such name.
 */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function normalizeDomainName(text: string): string | undefined {
  const name = text.trim().toLowerCase().replace(/\.$/, '');
  if (!name || name.length > 253) return undefined;
  const labels = name.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !TLD.test(labels[labels.length - 1])) return undefined;
  return name;
}

/** The TLD a domain is priced by: ".com", ".co.uk" (the longest of `offered` that ends the name). */
export function tldOf(name: string, offered: readonly string[]): string | undefined {
  return [...offered].sort((a, b) => b.length - a.length).find((tld) => name.endsWith(tld) && name.length > tld.length);
}
