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
  @Query(() => [ClientGroup])
  clientGroups(@Ctx() ctx: RequestContext) {
    return listClientGroups(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => ClientGroup)
  createClientGroup(@Ctx() ctx: RequestContext, @Arg('input') input: ClientGroupInput) {
    return saveClientGroup(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ClientGroup)
  updateClientGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: ClientGroupInput) {
    return saveClientGroup(ctx, input, toId(id, 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Members stay, without a group' })
  async deleteClientGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deleteClientGroup(ctx, toId(id, 'id'));
    return id;
  }

  @Authorized('STAFF')
  @Query(() => [Project])
  projects(@Ctx() ctx: RequestContext) {
    return listProjects(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => Project)
  createProject(@Ctx() ctx: RequestContext, @Arg('input') input: ProjectInput) {
    return saveProject(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Project)
  updateProject(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: ProjectInput) {
    return saveProject(ctx, input, toId(id, 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Members stay, without a project' })
  async deleteProject(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deleteProject(ctx, toId(id, 'id'));
    return id;
  }
}
