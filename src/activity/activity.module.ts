import { ActivityLogEntry } from './activity-log-entry.entity';
import { ActivityResolver } from './activity.resolver';

/** What the activity log brings to the application (assembled in src/composition.ts). */
export const entities = [ActivityLogEntry];
export const resolvers = [ActivityResolver] as const;
