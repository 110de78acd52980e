import { idOf, keyOf } from '../support/ids';
import { StaffRole } from '../../src/auth/staff-user.entity';
import { errorOf, ok, startTestApp, type Operation, type TestApp } from '../support/test-app';
import { graphql } from '../generated';
import type { ClientGroupInput, CreateClientInput, ProjectInput } from '../generated/graphql';

// The group and project fields the operations below select.
graphql(`fragment ClientGroupsGroup on ClientGroup { id name colour discountPercent separateInvoices createdAt }`);
graphql(`fragment ClientGroupsProject on Project { id name brandName defaultCurrency supportEmail logoUrl createdAt }`);
const CREATE_GROUP = graphql(`mutation ClientGroupsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { ...ClientGroupsGroup } }`);
const UPDATE_GROUP = graphql(`mutation ClientGroupsUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { ...ClientGroupsGroup } }`);
const DELETE_GROUP = graphql(`mutation ClientGroupsDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }`);
const GROUPS = graphql(`query ClientGroupsGroups { clientGroups { ...ClientGroupsGroup } }`);
const CREATE_PROJECT = graphql(`mutation ClientGroupsCreateProject($i: ProjectInput!) { createProject(input: $i) { ...ClientGroupsProject } }`);
const UPDATE_PROJECT = graphql(`mutation ClientGroupsUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { ...ClientGroupsProject } }`);
const DELETE_PROJECT = graphql(`mutation ClientGroupsDeleteProject($id: ID!) { deleteProject(id: $id) }`);
const PROJECTS = graphql(`query ClientGroupsProjects { projects { ...ClientGroupsProject } }`);
const REGISTER = graphql(`mutation ClientGroupsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const CREATE_CLIENT = graphql(`mutation ClientGroupsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency group { id } project { id } } }`);
const UPDATE_CLIENT = graphql(`mutation ClientGroupsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }`);
const GET_CLIENT = graphql(`query ClientGroupsGetClient($id: ID!) { client(id: $id) { id firstName group { id name } project { id name } } }`);
const RENAME_GROUP = graphql(`mutation ClientGroupsRenameGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { name colour discountPercent separateInvoices } }`);

let seq = 0;
const unique = (tag: string) => `${tag} ${++seq}-${Date.now()}`;

describe('client groups and projects (CL-11)', () => {
  let t: TestApp;
  let admin: string;
  let support: string;
  let clientToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.staffToken(StaffRole.ADMIN);
    support = await t.staffToken(StaffRole.SUPPORT);
    const email = `member-${Date.now()}@example.com`;
    ok(await t.gql(REGISTER, {
      i: { firstName: 'Cli', lastName: 'Ent', email, password: 'client-password-1' },
    }));
    clientToken = await t.clientToken(email, 'client-password-1');
  });
  afterAll(() => t.stop());

  const sql = async (query: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(query, params);
  const snapshot = async () => ({
    groups: await sql(`select * from client_group order by id`),
    projects: await sql(`select * from project order by id`),
    clients: await sql(`select id, group_id, project_id from client order by id`),
    activity: (await sql(`select count(*)::int as n from activity_log_entry`))[0].n,
  });
  /** Runs a mutation that must fail and proves nothing changed. */
  const rejected = async <R, V>(query: Operation<R, V>, variables: V, token?: string) => {
    const before = await snapshot();
    const error = errorOf(await t.gql(query, variables, token));
    expect(await snapshot()).toEqual(before);
    return error;
  };
  const createGroup = async (input: Partial<ClientGroupInput> = {}) =>
    ok(await t.gql(CREATE_GROUP, { i: { name: unique('Group'), ...input } }, admin)).createClientGroup;
  const createProject = async (input: Partial<ProjectInput> = {}) =>
    ok(await t.gql(CREATE_PROJECT, { i: { name: unique('Project'), ...input } }, admin)).createProject;
  const createClient = async (input: Partial<CreateClientInput>) =>
    ok(await t.gql(CREATE_CLIENT, { i: { firstName: 'M', lastName: 'Ember', email: `m-${++seq}-${Date.now()}@example.com`, ...input } }, admin)).createClient;

  describe('groups', () => {
    it('CL-11: an admin creates a group with name, colour, discount and separate-invoices default; staff list it', async () => {
      const name = unique('Gold');
      const group = await createGroup({ name, colour: '#1e90ff', discountPercent: '12.5', separateInvoices: true });
      expect(group).toMatchObject({ name, colour: '#1e90ff', discountPercent: '12.50', separateInvoices: true });
      const listed = ok(await t.gql(GROUPS, {}, support)).clientGroups;
      expect(listed.find((g) => g.id === group.id)).toEqual(group);
      const [row] = await sql(`select discount_percent from client_group where id = ?`, [keyOf(group.id)]);
      expect(String(row.discount_percent)).toBe('12.50');
    });

    it('CL-11: defaults — grey, no discount, invoices not separate', async () => {
      expect(await createGroup()).toMatchObject({ colour: '#808080', discountPercent: '0.00', separateInvoices: false });
    });

    it('CL-11: an admin updates a group; the change is stored', async () => {
      const group = await createGroup();
      const name = unique('Platinum');
      const updated = ok(await t.gql(UPDATE_GROUP, { id: group.id, i: { name, colour: '#000000', discountPercent: '100', separateInvoices: true } }, admin))
        .updateClientGroup;
      expect(updated).toMatchObject({ id: group.id, name, colour: '#000000', discountPercent: '100.00', separateInvoices: true });
      expect(ok(await t.gql(GROUPS, {}, admin)).clientGroups.find((g) => g.id === group.id)).toMatchObject({ name, discountPercent: '100.00' });
      // Keeping its own name is no conflict.
      expect(ok(await t.gql(UPDATE_GROUP, { id: group.id, i: { name, discountPercent: '5' } }, admin)).updateClientGroup.discountPercent).toBe('5.00');
    });

    it('CL-11: invalid colour or discount and a missing/blank name are BAD_USER_INPUT naming the field; nothing is stored', async () => {
      const cases: [Partial<ClientGroupInput>, string][] = [
        [{ colour: 'red' }, 'colour'],
        [{ colour: '#12345' }, 'colour'],
        [{ colour: '#GGGGGG' }, 'colour'],
        [{ colour: '1e90ff' }, 'colour'],
        [{ discountPercent: '101' }, 'discountPercent'],
        [{ discountPercent: '100.01' }, 'discountPercent'],
        [{ discountPercent: '-5' }, 'discountPercent'],
        [{ discountPercent: '12.345' }, 'discountPercent'],
        [{ discountPercent: 'ten' }, 'discountPercent'],
        [{ name: '' }, 'name'],
        [{ name: '   ' }, 'name'],
      ];
      for (const [input, field] of cases) {
        const error = await rejected(CREATE_GROUP, { i: { name: unique('Bad'), ...input } }, admin);
        expect({ input, ...error }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await rejected(CREATE_GROUP, { i: { colour: '#ffffff' } as ClientGroupInput /* without the name on purpose */ }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const group = await createGroup();
      for (const [input, field] of cases) {
        const error = await rejected(UPDATE_GROUP, { id: group.id, i: { name: group.name, ...input } }, admin);
        expect({ input, ...error }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });

    it('CL-11: group names are unique — CONFLICT on name for create and rename; nothing changes', async () => {
      const a = await createGroup();
      const b = await createGroup();
      expect(await rejected(CREATE_GROUP, { i: { name: a.name } }, admin)).toMatchObject({ code: 'CONFLICT', field: 'name' });
      expect(await rejected(UPDATE_GROUP, { id: b.id, i: { name: a.name } }, admin)).toMatchObject({ code: 'CONFLICT', field: 'name' });
      // Two admins creating the same name at once: exactly one wins, the other gets CONFLICT.
      const name = unique('Race');
      const results = await Promise.all([1, 2, 3].map(() => t.gql(CREATE_GROUP, { i: { name } }, admin)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors)) expect(errorOf(r)).toMatchObject({ code: 'CONFLICT', field: 'name' });
      expect((await sql(`select count(*)::int as n from client_group where name = ?`, [name]))[0].n).toBe(1);
    });

    it('CL-11: only admins manage groups — support and clients FORBIDDEN, no token UNAUTHENTICATED; nothing changes', async () => {
      const group = await createGroup();
      const mutations = [
        (token?: string) => rejected(CREATE_GROUP, { i: { name: unique('Nope') } }, token),
        (token?: string) => rejected(UPDATE_GROUP, { id: group.id, i: { name: unique('Nope') } }, token),
        (token?: string) => rejected(DELETE_GROUP, { id: group.id }, token),
      ];
      for (const mutation of mutations) {
        expect((await mutation(support)).code).toBe('FORBIDDEN');
        expect((await mutation(clientToken)).code).toBe('FORBIDDEN');
        expect((await mutation()).code).toBe('UNAUTHENTICATED');
      }
      expect(errorOf(await t.gql(GROUPS, {}, clientToken)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(GROUPS, {})).code).toBe('UNAUTHENTICATED');
    });

    it('CL-11: unknown group ids are NOT_FOUND, malformed ids BAD_USER_INPUT', async () => {
      expect((await rejected(UPDATE_GROUP, { id: idOf('ClientGroup', 999999), i: { name: unique('Ghost') } }, admin)).code).toBe('NOT_FOUND');
      expect((await rejected(DELETE_GROUP, { id: idOf('ClientGroup', 999999) }, admin)).code).toBe('NOT_FOUND');
      expect(await rejected(DELETE_GROUP, { id: 'one' }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it('CL-11: deleting a group keeps its members, now without a group', async () => {
      const group = await createGroup();
      const member = await createClient({ groupId: group.id });
      expect(member.group).toEqual({ id: group.id });
      expect(ok(await t.gql(DELETE_GROUP, { id: group.id }, admin)).deleteClientGroup).toBe(group.id);
      expect(ok(await t.gql(GET_CLIENT, { id: member.id }, admin)).client).toMatchObject({ id: member.id, firstName: 'M', group: null });
      expect(ok(await t.gql(GROUPS, {}, admin)).clientGroups.map((g) => g.id)).not.toContain(group.id);
      expect((await rejected(DELETE_GROUP, { id: group.id }, admin)).code).toBe('NOT_FOUND');
    });
  });

  describe('projects', () => {
    it('CL-11: an admin creates a project with branding and currency defaults; staff list it', async () => {
      const name = unique('Brand');
      const project = await createProject({
        name, brandName: 'Hosting NL', defaultCurrency: 'EUR', supportEmail: 'help@hosting.example.nl', logoUrl: 'https://hosting.example.nl/logo.png',
      });
      expect(project).toMatchObject({
        name, brandName: 'Hosting NL', defaultCurrency: 'EUR', supportEmail: 'help@hosting.example.nl', logoUrl: 'https://hosting.example.nl/logo.png',
      });
      expect(ok(await t.gql(PROJECTS, {}, support)).projects.find((p) => p.id === project.id)).toEqual(project);
      // Its currency is the default for new clients of the project.
      const member = ok(await t.gql(CREATE_CLIENT, {
        i: { firstName: 'A', lastName: 'B', email: `brand-${Date.now()}@example.com`, projectId: project.id },
      }, admin)).createClient;
      expect(member.currency).toBe('EUR');
    });

    it('CL-11: an admin updates a project; the change is stored', async () => {
      const project = await createProject({ defaultCurrency: 'EUR' });
      const name = unique('Renamed');
      const updated = ok(await t.gql(UPDATE_PROJECT, { id: project.id, i: { name, defaultCurrency: 'gbp', brandName: 'New brand' } }, admin)).updateProject;
      expect(updated).toMatchObject({ id: project.id, name, defaultCurrency: 'GBP', brandName: 'New brand' });
      expect(ok(await t.gql(PROJECTS, {}, admin)).projects.find((p) => p.id === project.id)).toMatchObject({ name, defaultCurrency: 'GBP' });
    });

    it('CL-11: invalid currency, email, logo URL and missing/blank name are BAD_USER_INPUT naming the field; nothing is stored', async () => {
      const cases: [Partial<ProjectInput>, string][] = [
        [{ defaultCurrency: 'EURO' }, 'defaultCurrency'],
        [{ defaultCurrency: 'XYZ' }, 'defaultCurrency'],
        [{ supportEmail: 'help-at-example' }, 'supportEmail'],
        [{ logoUrl: 'not a url' }, 'logoUrl'],
        [{ name: '' }, 'name'],
        [{ name: '  ' }, 'name'],
        [{ brandName: 'x'.repeat(201) }, 'brandName'],
      ];
      for (const [input, field] of cases) {
        expect({ input, ...(await rejected(CREATE_PROJECT, { i: { name: unique('Bad'), ...input } }, admin)) }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await rejected(CREATE_PROJECT, { i: { brandName: 'x' } as ProjectInput /* without the name on purpose */ }, admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const project = await createProject();
      for (const [input, field] of cases) {
        expect({ input, ...(await rejected(UPDATE_PROJECT, { id: project.id, i: { name: project.name, ...input } }, admin)) }).toMatchObject({
          code: 'BAD_USER_INPUT', field,
        });
      }
    });

    it('CL-11: project names are unique — CONFLICT on name; nothing changes', async () => {
      const a = await createProject();
      const b = await createProject();
      expect(await rejected(CREATE_PROJECT, { i: { name: a.name } }, admin)).toMatchObject({ code: 'CONFLICT', field: 'name' });
      expect(await rejected(UPDATE_PROJECT, { id: b.id, i: { name: a.name } }, admin)).toMatchObject({ code: 'CONFLICT', field: 'name' });
    });

    it('CL-11: only admins manage projects — support and clients FORBIDDEN, no token UNAUTHENTICATED; nothing changes', async () => {
      const project = await createProject();
      const mutations = [
        (token?: string) => rejected(CREATE_PROJECT, { i: { name: unique('Nope') } }, token),
        (token?: string) => rejected(UPDATE_PROJECT, { id: project.id, i: { name: unique('Nope') } }, token),
        (token?: string) => rejected(DELETE_PROJECT, { id: project.id }, token),
      ];
      for (const mutation of mutations) {
        expect((await mutation(support)).code).toBe('FORBIDDEN');
        expect((await mutation(clientToken)).code).toBe('FORBIDDEN');
        expect((await mutation()).code).toBe('UNAUTHENTICATED');
      }
      expect(errorOf(await t.gql(PROJECTS, {}, clientToken)).code).toBe('FORBIDDEN');
    });

    it('CL-11: unknown project ids are NOT_FOUND', async () => {
      expect((await rejected(UPDATE_PROJECT, { id: idOf('Project', 999999), i: { name: unique('Ghost') } }, admin)).code).toBe('NOT_FOUND');
      expect((await rejected(DELETE_PROJECT, { id: idOf('Project', 999999) }, admin)).code).toBe('NOT_FOUND');
    });

    it('CL-11: a client belongs to one project; deleting the project keeps its members, now without one', async () => {
      const first = await createProject();
      const second = await createProject();
      const member = await createClient({ projectId: first.id });
      ok(await t.gql(UPDATE_CLIENT, { id: member.id, i: { projectId: second.id } }, admin));
      expect(ok(await t.gql(GET_CLIENT, { id: member.id }, admin)).client!.project).toEqual({ id: second.id, name: second.name });
      expect(ok(await t.gql(DELETE_PROJECT, { id: second.id }, admin)).deleteProject).toBe(second.id);
      expect(ok(await t.gql(GET_CLIENT, { id: member.id }, admin)).client).toMatchObject({ firstName: 'M', project: null });
      expect(ok(await t.gql(PROJECTS, {}, admin)).projects.map((p) => p.id)).not.toContain(second.id);
    });
  });
});

describe('CL-11: updating a group changes only the fields sent', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('CL-11: renaming a group keeps its colour, discount and separate-invoices setting', async () => {
    const admin = await t.staffToken();
    const { id } = ok(await t.gql(CREATE_GROUP, { i: { name: 'Gold', colour: '#ffd700', discountPercent: '12.5', separateInvoices: true } }, admin)).createClientGroup;
    const renamed = ok(await t.gql(RENAME_GROUP, { id, i: { name: 'Platinum' } }, admin));
    expect(renamed.updateClientGroup).toEqual({ name: 'Platinum', colour: '#ffd700', discountPercent: '12.50', separateInvoices: true });
  });
});
