import type { Client } from '../clients/client.entity';
import type { ClientContext } from '@hostbill/plugin-sdk';

/** The client columns a module receives. */
export type ClientRecord = Pick<
  Client,
  'id' | 'firstName' | 'lastName' | 'companyName' | 'email' | 'phoneNumber' | 'address1' | 'address2' | 'city' | 'state' | 'postcode' | 'country' | 'language'
>;

/**
 * The one mapping from a client to the SDK's ClientContext: the job runner and
 * the conformance kit both use it, so modules are tested with exactly what they
 * get in production. Empty columns are left out (the SDK's fields are optional).
 */
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
