/**
 * The provisioning plugin SDK (@hostbill/plugin-sdk): the only package a plugin imports from this server.
 *
 * A plugin is a folder in plugins/ whose index.ts default-exports one object
 * implementing ProvisioningModule (or RegistrarModule). The server calls its
 * commands from background jobs; a command either returns data to persist or
 * throws a ModuleError. Only a returned result changes the service status.
 */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

/**
 * This SDK's version (from its package.json). A module declares the range it was
 * built for in `sdkVersion`; the server loads it only when this version is in it.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const SDK_VERSION: string = (require('../package.json') as { version: string }).version;

/** What a module provisions; decides which extra commands it must implement. */
export type ModuleKind = 'hosting' | 'registrar' | 'dns' | 'spamfilter';

/**
 * A JSON Schema (draft 2020-12 subset understood by Ajv) describing a settings
 * object. Mark secret properties with `"writeOnly": true`: the server encrypts
 * them at rest, never returns them through GraphQL and masks them in logs.
 */
export type JsonSchema = Record<string, unknown>;

/**
 * A settings schema whose TypeScript type is derived from it: declare it with
 * `as const satisfies SettingsSchema` and take its type with `SettingsOf<typeof schema>`,
 * so the schema is the one source of both.
 */
export type SettingsSchema = JSONSchema & object;

/**
 * The type of the settings object a SettingsSchema describes. Properties with a
 * `default` stay optional: a module reads them with its own fallback.
 */
export type SettingsOf<S extends SettingsSchema> = FromSchema<S, { keepDefaultedPropertiesOptional: true }>;

/** Settings before a module names their type. */
export type UntypedSettings = Record<string, unknown>;

/** Logger handed to every command. Values of secret settings are masked before writing. */
export interface ModuleLogger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** The server a service lives on, with its settings decrypted for this call only. */
export interface ServerContext<TSettings = UntypedSettings> {
  id: string;
  name: string;
  hostname: string;
  ip?: string;
  port?: number;
  /** Use TLS when talking to the server. */
  secure: boolean;
  /** Validated against the module's serverSettingsSchema; secrets in plain text. */
  settings: TSettings;
}

export interface ClientContext {
  id: string;
  firstName: string;
  lastName: string;
  companyName?: string;
  email: string;
  phone?: string;
  address1?: string;
  address2?: string;
  city?: string;
  state?: string;
  postcode?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** BCP 47 language tag, e.g. "en". */
  language?: string;
}

export interface ProductContext<TOptions = UntypedSettings> {
  id: string;
  name: string;
  /** Validated against the module's productOptionsSchema. */
  options: TOptions;
}

export type ServiceStatus = 'Pending' | 'Active' | 'Suspended' | 'Terminated' | 'Cancelled' | 'Fraud' | 'Completed';

export interface ServiceContext {
  id: string;
  status: ServiceStatus;
  domain?: string;
  username?: string;
  /** The saved service password, decrypted for this call. */
  password?: string;
  /** Data this module returned from earlier commands (remote ids and the like). */
  moduleData: Record<string, unknown>;
}

/**
 * Another service of the same client on the same server, as a module sees it
 * (no password): what a module needs to share one remote account per client
 * per server, e.g. to keep that account while any of its services remains.
 */
export interface SiblingServiceContext {
  id: string;
  status: ServiceStatus;
  domain?: string;
  /** Data this module returned from earlier commands on that service. */
  moduleData: Record<string, unknown>;
}

export interface CommandContext<TServer = Record<string, unknown>, TProduct = UntypedSettings> {
  service: ServiceContext;
  /** The client's other services on this service's server (every status, Terminated ones too), oldest first. */
  otherServicesOnServer: SiblingServiceContext[];
  client: ClientContext;
  product: ProductContext<TProduct>;
  server: ServerContext<TServer>;
  /**
   * Stable across every retry of the same command on the same service, also a
   * retry after the worker running an attempt died or stopped. Use it (or a
   * remote name derived from the service) to detect that an earlier attempt
   * already did the work, so a retry never does it twice.
   */
  idempotencyKey: string;
  logger: ModuleLogger;
  /**
   * Aborted when the command's time limit is reached or its worker stops; pass it
   * to every network call. A call still running a second later is given up.
   */
  signal: AbortSignal;
}

export interface SuspendContext<TServer = Record<string, unknown>, TProduct = UntypedSettings>
  extends CommandContext<TServer, TProduct> {
  /** Blank when suspended for non-payment. */
  reason: string;
}

export interface ChangePackageContext<TServer = Record<string, unknown>, TProduct = UntypedSettings>
  extends CommandContext<TServer, TProduct> {
  /** The product the service had before; `product` is the new one. */
  previousProduct: ProductContext<TProduct>;
}

export interface ChangePasswordContext<TServer = Record<string, unknown>, TProduct = UntypedSettings>
  extends CommandContext<TServer, TProduct> {
  newPassword: string;
}

export interface CustomCommandContext<TServer = Record<string, unknown>, TProduct = UntypedSettings>
  extends CommandContext<TServer, TProduct> {
  /** Validated against the command's inputSchema. */
  input: Record<string, unknown>;
  /**
   * Who asked for the command: staff, the client (`clientAllowed` commands)
   * or the server itself, and the IP address the request came from, e.g. to
   * bind a single-sign-on session to it.
   */
  requestedBy: { kind: 'staff' | 'client' | 'system'; ip?: string };
}

/** What a successful command returns. Every field is optional. */
export interface CommandResult {
  /** Merged into the service's moduleData and handed back on later commands. */
  moduleData?: Record<string, unknown>;
  /** Username created or used on the remote system. */
  username?: string;
  /** Short human-readable summary for the module log. */
  message?: string;
  /**
   * Data for whoever ran the command (ModuleJob.output), e.g. what a custom
   * command looked up. Server secrets in it are masked; put nothing there the
   * caller (a client, for clientAllowed commands) may not see.
   */
  output?: Record<string, unknown>;
}

export interface TestConnectionResult {
  ok: boolean;
  message: string;
}

export interface CustomCommand<TServer = Record<string, unknown>, TProduct = UntypedSettings> {
  label: string;
  /** Clients may run it on their own services (staff always may). */
  clientAllowed?: boolean;
  inputSchema?: JsonSchema;
  /**
   * Output fields that are credentials (e.g. a panel login link): stored
   * encrypted and shown only to the login that ran the command, never in
   * events or logs. Since SDK 1.3.0.
   */
  secretOutput?: readonly string[];
  run(ctx: CustomCommandContext<TServer, TProduct>): Promise<CommandResult>;
}

/** What init gets: the module's logger (secret settings masked). */
export interface ModuleInitContext {
  logger: ModuleLogger;
}

export interface ProvisioningModule<TServer = UntypedSettings, TProduct = UntypedSettings> {
  /** Unique, kebab-case; stored on products and servers. */
  name: string;
  version: string;
  /**
   * The SDK versions this module was built for, as a semver range, e.g. "^1.0.0".
   * A server whose SDK_VERSION is outside it does not load the module and reports why.
   */
  sdkVersion: string;
  kind: ModuleKind;
  displayName: string;
  description?: string;
  serverSettingsSchema: JsonSchema;
  productOptionsSchema: JsonSchema;

  create(ctx: CommandContext<TServer, TProduct>): Promise<CommandResult>;
  suspend(ctx: SuspendContext<TServer, TProduct>): Promise<CommandResult>;
  unsuspend(ctx: CommandContext<TServer, TProduct>): Promise<CommandResult>;
  terminate(ctx: CommandContext<TServer, TProduct>): Promise<CommandResult>;
  changePackage(ctx: ChangePackageContext<TServer, TProduct>): Promise<CommandResult>;
  changePassword?(ctx: ChangePasswordContext<TServer, TProduct>): Promise<CommandResult>;
  testConnection?(server: ServerContext<TServer>, signal: AbortSignal, logger: ModuleLogger): Promise<TestConnectionResult>;
  customCommands?: Record<string, CustomCommand<TServer, TProduct>>;
  /**
   * Called once when the server starts, before any command (e.g. to open a
   * connection pool). A throw is reported as a load problem and the module is not used.
   */
  init?(ctx: ModuleInitContext): Promise<void>;
  /** Called once on a graceful stop, after the background jobs stopped (e.g. to close connections). */
  destroy?(): Promise<void>;
}

/** Registrant and admin contact handed to registrar commands. */
export interface DomainContact extends ClientContext {
  /** Registrar-side handle when one exists already. */
  handle?: string;
}

export interface DomainContext {
  id: string;
  /** Fully qualified, lower case, no trailing dot: "example.com". */
  name: string;
  /** Registration or renewal period. */
  years: number;
  /**
   * The expiry date (YYYY-MM-DD) billing knows before this command. Renew sends
   * it to the registry, so a renew retried after a lost answer is recognised
   * instead of renewing twice. Absent for a new registration.
   */
  expiryDate?: string;
  nameservers: string[];
  /**
   * IP addresses of nameservers that lie inside this domain (glue), by host
   * name, e.g. { "ns1.example.com": ["192.0.2.1", "2001:db8::1"] }.
   */
  nameserverAddresses?: Record<string, string[]>;
  /** Authorization code for transfers. */
  eppCode?: string;
  registrant: DomainContact;
  /** Data this module returned earlier for this domain. */
  moduleData: Record<string, unknown>;
}

export interface DomainCommandContext<TServer = UntypedSettings> {
  domain: DomainContext;
  server: ServerContext<TServer>;
  idempotencyKey: string;
  logger: ModuleLogger;
  signal: AbortSignal;
}

export interface DomainSyncResult {
  /** PendingDelete: deleted at the registry but still restorable (its redemption period). */
  status: 'Active' | 'Expired' | 'Cancelled' | 'TransferredAway' | 'PendingTransfer' | 'PendingDelete';
  /** ISO date (YYYY-MM-DD). */
  expiryDate?: string;
  nameservers?: string[];
  /** Whether transfers away are refused (the registrar lock); absent when the module cannot tell. Since SDK 1.4.0. */
  transferLocked?: boolean;
}

/** One message from a registry's message queue, e.g. the result of a transfer. */
export interface RegistryMessage {
  /** The registry's message id. */
  id: string;
  /** When the registry queued it (ISO date-time). */
  date?: string;
  text: string;
  /** The domain it is about, when it names one. */
  domain?: string;
  /** For transfer messages: pending, clientApproved, serverApproved, clientRejected, clientCancelled or serverCancelled. */
  transferStatus?: string;
  /** The domain's state after the event, to record as a sync result would be. */
  sync?: DomainSyncResult;
}

export interface RegistrarPollContext<TServer = UntypedSettings> {
  server: ServerContext<TServer>;
  logger: ModuleLogger;
  signal: AbortSignal;
  /**
   * Records one message (e.g. updates its domain). The module acknowledges
   * the message at the registry only after this resolves; if it throws, the
   * message stays queued and comes again on the next poll.
   */
  handle(message: RegistryMessage): Promise<void>;
}

export interface RegistrarModule<TServer = UntypedSettings, TProduct = UntypedSettings> extends ProvisioningModule<TServer, TProduct> {
  kind: 'registrar';
  register(ctx: DomainCommandContext<TServer>): Promise<CommandResult & { expiryDate?: string }>;
  transfer(ctx: DomainCommandContext<TServer>): Promise<CommandResult>;
  renew(ctx: DomainCommandContext<TServer>): Promise<CommandResult & { expiryDate?: string }>;
  getNameservers(ctx: DomainCommandContext<TServer>): Promise<string[]>;
  saveNameservers(ctx: DomainCommandContext<TServer> & { nameservers: string[] }): Promise<CommandResult>;
  getEppCode(ctx: DomainCommandContext<TServer>): Promise<string>;
  sync(ctx: DomainCommandContext<TServer>): Promise<DomainSyncResult>;
  /** Reads the registry's message queue, oldest first, handing each message to ctx.handle. */
  poll?(ctx: RegistrarPollContext<TServer>): Promise<{ handled: number }>;
  /**
   * Turns the registrar lock on: the registry refuses transfers away (EPP:
   * the clientTransferProhibited status, RFC 5731 section 2.3). Optional;
   * since SDK 1.4.0.
   */
  lock?(ctx: DomainCommandContext<TServer>): Promise<CommandResult>;
  /** Turns the registrar lock off again. Optional; since SDK 1.4.0. */
  unlock?(ctx: DomainCommandContext<TServer>): Promise<CommandResult>;
  /**
   * Releases the domain to another registrar named by `ctx.tag` where the
   * registry has such an operation (e.g. a tag change at a registry without
   * transfers). The domain is no longer ours once it succeeded. Optional, for
   * modules whose protocol has it; since SDK 1.4.0.
   */
  release?(ctx: DomainCommandContext<TServer> & { tag: string }): Promise<CommandResult>;
}

/**
 * The one error a command throws. `retryable` tells the job runner whether
 * trying again later may succeed (timeouts, connection refused, remote busy)
 * or not (bad credentials, invalid options, remote refusal).
 */
export class ModuleError extends Error {
  readonly retryable: boolean;
  /** The remote system's own error code, when it gave one. */
  readonly remoteCode?: string;

  constructor(message: string, options: { retryable: boolean; remoteCode?: string; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'ModuleError';
    this.retryable = options.retryable;
    this.remoteCode = options.remoteCode;
  }
}

/**
 * Identity helper that gives a module literal its full type checking. With the
 * settings types as arguments, `defineModule<ServerSettings, ProductOptions>({ ... })`,
 * every command's `ctx.server.settings` and `ctx.product.options` are typed.
 */
export function defineModule<
  TServer = UntypedSettings,
  TProduct = UntypedSettings,
  T extends ProvisioningModule<TServer, TProduct> = ProvisioningModule<TServer, TProduct>,
>(module: T): T {
  return module;
}

/**
 * A payment gateway module (kind "gateway"): takes payments for invoices and
 * reports them back through a signed callback. The operator enables it per
 * currency and fills in its settings (described by `settingsSchema`; secrets
 * marked `writeOnly` are stored encrypted).
 */
export interface PaymentGatewayModule<TSettings = UntypedSettings> {
  /** Unique, kebab-case, equal to its folder name; stored on the transactions it records. */
  name: string;
  version: string;
  /** The plugin SDK versions this module was built for, as a semver range. */
  sdkVersion: string;
  kind: 'gateway';
  displayName: string;
  description?: string;
  settingsSchema: JsonSchema;
  /** Starts paying one invoice: where to send the payer, or what the frontend needs to take the payment itself. */
  startPayment(ctx: StartPaymentContext<TSettings>): Promise<PaymentStart>;
  /**
   * Checks a callback the gateway sent (its raw body and headers) against the
   * gateway's signature: throws GatewayCallbackError when it is not genuine,
   * returns the payment it reports, or undefined for events that record nothing.
   */
  verifyCallback?(ctx: CallbackContext<TSettings>): Promise<PaymentEvent | undefined>;
  /** Gives (part of) a payment back through the gateway; returns the gateway's refund id. */
  refund?(ctx: GatewayRefundContext<TSettings>): Promise<{ transactionId: string }>;
}

export interface GatewayContext<TSettings = UntypedSettings> {
  /** Validated against settingsSchema; secrets in plain text for this call only. */
  settings: TSettings;
  /** Stays the same across retries of one request: send it as the gateway's idempotency key. */
  idempotencyKey: string;
  logger: ModuleLogger;
  signal: AbortSignal;
}

export interface StartPaymentContext<TSettings = UntypedSettings> extends GatewayContext<TSettings> {
  invoice: { id: string; number?: string };
  /** Integer minor units of `currency`. */
  amountMinor: bigint;
  /** The same amount as decimal text with the currency's decimals, e.g. "12.30", for showing. */
  amount: string;
  /** ISO 4217, upper case. */
  currency: string;
  client: ClientContext;
  /** Where the gateway sends the payer back after paying or giving up. */
  returnUrl?: string;
  cancelUrl?: string;
}

/** At least one of these: the frontend redirects, confirms with the client secret, or shows the instructions. */
export interface PaymentStart {
  redirectUrl?: string;
  clientSecret?: string;
  /** Text for the payer, e.g. bank account and reference for a bank transfer. */
  instructions?: string;
  /** The gateway's id of the started payment. */
  reference?: string;
}

export interface CallbackContext<TSettings = UntypedSettings> {
  settings: TSettings;
  /** The body exactly as received: signatures are over these bytes. */
  rawBody: Buffer;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  logger: ModuleLogger;
}

/** A payment the gateway confirmed. */
export interface PaymentEvent {
  /** The gateway's transaction id: a payment is recorded once per id. */
  transactionId: string;
  /** The invoice id given to startPayment. */
  invoiceId: string;
  amountMinor: bigint;
  currency: string;
}

export interface GatewayRefundContext<TSettings = UntypedSettings> extends GatewayContext<TSettings> {
  /** The gateway's transaction id of the payment. */
  paymentTransactionId: string;
  amountMinor: bigint;
  currency: string;
}

/** Thrown by verifyCallback for a callback that is not genuine (bad or expired signature, malformed body). */
export class GatewayCallbackError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GatewayCallbackError';
  }
}

/** Identity helper that type-checks a gateway module literal with its settings type. */
export function defineGateway<TSettings = UntypedSettings>(module: PaymentGatewayModule<TSettings>): PaymentGatewayModule<TSettings> {
  return module;
}

// TLS trust settings for modules that talk HTTPS (caCertificate, tlsServerName, certificateFingerprint).
export * from './tls';
