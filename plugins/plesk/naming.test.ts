import { customerExternalId, customerInput, customerLogin, systemUserLogin, webspaceExternalId } from './naming';

describe('Plesk naming rules', () => {
  it.each([
    ['hostbill', 'client-1', /^hostbill-client-1$/],
    ['hostbill', 'C 42', /^hostbill-c-42$/],
    ['hb', '6f1c0a2e-8d4b-4c1a-9e57-0b8f3f6c2d11', /^hb-6f1c0a2e-[0-9a-f]{8}$/],
  ])('PM-1: customer login for prefix %s and client %s matches %s and has at most 20 characters', (prefix, clientId, pattern) => {
    const login = customerLogin(prefix, clientId);
    expect(login).toMatch(pattern);
    expect(login.length).toBeLessThanOrEqual(20);
  });

  it('PM-1: long client ids that share a prefix still get distinct logins', () => {
    const a = customerLogin('hostbill', 'aaaaaaaaaaaaaaaaaaaa-1');
    const b = customerLogin('hostbill', 'aaaaaaaaaaaaaaaaaaaa-2');
    expect(a).not.toBe(b);
  });

  it.each([
    ['example.com', /^examplecom[0-9a-f]{6}$/],
    ['123-shop.nl', /^u123shopnl[0-9a-f]{6}$/],
    ['a-very-long-domain-name.example', /^averylongd[0-9a-f]{6}$/],
  ])('SV-3: system user for %s is a valid Plesk login', (domain, pattern) => {
    const login = systemUserLogin(domain, 'svc-1');
    expect(login).toMatch(pattern);
    expect(login).toMatch(/^[a-z][a-z0-9]{0,15}$/);
    expect(systemUserLogin(domain, 'svc-1')).toBe(login); // same on every retry
    expect(systemUserLogin(domain, 'svc-2')).not.toBe(login);
  });

  it('PM-1: external ids name the billing installation, the kind and our id', () => {
    expect(customerExternalId('hostbill', 'c1')).toBe('hostbill:client:c1');
    expect(webspaceExternalId('hostbill', 's1')).toBe('hostbill:service:s1');
  });

  it('PM-1: customer fields are cut to the lengths Plesk accepts and the country is upper-case', () => {
    const input = customerInput(
      {
        id: 'c1',
        firstName: 'A'.repeat(40),
        lastName: 'B'.repeat(40),
        companyName: 'C'.repeat(80),
        email: 'a@example.org',
        phone: '+31.'.padEnd(40, '1'),
        address1: 'Street 1',
        address2: 'Floor 2',
        postcode: '1234 AB CDEFG',
        country: 'nl',
      },
      { login: 'hostbill-c1', password: 'pw-12345', externalId: 'hostbill:client:c1' },
    );
    expect(input.personalName).toHaveLength(60);
    expect(input.company).toHaveLength(60);
    expect(input.phone).toHaveLength(30);
    expect(input.postcode).toHaveLength(10);
    expect(input.address).toBe('Street 1, Floor 2');
    expect(input.country).toBe('NL');
    expect(customerInput({ id: 'c2', firstName: '', lastName: '', email: 'x@y.z', country: 'Netherlands' }, {
      login: 'l', password: 'p', externalId: 'e',
    })).toMatchObject({ personalName: 'x@y.z', country: undefined });
  });
});
