import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByParent, readRows } from '../shared/batch-loaders';
import { CancellationRequest, CancellationRequestStatus } from './cancellation-request.entity';
import { SuspensionOverride } from './daily-run.entity';

/** Per-request batch loaders of the automation area (one query per level). */
export function createAutomationLoaders(em: EntityManager) {
  return {
    /** The open cancellation request of each service (at most one). */
    openCancellationByService: loaderByParent(
      (ids) => readRows(em, CancellationRequest, { service: { $in: ids }, status: CancellationRequestStatus.OPEN }, { id: 'asc' }),
      (request) => request.service.id,
    ),
    /** The suspension override of each service (at most one). */
    suspensionOverrideByService: loaderByParent(
      (ids) => readRows(em, SuspensionOverride, { serviceId: { $in: ids } }, { serviceId: 'asc' }),
      (override) => override.serviceId,
    ),
  };
}
