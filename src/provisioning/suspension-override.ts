/**
 * SV-6: the outcome hook of a staff edit that set a service's override of
 * suspension for non-payment. It runs in the edit's transaction; the
 * override is recorded by the daily run's area (above provisioning), which
 * registers on it in src/composition.ts.
 */
import type { RequestContext } from '../shared/context';
import type { FieldProblems } from '../shared/errors';
import { outcomeHook } from '../shared/outcome-hooks';
import type { Service } from './service.entity';
import type { SuspensionOverrideInput } from './service.inputs';

export interface SuspensionOverrideChange {
  service: Service;
  /** Not suspended before this date; with neither this nor `never` the override is removed. */
  until?: string;
  never: boolean;
  /** Who made the edit (for the activity log). */
  by: Pick<RequestContext, 'viewer' | 'ip'>;
}

export const suspensionOverrideSet = outcomeHook<SuspensionOverrideChange>();

/** A date or never, not both. */
export function checkSuspensionOverride(problems: FieldProblems, override: SuspensionOverrideInput | null | undefined): void {
  if (override?.until != null && override.never === true) problems.add('suspensionOverride.never', 'Give a date or never, not both', 'CONFLICTING_INPUT');
}
