import { OperatorSettings } from './operator-settings.entity';
import { SettingsResolver } from './settings.resolver';

/** What the operator settings bring to the application (assembled in src/composition.ts). */
export const entities = [OperatorSettings];
export const resolvers = [SettingsResolver] as const;
