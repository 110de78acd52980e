/** How the module finds, names and guards the zone of a service on PowerDNS. */
import { ModuleError, ModuleLogger, ServerContext, ServiceContext } from '@hostbill/plugin-sdk';
import { PowerDnsClient, PowerDnsZone } from './powerdns-client';
import { fqdn } from './records';
import { DnsServerSettings } from './settings';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}\.$/;

export function apiBaseUrl(server: ServerContext<DnsServerSettings>): string {
  const host = server.hostname || server.ip || '';
  const bracketed = host.includes(':') ? `[${host}]` : host;
  // 8081 is the PowerDNS webserver's default port; TLS needs a reverse proxy, usually on 443.
  return `${server.secure ? 'https' : 'http'}://${bracketed}:${server.port ?? (server.secure ? 443 : 8081)}`;
}

export function clientFor(server: ServerContext<DnsServerSettings>, signal: AbortSignal, logger: ModuleLogger): PowerDnsClient {
  return new PowerDnsClient({
    baseUrl: apiBaseUrl(server),
    apiKey: server.settings.apiKey,
    serverId: server.settings.serverId ?? 'localhost',
    signal,
    logger,
  });
}

/** The zone of a service: the one recorded at create, else the service's domain. */
export function zoneNameOf(service: ServiceContext): string {
  const recorded = service.moduleData.zoneName;
  const name = typeof recorded === 'string' ? recorded : fqdn(service.domain ?? '');
  if (!DOMAIN.test(name)) {
    throw new ModuleError(`The service has no valid domain name for a DNS zone: "${service.domain ?? ''}"`, { retryable: false });
  }
  return name;
}

export function zoneIdOf(service: ServiceContext): string {
  const recorded = service.moduleData.zoneId;
  return typeof recorded === 'string' ? recorded : zoneNameOf(service);
}

/** The zone's PowerDNS "account": marks it as this service's, so another service never adopts or deletes it. */
export function accountOf(service: ServiceContext): string {
  return `svc-${service.id}`;
}

export function assertOwned(zone: PowerDnsZone, service: ServiceContext): void {
  if (zone.account !== '' && zone.account !== accountOf(service)) {
    throw new ModuleError(`Zone ${zone.name} exists on PowerDNS but belongs to account "${zone.account}"`, {
      retryable: false,
      remoteCode: '409',
    });
  }
}

/** The service's zone, which must exist and be ours. */
export async function loadZone(client: PowerDnsClient, service: ServiceContext): Promise<PowerDnsZone> {
  const zone = await client.getZone(zoneIdOf(service));
  if (!zone) {
    throw new ModuleError(`Zone ${zoneNameOf(service)} does not exist on PowerDNS`, { retryable: false, remoteCode: '404' });
  }
  assertOwned(zone, service);
  return zone;
}

export function moduleData(zone: { id: string; name: string }, service: ServiceContext, extra: Record<string, unknown> = {}) {
  return { zoneId: zone.id, zoneName: zone.name, account: accountOf(service), ...extra };
}
