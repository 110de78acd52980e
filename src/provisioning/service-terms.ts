/**
 * SV-5: the outcome hook of a staff edit that changed a service's product,
 * billing cycle or configurable options. It runs in the edit's transaction
 * after the new terms are set, before the change is published; the options'
 * check against the product and the recalculation from catalog prices (which
 * live above provisioning) register on it in src/composition.ts.
 */
import { outcomeHook } from '../shared/outcome-hooks';
import type { CartConfigOptionInput } from '../catalog/catalog.inputs';
import type { Service } from './service.entity';

export interface ServiceTermsChange {
  /** The service with its new terms, in the edit's unit of work. */
  service: Service;
  previousProductId: number;
  /** The options staff gave (the others keep their value on the same product); absent when none were given. */
  configOptions?: CartConfigOptionInput[];
  /** Whether the recurring amount is set from the catalog (auto-recalculate on, no amount typed in). */
  recalculate: boolean;
}

export const serviceTermsChanged = outcomeHook<ServiceTermsChange>();
