import type { RequestContext } from '../shared/context';
import { badInput, FieldProblems, conflict, conflictOnDuplicate, notFound } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import { currencyForUse } from '../currency/currency.service';
import type { ClientGroupInput, ProjectInput } from './client.inputs';

/** CL-11: client groups and projects, managed by admins. Names are unique. */
export const listClientGroups = (ctx: RequestContext) => ctx.em.find(ClientGroup, {}, { orderBy: { name: 'asc' } });
export const listProjects = (ctx: RequestContext) => ctx.em.find(Project, {}, { orderBy: { name: 'asc' } });

export async function saveClientGroup(ctx: RequestContext, input: ClientGroupInput, id?: number): Promise<ClientGroup> {
  const problems = new FieldProblems();
  input = { ...input, name: problems.collect(() => requiredName(input.name)) ?? input.name };
  if (Number(input.discountPercent) > 100) problems.add('discountPercent', 'discountPercent must be at most 100', 'OUT_OF_RANGE');
  problems.throwIfAny();
  const group = id ? await ctx.em.findOne(ClientGroup, { id }) : ctx.em.create(ClientGroup, { name: input.name }, { persist: false });
  if (!group) throw notFound('ClientGroup', id!);
  const clash = await ctx.em.findOne(ClientGroup, { name: input.name });
  if (clash && clash.id !== group.id) throw conflict('name', GROUP_NAME_TAKEN, 'VALUE_TAKEN');
  return conflictOnDuplicate('name', GROUP_NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    em.assign(group, withoutNulls({ ...input, discountPercent: input.discountPercent && Number(input.discountPercent).toFixed(2) }));
    em.persist(group);
    await em.flush();
    recordActivity(em, ctx, { action: id ? 'clientGroup.update' : 'clientGroup.create', targetType: 'ClientGroup', targetId: String(group.id), details: { ...input } });
    return group;
  }));
}

/** Fields sent as null or left out keep their current (or default) value. */
function withoutNulls<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value != null)) as Partial<T>;
}

export const deleteClientGroup = (ctx: RequestContext, id: number) => deleteNamed(ctx, ClientGroup, 'ClientGroup', 'clientGroup', id);

export async function saveProject(ctx: RequestContext, input: ProjectInput, id?: number): Promise<Project> {
  input = { ...input, name: requiredName(input.name) };
  const project = id ? await ctx.em.findOne(Project, { id }) : ctx.em.create(Project, { name: input.name }, { persist: false });
  if (!project) throw notFound('Project', id!);
  const clash = await ctx.em.findOne(Project, { name: input.name });
  if (clash && clash.id !== project.id) throw conflict('name', PROJECT_NAME_TAKEN, 'VALUE_TAKEN');
  return conflictOnDuplicate('name', PROJECT_NAME_TAKEN, () => ctx.em.transactional(async (em) => {
    if (input.defaultCurrency) await currencyForUse(em, input.defaultCurrency, 'defaultCurrency');
    em.assign(project, { ...input, logoUrl: input.logoUrl ? String(input.logoUrl) : input.logoUrl });
    em.persist(project);
    await em.flush();
    recordActivity(em, ctx, { action: id ? 'project.update' : 'project.create', targetType: 'Project', targetId: String(project.id), details: { name: input.name } });
    return project;
  }));
}

const GROUP_NAME_TAKEN = 'A client group with this name exists already';
const PROJECT_NAME_TAKEN = 'A project with this name exists already';

/** Names are trimmed; a blank name is no name. */
function requiredName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput('name', 'name must not be blank', 'VALUE_REQUIRED');
  return trimmed;
}

export const deleteProject = (ctx: RequestContext, id: number) => deleteNamed(ctx, Project, 'Project', 'project', id);

/** Deletes a group or project; its members stay, without one (the foreign keys set null). */
async function deleteNamed(
  ctx: RequestContext,
  entity: typeof ClientGroup | typeof Project,
  label: string,
  action: string,
  id: number,
): Promise<boolean> {
  const record = await ctx.em.findOne(entity, { id });
  if (!record) throw notFound(label, id);
  await ctx.em.transactional(async (em) => {
    em.remove(record);
    recordActivity(em, ctx, { action: `${action}.delete`, targetType: entity.name, targetId: String(id), details: { name: record.name } });
  });
  return true;
}
