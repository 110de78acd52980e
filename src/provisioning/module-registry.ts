/**
 * PM-2: discovers the provisioning modules in the plugins folder at start-up.
 * Every sub-folder with an index (index.js when compiled, index.ts under ts-jest)
 * is one module, named like its folder; an invalid or crashing module, a name
 * that is not its folder's, and every module of a name claimed twice are
 * reported and skipped, never stopping the server.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import semver from 'semver';
import { SDK_VERSION, type ModuleKind, type PaymentGatewayModule, type ProvisioningModule } from '@hostbill/plugin-sdk';
import { hasCommand, MODULE_COMMANDS } from './module-command-catalogue';
import { maskingLogger } from '../plugins/module-settings';
import { logger } from '../shared/logger';

export const MODULE_KINDS: readonly ModuleKind[] = ['hosting', 'registrar', 'dns', 'spamfilter'];
/** Optional functions of a module that are not commands on a service or domain. */
const OPTIONAL_HOOKS = ['testConnection'] as const;
/** Optional functions the server calls at start (init) and on a graceful stop (destroy). */
const LIFECYCLE_HOOKS = ['init', 'destroy'] as const;

export interface ModuleLoadProblem {
  /** The sub-folder of the plugins folder. */
  folder: string;
  reason: string;
}

export interface ModuleRegistry {
  /** Loaded modules by name, in folder order. */
  modules: Map<string, ProvisioningModule>;
  /** Loaded payment gateway modules (kind "gateway") by name; src/payments uses them. */
  gateways: Map<string, PaymentGatewayModule>;
  problems: ModuleLoadProblem[];
}

export type ModuleLog = Pick<Console, 'warn'> & Partial<Pick<Console, 'info'>>;

export const emptyRegistry = (): ModuleRegistry => ({ modules: new Map(), gateways: new Map(), problems: [] });

/** The command names a module implements (catalogue order, then testConnection). */
export function commandsOf(module: ProvisioningModule): string[] {
  return [...Object.keys(MODULE_COMMANDS), ...OPTIONAL_HOOKS].filter((name) => hasCommand(module, name));
}

export function loadModules(pluginsDir: string, log: ModuleLog = logger): ModuleRegistry {
  const registry = emptyRegistry();
  const problem = (folder: string, reason: string) => {
    registry.problems.push({ folder, reason });
    log.warn(`Provisioning module in plugins/${folder} skipped: ${reason}`);
  };

  let folders: string[];
  try {
    folders = readdirSync(pluginsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    problem('.', `cannot read plugins folder ${pluginsDir}: ${(error as Error).message}`);
    return registry;
  }

  // Every folder first, so that a name claimed twice is known before any module is registered.
  const candidates: { folder: string; module: ProvisioningModule | PaymentGatewayModule }[] = [];
  for (const folder of folders) {
    let entry: string;
    try {
      entry = require.resolve(join(pluginsDir, folder));
    } catch {
      continue; // No index: not a module (e.g. a helper or assets folder).
    }
    let candidate: unknown;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(entry);
      candidate = exported?.default;
    } catch (error) {
      problem(folder, `loading failed: ${(error as Error)?.message ?? String(error)}`);
      continue;
    }
    // A fresh Ajv per module, so two modules may reuse a schema $id.
    const reason = (candidate as { kind?: unknown } | undefined)?.kind === 'gateway' ? validateGateway(candidate) : validateModule(candidate);
    if (reason) {
      problem(folder, reason);
      continue;
    }
    candidates.push({ folder, module: candidate as ProvisioningModule | PaymentGatewayModule });
  }

  // Servers and products name their module, and a server's decrypted credentials go to the module of
  // that name: a name that is not its folder's, or that two folders claim, could hand them to the
  // wrong code, so every module involved is skipped rather than one picked.
  for (const { folder, module } of candidates) {
    const rivals = candidates.filter((other) => other.folder !== folder && other.module.name === module.name).map((other) => `plugins/${other.folder}`);
    const reasons: string[] = [];
    if (module.name !== folder) reasons.push(`its name "${module.name}" must equal its folder name "${folder}"`);
    if (rivals.length) reasons.push(`the name "${module.name}" is also claimed by ${rivals.join(', ')}; none of them is loaded`);
    if (reasons.length) problem(folder, reasons.join('; '));
    else if (module.kind === 'gateway') registry.gateways.set(module.name, module);
    else registry.modules.set(module.name, module);
  }
  const loaded = [...registry.modules.values(), ...registry.gateways.values()].map((m) => `${m.name} ${m.version}`);
  log.info?.(`Provisioning modules loaded from ${pluginsDir}: ${loaded.join(', ') || 'none'}`);
  return registry;
}

/**
 * Calls each module's init at start-up. A module whose init throws is reported
 * like any load problem and removed, so no command ever reaches it.
 */
export async function startModules(registry: ModuleRegistry, log: ModuleLog = console): Promise<void> {
  for (const [name, module] of registry.modules) {
    if (!module.init) continue;
    try {
      await module.init({ logger: maskingLogger(name, []) });
    } catch (error) {
      registry.modules.delete(name);
      const reason = `init failed: ${(error as Error)?.message ?? String(error)}`;
      registry.problems.push({ folder: name, reason }); // a loaded module's name is its folder's
      log.warn(`Provisioning module in plugins/${name} skipped: ${reason}`);
    }
  }
}

/** Calls each module's destroy on a graceful stop; a failing one is logged and the others still run. */
export async function stopModules(registry: ModuleRegistry, log: ModuleLog = console): Promise<void> {
  for (const [name, module] of registry.modules) {
    await module.destroy?.().catch((error: unknown) => log.warn(`Provisioning module ${name}: destroy failed: ${(error as Error)?.message ?? String(error)}`));
  }
}

const nonEmpty = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** What every module must get right, whatever its kind: name, version, supported SDK range, kind, display name. */
function basicProblem(candidate: unknown, kinds: readonly string[]): string | undefined {
  if (!candidate || typeof candidate !== 'object') return 'no default export of a module object';
  const m = candidate as Record<string, unknown>;

  if (typeof m.name !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.name)) {
    return `name must be kebab-case (lower-case letters, digits and dashes), got ${JSON.stringify(m.name)}`;
  }
  if (!nonEmpty(m.version)) return 'version is missing';
  // A module built against another SDK may call what this server does not offer, or miss what it needs.
  if (typeof m.sdkVersion !== 'string' || !semver.validRange(m.sdkVersion)) {
    return `sdkVersion must be the semver range of the plugin SDK the module was built for (e.g. "^${SDK_VERSION}"), got ${JSON.stringify(m.sdkVersion)}`;
  }
  if (!semver.satisfies(SDK_VERSION, m.sdkVersion)) {
    return `it was built for plugin SDK ${m.sdkVersion}, and this server's SDK is ${SDK_VERSION}: rebuild it against this SDK or use a server whose SDK it supports`;
  }
  if (!kinds.includes(m.kind as string)) {
    return `kind must be one of ${kinds.join(', ')}, got ${JSON.stringify(m.kind)}`;
  }
  if (!nonEmpty(m.displayName)) return 'displayName is missing';
  if (m.description !== undefined && typeof m.description !== 'string') return 'description must be a string';
  return undefined;
}

/** The first thing wrong with a default export, or undefined when it is a usable module. */
export function validateModule(candidate: unknown, ajv: Ajv = new Ajv({ strict: false, logger: false })): string | undefined {
  const basic = basicProblem(candidate, MODULE_KINDS);
  if (basic) return basic;
  const m = candidate as Record<string, unknown>;

  for (const key of ['serverSettingsSchema', 'productOptionsSchema']) {
    const reason = schemaProblem(ajv, m[key]);
    if (reason) return `${key} ${reason}`;
  }
  for (const [command, spec] of Object.entries(MODULE_COMMANDS)) {
    const required = spec.requiredFor === 'all' || spec.requiredFor === m.kind;
    if (required && !hasCommand(m, command)) return `${spec.requiredFor === 'all' ? 'required' : spec.requiredFor} command ${command} is missing or not a function`;
    if (!required && m[command] !== undefined && !hasCommand(m, command)) return `optional command ${command} is not a function`;
  }
  for (const hook of OPTIONAL_HOOKS) {
    if (m[hook] !== undefined && !hasCommand(m, hook)) return `optional command ${hook} is not a function`;
  }
  for (const hook of LIFECYCLE_HOOKS) {
    if (m[hook] !== undefined && !hasCommand(m, hook)) return `${hook} must be a function`;
  }
  if (m.customCommands !== undefined) {
    if (!m.customCommands || typeof m.customCommands !== 'object' || Array.isArray(m.customCommands)) {
      return 'customCommands must be an object of named commands';
    }
    for (const [name, command] of Object.entries(m.customCommands as Record<string, unknown>)) {
      const c = command as Record<string, unknown> | null;
      if (!c || typeof c !== 'object') return `custom command ${name} is not an object`;
      if (!nonEmpty(c.label)) return `custom command ${name} has no label`;
      if (typeof c.run !== 'function') return `custom command ${name} has no run function`;
      if (c.clientAllowed !== undefined && typeof c.clientAllowed !== 'boolean') return `custom command ${name}: clientAllowed must be a boolean`;
      if (c.secretOutput !== undefined && (!Array.isArray(c.secretOutput) || !c.secretOutput.every(nonEmpty))) return `custom command ${name}: secretOutput must be a list of output field names`;
      if (c.inputSchema !== undefined) {
        const reason = schemaProblem(ajv, c.inputSchema);
        if (reason) return `custom command ${name}: inputSchema ${reason}`;
      }
    }
  }
  return undefined;
}

/** The first thing wrong with a payment gateway module (kind "gateway"), or undefined when it is usable. */
export function validateGateway(candidate: unknown, ajv: Ajv = new Ajv({ strict: false, logger: false })): string | undefined {
  const basic = basicProblem(candidate, ['gateway']);
  if (basic) return basic;
  const m = candidate as Record<string, unknown>;
  const reason = schemaProblem(ajv, m.settingsSchema);
  if (reason) return `settingsSchema ${reason}`;
  if (typeof m.startPayment !== 'function') return 'startPayment is missing or not a function';
  for (const hook of ['verifyCallback', 'refund']) if (m[hook] !== undefined && typeof m[hook] !== 'function') return `${hook} must be a function`;
  return undefined;
}

function schemaProblem(ajv: Ajv, schema: unknown): string | undefined {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return 'must be a JSON Schema object';
  try {
    ajv.compile(schema as Record<string, unknown>);
    return undefined;
  } catch (error) {
    return `is not a valid JSON Schema: ${(error as Error).message}`;
  }
}
