/**
 * Issue 17.3: the one assembly of the context a module command gets. The job
 * runner and the conformance kit (test/conformance/kit.ts) both build it here,
 * so modules are tested with exactly what they get in production.
 */
import type { ClientContext, CommandContext, ModuleLogger, ProductContext, ServerContext, ServiceContext, SiblingServiceContext } from '@hostbill/plugin-sdk';
import type { Client } from '../clients/client.entity';
import type { Product } from '../catalog/product.entity';
import type { Service } from './service.entity';

/** The client columns a module receives. */
export type ClientRecord = Pick<
  Client,
  'id' | 'firstName' | 'lastName' | 'companyName' | 'email' | 'phoneNumber' | 'address1' | 'address2' | 'city' | 'state' | 'postcode' | 'country' | 'language'
>;

/** The one mapping from a client to the SDK's ClientContext. Empty columns are left out (the SDK's fields are optional). */
export function clientContext(client: ClientRecord): ClientContext {
  const optional = (value: string | null | undefined) => (value == null || value.trim() === '' ? undefined : value);
  return {
    id: String(client.id),
    firstName: client.firstName,
    lastName: client.lastName,
    companyName: optional(client.companyName),
    email: client.email,
    phone: optional(client.phoneNumber),
    address1: optional(client.address1),
    address2: optional(client.address2),
    city: optional(client.city),
    state: optional(client.state),
    postcode: optional(client.postcode),
    country: optional(client.country),
    language: optional(client.language),
  };
}

/** A product as modules see it. */
export function productContext(product: Pick<Product, 'id' | 'name' | 'productOptions'>): ProductContext {
  return { id: String(product.id), name: product.name, options: product.productOptions ?? {} };
}

/** A service as modules see it, with its saved password decrypted for this call. */
export function serviceContext(service: Pick<Service, 'id' | 'status' | 'domain' | 'username' | 'moduleData'>, password: string | undefined): ServiceContext {
  return { ...siblingServiceContext(service), username: service.username ?? undefined, password };
}

/** Another service of the client on the same server as modules see it: no credentials. */
export function siblingServiceContext(service: Pick<Service, 'id' | 'status' | 'domain' | 'moduleData'>): SiblingServiceContext {
  return {
    id: String(service.id),
    status: (service.status.charAt(0).toUpperCase() + service.status.slice(1)) as ServiceContext['status'],
    domain: service.domain ?? undefined,
    moduleData: { ...service.moduleData },
  };
}

export interface CommandParts {
  service: ServiceContext;
  otherServicesOnServer: SiblingServiceContext[];
  client: ClientRecord;
  product: ProductContext;
  server: ServerContext;
  idempotencyKey: string;
  logger: ModuleLogger;
  signal: AbortSignal;
}

/**
 * The context of one command call: the common part plus the command's extra
 * fields from the catalogue (module-command-catalogue.ts), which replace a
 * common field of the same name (changePackage's new `product`).
 */
export function commandContext<Extra extends object = object>(parts: CommandParts, extra?: Extra): CommandContext & Extra {
  const { client, ...rest } = parts;
  return { ...rest, client: clientContext(client), ...(extra as Extra) };
}
