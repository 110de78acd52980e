import { assertMatchesSchema } from '../../src/plugins/module-settings';

describe('PM-2: module settings and product options follow the module\'s JSON Schema', () => {
  const schema = {
    type: 'object',
    properties: {
      hostname: { type: 'string', format: 'hostname' },
      contact: { type: 'string', format: 'email' },
      panel: { type: 'string', format: 'uri' },
      address: { type: 'string', format: 'ipv4' },
    },
    additionalProperties: false,
  };
  const problem = (value: Record<string, unknown>) => {
    try {
      assertMatchesSchema(schema, value, 'settings');
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('PM-2: standard formats are checked (not ignored): hostname, email, uri, ipv4', () => {
    expect(problem({ hostname: 'panel.example.net', contact: 'ops@example.net', panel: 'https://panel.example.net:8443/', address: '192.0.2.10' })).toBeUndefined();
    expect(problem({ hostname: 'not a host!' })).toMatch(/^settings\.hostname must match format "hostname"/);
    expect(problem({ contact: 'nobody' })).toMatch(/^settings\.contact must match format "email"/);
    expect(problem({ panel: 'panel.example.net' })).toMatch(/^settings\.panel must match format "uri"/);
    expect(problem({ address: '999.1.1.1' })).toMatch(/^settings\.address must match format "ipv4"/);
  });

  it('PM-2: an unknown property names itself; the message never repeats the value', () => {
    expect(problem({ password: 'hunter2-secret' })).toBe('settings must NOT have additional properties (password)');
    expect(problem({ hostname: 'secret value!' })).not.toContain('secret value');
  });
});
