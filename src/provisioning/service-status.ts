/**
 * The service lifecycle as a transition table. STAFF_TRANSITIONS
 * are the changes staff may make by editing a service (SV-2) without running
 * a module command: recording what already happened on the server.
 * Terminated, Cancelled and Completed are final; a service that should live
 * again is ordered again. Module-driven transitions (Create, Suspend, …)
 * are added with the commands.
 */
import { registerEnumType } from 'type-graphql';
import { badInput } from '../shared/errors';

export enum ServiceStatus {
  PENDING = 'pending',
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  TERMINATED = 'terminated',
  CANCELLED = 'cancelled',
  FRAUD = 'fraud',
  COMPLETED = 'completed',
}
registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  description: 'Where a service is in its life. Staff may record changes along these steps: Pending → Active, Suspended, Terminated, Cancelled or Fraud; Active → Suspended, Terminated, Cancelled, Completed or Fraud; Suspended → Active, Terminated, Cancelled or Fraud; Fraud → Cancelled or Terminated. Terminated, Cancelled and Completed are final.',
  valuesConfig: {
    PENDING: { description: 'Ordered or added; not yet set up on a server.' },
    ACTIVE: { description: 'Set up and in use.' },
    SUSPENDED: { description: 'Temporarily blocked (e.g. for non-payment); the account still exists.' },
    TERMINATED: { description: 'Removed from the server.' },
    CANCELLED: { description: 'Cancelled; no further invoices.' },
    FRAUD: { description: 'Marked as fraudulent.' },
    COMPLETED: { description: 'A one-time service that is done.' },
  },
});

const S = ServiceStatus;

/** The statuses in which a service or addon has ended: they carry a termination date. */
export const ENDED_STATUSES: readonly ServiceStatus[] = [S.TERMINATED, S.CANCELLED];

export const STAFF_TRANSITIONS: Readonly<Record<ServiceStatus, readonly ServiceStatus[]>> = {
  [S.PENDING]: [S.ACTIVE, S.SUSPENDED, S.TERMINATED, S.CANCELLED, S.FRAUD],
  [S.ACTIVE]: [S.SUSPENDED, S.TERMINATED, S.CANCELLED, S.COMPLETED, S.FRAUD],
  [S.SUSPENDED]: [S.ACTIVE, S.TERMINATED, S.CANCELLED, S.FRAUD],
  [S.FRAUD]: [S.CANCELLED, S.TERMINATED],
  [S.TERMINATED]: [],
  [S.CANCELLED]: [],
  [S.COMPLETED]: [],
};

/** Statuses that occupy an account on the server (pickServer counts them). */
export const OCCUPYING_STATUSES: readonly ServiceStatus[] = [S.PENDING, S.ACTIVE, S.SUSPENDED];

export const canStaffSetStatus = (from: ServiceStatus, to: ServiceStatus) => from === to || STAFF_TRANSITIONS[from].includes(to);

/** `what`: the kind of record in the message (service addons follow the same steps). */
export function assertStaffTransition(from: ServiceStatus, to: ServiceStatus, what = 'service'): void {
  if (!canStaffSetStatus(from, to)) {
    const allowed = STAFF_TRANSITIONS[from];
    throw badInput('status', `A ${from} ${what} cannot be set to ${to}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ` (${from} is final)`}`, 'INVALID_STATUS_TRANSITION');
  }
}
