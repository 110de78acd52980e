import { ServerGroup } from '../catalog/server-group.entity';
import { Server } from './server.entity';
import { Service } from './service.entity';
import { ServiceAddon } from './service-addon.entity';
import { Domain } from './domain.entity';
import { TldRule } from './tld-rule.entity';
import { ModuleJob } from './module-job.entity';
import { ModuleLogEntry } from './module-log-entry.entity';
import { ModuleResolver } from './module.resolver';
import { ServerGroupResolver, ServerResolver } from './server.resolver';
import { ClientProvisioningResolver, ServiceResolver } from './service.resolver';
import { ServiceAddonResolver, ServiceAddonsOfServiceResolver } from './service-addon.resolver';
import { ClientDomainsResolver, DomainResolver, TldRuleResolver } from './domain.resolver';
import { ModuleCommandResolver, ModuleLogEntryResolver } from './module-command.resolver';
import { RegistryPollResolver } from './registry-poll.resolver';
import { serviceOwnedRecords } from './service.service';
import { domainOwnedRecords } from './domain.service';
import { createProvisioningLoaders } from './provisioning.loaders';

/** What servers, services, domains and module commands bring to the application (assembled in src/composition.ts). */
export const entities = [ServerGroup, Server, Service, ServiceAddon, Domain, ModuleJob, ModuleLogEntry, TldRule];
export const resolvers = [ModuleResolver, ServerResolver, ServerGroupResolver, ServiceResolver, ClientProvisioningResolver, DomainResolver, ModuleCommandResolver,
  RegistryPollResolver, ClientDomainsResolver, ModuleLogEntryResolver, ServiceAddonResolver, ServiceAddonsOfServiceResolver, TldRuleResolver] as const;
/** Records of a client that merge and delete reach (src/clients/client-ownership.ts). */
export const ownedRecords = [serviceOwnedRecords, domainOwnedRecords];
export const createLoaders = createProvisioningLoaders;
