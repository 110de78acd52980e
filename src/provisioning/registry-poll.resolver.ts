import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { toId } from '../shared/ids';
import { ModuleLogEntry } from './module-log-entry.entity';
import { listServerModuleLog, pollRegistry } from './registry-poll.service';

@Resolver()
export class RegistryPollResolver {
  @Authorized('STAFF')
  @Mutation(() => Boolean, {
    description:
      'Reads the registrar server\'s message queue now, in the background (it is also read at a fixed interval): ' +
      'transfer results and deletions update their domains. Only for servers whose module reads such a queue.',
  })
  async pollRegistry(@Ctx() ctx: RequestContext, @Arg('serverId', () => ID, { description: 'Id of the registrar server.' }) serverId: string): Promise<boolean> {
    return pollRegistry(ctx, toId(serverId, 'Server', 'serverId'));
  }

  @Authorized('STAFF')
  @Query(() => [ModuleLogEntry], { description: 'Staff: module calls on a server that concern no single service (registry message queue reads), newest first, with secrets masked.' })
  async serverModuleLog(
    @Ctx() ctx: RequestContext,
    @Arg('serverId', () => ID, { description: 'Id of the server.' }) serverId: string,
    @Arg('limit', () => Int, { nullable: true, description: 'At most this many entries; default 50.' }) limit?: number,
  ): Promise<ModuleLogEntry[]> {
    return listServerModuleLog(ctx, toId(serverId, 'Server', 'serverId'), limit ?? 50);
  }
}
