import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import { ClientGroupInput, ProjectInput } from './client.inputs';
import { deleteClientGroup, deleteProject, listClientGroups, listProjects, saveClientGroup, saveProject } from './client-group.service';
import { toId } from '../shared/ids';

/** CL-11: staff read groups and projects; admins manage them. */
@Resolver()
export class ClientGroupResolver {
  @Authorized('STAFF')
  @Query(() => [ClientGroup], { description: 'Staff: every client group.' })
  clientGroups(@Ctx() ctx: RequestContext) {
    return listClientGroups(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => ClientGroup, { description: 'Admins: create a client group.' })
  createClientGroup(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new group.' }) input: ClientGroupInput) {
    return saveClientGroup(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ClientGroup, { description: 'Admins: change a client group; fields left out keep their value.' })
  updateClientGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the group.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: ClientGroupInput) {
    return saveClientGroup(ctx, input, toId(id, 'ClientGroup', 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Admins: delete a client group; its members stay, without a group. Returns the id of the deleted record.' })
  async deleteClientGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the group.' }) id: string): Promise<number> {
    const key = toId(id, 'ClientGroup', 'id');
    await deleteClientGroup(ctx, key);
    return key;
  }

  @Authorized('STAFF')
  @Query(() => [Project], { description: 'Staff: every project.' })
  projects(@Ctx() ctx: RequestContext) {
    return listProjects(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => Project, { description: 'Admins: create a project.' })
  createProject(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new project.' }) input: ProjectInput) {
    return saveProject(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Project, { description: 'Admins: change a project.' })
  updateProject(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the project.' }) id: string, @Arg('input', { description: 'The project\'s new fields.' }) input: ProjectInput) {
    return saveProject(ctx, input, toId(id, 'Project', 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Admins: delete a project; its members stay, without a project. Returns the id of the deleted record.' })
  async deleteProject(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the project.' }) id: string): Promise<number> {
    const key = toId(id, 'Project', 'id');
    await deleteProject(ctx, key);
    return key;
  }
}
