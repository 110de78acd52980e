import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { toId } from '../shared/ids';
import { Server } from './server.entity';
import { ServerGroup } from './server-group.entity';
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
  @Query(() => [Server], { description: 'Servers, by id' })
  async servers(
    @Ctx() ctx: RequestContext,
    @Arg('module', { nullable: true }) module?: string,
    @Arg('groupId', () => ID, { nullable: true }) groupId?: string,
  ): Promise<Server[]> {
    return listServers(ctx, { module, groupId });
  }

  @Authorized('STAFF')
  @Query(() => Server)
  async server(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Server> {
    return getServer(ctx, toId(id, 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => Server, { description: 'Settings are validated against the module\'s serverSettingsSchema; secrets are stored encrypted' })
  async createServer(@Ctx() ctx: RequestContext, @Arg('input') input: CreateServerInput): Promise<Server> {
    return createServer(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Server, { description: 'A secret left out of settings keeps its stored value' })
  async updateServer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateServerInput): Promise<Server> {
    return updateServer(ctx, toId(id, 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Only a server without services' })
  async deleteServer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deleteServer(ctx, toId(id, 'id'));
    return id;
  }

  @Authorized('STAFF')
  @Mutation(() => ConnectionTestResult, { description: 'Runs the module\'s testConnection against the server' })
  async testServerConnection(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ConnectionTestResult> {
    return testServerConnection(ctx, toId(id, 'id'));
  }

  @FieldResolver(() => JSONObjectResolver, { description: 'Per the module\'s serverSettingsSchema; every secret (writeOnly) is null' })
  settings(@Root() server: Server, @Ctx() ctx: RequestContext): Record<string, unknown> {
    return serverPublicSettings(ctx, server);
  }

  @FieldResolver(() => [String], { description: 'Names of the secret settings that have a value' })
  secretsSet(@Root() server: Server): string[] {
    return serverSecretsSet(server);
  }

  @FieldResolver(() => ServerGroup, { nullable: true })
  async group(@Root() server: Server, @Ctx() ctx: RequestContext) {
    return server.group ? ctx.loaders.provisioning.serverGroup.load(server.group.id) : null;
  }
}

@Resolver(() => ServerGroup)
export class ServerGroupResolver {
  @Authorized('STAFF')
  @Query(() => [ServerGroup])
  async serverGroups(@Ctx() ctx: RequestContext): Promise<ServerGroup[]> {
    return listServerGroups(ctx);
  }

  @Authorized('STAFF')
  @Query(() => ServerGroup)
  async serverGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ServerGroup> {
    return getServerGroup(ctx, toId(id, 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => ServerGroup)
  async createServerGroup(@Ctx() ctx: RequestContext, @Arg('input') input: ServerGroupInput): Promise<ServerGroup> {
    return createServerGroup(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ServerGroup)
  async updateServerGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: ServerGroupInput): Promise<ServerGroup> {
    return updateServerGroup(ctx, toId(id, 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Its servers and products stay, without a group' })
  async deleteServerGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    await deleteServerGroup(ctx, toId(id, 'id'));
    return id;
  }

  @FieldResolver(() => [Server])
  async servers(@Root() group: ServerGroup, @Ctx() ctx: RequestContext) {
    return ctx.loaders.provisioning.serversByGroup.load(group.id);
  }
}
