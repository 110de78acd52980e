import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderByParent, pagesByParent, readFieldColumns, readRows } from '../shared/batch-loaders';
import { Product } from '../catalog/product.entity';
import { Server } from './server.entity';
import { ServerGroup } from '../catalog/server-group.entity';
import { Service } from './service.entity';
import { Domain } from './domain.entity';
import { ModuleJob } from './module-job.entity';
import { ServiceAddon } from './service-addon.entity';

// What lists of services and domains read for the fields their selection asks (issue 12); unlisted field resolvers read every column.
readFieldColumns(Service, {
  always: ['currency'],
  fields: {
    client: [], product: [], server: [], addons: [], cancellationRequest: [],
    firstPaymentAmount: ['firstPaymentMinor', 'currency'], recurringAmount: ['recurringMinor', 'currency'],
    passwordSet: ['passwordEncrypted'], moduleData: ['moduleData'], configOptions: ['configOptions'],
  },
});
readFieldColumns(Domain, { fields: { client: [], server: [], eppCodeSet: ['eppCodeEncrypted'], eppCode: ['eppCodeEncrypted'] } });

/** Per-request batch loaders of the provisioning and catalog relations (one query per level). */
export function createProvisioningLoaders(em: EntityManager) {
  return {
    product: loaderById(em, Product),
    server: loaderById(em, Server),
    service: loaderById(em, Service),
    domain: loaderById(em, Domain),
    moduleJob: loaderById(em, ModuleJob),
    serverGroup: loaderById(em, ServerGroup),
    serversByGroup: loaderByParent(
      (ids) => readRows(em, Server, { group: { $in: ids } }, { id: 'asc' }),
      (server) => server.group?.id,
    ),
    addonsByService: loaderByParent(
      (ids) => readRows(em, ServiceAddon, { service: { $in: ids } }, { id: 'asc' }),
      (addon) => addon.service.id,
    ),
    /** Ordered as the root `services` and `domains` lists: by id. */
    servicePagesByClient: pagesByParent(em, Service, 'client', { descending: false }),
    domainPagesByClient: pagesByParent(em, Domain, 'client', { descending: false }),
  };
}

export type ProvisioningLoaders = ReturnType<typeof createProvisioningLoaders>;
