import { addressBlock } from '../../src/auth/address-block';

describe('issue 10.2: the address block that login and sign-up limits count', () => {
  it.each([
    ['IPv4 by itself', '192.0.2.1', '192.0.2.1'],
    ['IPv4-mapped IPv6 as IPv4', '::ffff:192.0.2.1', '192.0.2.1'],
    ['IPv4-mapped IPv6 in hex as IPv4', '::ffff:c000:0201', '192.0.2.1'],
    ['IPv6 by its /64', '2001:db8:1:2::5', '2001:db8:1:2::/64'],
    ['another address of the same /64', '2001:0db8:0001:0002:ffff:1:2:3', '2001:db8:1:2::/64'],
    ['the neighbouring /64 apart', '2001:db8:1:3::5', '2001:db8:1:3::/64'],
    ['IPv6 loopback', '::1', '::/64'],
    ['no address', '', 'unknown'],
    ['a garbled forwarded address', 'not-an-address', 'unknown'],
  ])('%s: %s → %s', (_name, ip, block) => {
    expect(addressBlock(ip)).toBe(block);
  });
});
