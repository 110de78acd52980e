/**
 * Issue 17.3: the one description of every standard module command. The
 * loader (which commands a module must implement), runModuleCommand (from
 * which statuses, which input) and the job runner (which extra context, which
 * status on success) all read it; adding a command is one entry here.
 *
 * Service commands run through runModuleCommand, registrar commands on a
 * domain through runDomainCommand (domain-command.service.ts); both run in
 * the module-command job.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ModuleKind, ProductContext, ProvisioningModule } from '@hostbill/plugin-sdk';
import type { RequestContext } from '../shared/context';
import { badInput, FieldProblems } from '../shared/errors';
import { encryptSecret } from '../shared/secrets';
import { toId } from '../shared/ids';
import { Product } from '../catalog/product.entity';
import type { Service } from './service.entity';
import { ServiceStatus } from './service-status';
import { DomainStatus, type Domain } from './domain.entity';
import { normaliseNameservers } from './domain.service';
import { secretsKeyOf } from '../plugins/module-settings';
import { productContext } from './command-context';

type Input = Record<string, unknown>;

/** What a service command's input parser may look at. */
export interface ParseScope {
  ctx: Pick<RequestContext, 'em' | 'config'>;
  service: Service;
  product: Product;
}

/** What a service command's extra context is built from, in the job runner. */
export interface ExtraScope {
  em: EntityManager;
  /** The job's stored input (what parseInput returned). */
  input: Input;
  /** The product the service has now, as the module sees it. */
  product: ProductContext;
  /** The service's saved password, decrypted for this call. */
  password?: string;
  /** Decrypts a secret of the stored input. */
  decrypt(value: string): string;
}

export interface ServiceCommandSpec {
  target: 'service';
  /** Which modules must implement it: every module, or none (optional). */
  requiredFor: 'all' | 'none';
  /** The service statuses it may run from. */
  runsFrom: readonly ServiceStatus[];
  /** The input fields it takes; any other is refused. */
  inputFields: readonly string[];
  /** Checks the caller's input (BAD_USER_INPUT when wrong) and returns what the job stores. */
  parseInput(input: Input, scope: ParseScope): Promise<Input>;
  /** A service without a server gets one from its product's server group. */
  picksServer?: boolean;
  /** Fields added to the module's CommandContext (replacing a base field of the same name). */
  extraContext?(scope: ExtraScope): Promise<Input>;
  /** Stored input fields holding an encrypted secret: decrypted only for the call, masked in every log. */
  secretInput?: readonly string[];
  /** The stored input as the module log shows it (secrets left out). */
  logInput?(input: Input): Input;
  /** The service's status once the module succeeded; absent: unchanged. */
  statusOnSuccess?: ServiceStatus;
  /** Changes to the service besides its status once the module succeeded; `today` is the operator's date (the injected clock). */
  applySuccess?(service: Service, input: Input, em: EntityManager, today: string): void;
}

/** What a registrar command's success changes on its domain, in the job runner. */
export interface DomainSuccess {
  domain: Domain;
  /** The job's stored input. */
  input: Input;
  /** What the module returned (CommandResult, a list of nameservers, an EPP code ...). */
  result: unknown;
  /** Encrypts a secret to keep on the record. */
  encrypt(value: string): string;
  /** Today (UTC, YYYY-MM-DD). */
  today: string;
}

export interface DomainCommandSpec {
  target: 'domain';
  /** Which modules must implement it; 'none': optional (the module may offer it). */
  requiredFor: ModuleKind | 'none';
  /** The domain statuses it may run from. */
  runsFrom: readonly DomainStatus[];
  /** The input fields it takes; any other is refused. */
  inputFields: readonly string[];
  /** Checks the caller's input (BAD_USER_INPUT when wrong) and returns what the job stores. */
  parseInput(input: Input): Input;
  /** Fields added to the module's DomainCommandContext. */
  extraContext?(input: Input): Input;
  /** Stored input fields holding a secret: kept encrypted, decrypted only for the call, masked in every log. */
  secretInput?: readonly string[];
  /** The domain's status once the module succeeded; 'reported' takes the status from the module's DomainSyncResult; absent: unchanged. */
  statusOnSuccess?: DomainStatus | 'reported';
  /** Changes to the domain besides its status once the module succeeded; returns the job's output for the caller. */
  applySuccess?(done: DomainSuccess): Input | void;
}

/** Fields of a CommandResult a registrar command may return. */
const resultOf = (result: unknown) => (result && typeof result === 'object' ? result as { expiryDate?: unknown; moduleData?: Record<string, unknown> } : {});
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The expiry date and module data a register or renew reported, onto the record. */
function recordRegistration({ domain, result }: DomainSuccess): void {
  const { expiryDate, moduleData } = resultOf(result);
  if (typeof expiryDate === 'string' && ISO_DATE.test(expiryDate)) domain.expiryDate = expiryDate;
  if (moduleData && typeof moduleData === 'object') domain.moduleData = { ...domain.moduleData, ...moduleData };
}

/** Transfer states (RFC 5730 section 2.9.3.4 trStatus) after which the domain is ours; "completed": it was ours already. */
const TRANSFER_DONE = ['completed', 'clientApproved', 'serverApproved'];

export type CommandSpec = ServiceCommandSpec | DomainCommandSpec;

/**
 * SV-3 / OR-4: the record moved on while the command ran (staff set another
 * status, its order was cancelled): it is no longer in a status the command
 * runs from nor in the one it sets. Its success then keeps the record's status.
 */
export function movedOnDuring<S extends string>(spec: { runsFrom: readonly S[]; statusOnSuccess?: S | 'reported' }, status: S): boolean {
  return spec.statusOnSuccess !== undefined && spec.statusOnSuccess !== 'reported' && status !== spec.statusOnSuccess && !spec.runsFrom.includes(status);
}

const noInput = async () => ({});
const WHILE_PROVISIONED = [ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED] as const;
const WHILE_REGISTERED = [DomainStatus.ACTIVE, DomainStatus.GRACE_PERIOD] as const;

/** A registration or renewal period: whole years, 1 to 10 (the EPP maximum). */
function years(input: Input): number {
  const value = input.years ?? 1;
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 10) throw badInput('input.years', 'years must be a whole number from 1 to 10', 'OUT_OF_RANGE');
  return value as number;
}

export const MODULE_COMMANDS = {
  create: {
    target: 'service',
    requiredFor: 'all',
    runsFrom: [ServiceStatus.PENDING],
    inputFields: [],
    parseInput: noInput,
    picksServer: true,
    statusOnSuccess: ServiceStatus.ACTIVE,
  },
  suspend: {
    target: 'service',
    requiredFor: 'all',
    runsFrom: WHILE_PROVISIONED,
    inputFields: ['reason'],
    async parseInput(input) {
      if (input.reason != null && typeof input.reason !== 'string') throw badInput('input.reason', 'reason must be a string', 'INVALID_FORMAT');
      return { reason: typeof input.reason === 'string' ? input.reason.trim().slice(0, 1000) : '' };
    },
    extraContext: async ({ input }) => ({ reason: String(input.reason ?? '') }),
    statusOnSuccess: ServiceStatus.SUSPENDED,
    applySuccess(service, input) {
      service.suspensionReason = String(input.reason ?? '').trim() || undefined; // blank: non-payment
    },
  },
  unsuspend: {
    target: 'service',
    requiredFor: 'all',
    runsFrom: [ServiceStatus.SUSPENDED],
    inputFields: [],
    parseInput: noInput,
    statusOnSuccess: ServiceStatus.ACTIVE,
    applySuccess(service) {
      service.suspensionReason = undefined;
    },
  },
  terminate: {
    target: 'service',
    requiredFor: 'all',
    runsFrom: [ServiceStatus.PENDING, ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED, ServiceStatus.FRAUD],
    inputFields: [],
    parseInput: noInput,
    statusOnSuccess: ServiceStatus.TERMINATED,
    // SV-12: the daily run's termination of a client's cancellation ends the service Cancelled (input from the system only).
    applySuccess(service, input, _em, today) {
      if (input.cancelled === true) service.status = ServiceStatus.CANCELLED;
      service.terminationDate = today;
    },
  },
  changePackage: {
    target: 'service',
    requiredFor: 'all',
    runsFrom: WHILE_PROVISIONED,
    inputFields: ['productId'],
    async parseInput(input, { ctx, product }) {
      const to = await ctx.em.findOne(Product, { id: toId(String(input.productId ?? ''), 'Product', 'input.productId') });
      if (!to) throw badInput('input.productId', `Product ${String(input.productId)} does not exist`, 'REFERENCE_NOT_FOUND');
      if (to.id === product.id) throw badInput('input.productId', 'The service has this product already', 'TARGET_IS_SELF');
      if (to.module !== product.module) throw badInput('input.productId', `Product "${to.name}" does not use module ${product.module}`, 'MODULE_UNAVAILABLE');
      return { productId: to.id };
    },
    // `product` becomes the new one; the module also gets the one the service had. A paid upgrade (SV-8)
    // changes the service's product before the job runs and names the one it had in `previousProductId`.
    async extraContext({ em, input, product }) {
      const to = await em.findOneOrFail(Product, Number(input.productId));
      const previous = input.previousProductId != null ? productContext(await em.findOneOrFail(Product, Number(input.previousProductId))) : product;
      return { previousProduct: previous, product: productContext(to) };
    },
    applySuccess(service, input, em) {
      service.product = em.getReference(Product, Number(input.productId), { wrapped: true });
    },
  },
  changePassword: {
    target: 'service',
    requiredFor: 'none',
    runsFrom: WHILE_PROVISIONED,
    inputFields: ['password'],
    async parseInput(input, { ctx, service }) {
      if (input.password == null) {
        // Without a new one the saved password is sent again (e.g. after it drifted on the remote side).
        if (!service.passwordEncrypted) throw badInput('input.password', 'The service has no saved password: give a new one', 'MODULE_UNAVAILABLE');
        return {};
      }
      if (typeof input.password !== 'string' || input.password.length < 8 || input.password.length > 200) {
        throw badInput('input.password', 'password must be 8 to 200 characters', 'OUT_OF_RANGE');
      }
      // Kept encrypted until the module accepted it; then it becomes the service's saved password.
      return { passwordEncrypted: encryptSecret(secretsKeyOf(ctx), input.password) };
    },
    extraContext: async ({ input, password, decrypt }) => ({
      newPassword: typeof input.passwordEncrypted === 'string' ? decrypt(input.passwordEncrypted) : (password ?? ''),
    }),
    secretInput: ['passwordEncrypted'],
    logInput: (input) => ({ newPassword: typeof input.passwordEncrypted === 'string' }),
    applySuccess(service, input) {
      if (typeof input.passwordEncrypted === 'string') service.passwordEncrypted = input.passwordEncrypted;
    },
  },

  register: {
    target: 'domain',
    requiredFor: 'registrar',
    runsFrom: [DomainStatus.PENDING, DomainStatus.PENDING_REGISTRATION],
    inputFields: ['years'],
    parseInput: (input) => ({ years: years(input) }),
    statusOnSuccess: DomainStatus.ACTIVE,
    applySuccess(done) {
      recordRegistration(done);
      done.domain.registrationDate ??= done.today;
    },
  },
  transfer: {
    target: 'domain',
    requiredFor: 'registrar',
    runsFrom: [DomainStatus.PENDING, DomainStatus.PENDING_TRANSFER],
    inputFields: ['eppCode', 'years'],
    // Without an eppCode the one saved on the domain (e.g. from the order) is used.
    parseInput(input) {
      if (input.eppCode != null && (typeof input.eppCode !== 'string' || !input.eppCode.trim() || input.eppCode.length > 255)) {
        throw badInput('input.eppCode', 'eppCode must be the authorization code from the current registrar (1 to 255 characters)', 'INVALID_FORMAT');
      }
      return { ...(typeof input.eppCode === 'string' ? { eppCode: input.eppCode.trim() } : {}), years: years(input) };
    },
    secretInput: ['eppCode'],
    // The registry approves or rejects later; the registry poll records which, unless it was approved at once.
    statusOnSuccess: DomainStatus.PENDING_TRANSFER,
    applySuccess({ domain, input, result }) {
      const { moduleData } = resultOf(result);
      if (moduleData && typeof moduleData === 'object') domain.moduleData = { ...domain.moduleData, ...moduleData };
      if (TRANSFER_DONE.includes(String(moduleData?.transferStatus))) domain.status = DomainStatus.ACTIVE;
      // The code the transfer used (stored encrypted) is the domain's until the registrar issues a new one.
      if (typeof input.eppCode === 'string') domain.eppCodeEncrypted = input.eppCode;
    },
  },
  renew: {
    target: 'domain',
    requiredFor: 'registrar',
    runsFrom: [...WHILE_REGISTERED, DomainStatus.EXPIRED, DomainStatus.REDEMPTION_PERIOD],
    inputFields: ['years'],
    parseInput: (input) => ({ years: years(input) }),
    statusOnSuccess: DomainStatus.ACTIVE,
    applySuccess: recordRegistration,
  },
  sync: {
    target: 'domain',
    requiredFor: 'registrar',
    runsFrom: [DomainStatus.PENDING_TRANSFER, ...WHILE_REGISTERED, DomainStatus.REDEMPTION_PERIOD, DomainStatus.EXPIRED],
    inputFields: [],
    parseInput: () => ({}),
    statusOnSuccess: 'reported',
  },
  getNameservers: {
    target: 'domain',
    requiredFor: 'registrar',
    runsFrom: WHILE_REGISTERED,
    inputFields: [],
    parseInput: () => ({}),
    applySuccess({ domain, result }) {
      if (!Array.isArray(result)) return;
      domain.nameservers = [...new Set(result.map((host) => String(host).trim().toLowerCase().replace(/\.$/, '')))];
      return { nameservers: domain.nameservers };
    },
  },
  saveNameservers: {
    target: 'domain',
    requiredFor: 'registrar',
    runsFrom: WHILE_REGISTERED,
    inputFields: ['nameservers'],
    parseInput(input) {
      const list = input.nameservers;
      if (!Array.isArray(list) || list.length < 2 || list.length > 13 || !list.every((host) => typeof host === 'string')) {
        throw badInput('input.nameservers', 'nameservers must be 2 to 13 host names', 'INVALID_FORMAT');
      }
      // Issue 15.2: sent and kept as A-labels.
      return { nameservers: normaliseNameservers(list, 'input.nameservers') };
    },
    extraContext: (input) => ({ nameservers: input.nameservers }),
    applySuccess({ domain, input }) {
      domain.nameservers = [...(input.nameservers as string[])];
    },
  },
  getEppCode: {
    target: 'domain',
    requiredFor: 'registrar',
    runsFrom: WHILE_REGISTERED,
    inputFields: [],
    parseInput: () => ({}),
    // The code is a secret: kept encrypted on the domain (Domain.eppCode shows it to the owner and staff), never in the job's output.
    applySuccess({ domain, result, encrypt }) {
      if (typeof result === 'string' && result) domain.eppCodeEncrypted = encrypt(result);
    },
  },
  // Issue 15.1: optional registrar commands (SDK 1.4.0); a module without one refuses it when queued.
  lock: {
    target: 'domain',
    requiredFor: 'none',
    runsFrom: WHILE_REGISTERED,
    inputFields: [],
    parseInput: () => ({}),
    applySuccess({ domain }) {
      domain.transferLocked = true;
    },
  },
  unlock: {
    target: 'domain',
    requiredFor: 'none',
    runsFrom: WHILE_REGISTERED,
    inputFields: [],
    parseInput: () => ({}),
    applySuccess({ domain }) {
      domain.transferLocked = false;
    },
  },
  release: {
    target: 'domain',
    requiredFor: 'none',
    runsFrom: WHILE_REGISTERED,
    inputFields: ['tag'],
    parseInput(input) {
      const tag = typeof input.tag === 'string' ? input.tag.trim() : '';
      if (!tag || tag.length > 64) throw badInput('input.tag', 'tag must name the registrar the domain is released to (1 to 64 characters)', 'INVALID_FORMAT');
      return { tag };
    },
    extraContext: (input) => ({ tag: input.tag }),
    // Released to another registrar: the domain is no longer ours.
    statusOnSuccess: DomainStatus.TRANSFERRED_AWAY,
  },
} as const satisfies Record<string, CommandSpec>;

export type StandardCommand = keyof typeof MODULE_COMMANDS;

/** Custom commands (a module's own) run on a provisioned service, with input checked against their inputSchema. */
export const CUSTOM_COMMAND_RUNS_FROM: readonly ServiceStatus[] = WHILE_PROVISIONED;

const isStandardCommand = (command: string): command is StandardCommand => Object.hasOwn(MODULE_COMMANDS, command);

/** The catalogue entry of a standard command; undefined for a custom one. */
export const commandSpec = (command: string): CommandSpec | undefined => (isStandardCommand(command) ? MODULE_COMMANDS[command] : undefined);

/** The catalogue entry of a registrar command (on a domain); undefined for any other name. */
export function domainCommandSpec(command: string): DomainCommandSpec | undefined {
  const spec = commandSpec(command);
  return spec?.target === 'domain' ? spec : undefined;
}

/** The command's catalogue entry when it is a service command the module implements. */
export function serviceCommandOf(module: ProvisioningModule, command: string): ServiceCommandSpec | undefined {
  const spec = commandSpec(command);
  return spec?.target === 'service' && hasCommand(module, command) ? spec : undefined;
}

/** BAD_USER_INPUT for an input field the command does not take (checked before its parser runs). */
export function assertKnownInput(command: string, spec: CommandSpec, input: Input): void {
  const problems = new FieldProblems();
  for (const key of Object.keys(input)) {
    if (!spec.inputFields.includes(key)) problems.add(`input.${key}`, `${command} takes no input "${key}"`, 'COMMAND_NOT_ALLOWED');
  }
  problems.throwIfAny();
}

/** Whether the module has a command (a function) of this name. */
export const hasCommand = (module: object, command: string): boolean => typeof (module as Record<string, unknown>)[command] === 'function';
