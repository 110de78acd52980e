import { globalId, parseGlobalId } from '../../src/shared/ids';

describe('issue 13.3 / 12.3: global ids', () => {
  it('issue 12.3: ids encoded by hand are the base64url (no padding) of `<type>:<key>`, for every length and any text', () => {
    const keys: (number | string)[] = [1, 9, 10, 99, 123, 4567, 89012, 345678, 2147483647, 'abc', 'ünïcode', '€', 'a€', ''];
    for (const type of ['A', 'Client', 'AuthSession', 'ModuleJobProgress', 'BillingCurrency', 'Zé']) {
      for (const key of keys) expect({ type, key, id: globalId(type, key) }).toEqual({ type, key, id: Buffer.from(`${type}:${key}`, 'utf8').toString('base64url') });
    }
    expect(globalId('Client', 123)).toBe('Q2xpZW50OjEyMw');
    expect(parseGlobalId(globalId('Invoice', 42))).toEqual({ type: 'Invoice', key: 42 });
  });
});
