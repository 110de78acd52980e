/**
 * Issue 15.3: the zone of a domain is kept by the DNS-manager module (kind
 * `dns`) on the server DNS_ZONE_SERVER names. A zone is not a service, so its
 * commands are called here directly (short, and the caller waits for the
 * answer), with the module's usual context: the zone stands in for the
 * service (`domain-<id>`, so the module's ownership marker never matches a
 * real service's), the template's values for the product options.
 */
import { ModuleError, type CommandResult, type ProvisioningModule } from '@hostbill/plugin-sdk';
import type { RequestContext } from '../shared/context';
import { AppError, badInput } from '../shared/errors';
import type { Client } from '../clients/client.entity';
import { Server } from '../provisioning/server.entity';
import { serverContext, serverSecretValues } from '../provisioning/server.service';
import { maskingLogger } from '../plugins/module-settings';
import { commandContext } from '../provisioning/command-context';
import { CLIENT_SAFE_JOB_ERROR } from '../provisioning/module-command.service';

/** What zone work needs: the unit of work, the configuration and the loaded modules; a viewer when a person asked. */
export type ZoneScope = Pick<RequestContext, 'em' | 'config' | 'modules'> & Partial<Pick<RequestContext, 'viewer' | 'ip'>>;

export interface ZoneServer {
  server: Server;
  module: ProvisioningModule;
}

/** The configured DNS server and its module, or BAD_USER_INPUT saying what is missing. */
export async function zoneServerOf(scope: ZoneScope): Promise<ZoneServer> {
  const name = scope.config.dnsZoneServer;
  if (!name) throw badInput('domainId', 'No DNS server is configured for zones (DNS_ZONE_SERVER)', 'MODULE_UNAVAILABLE');
  const server = await scope.em.findOne(Server, { name });
  if (!server) throw badInput('domainId', `The DNS server "${name}" (DNS_ZONE_SERVER) does not exist`, 'MODULE_UNAVAILABLE');
  const module = scope.modules.modules.get(server.module);
  if (module?.kind !== 'dns') throw badInput('domainId', `Server "${name}" does not run a loaded DNS module`, 'MODULE_UNAVAILABLE');
  if (!server.enabled) throw badInput('domainId', `The DNS server "${name}" is disabled`, 'MODULE_UNAVAILABLE');
  return { server, module };
}

export interface ZoneCall {
  domainId: number;
  zoneName: string;
  moduleData: Record<string, unknown>;
  client: Client;
  /** Product options of the DNS module: where the website and mail point. */
  options?: Record<string, unknown>;
}

/** Runs one command of the DNS module for a zone, bounded by MODULE_COMMAND_TIMEOUT_MS. */
export async function callZoneModule(scope: ZoneScope, { server, module }: ZoneServer, command: 'create' | 'terminate' | 'listRecords' | 'replaceRecords', call: ZoneCall, input: Record<string, unknown> = {}): Promise<CommandResult> {
  const serverCtx = serverContext(scope, server);
  const context = commandContext({
    service: { id: `domain-${call.domainId}`, status: 'Active', domain: call.zoneName, moduleData: { ...call.moduleData } },
    // A zone is no service: it shares the DNS server with no other service of the client.
    otherServicesOnServer: [],
    client: call.client,
    product: { id: 'dns-zone-template', name: 'Domain zone', options: call.options ?? {} },
    server: serverCtx,
    idempotencyKey: `domain-${call.domainId}-zone-${command}`,
    logger: maskingLogger(module.name, serverSecretValues(server, serverCtx.settings)),
    signal: AbortSignal.timeout(scope.config.moduleCommandTimeoutMs),
  }, { input, requestedBy: { kind: 'system' as const } });
  // Custom commands by name, standard ones (create, terminate) as the module's own functions.
  const custom = module.customCommands?.[command];
  const standard = (module as unknown as Record<string, (ctx: typeof context) => Promise<CommandResult>>)[command];
  const result = custom ? await custom.run(context) : await standard.call(module, context);
  return result ?? {};
}

/** A module failure as the caller may read it: staff the module's message, clients a line without hosts or modules. */
export function zoneModuleError(scope: ZoneScope, error: unknown): AppError {
  if (!(error instanceof ModuleError)) return error instanceof AppError ? error : new AppError('INTERNAL_SERVER_ERROR', 'The DNS server call failed', undefined, { cause: error });
  const message = scope.viewer?.kind === 'client' ? CLIENT_SAFE_JOB_ERROR : `DNS server: ${error.message}`;
  if (error.retryable) return new AppError('SERVICE_UNAVAILABLE', message, undefined, undefined, { reason: 'DNS_SERVER_UNAVAILABLE' });
  return new AppError('CONFLICT', message, 'domainId', undefined, { reason: 'DNS_SERVER_REFUSED' });
}
