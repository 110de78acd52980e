/**
 * Issue 15.4: what other areas do once a module command succeeded, per module
 * kind (the DNS area moves a zone's MX records when a spam filter was added
 * or removed). Registered once in src/composition.ts; the job runner runs
 * them after the commit that recorded the success, each on its own unit of
 * work. A failing effect is logged and does not undo the command.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ModuleKind } from '@hostbill/plugin-sdk';
import type { Config } from '../config';
import type { ModuleRegistry } from './module-registry';
import type { Service } from './service.entity';

export interface SuccessEffectScope {
  em: EntityManager;
  config: Config;
  modules: ModuleRegistry;
}

export type ModuleSuccessEffect = (scope: SuccessEffectScope, done: { command: string; service: Service }) => Promise<void>;

const effects = new Map<ModuleKind, ModuleSuccessEffect[]>();

export function onModuleCommandSuccess(kind: ModuleKind, effect: ModuleSuccessEffect): void {
  effects.set(kind, [...(effects.get(kind) ?? []), effect]);
}

export const successEffectsOf = (kind: ModuleKind | undefined): readonly ModuleSuccessEffect[] => (kind ? effects.get(kind) ?? [] : []);
