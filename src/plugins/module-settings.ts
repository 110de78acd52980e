/**
 * Settings objects described by a module's JSON Schemas (server settings,
 * product options): validation with Ajv, and the split of server settings
 * into plain values and secrets (properties marked "writeOnly": true), which
 * are stored encrypted and never shown.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { RequestContext } from '../shared/context';
import { AppError, badInput, inputProblemsError, type ErrorReason, type FieldProblem } from '../shared/errors';
import { decryptSecret, encryptSecret } from '../shared/secrets';
import type { JsonSchema, ModuleLogger, ProvisioningModule } from '@hostbill/plugin-sdk';
import { logger } from '../shared/logger';

// Module authors may use the standard formats (hostname, email, uri, ipv4, ...): ajv-formats makes them checked, not ignored.
// Every problem of a settings object at once (issue 13.5), each at its property.
const ajv = addFormats(new Ajv({ strict: false, logger: false, allErrors: true }));
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** The loaded module of this name, or BAD_USER_INPUT on `field`. */
export function requireModule(ctx: Pick<RequestContext, 'modules'>, name: string, field: string): ProvisioningModule {
  const module = ctx.modules.modules.get(name);
  if (!module) {
    const known = [...ctx.modules.modules.keys()].join(', ') || 'none';
    throw badInput(field, `Unknown module "${name}" (loaded: ${known})`, 'MODULE_UNAVAILABLE');
  }
  return module;
}

/** Throws one BAD_USER_INPUT listing every property of `value` (under `field`) that does not match the schema, each at its path. */
export function assertMatchesSchema(schema: JsonSchema, value: Record<string, unknown>, field: string): void {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return;
  const problems = (validate.errors ?? []).map((error) => schemaProblem(error, field));
  throw problems.length ? inputProblemsError(problems) : badInput(field, `${field} is invalid`, 'INVALID_FORMAT');
}

/** One Ajv error as a field problem: at the property it concerns (a missing or unknown one too). */
function schemaProblem(error: ErrorObject, field: string): FieldProblem {
  const at = error.instancePath.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~')));
  const where = at.length ? `.${at.join('.')}` : '';
  const named = 'additionalProperty' in error.params ? String(error.params.additionalProperty) : 'missingProperty' in error.params ? String(error.params.missingProperty) : undefined;
  const extra = 'additionalProperty' in error.params ? ` (${named})` : '';
  // Ajv messages describe the schema, never the value, so a secret cannot leak through them.
  return {
    field: [field, ...at, ...(named ? [named] : [])],
    message: `${field}${where} ${error.message ?? 'is invalid'}${extra}`,
    reason: SCHEMA_REASONS[error.keyword] ?? 'INVALID_FORMAT',
  };
}

const SCHEMA_REASONS: Record<string, ErrorReason> = {
  required: 'VALUE_REQUIRED', maxLength: 'VALUE_TOO_LONG',
  minimum: 'OUT_OF_RANGE', maximum: 'OUT_OF_RANGE', exclusiveMinimum: 'OUT_OF_RANGE', exclusiveMaximum: 'OUT_OF_RANGE', minItems: 'OUT_OF_RANGE', maxItems: 'OUT_OF_RANGE',
};

/** Names of the secret properties of a settings schema. */
export function secretNames(schema: JsonSchema): string[] {
  const properties = (schema.properties ?? {}) as Record<string, { writeOnly?: boolean }>;
  return Object.entries(properties).filter(([, p]) => p?.writeOnly === true).map(([name]) => name);
}

export interface StoredSettings {
  settings: Record<string, unknown>;
  secretSettings: Record<string, string>;
}

/**
 * Validates `input` merged with the stored secrets (a secret left out or null
 * keeps its stored value) and splits it into plain settings and encrypted secrets.
 */
export function prepareSettings(
  key: Buffer,
  schema: JsonSchema,
  input: Record<string, unknown>,
  stored?: StoredSettings,
): StoredSettings {
  const secrets = secretNames(schema);
  const merged: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) if (value !== null && value !== undefined) merged[name] = value;
  const kept: Record<string, string> = {};
  for (const name of secrets) {
    if (merged[name] === undefined && stored?.secretSettings[name] !== undefined) {
      kept[name] = stored.secretSettings[name];
      merged[name] = JSON.parse(decryptSecret(key, stored.secretSettings[name]));
    }
  }
  assertMatchesSchema(schema, merged, 'settings');
  const result: StoredSettings = { settings: {}, secretSettings: {} };
  for (const [name, value] of Object.entries(merged)) {
    if (!secrets.includes(name)) result.settings[name] = value;
    else result.secretSettings[name] = kept[name] ?? encryptSecret(key, JSON.stringify(value));
  }
  return result;
}

/** Settings for a module call: plain and decrypted secrets together (this call only). */
export function decryptedSettings(key: Buffer, stored: StoredSettings): Record<string, unknown> {
  const out: Record<string, unknown> = { ...stored.settings };
  for (const [name, value] of Object.entries(stored.secretSettings)) out[name] = JSON.parse(decryptSecret(key, value));
  return out;
}

/** Settings as GraphQL shows them: every secret of the schema as null. */
export function publicSettings(schema: JsonSchema | undefined, stored: StoredSettings): Record<string, unknown> {
  const out: Record<string, unknown> = { ...stored.settings };
  for (const name of schema ? secretNames(schema) : []) out[name] = null;
  for (const name of Object.keys(stored.secretSettings)) out[name] = null;
  return out;
}

export function secretsKeyOf(ctx: Pick<RequestContext, 'config'>): Buffer {
  const key = ctx.config.secretsKey;
  if (!key) throw new AppError('INTERNAL_SERVER_ERROR', 'Secrets at rest are not configured');
  return key;
}

/** A module logger that masks every secret value before writing (warnings and errors only for now). */
export function maskingLogger(moduleName: string, secretValues: string[], sink: Pick<Console, 'warn' | 'error'> = logger): ModuleLogger {
  const line = (message: string, data?: Record<string, unknown>) =>
    mask(`[module ${moduleName}] ${message}${data ? ` ${JSON.stringify(data)}` : ''}`, secretValues);
  return {
    debug: () => {},
    info: () => {},
    warn: (message, data) => sink.warn(line(message, data)),
    error: (message, data) => sink.error(line(message, data)),
  };
}

/** A module logger that keeps its lines for the module log: secrets masked, at most `max` lines of 2000 characters. */
export function recordingLogger(lines: string[], secretValues: string[], max = 100): ModuleLogger {
  const line = (level: string) => (message: string, data?: Record<string, unknown>) => {
    if (lines.length < max) lines.push(mask(`${level} ${message}${data ? ` ${JSON.stringify(data)}` : ''}`, secretValues).slice(0, 2000));
  };
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}

/** Replaces every occurrence of a secret value with ***. */
export function mask(text: string, secretValues: string[]): string {
  return secretValues.filter((v) => v.length > 0).reduce((acc, secret) => acc.split(secret).join('***'), text);
}
