import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import type { ProvisioningModule } from '@hostbill/plugin-sdk';
import { commandsOf } from './module-registry';
import { ModuleKindEnum, ModuleLoadProblem, ProvisioningModuleInfo } from './module.types';

export function moduleInfo(module: ProvisioningModule): ProvisioningModuleInfo {
  return {
    name: module.name,
    displayName: module.displayName,
    description: module.description,
    version: module.version,
    kind: module.kind as ModuleKindEnum,
    commands: commandsOf(module),
    customCommands: Object.entries(module.customCommands ?? {}).map(([name, command]) => ({
      name,
      label: command.label,
      clientAllowed: command.clientAllowed === true,
      inputSchema: command.inputSchema,
    })),
    serverSettingsSchema: module.serverSettingsSchema,
    productOptionsSchema: module.productOptionsSchema,
  };
}

@Resolver()
export class ModuleResolver {
  @Authorized('STAFF')
  @Query(() => [ProvisioningModuleInfo], { description: 'Staff: the provisioning modules loaded at start-up.' })
  modules(@Ctx() ctx: RequestContext): ProvisioningModuleInfo[] {
    return [...ctx.modules.modules.values()].map(moduleInfo);
  }

  @Authorized('ADMIN')
  @Query(() => [ModuleLoadProblem], { description: 'Admins: folders of the plugins directory that were skipped at start-up (invalid, duplicate or failing to load), and why. Empty when all loaded.' })
  moduleLoadProblems(@Ctx() ctx: RequestContext): ModuleLoadProblem[] {
    return ctx.modules.problems.map((p) => ({ folder: p.folder, reason: p.reason }));
  }
}
