import type { RequestContext } from '../shared/context';
import { badInput, conflict, notFound } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import type { ClientGroupInput, ProjectInput } from './client.inputs';

/** CL-11: client groups and projects, managed by admins. Names are unique. */
export const listClientGroups = (ctx: RequestContext) => ctx.em.find(ClientGroup, {}, { orderBy: { name: 'asc' } });
export const listProjects = (ctx: RequestContext) => ctx.em.find(Project, {}, { orderBy: { name: 'asc' } });

export async function saveClientGroup(ctx: RequestContext, input: ClientGroupInput, id?: number): Promise<ClientGroup> {
  const group = id ? await ctx.em.findOne(ClientGroup, { id }) : ctx.em.create(ClientGroup, { name: input.name }, { persist: false });
  if (!group) throw notFound('Client group', id!);
  if (Number(input.discountPercent) > 100) throw badInput('discountPercent', 'discountPercent must be at most 100');
  const clash = await ctx.em.findOne(ClientGroup, { name: input.name });
  if (clash && clash.id !== group.id) throw conflict('name', 'A client group with this name exists already');
  return ctx.em.transactional(async (em) => {
    em.assign(group, { ...input, discountPercent: Number(input.discountPercent).toFixed(2) });
    em.persist(group);
    await em.flush();
    recordActivity(em, ctx, { action: id ? 'clientGroup.update' : 'clientGroup.create', targetType: 'ClientGroup', targetId: String(group.id), details: { ...input } });
    return group;
  });
}

export async function deleteClientGroup(ctx: RequestContext, id: number): Promise<boolean> {
  const group = await ctx.em.findOne(ClientGroup, { id });
  if (!group) throw notFound('Client group', id);
  await ctx.em.transactional(async (em) => {
    em.remove(group);
    recordActivity(em, ctx, { action: 'clientGroup.delete', targetType: 'ClientGroup', targetId: String(id), details: { name: group.name } });
  });
  return true;
}

export async function saveProject(ctx: RequestContext, input: ProjectInput, id?: number): Promise<Project> {
  const project = id ? await ctx.em.findOne(Project, { id }) : ctx.em.create(Project, { name: input.name }, { persist: false });
  if (!project) throw notFound('Project', id!);
  const clash = await ctx.em.findOne(Project, { name: input.name });
  if (clash && clash.id !== project.id) throw conflict('name', 'A project with this name exists already');
  return ctx.em.transactional(async (em) => {
    em.assign(project, { ...input, logoUrl: input.logoUrl ? String(input.logoUrl) : input.logoUrl });
    em.persist(project);
    await em.flush();
    recordActivity(em, ctx, { action: id ? 'project.update' : 'project.create', targetType: 'Project', targetId: String(project.id), details: { name: input.name } });
    return project;
  });
}

export async function deleteProject(ctx: RequestContext, id: number): Promise<boolean> {
  const project = await ctx.em.findOne(Project, { id });
  if (!project) throw notFound('Project', id);
  await ctx.em.transactional(async (em) => {
    em.remove(project);
    recordActivity(em, ctx, { action: 'project.delete', targetType: 'Project', targetId: String(id), details: { name: project.name } });
  });
  return true;
}
