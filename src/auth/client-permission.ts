import { registerEnumType } from 'type-graphql';
import type { Viewer } from './viewer';

/**
 * CT-4 / CL-12: the areas of a client account a user (or a sub-account
 * contact) may see or change. The client's own login has every permission.
 * Areas built later check theirs with `assertCanAccessClient(ctx, clientId, permission)`.
 */
export enum ClientPermission {
  /** Read and edit the client's profile (not its password or email). */
  PROFILE = 'profile',
  /** Contacts (CT-1..CT-4). */
  CONTACTS = 'contacts',
  /** Invoices, transactions and payers. */
  INVOICES = 'invoices',
  /** The credit log and balance. */
  CREDIT = 'credit',
  /** Orders: placing new orders. */
  ORDERS = 'orders',
  /** Products and services. */
  SERVICES = 'services',
  /** Domains. */
  DOMAINS = 'domains',
  /** Support tickets. */
  SUPPORT = 'support',
}
registerEnumType(ClientPermission, {
  name: 'ClientPermission',
  description: 'An area of a client account that a user (or a contact with a sub-account) may see and change. The client\'s own login has them all.',
  valuesConfig: {
    PROFILE: { description: 'Read and edit the client\'s profile (not its password or email).' },
    CONTACTS: { description: 'Contacts and the billing contact.' },
    INVOICES: { description: 'Invoices, transactions and payers.' },
    CREDIT: { description: 'The credit log and balance.' },
    ORDERS: { description: 'Placing new orders.' },
    SERVICES: { description: 'Products and services, and their module commands.' },
    DOMAINS: { description: 'Domains.' },
    SUPPORT: { description: 'Support tickets.' },
  },
});

export const ALL_CLIENT_PERMISSIONS: readonly ClientPermission[] = Object.values(ClientPermission);

/** Whether a viewer may use an area of a client account: staff and the client's own login always may. */
export function hasClientPermission(viewer: Viewer, permission: ClientPermission): boolean {
  if (viewer.kind === 'staff') return true;
  return viewer.clientUserId == null || (viewer.permissions ?? []).includes(permission);
}
