import { ActivityLogEntry } from './activity-log-entry.entity';
import { ActivityLogEntryResolver, ActivityResolver } from './activity.resolver';

/** What the activity log brings to the application (assembled in src/composition.ts). */
export const entities = [ActivityLogEntry];
export const resolvers = [ActivityResolver, ActivityLogEntryResolver] as const;
