/**
 * Pure rules that turn our records into Plesk names. Each is deterministic, so
 * a retried command derives exactly the same remote names as the first try.
 */
import { createHash } from 'node:crypto';
import type { ClientContext } from '@hostbill/plugin-sdk';
import type { CustomerInput } from './plesk-api';

export const DEFAULT_EXTERNAL_ID_PREFIX = 'hostbill';

/** The Plesk customer of a client: one per client per server, found again by this id. */
export function customerExternalId(prefix: string, clientId: string): string {
  return `${prefix}:client:${clientId}`;
}

/** The Plesk subscription of a service, found again by this id after a lost answer. */
export function webspaceExternalId(prefix: string, serviceId: string): string {
  return `${prefix}:service:${serviceId}`;
}

/**
 * Customer login: `<prefix>-<client id>` when it fits the 20 characters older
 * Plesk versions allow, otherwise a shortened form with a hash of the id.
 */
export function customerLogin(prefix: string, clientId: string): string {
  const raw = `${prefix}-${clientId}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
  if (raw.length <= 20) return raw;
  return `${raw.slice(0, 11)}-${shortHash(clientId)}`;
}

/**
 * System (FTP/SSH) user of a subscription when the service has no username:
 * starts with a letter, lower-case letters and digits, at most 16 characters,
 * with a hash of the service id so that two services of one domain differ.
 */
export function systemUserLogin(domain: string, serviceId: string): string {
  let base = domain.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!/^[a-z]/.test(base)) base = `u${base}`;
  return `${base.slice(0, 10)}${shortHash(serviceId).slice(0, 6)}`;
}

/** The customer record sent to Plesk, each field cut to the length Plesk accepts. */
export function customerInput(
  client: ClientContext,
  options: { login: string; password: string; externalId: string },
): CustomerInput {
  const personalName = `${client.firstName} ${client.lastName}`.trim() || client.companyName || client.email;
  const address = [client.address1, client.address2].filter(Boolean).join(', ');
  const country = client.country && /^[A-Za-z]{2}$/.test(client.country) ? client.country.toUpperCase() : undefined;
  return {
    company: cut(client.companyName, 60),
    personalName: cut(personalName, 60) ?? client.id,
    login: options.login,
    password: options.password,
    phone: cut(client.phone, 30),
    email: cut(client.email, 255),
    address: cut(address, 255),
    city: cut(client.city, 50),
    state: cut(client.state, 25),
    postcode: cut(client.postcode, 10),
    country,
    externalId: options.externalId,
    description: `Billing client ${client.id}`,
  };
}

function cut(value: string | undefined, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}
