import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { feed, subscribed, type Feed } from '../support/subscription-feed';
import { clientWithLogin, uniqueEmail } from '../support/fixtures';
import { graphql } from '../generated';
import type { CreateDomainInput, DomainsChangedSubscription } from '../generated/graphql';

graphql(`fragment DomainsFields on Domain { id name status registrar expiryDate registrationDate autoRenew nameservers eppCodeSet client { id } }`);
const CREATE = graphql(`mutation DomainsCreate($i: CreateDomainInput!) { createDomain(input: $i) { ...DomainsFields } }`);
const UPDATE = graphql(`mutation DomainsUpdate($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { ...DomainsFields } }`);
const MOVE = graphql(`mutation DomainsMove($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { id client { id } } }`);
const DELETE = graphql(`mutation DomainsDelete($id: ID!) { deleteDomain(id: $id) }`);
const GET = graphql(`query DomainsGet($id: ID!) { domain(id: $id) { ...DomainsFields } }`);
const LIST = graphql(`query DomainsList($f: DomainFilter) { domains(filter: $f, first: 50) { totalCount edges { node { id name client { id } } } } }`);
const CLIENT_DOMAINS = graphql(`query DomainsOfClient($id: ID!) { client(id: $id) { domains(first: 100) { edges { node { id } } } } }`);
const SUB = graphql(`subscription DomainsChanged($id: ID) { domainChanged(id: $id) { change domainId clientId domain { id name status client { id } } } }`);

describe('domains (issue #5 point 4, DN-1 records)', () => {
  let t: TestApp;
  let admin: string;
  let support: string;
  let seq = 0;
  let owner: { id: string; token: string };
  let other: { id: string; token: string };

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const rejected = async <R, V>(query: Operation<R, V>, variables: V, token = admin) => {
    const before = await sql('select * from domain order by id');
    const error = errorOf(await t.gql(query, variables, token));
    expect(await sql('select * from domain order by id')).toEqual(before);
    return error;
  };
  const newClient = () => clientWithLogin(t, admin, { firstName: 'D', lastName: 'N', email: uniqueEmail('dom') });
  const name = () => `site-${++seq}-${process.pid}.example`;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    support = await t.staffToken(StaffRole.SUPPORT);
    owner = await newClient();
    other = await newClient();
  });
  afterAll(() => t.stop());

  it('DN-1: staff add a domain with registrar, expiry, auto-renew and nameservers; names are stored lower case', async () => {
    const n = name();
    const domain = ok(await t.gql(CREATE, { i: { clientId: owner.id, name: `${n.toUpperCase()}.`, registrar: 'registrar', status: 'ACTIVE', expiryDate: '2030-06-01', autoRenew: false, nameservers: ['NS1.Example.NET', 'ns2.example.net.'], eppCode: 'epp-Secret-42' } }, support)).createDomain;
    expect(domain).toMatchObject({ name: n, registrar: 'registrar', status: 'ACTIVE', expiryDate: '2030-06-01', autoRenew: false, nameservers: ['ns1.example.net', 'ns2.example.net'], eppCodeSet: true, client: { id: owner.id } });
    const [row] = await sql('select * from domain where id = ?', [keyOf(domain.id)]);
    expect(JSON.stringify(row)).not.toContain('epp-Secret-42');
  });

  it.each<[string, Partial<CreateDomainInput>, string, string]>([
    ['a bad name', { name: 'not a domain' }, 'BAD_USER_INPUT', 'name'],
    ['an unknown client', { clientId: idOf('Client', 999999) }, 'BAD_USER_INPUT', 'clientId'],
    ['an unknown registrar', { registrar: 'nope' }, 'BAD_USER_INPUT', 'registrar'],
    ['a module that is not a registrar', { registrar: 'plesk' }, 'BAD_USER_INPUT', 'registrar'],
    ['a bad nameserver', { nameservers: ['ns1.example.net', 'bad host'] }, 'BAD_USER_INPUT', 'nameservers'],
    ['a repeated nameserver', { nameservers: ['ns1.example.net', 'NS1.example.net'] }, 'BAD_USER_INPUT', 'nameservers'],
    ['14 nameservers', { nameservers: Array.from({ length: 14 }, (_, i) => `ns${i}.example.net`) }, 'BAD_USER_INPUT', 'nameservers'],
    ['a bad date', { expiryDate: '2030-02-30x' }, 'BAD_USER_INPUT', 'expiryDate'],
  ])('rejects %s and changes nothing', async (_title, override, code, field) => {
    expect(await rejected(CREATE, { i: { clientId: owner.id, name: name(), ...override } })).toMatchObject({ code, field });
  });

  it('issue 15.2: internationalised names and nameservers are stored as A-labels; an invalid A-label or a name with a bad character is refused', async () => {
    const label = `bücher-${++seq}-${process.pid}`;
    const domain = ok(await t.gql(CREATE, { i: { clientId: owner.id, name: `${label.toUpperCase()}.de`, nameservers: ['ns1.bücher.example'] } }, support)).createDomain;
    expect(domain.name).toBe(`${new URL(`http://${label}.de`).hostname}`);
    expect(domain.name).toMatch(/^xn--bcher-[a-z0-9-]+\.de$/);
    expect(domain.nameservers).toEqual(['ns1.xn--bcher-kva.example']);
    // The same name in its Unicode form is the same domain.
    expect(await rejected(CREATE, { i: { clientId: other.id, name: domain.name } })).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(await rejected(CREATE, { i: { clientId: other.id, name: `${label}.de` } })).toMatchObject({ code: 'CONFLICT', field: 'name' });
    for (const bad of ['xn--zz.com', 'ex_ample.com', '-start.com']) {
      expect(await rejected(CREATE, { i: { clientId: owner.id, name: bad } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    }
  });

  it('issue 15.1: domainChanged streams a domain being added, changed, moved and deleted; a client hears only of its own domains', async () => {
    const [staffFeed, ownerFeed, otherFeed] = await subscribed(() => [feed(t.ws(admin), SUB), feed(t.ws(owner.token), SUB), feed(t.ws(other.token), SUB)], 3);

    const created = ok(await t.gql(CREATE, { i: { clientId: owner.id, name: name() } }, support)).createDomain;
    ok(await t.gql(UPDATE, { id: created.id, i: { status: 'ACTIVE' } }, support));
    ok(await t.gql(MOVE, { id: created.id, to: other.id }, admin));
    ok(await t.gql(DELETE, { id: created.id }, admin));
    const events = async (f: Feed<DomainsChangedSubscription>, count: number) => {
      const out = [];
      for (let i = 0; i < count; i++) out.push((await f.next(5000))?.data?.domainChanged);
      return out;
    };
    expect(await events(staffFeed, 4)).toEqual([
      { change: 'CREATED', domainId: created.id, clientId: owner.id, domain: { id: created.id, name: created.name, status: created.status, client: { id: owner.id } } },
      { change: 'UPDATED', domainId: created.id, clientId: owner.id, domain: { id: created.id, name: created.name, status: 'ACTIVE', client: { id: owner.id } } },
      { change: 'UPDATED', domainId: created.id, clientId: other.id, domain: { id: created.id, name: created.name, status: 'ACTIVE', client: { id: other.id } } },
      { change: 'DELETED', domainId: created.id, clientId: other.id, domain: null },
    ]);
    expect((await events(ownerFeed, 2)).map((e) => e?.change)).toEqual(['CREATED', 'UPDATED']);
    // The other client hears of the domain only once it is theirs.
    expect((await events(otherFeed, 2)).map((e) => `${e?.change}:${e?.clientId}`)).toEqual([`UPDATED:${other.id}`, `DELETED:${other.id}`]);
    expect(await ownerFeed.next(500)).toBeUndefined();
    for (const f of [staffFeed, ownerFeed, otherFeed]) f.stop();
  });

  it('a name is unique among domains that are not cancelled or transferred away', async () => {
    const n = name();
    const first = ok(await t.gql(CREATE, { i: { clientId: owner.id, name: n, status: 'ACTIVE' } }, support)).createDomain;
    expect(await rejected(CREATE, { i: { clientId: other.id, name: n.toUpperCase() } })).toMatchObject({ code: 'CONFLICT', field: 'name' });
    ok(await t.gql(UPDATE, { id: first.id, i: { status: 'CANCELLED' } }, support));
    const second = ok(await t.gql(CREATE, { i: { clientId: other.id, name: n } }, support)).createDomain;
    expect(await rejected(UPDATE, { id: first.id, i: { status: 'ACTIVE' } })).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(second.name).toBe(n);
  });

  it('staff edit; clients see only their own domains', async () => {
    const mine = ok(await t.gql(CREATE, { i: { clientId: owner.id, name: name() } }, support)).createDomain;
    const theirs = ok(await t.gql(CREATE, { i: { clientId: other.id, name: name() } }, support)).createDomain;
    const edited = ok(await t.gql(UPDATE, { id: mine.id, i: { autoRenew: false, nameservers: ['a.ns.example'], expiryDate: '2031-01-01', status: 'ACTIVE' } }, support)).updateDomain;
    expect(edited).toMatchObject({ autoRenew: false, nameservers: ['a.ns.example'], expiryDate: '2031-01-01', status: 'ACTIVE' });

    const asOwner = ok(await t.gql(LIST, {}, owner.token)).domains;
    expect(asOwner.edges.filter((e) => e.node.client.id !== owner.id)).toEqual([]);
    expect(asOwner.edges.map((e) => e.node.id)).toContain(mine.id);
    expect(await t.gql(GET, { id: theirs.id }, owner.token)).toEqual({ status: 200, data: { domain: null } });
    expect(errorOf(await t.gql(UPDATE, { id: mine.id, i: { autoRenew: true } }, owner.token)).code).toBe('FORBIDDEN');
    const byStaff = ok(await t.gql(LIST, { f: { clientId: other.id, search: theirs.name } }, support)).domains;
    expect(byStaff.edges.map((e) => e.node.id)).toEqual([theirs.id]);
    const summary = ok(await t.gql(CLIENT_DOMAINS, { id: other.id }, support)).client;
    expect(summary?.domains?.edges.map((e) => e.node.id)).toContain(theirs.id);
  });

  it('moves a domain to another client (not the same, not a missing one) and deletes the record (admin only)', async () => {
    const d = ok(await t.gql(CREATE, { i: { clientId: owner.id, name: name() } }, support)).createDomain;
    expect(ok(await t.gql(MOVE, { id: d.id, to: other.id }, support)).moveDomain.client.id).toBe(other.id);
    expect(await rejected(MOVE, { id: d.id, to: other.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toClientId' });
    expect(await rejected(MOVE, { id: d.id, to: idOf('Client', 999999) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toClientId' });
    expect((await rejected(DELETE, { id: d.id }, support)).code).toBe('FORBIDDEN');
    expect(ok(await t.gql(DELETE, { id: d.id }, admin)).deleteDomain).toBe(d.id);
    expect(await t.gql(GET, { id: d.id }, admin)).toEqual({ status: 200, data: { domain: null } });
  });

  it('the EPP code never appears in the activity log', async () => {
    expect(JSON.stringify(await sql('select * from activity_log_entry'))).not.toContain('epp-Secret-42');
  });
});
