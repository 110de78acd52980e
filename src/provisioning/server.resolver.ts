import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { toId } from '../shared/ids';
import { Server } from './server.entity';
import { ServerGroup } from '../catalog/server-group.entity';
import { ConnectionTestResult, CreateServerInput, ServerGroupInput, UpdateServerInput } from './server.inputs';
import {
  createServer,
  createServerGroup,
  deleteServer,
  deleteServerGroup,
  getServer,
  getServerGroup,
  listServerGroups,
  listServers,
  serverPublicSettings,
  serverSecretsSet,
  testServerConnection,
  updateServer,
  updateServerGroup,
} from './server.service';

@Resolver(() => Server)
export class ServerResolver {
  @Authorized('STAFF')
  @Query(() => [Server], { description: 'Staff: servers, ordered by id.' })
  async servers(
    @Ctx() ctx: RequestContext,
    @Arg('module', { nullable: true, description: 'Only servers of this module.' }) module?: string,
    @Arg('groupId', () => ID, { nullable: true, description: 'Only servers of this group.' }) groupId?: string,
  ): Promise<Server[]> {
    return listServers(ctx, { module, groupId });
  }

  @Authorized('STAFF')
  @Query(() => Server, { description: 'Staff: one server.' })
  async server(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the server.' }) id: string): Promise<Server> {
    return getServer(ctx, toId(id, 'Server', 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => Server, { description: 'Settings are validated against the module\'s serverSettingsSchema; secrets are stored encrypted' })
  async createServer(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new server.' }) input: CreateServerInput): Promise<Server> {
    return createServer(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Server, { description: 'A secret left out of settings keeps its stored value' })
  async updateServer(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the server.' }) id: string, @Arg('input', { description: 'The fields to change.' }) input: UpdateServerInput): Promise<Server> {
    return updateServer(ctx, toId(id, 'Server', 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Only a server without services. Returns the id of the deleted record.' })
  async deleteServer(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the server.' }) id: string): Promise<number> {
    const key = toId(id, 'Server', 'id');
    await deleteServer(ctx, key);
    return key;
  }

  @Authorized('STAFF')
  @Mutation(() => ConnectionTestResult, { description: 'Runs the module\'s testConnection against the server' })
  async testServerConnection(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the server.' }) id: string): Promise<ConnectionTestResult> {
    return testServerConnection(ctx, toId(id, 'Server', 'id'));
  }

  @FieldResolver(() => JSONObjectResolver, { description: 'Per the module\'s serverSettingsSchema; every secret (writeOnly) is null' })
  settings(@Root() server: Server, @Ctx() ctx: RequestContext): Record<string, unknown> {
    return serverPublicSettings(ctx, server);
  }

  @FieldResolver(() => [String], { description: 'Names of the secret settings that have a value' })
  secretsSet(@Root() server: Server): string[] {
    return serverSecretsSet(server);
  }

  @FieldResolver(() => ServerGroup, { nullable: true, description: 'The server group; null when the server is in none.' })
  async group(@Root() server: Server, @Ctx() ctx: RequestContext) {
    return server.group ? ctx.loaders.provisioning.serverGroup.load(server.group.id) : null;
  }
}

@Resolver(() => ServerGroup)
export class ServerGroupResolver {
  @Authorized('STAFF')
  @Query(() => [ServerGroup], { description: 'Staff: every server group.' })
  async serverGroups(@Ctx() ctx: RequestContext): Promise<ServerGroup[]> {
    return listServerGroups(ctx);
  }

  @Authorized('STAFF')
  @Query(() => ServerGroup, { description: 'Staff: one server group.' })
  async serverGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the group.' }) id: string): Promise<ServerGroup> {
    return getServerGroup(ctx, toId(id, 'ServerGroup', 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => ServerGroup, { description: 'Admins: create a server group.' })
  async createServerGroup(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The new group.' }) input: ServerGroupInput): Promise<ServerGroup> {
    return createServerGroup(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ServerGroup, { description: 'Admins: change a server group.' })
  async updateServerGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the group.' }) id: string, @Arg('input', { description: 'The group\'s new fields.' }) input: ServerGroupInput): Promise<ServerGroup> {
    return updateServerGroup(ctx, toId(id, 'ServerGroup', 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Its servers and products stay, without a group. Returns the id of the deleted record.' })
  async deleteServerGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the group.' }) id: string): Promise<number> {
    const key = toId(id, 'ServerGroup', 'id');
    await deleteServerGroup(ctx, key);
    return key;
  }

  @FieldResolver(() => [Server], { description: 'The servers of the group.' })
  async servers(@Root() group: ServerGroup, @Ctx() ctx: RequestContext) {
    return ctx.loaders.provisioning.serversByGroup.load(group.id);
  }
}
