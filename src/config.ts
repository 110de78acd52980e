/**
 * The only place that reads the environment. Every variable is validated at
 * start-up; a bad value stops the server with a message naming the variable.
 */
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { loadOrCreateKeyFile, parseSecretsKey } from './shared/secrets';
import { LOG_LEVELS, type LogLevel } from './shared/logger';
import { Clock, isTimeZone } from './shared/clock';

/** The billing cycles renewals are invoiced for, as the environment names them. */
export const RENEWAL_CYCLES = ['monthly', 'quarterly', 'semi_annually', 'annually', 'biennially', 'triennially'] as const;
export type RenewalCycle = (typeof RENEWAL_CYCLES)[number];

/** AU-1: when the daily run runs and what it does (issue 16). Day counts of 0 turn their step off. */
export interface AutomationConfig {
  /** DAILY_RUN_ENABLED: worker processes run the daily run on their own. */
  enabled: boolean;
  /** DAILY_RUN_TIME: local time (HH:MM) from which the run of the day starts. */
  time: string;
  /** DAILY_RUN_TIME_ZONE: the IANA time zone of that time and of the run's calendar date. */
  timeZone: string;
  /** DAILY_RUN_CHECK_MS: how often one worker checks whether the day's run is due. */
  checkMs: number;
  /** DAILY_RUN_BATCH_SIZE: items per transaction in the set-based steps. */
  batchSize: number;
  /** INVOICE_DAYS_BEFORE_DUE (+ INVOICE_DAYS_BEFORE_DUE_BY_CYCLE): renewal invoices this many days before the due date, per cycle. */
  invoiceDaysBefore: Record<RenewalCycle, number>;
  /** PAYMENT_REMINDER_DAYS_BEFORE_DUE: a reminder this many days before an unpaid invoice is due. */
  reminderDaysBeforeDue: number;
  /** OVERDUE_REMINDER_DAYS: 1st, 2nd and 3rd overdue reminders this many days after the due date. */
  overdueReminderDays: [number, number, number];
  /** LATE_FEE_DAYS: the late fee is added this many days after the due date. */
  lateFeeDays: number;
  /** LATE_FEE: "10%" of the invoice total, or a fixed amount such as "5.00" in the invoice's currency. */
  lateFee: { percent: string } | { amount: string };
  /** LATE_FEE_MINIMUM: the least a percentage fee charges. */
  lateFeeMinimum: string;
  /** SUSPEND_DAYS_OVERDUE: services are suspended this many days after their unpaid invoice's due date. */
  suspendDaysOverdue: number;
  /** TERMINATE_DAYS_OVERDUE: services are terminated this many days after it. */
  terminateDaysOverdue: number;
  /** CANCELLATION_AUTO_PROCESS (SV-12): the run terminates services whose cancellation is due; false: staff terminate by hand. */
  autoProcessCancellations: boolean;
  /** CANCELLATION_CANCELS_UNPAID_INVOICES (SV-12): a cancellation request cancels the service's unpaid invoices. */
  cancellationCancelsUnpaidInvoices: boolean;
  /** DOMAIN_RENEW_DAYS_BEFORE_EXPIRY: domains with auto-renew are renewed at the registrar this many days before they expire. */
  domainRenewDaysBeforeExpiry: number;
  /** The time the run and its views read (tests stop it). */
  clock: Clock;
}

export interface Config {
  port: number;
  /** NODE_ENV=production: no demo data, no start while a staff login has a demo password, no introspection by default. */
  production: boolean;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgresPort: number;
  demoData: boolean;
  demoAdminEmail: string;
  demoAdminPassword: string;
  introspection: boolean;
  /** Issue 13.1: the GraphiQL page on GET /graphql (GRAPHQL_LANDING_PAGE). */
  landingPage: boolean;
  /** Issue 13.2: origins (scheme://host[:port]) whose pages may call the API; empty = same origin only. */
  corsOrigins: string[];
  maxBodyBytes: number;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** Issue 10.1: the smaller cost budget of callers without a login token. */
  maxQueryComplexityAnonymous: number;
  /** Issue 10.1: document size in lexer tokens, checked before parsing. */
  maxQueryTokens: number;
  /** Issue 10.1: selections per operation with fragments expanded. */
  maxQueryNodes: number;
  maxQueryAliases: number;
  maxQueryDirectives: number;
  /** Issue 10.3: subscriptions one graphql-ws connection may hold open. */
  maxSubscriptionsPerConnection: number;
  /** Issue 10.3: graphql-ws connections one client address may hold open. */
  maxWsConnectionsPerIp: number;
  sessionTtlSeconds: number;
  /** Issue 10.2: attempts on one account from one address block per window (strict). */
  loginMaxFailuresPerAccountIp: number;
  /** Attempts on one account from address blocks it never logged in from, per window, before each further one waits longer. */
  loginMaxFailuresPerAccount: number;
  /** Attempts from one address block across accounts per window. */
  loginMaxFailuresPerIp: number;
  loginFailureWindowSeconds: number;
  /** How long an address block an account logged in from stays known (exempt from the account's slow-down). */
  loginKnownAddressDays: number;
  /** Sign-ups (registerClient) from one address block per window. */
  registrationsPerIp: number;
  registrationWindowSeconds: number;
  /** Password hashes and checks (argon2) running at once in this process; the rest wait. */
  passwordHashConcurrency: number;
  /** Live sessions per account; a new login ends the oldest beyond it. */
  maxSessionsPerAccount: number;
  /** Express "trust proxy" setting, so client IPs are right behind a reverse proxy. */
  trustProxy: string | boolean;
  /** PM-2: folder whose sub-folders are the provisioning modules loaded at start-up. */
  pluginsDir: string;
  /** AES-256-GCM key for secrets at rest (SECRETS_KEY, base64 of 32 bytes); see resolveSecretsKey. */
  secretsKey?: Buffer;
  /** SV-3: run background jobs in this process (JOBS_WORKER=false: only enqueue them). */
  jobsWorker: boolean;
  /** How often the job queue looks for due jobs (ms). */
  jobsPollMs: number;
  /** How long a graceful stop waits for running jobs before handing them back for another worker (ms). */
  jobsStopTimeoutMs: number;
  /** Issue 16.9: run the job queue on this MongoDB (JOBS_MONGODB_URL) instead of the application's PostgreSQL. */
  jobsMongoUrl?: string;
  /** Issue 11.4: how long a request holds its Idempotency-Key without renewing it; a crashed request's key is free after this. */
  idempotencyLeaseSeconds: number;
  /** SV-3: time limit of one module command call (ms). */
  moduleCommandTimeoutMs: number;
  /** SV-3: a retryable module failure is retried after base × 2^(attempt-1) ms... */
  moduleRetryBaseMs: number;
  /** ...until this many attempts in all. */
  moduleMaxAttempts: number;
  /**
   * Issue 11.3: a running module job's lease (ms), renewed every third of it while
   * the worker runs the call. A job whose lease ran out lost its worker and is retried.
   */
  moduleJobLeaseMs: number;
  /** Issue 11.1: longest wait for a database connection before a request fails with SERVICE_UNAVAILABLE (ms). */
  databaseConnectTimeoutMs: number;
  /** Issue 11.5: on SIGTERM/SIGINT, how long in-flight requests may take to finish before their sockets are closed (ms). */
  shutdownGraceMs: number;
  /** Issue 11.9: how often worker processes read the message queues of registrars that offer one (ms); 0: never. */
  registryPollIntervalMs: number;
  /** Issue 13.11: the least severe log lines written (LOG_LEVEL). */
  logLevel: LogLevel;
  /** Issue 13.12: Prometheus metrics on their own port; undefined: /metrics on the API's port. */
  metricsPort?: number;
  /** Issue 13.12: when set, /metrics answers only requests with `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Issue 16: the daily run. */
  automation: AutomationConfig;
  /** Issue 15.5: the SMTP server emails go out through; undefined: emails stay in the outbox. */
  smtp?: SmtpConfig;
  /** Sender address of every email (MAIL_FROM); its domain also names the Message-IDs. */
  mailFrom: string;
  /** Language of the emails of clients whose language has no template. */
  mailDefaultLanguage: string;
  /** A failed delivery is retried after base × 2^(attempt-1) ms... */
  mailRetryBaseMs: number;
  /** ...until this many attempts in all. */
  mailMaxAttempts: number;
  /** Issue 15.3 (DN-2): name of the dns-manager server that gets the zones of domains; undefined: no zones are made. */
  dnsZoneServer?: string;
  /** Issue 15.3 (DN-3): the records of a new zone, with {domain}, {websiteIp} and {mailHost}; undefined: the built-in default. */
  dnsZoneTemplate?: ZoneTemplateRecord[];
  /** Issue 15.1: the registrar commands clients may run on their own domains. */
  clientDomainCommands: string[];
}

/** Registrar commands an operator may open to clients (CLIENT_DOMAIN_COMMANDS). */
export const CLIENT_DOMAIN_COMMAND_CHOICES = ['getNameservers', 'saveNameservers', 'getEppCode', 'sync'] as const;

/** One record of the zone template (DNS_ZONE_TEMPLATE). */
export interface ZoneTemplateRecord {
  /** "@", a label such as "www", or a name relative to the zone. */
  name: string;
  type: string;
  /** Zone-file syntax, with {domain}, {websiteIp} and {mailHost} filled in per zone. */
  content: string;
  ttl?: number;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  /** Longest wait for the connection, the greeting and each reply; it also bounds how long a sender holds a mail. */
  timeoutMs: number;
}

export class ConfigError extends Error {}

/** Published in the README: a production start refuses while a staff login still has it (issue 10.6). */
export const DEFAULT_DEMO_ADMIN_PASSWORD = 'demo-admin-password';

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = <T>(name: string, fallback: T, parse: (raw: string) => T | undefined, expected: string): T => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = parse(raw.trim());
    if (value === undefined) {
      problems.push(`${name}=${JSON.stringify(raw)} is invalid: expected ${expected}`);
      return fallback;
    }
    return value;
  };
  const integer = (min: number, max: number) => (raw: string) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
  const boolean = (raw: string) =>
    ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())
      ? true
      : ['0', 'false', 'no', 'off'].includes(raw.toLowerCase())
        ? false
        : undefined;
  const postgresUrl = (raw: string) => {
    try {
      return ['postgres:', 'postgresql:'].includes(new URL(raw).protocol) ? raw : undefined;
    } catch {
      return undefined;
    }
  };

  // An origin is what a browser sends in its Origin header: scheme, host and port, nothing after them.
  const originList = (raw: string) => {
    const origins = raw.split(',').map((item) => item.trim()).filter(Boolean).map((item) => URL.parse(item));
    const valid = origins.every(
      (url) => url && ['http:', 'https:'].includes(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password,
    );
    // Normalised as browsers send it: lower-case host, no default port, no trailing slash.
    return valid ? origins.map((url) => url!.origin) : undefined;
  };

  const production = env.NODE_ENV === 'production';
  const databaseUrl = read<string | undefined>('DATABASE_URL', undefined, postgresUrl, 'a postgres:// URL');
  const config: Config = {
    port: read('PORT', 4000, integer(0, 65535), 'a port number 0-65535'),
    production,
    databaseUrl,
    dataDir: resolve(read('DATA_DIR', './.data', (raw) => raw, 'a folder path')),
    embeddedPostgresPort: read('EMBEDDED_POSTGRES_PORT', 54329, integer(0, 65535), 'a port number 0-65535'),
    demoData: read('DEMO_DATA', !databaseUrl && !production, boolean, 'true or false'),
    demoAdminEmail: read('DEMO_ADMIN_EMAIL', 'admin@example.com', (raw) => (/^\S+@\S+\.\S+$/.test(raw) ? raw : undefined), 'an email address'),
    demoAdminPassword: read('DEMO_ADMIN_PASSWORD', DEFAULT_DEMO_ADMIN_PASSWORD, (raw) => (raw.length >= 12 ? raw : undefined), 'at least 12 characters'),
    introspection: read('GRAPHQL_INTROSPECTION', !production, boolean, 'true or false'),
    landingPage: read('GRAPHQL_LANDING_PAGE', !production, boolean, 'true or false'),
    corsOrigins: read('CORS_ORIGINS', [], originList, 'comma-separated origins such as https://app.example.com'),
    maxBodyBytes: read('MAX_BODY_BYTES', 1_000_000, integer(1_000, 100_000_000), 'a byte count 1000-100000000'),
    maxQueryDepth: read('MAX_QUERY_DEPTH', 10, integer(2, 100), 'an integer 2-100'),
    maxQueryComplexity: read('MAX_QUERY_COMPLEXITY', 5_000, integer(10, 1_000_000), 'an integer 10-1000000'),
    maxQueryComplexityAnonymous: read('MAX_QUERY_COMPLEXITY_ANONYMOUS', 1_000, integer(10, 1_000_000), 'an integer 10-1000000'),
    maxQueryTokens: read('MAX_QUERY_TOKENS', 2_000, integer(100, 1_000_000), 'an integer 100-1000000'),
    maxQueryNodes: read('MAX_QUERY_NODES', 500, integer(10, 1_000_000), 'an integer 10-1000000'),
    maxQueryAliases: read('MAX_QUERY_ALIASES', 20, integer(0, 10_000), 'an integer 0-10000'),
    maxQueryDirectives: read('MAX_QUERY_DIRECTIVES', 50, integer(0, 10_000), 'an integer 0-10000'),
    maxSubscriptionsPerConnection: read('MAX_SUBSCRIPTIONS_PER_CONNECTION', 20, integer(1, 1000), 'an integer 1-1000'),
    maxWsConnectionsPerIp: read('MAX_WS_CONNECTIONS_PER_IP', 50, integer(1, 100_000), 'an integer 1-100000'),
    sessionTtlSeconds: read('SESSION_TTL_SECONDS', 7 * 24 * 3600, integer(60, 365 * 24 * 3600), 'seconds, 60 to one year'),
    loginMaxFailuresPerAccountIp: read('LOGIN_MAX_FAILURES_PER_ACCOUNT_IP', 5, integer(1, 1000), 'an integer 1-1000'),
    loginMaxFailuresPerAccount: read('LOGIN_MAX_FAILURES_PER_ACCOUNT', 10, integer(1, 1000), 'an integer 1-1000'),
    loginMaxFailuresPerIp: read('LOGIN_MAX_FAILURES_PER_IP', 30, integer(1, 100000), 'an integer 1-100000'),
    loginFailureWindowSeconds: read('LOGIN_FAILURE_WINDOW_SECONDS', 900, integer(1, 86400), 'seconds, 1-86400'),
    loginKnownAddressDays: read('LOGIN_KNOWN_ADDRESS_DAYS', 30, integer(1, 3650), 'days, 1-3650'),
    registrationsPerIp: read('REGISTRATIONS_PER_IP', 5, integer(1, 100000), 'an integer 1-100000'),
    registrationWindowSeconds: read('REGISTRATION_WINDOW_SECONDS', 3600, integer(1, 86400 * 7), 'seconds, 1-604800'),
    passwordHashConcurrency: read('PASSWORD_HASH_CONCURRENCY', defaultPasswordHashConcurrency(), integer(1, 64), 'an integer 1-64'),
    maxSessionsPerAccount: read('MAX_SESSIONS_PER_ACCOUNT', 20, integer(1, 10000), 'an integer 1-10000'),
    trustProxy: read<string | boolean>('TRUST_PROXY', false, (raw) => boolean(raw) ?? raw, 'true, false, a hop count or an address list'),
    // <root>/plugins under ts-jest (src/config.ts), dist/plugins when compiled (dist/src/config.js).
    pluginsDir: resolve(read('PLUGINS_DIR', resolve(__dirname, '../plugins'), (raw) => raw, 'a folder path')),
    secretsKey: secretsKeyFrom(env.SECRETS_KEY, problems),
    jobsWorker: read('JOBS_WORKER', true, boolean, 'true or false'),
    jobsPollMs: read('JOBS_POLL_MS', 5_000, integer(10, 3_600_000), 'milliseconds, 10-3600000'),
    jobsStopTimeoutMs: read('JOBS_STOP_TIMEOUT_MS', 10_000, integer(0, 3_600_000), 'milliseconds, 0-3600000'),
    jobsMongoUrl: mongoUrlFrom(env.JOBS_MONGODB_URL, problems),
    idempotencyLeaseSeconds: read('IDEMPOTENCY_LEASE_SECONDS', 30, integer(1, 3600), 'seconds, 1-3600'),
    moduleCommandTimeoutMs: read('MODULE_COMMAND_TIMEOUT_MS', 120_000, integer(10, 3_600_000), 'milliseconds, 10-3600000'),
    moduleRetryBaseMs: read('MODULE_RETRY_BASE_MS', 5_000, integer(1, 3_600_000), 'milliseconds, 1-3600000'),
    moduleMaxAttempts: read('MODULE_MAX_ATTEMPTS', 5, integer(1, 100), 'an integer 1-100'),
    moduleJobLeaseMs: read('MODULE_JOB_LEASE_MS', 30_000, integer(300, 3_600_000), 'milliseconds, 300-3600000'),
    databaseConnectTimeoutMs: read('DATABASE_CONNECT_TIMEOUT_MS', 5_000, integer(100, 600_000), 'milliseconds, 100-600000'),
    shutdownGraceMs: read('SHUTDOWN_GRACE_MS', 10_000, integer(0, 600_000), 'milliseconds, 0-600000'),
    // A few milliseconds would hammer the registries: 0 (off) or at least 100 ms.
    registryPollIntervalMs: read('REGISTRY_POLL_INTERVAL_MS', 300_000, (raw) => {
      const n = integer(0, 86_400_000)(raw);
      return n === 0 || (n !== undefined && n >= 100) ? n : undefined;
    }, 'milliseconds, 0 (off) or 100-86400000'),
    logLevel: read<LogLevel>('LOG_LEVEL', 'info', (raw) => LOG_LEVELS.find((level) => level === raw.toLowerCase()), LOG_LEVELS.join(', ')),
    metricsPort: read<number | undefined>('METRICS_PORT', undefined, integer(1, 65535), 'a port number 1-65535'),
    metricsToken: metricsTokenFrom(env.METRICS_TOKEN, problems),
    automation: automationFrom(read, integer, boolean, env, problems),
    smtp: env.SMTP_HOST?.trim() ? {
      host: env.SMTP_HOST.trim(),
      port: read('SMTP_PORT', 587, integer(1, 65535), 'a port number 1-65535'),
      secure: read('SMTP_SECURE', false, boolean, 'true or false'),
      user: env.SMTP_USER?.trim() || undefined,
      password: env.SMTP_PASSWORD || undefined,
      timeoutMs: read('SMTP_TIMEOUT_MS', 30_000, integer(100, 600_000), 'milliseconds, 100-600000'),
    } : undefined,
    mailFrom: read('MAIL_FROM', 'billing@localhost', (raw) => (/^[^\s@<>]+@[^\s@<>]+$/.test(raw) ? raw : undefined), 'an email address'),
    mailDefaultLanguage: read('MAIL_DEFAULT_LANGUAGE', 'en', (raw) => (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw) ? raw : undefined), 'a language tag such as en or de'),
    mailRetryBaseMs: read('MAIL_RETRY_BASE_MS', 60_000, integer(1, 86_400_000), 'milliseconds, 1-86400000'),
    mailMaxAttempts: read('MAIL_MAX_ATTEMPTS', 10, integer(1, 100), 'an integer 1-100'),
    dnsZoneServer: read<string | undefined>('DNS_ZONE_SERVER', undefined, (raw) => raw, 'a server name'),
    dnsZoneTemplate: read<ZoneTemplateRecord[] | undefined>('DNS_ZONE_TEMPLATE', undefined, zoneTemplate,
      `a JSON array of {"name", "type" (${ZONE_TEMPLATE_TYPES.join(', ')}), "content", optional "ttl"} using only the variables ${ZONE_TEMPLATE_VARIABLES.join(', ')}`),
    clientDomainCommands: read('CLIENT_DOMAIN_COMMANDS', ['saveNameservers', 'getEppCode'], (raw) => {
      if (raw === 'none') return [];
      const names = raw.split(',').map((name) => name.trim()).filter(Boolean);
      return names.every((name) => (CLIENT_DOMAIN_COMMAND_CHOICES as readonly string[]).includes(name)) ? names : undefined;
    }, `none or a comma-separated list of ${CLIENT_DOMAIN_COMMAND_CHOICES.join(', ')}`),
  };
  if (config.smtp && Boolean(config.smtp.user) !== Boolean(config.smtp.password)) problems.push('SMTP_USER and SMTP_PASSWORD must be set together');
  // Demo logins have published passwords: never in production, whatever else is set.
  if (production && config.demoData) problems.push('DEMO_DATA=true is not allowed with NODE_ENV=production: the demo logins have published passwords');
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}

type Reader = <T>(name: string, fallback: T, parse: (raw: string) => T | undefined, expected: string) => T;

function automationFrom(read: Reader, integer: (min: number, max: number) => (raw: string) => number | undefined, boolean: (raw: string) => boolean | undefined, env: Env, problems: string[]): AutomationConfig {
  const days = integer(0, 3650);
  const decimal = (raw: string) => (/^\d{1,12}(\.\d{1,4})?$/.test(raw) ? raw : undefined);
  const before = read('INVOICE_DAYS_BEFORE_DUE', 14, days, 'days, 0-3650');
  const invoiceDaysBefore = Object.fromEntries(RENEWAL_CYCLES.map((cycle) => [cycle, before])) as Record<RenewalCycle, number>;
  for (const item of (env.INVOICE_DAYS_BEFORE_DUE_BY_CYCLE ?? '').split(',').map((i) => i.trim()).filter(Boolean)) {
    const [cycle, value] = item.split('=').map((part) => part.trim());
    const n = value === undefined ? undefined : days(value);
    if (!RENEWAL_CYCLES.includes(cycle as RenewalCycle) || n === undefined) {
      problems.push(`INVOICE_DAYS_BEFORE_DUE_BY_CYCLE has "${item}": expected cycle=days with a cycle of ${RENEWAL_CYCLES.join(', ')} and days 0-3650`);
    } else {
      invoiceDaysBefore[cycle as RenewalCycle] = n;
    }
  }
  return {
    enabled: read('DAILY_RUN_ENABLED', true, boolean, 'true or false'),
    time: read('DAILY_RUN_TIME', '09:00', (raw) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(raw) ? raw : undefined), 'a time HH:MM (24 hours)'),
    timeZone: read('DAILY_RUN_TIME_ZONE', 'UTC', (raw) => (isTimeZone(raw) ? raw : undefined), 'an IANA time zone such as Europe/Amsterdam'),
    checkMs: read('DAILY_RUN_CHECK_MS', 60_000, integer(50, 3_600_000), 'milliseconds, 50-3600000'),
    batchSize: read('DAILY_RUN_BATCH_SIZE', 1_000, integer(1, 100_000), 'an integer 1-100000'),
    invoiceDaysBefore,
    reminderDaysBeforeDue: read('PAYMENT_REMINDER_DAYS_BEFORE_DUE', 7, days, 'days, 0-3650'),
    overdueReminderDays: read<[number, number, number]>('OVERDUE_REMINDER_DAYS', [1, 7, 14], (raw) => {
      const values = raw.split(',').map((part) => days(part.trim()));
      return values.length === 3 && values.every((v) => v !== undefined) ? (values as [number, number, number]) : undefined;
    }, 'three day counts such as 1,7,14 (0 turns one off)'),
    lateFeeDays: read('LATE_FEE_DAYS', 0, days, 'days, 0-3650'),
    lateFee: read<AutomationConfig['lateFee']>('LATE_FEE', { percent: '0' }, (raw) => {
      if (raw.endsWith('%')) return decimal(raw.slice(0, -1).trim()) !== undefined && Number(raw.slice(0, -1)) <= 100 ? { percent: raw.slice(0, -1).trim() } : undefined;
      return decimal(raw) !== undefined ? { amount: raw } : undefined;
    }, 'a percentage such as 10% (at most 100%) or an amount such as 5.00'),
    lateFeeMinimum: read('LATE_FEE_MINIMUM', '0', decimal, 'an amount such as 2.50'),
    suspendDaysOverdue: read('SUSPEND_DAYS_OVERDUE', 5, days, 'days, 0-3650'),
    terminateDaysOverdue: read('TERMINATE_DAYS_OVERDUE', 0, days, 'days, 0-3650'),
    autoProcessCancellations: read('CANCELLATION_AUTO_PROCESS', true, boolean, 'true or false'),
    cancellationCancelsUnpaidInvoices: read('CANCELLATION_CANCELS_UNPAID_INVOICES', true, boolean, 'true or false'),
    domainRenewDaysBeforeExpiry: read('DOMAIN_RENEW_DAYS_BEFORE_EXPIRY', 14, days, 'days, 0-3650'),
    clock: new Clock(),
  };
}

/** Half the cores hash passwords at most: the other half keeps answering requests while logins pile up. */
export const defaultPasswordHashConcurrency = () => Math.max(1, Math.floor(availableParallelism() / 2));

const ZONE_TEMPLATE_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA'];
const ZONE_TEMPLATE_VARIABLES = ['{domain}', '{websiteIp}', '{mailHost}'];

/** The shape of DNS_ZONE_TEMPLATE; each record's content is checked like a client's once its variables are filled in. */
function zoneTemplate(raw: string): ZoneTemplateRecord[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const isRecord = (item: unknown): item is ZoneTemplateRecord => {
    const { name, type, content, ttl, ...rest } = (item ?? {}) as Record<string, unknown>;
    return typeof item === 'object' && Object.keys(rest).length === 0
      && typeof name === 'string' && name.trim() !== ''
      && typeof type === 'string' && ZONE_TEMPLATE_TYPES.includes(type)
      && typeof content === 'string' && content.trim() !== ''
      && (content.match(/\{[^}]*\}/g) ?? []).every((variable) => ZONE_TEMPLATE_VARIABLES.includes(variable))
      && (ttl === undefined || (Number.isInteger(ttl) && (ttl as number) >= 60 && (ttl as number) <= 604_800));
  };
  return Array.isArray(parsed) && parsed.length > 0 && parsed.every(isRecord) ? parsed : undefined;
}

/** SECRETS_KEY is validated like the rest, but its value is never echoed in the message. */
function secretsKeyFrom(raw: string | undefined, problems: string[]): Buffer | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const key = parseSecretsKey(raw);
  if (!key) problems.push('SECRETS_KEY is invalid: expected 32 random bytes in base64 (openssl rand -base64 32)');
  return key;
}

/**
 * JOBS_MONGODB_URL: never echoed (it may hold a password). A MongoDB connection string, several hosts allowed
 * (which URL() refuses), naming its database, so Agenda's collection does not land in the driver's default "test".
 */
function mongoUrlFrom(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (/^mongodb(\+srv)?:\/\/[^/\s]+\/[^/?\s]+/.test(raw.trim())) return raw.trim();
  problems.push('JOBS_MONGODB_URL is invalid: expected a mongodb:// or mongodb+srv:// URL naming its database');
  return undefined;
}

/** Like SECRETS_KEY: never echoed. Short tokens are refused: guessable ones would make the protection pointless. */
function metricsTokenFrom(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (/^\S{16,}$/.test(raw.trim())) return raw.trim();
  problems.push('METRICS_TOKEN is invalid: expected at least 16 characters without spaces (openssl rand -hex 32)');
  return undefined;
}

/**
 * The key for secrets at rest. SECRETS_KEY wins; without it the embedded
 * database's DATA_DIR/secrets.key is used (created on first start, mode 600).
 * With DATABASE_URL the key must be given: a key kept beside an external
 * database's data would be lost with this machine.
 */
export function resolveSecretsKey(config: Config): Buffer {
  if (config.secretsKey) return config.secretsKey;
  if (config.databaseUrl) {
    throw new ConfigError('Invalid configuration:\n  SECRETS_KEY is required with DATABASE_URL: 32 random bytes in base64 (openssl rand -base64 32)');
  }
  return loadOrCreateKeyFile(join(config.dataDir, 'secrets.key'));
}
