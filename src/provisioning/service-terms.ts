/**
 * SV-5: the outcome hook of a staff edit that changed a service's product or
 * billing cycle while the service recalculates on save (and no recurring
 * amount was typed in). It runs in the edit's transaction after the new terms
 * are set, before the change is published; the recalculation from catalog
 * prices (which live above provisioning) registers on it in src/composition.ts.
 */
import { outcomeHook } from '../shared/outcome-hooks';
import type { Service } from './service.entity';

export interface ServiceTermsChange {
  /** The service with its new terms, in the edit's unit of work. */
  service: Service;
  previousProductId: number;
}

export const serviceTermsChanged = outcomeHook<ServiceTermsChange>();
