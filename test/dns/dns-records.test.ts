/** Issue 15.3 (DN-3): the record rules, table-driven. */
import { AppError } from '../../src/shared/errors';
import { recordContent, recordName, validateChanges, type RecordSet } from '../../src/dns/dns-records';

const ZONE = 'example.com.';

describe('DNS record rules (issue 15.3)', () => {
  it.each([
    ['A', '192.0.2.1', '192.0.2.1'],
    ['A', '192.0.2.256', undefined],
    ['A', '2001:db8::1', undefined],
    ['AAAA', '2001:DB8::1', '2001:db8::1'],
    ['AAAA', '192.0.2.1', undefined],
    ['CNAME', 'Target.Example.net', 'target.example.net.'],
    ['CNAME', 'not a host', undefined],
    ['CNAME', '192.0.2.1', undefined],
    ['MX', '10 mail.example.net', '10 mail.example.net.'],
    ['MX', '70000 mail.example.net', undefined],
    ['MX', 'mail.example.net', undefined],
    ['TXT', 'v=spf1 -all', '"v=spf1 -all"'],
    ['TXT', 'say "hi"', '"say \\"hi\\""'],
    ['TXT', '"one" "two"', '"one" "two"'],
    ['TXT', '"unterminated', undefined],
    ['TXT', `"${'x'.repeat(256)}"`, undefined],
    ['TXT', 'y'.repeat(300), `"${'y'.repeat(250)}" "${'y'.repeat(50)}"`],
    ['SRV', '10 5 5060 sip.example.net', '10 5 5060 sip.example.net.'],
    ['SRV', '10 5 sip.example.net', undefined],
    ['CAA', '0 issue "letsencrypt.org"', '0 issue "letsencrypt.org"'],
    ['CAA', '0 ISSUEWILD ;', '0 issuewild ";"'],
    ['CAA', '0 sign "x"', undefined],
    ['CAA', '300 issue "x"', undefined],
    ['NS', 'ns1.example.net', undefined],
  ])('%s %j → %j', (type, raw, expected) => {
    const result = recordContent(type, raw);
    expect('content' in result ? result.content : undefined).toEqual(expected);
  });

  it.each([
    ['@', ZONE],
    ['www', `www.${ZONE}`],
    ['_sip._tcp', `_sip._tcp.${ZONE}`],
    ['*', `*.${ZONE}`],
    ['a.*', undefined],
    ['WWW.example.com.', `www.${ZONE}`],
    ['www.example.org.', undefined],
    ['-bad', undefined],
  ])('name %j → %j', (name, expected) => {
    expect(recordName(name, ZONE)).toEqual(expected);
  });

  const current: RecordSet[] = [
    { name: ZONE, type: 'A', ttl: 3600, records: ['192.0.2.1'] },
    { name: `www.${ZONE}`, type: 'A', ttl: 3600, records: ['192.0.2.1'] },
    { name: `alias.${ZONE}`, type: 'CNAME', ttl: 3600, records: ['www.example.net.'] },
  ];
  const problems = (changes: Parameters<typeof validateChanges>[0]) => {
    try {
      validateChanges(changes, ZONE, current);
      return [];
    } catch (error) {
      return ((error as AppError).details!.fields ?? []).map((p) => `${(p.field as (string | number)[]).slice(1).join('.')} ${p.reason}`);
    }
  };

  it.each([
    ['a CNAME next to an A', [{ name: 'www', type: 'CNAME', records: ['x.example.net'] }], ['0.type CONFLICTING_INPUT']],
    ['an A next to a CNAME', [{ name: 'alias', type: 'A', records: ['192.0.2.2'] }], ['0.type CONFLICTING_INPUT']],
    ['a CNAME replacing the A in the same change', [{ name: 'www', type: 'A', records: [] }, { name: 'www', type: 'CNAME', records: ['x.example.net'] }], []],
    ['an apex CNAME', [{ name: '@', type: 'CNAME', records: ['x.example.net'] }], ['0.name CONFLICTING_INPUT']],
    ['two CNAME targets', [{ name: 'two', type: 'CNAME', records: ['a.example.net', 'b.example.net'] }], ['0.records CONFLICTING_INPUT']],
    ['TTL below and above the bounds', [{ name: 'a', type: 'A', ttl: 59, records: ['192.0.2.3'] }, { name: 'b', type: 'A', ttl: 604801, records: ['192.0.2.3'] }], ['0.ttl OUT_OF_RANGE', '1.ttl OUT_OF_RANGE']],
    ['the same set twice', [{ name: 'a', type: 'A', records: ['192.0.2.3'] }, { name: 'A.example.com.', type: 'A', records: ['192.0.2.4'] }], ['1 DUPLICATE_IN_INPUT']],
    ['no changes', [], [' OUT_OF_RANGE']],
  ])('%s', (_title, changes, expected) => {
    expect(problems(changes)).toEqual(expected);
  });
});
