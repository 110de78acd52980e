import ipaddr from 'ipaddr.js';

/**
 * The block of addresses one party controls, as counted by the login and
 * sign-up limits: an IPv4 address by itself, an IPv6 address by its /64 (a
 * single subscriber gets at least a /64, so counting single IPv6 addresses
 * would hand an attacker 2^64 fresh counters). IPv4-mapped IPv6 addresses
 * (::ffff:192.0.2.1, what a dual-stack socket reports) count as IPv4.
 */
export function addressBlock(ip: string): string {
  // Anything else (no socket address, a garbled forwarded header) shares one counter.
  if (!ipaddr.isValid(ip)) return 'unknown';
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}
