import { resolve } from 'node:path';
import { ConfigError, defaultPasswordHashConcurrency, loadConfig } from '../src/config';
import { Clock } from '../src/shared/clock';

const messageOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
};

describe('issue point 2: loadConfig', () => {
  it('defaults without any variable: embedded PostgreSQL in ./.data, demo data on, development tooling on', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      production: false,
      databaseUrl: undefined,
      dataDir: resolve('./.data'),
      embeddedPostgresPort: 54329,
      demoData: true,
      demoAdminEmail: 'admin@example.com',
      demoAdminPassword: 'demo-admin-password',
      introspection: true,
      landingPage: true,
      clientDomainCommands: ['saveNameservers', 'getEppCode'],
      corsOrigins: [],
      maxBodyBytes: 1_000_000,
      maxQueryDepth: 10,
      maxQueryComplexity: 5_000,
      maxQueryComplexityAnonymous: 1_000,
      maxQueryTokens: 2_000,
      maxQueryNodes: 500,
      maxQueryAliases: 20,
      maxQueryDirectives: 50,
      maxSubscriptionsPerConnection: 20,
      maxWsConnectionsPerIp: 50,
      sessionTtlSeconds: 7 * 24 * 3600,
      loginMaxFailuresPerAccountIp: 5,
      loginMaxFailuresPerAccount: 10,
      loginMaxFailuresPerIp: 30,
      loginFailureWindowSeconds: 900,
      loginKnownAddressDays: 30,
      registrationsPerIp: 5,
      registrationWindowSeconds: 3600,
      passwordHashConcurrency: defaultPasswordHashConcurrency(),
      maxSessionsPerAccount: 20,
      trustProxy: false,
      pluginsDir: resolve(__dirname, '../plugins'),
      jobsWorker: true,
      jobsPollMs: 5_000,
      jobsStopTimeoutMs: 10_000,
      idempotencyLeaseSeconds: 30,
      moduleCommandTimeoutMs: 120_000,
      moduleRetryBaseMs: 5_000,
      moduleMaxAttempts: 5,
      moduleJobLeaseMs: 30_000,
      databaseConnectTimeoutMs: 5_000,
      shutdownGraceMs: 10_000,
      registryPollIntervalMs: 300_000,
      automation: {
        enabled: true, time: '09:00', timeZone: 'UTC', checkMs: 60_000, batchSize: 1_000,
        invoiceDaysBefore: { monthly: 14, quarterly: 14, semi_annually: 14, annually: 14, biennially: 14, triennially: 14 },
        reminderDaysBeforeDue: 7, overdueReminderDays: [1, 7, 14], lateFeeDays: 0, lateFee: { percent: '0' }, lateFeeMinimum: '0',
        suspendDaysOverdue: 5, terminateDaysOverdue: 0, autoProcessCancellations: true, cancellationCancelsUnpaidInvoices: true, domainRenewDaysBeforeExpiry: 14, clock: expect.any(Clock),
      },
      logLevel: 'info',
      smtp: undefined,
      mailFrom: 'billing@localhost',
      mailDefaultLanguage: 'en',
      mailRetryBaseMs: 60_000,
      mailMaxAttempts: 10,
    });
  });

  it('issue 15.5: SMTP settings: defaults, the login both or neither, the time limit bounded', () => {
    expect(loadConfig({ SMTP_HOST: ' mail.example ' }).smtp).toEqual({ host: 'mail.example', port: 587, secure: false, user: undefined, password: undefined, timeoutMs: 30_000 });
    expect(loadConfig({ SMTP_HOST: 'mail.example', SMTP_PORT: '465', SMTP_SECURE: 'true', SMTP_USER: 'u', SMTP_PASSWORD: 'p', SMTP_TIMEOUT_MS: '5000' }).smtp)
      .toEqual({ host: 'mail.example', port: 465, secure: true, user: 'u', password: 'p', timeoutMs: 5_000 });
    expect(() => loadConfig({ SMTP_HOST: 'mail.example', SMTP_USER: 'u' })).toThrow(/SMTP_USER and SMTP_PASSWORD must be set together/);
    expect(() => loadConfig({ SMTP_HOST: 'mail.example', SMTP_TIMEOUT_MS: '10' })).toThrow(/SMTP_TIMEOUT_MS/);
    expect(() => loadConfig({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
  });

  it('issue 16.1: the daily run renews domains a configurable number of days before expiry (0 turns it off), bounded', () => {
    expect(loadConfig({ DOMAIN_RENEW_DAYS_BEFORE_EXPIRY: '30' }).automation.domainRenewDaysBeforeExpiry).toBe(30);
    expect(loadConfig({ DOMAIN_RENEW_DAYS_BEFORE_EXPIRY: '0' }).automation.domainRenewDaysBeforeExpiry).toBe(0);
    expect(() => loadConfig({ DOMAIN_RENEW_DAYS_BEFORE_EXPIRY: '-1' })).toThrow(/DOMAIN_RENEW_DAYS_BEFORE_EXPIRY/);
  });

  it('issue 16.9: jobs run on PostgreSQL unless JOBS_MONGODB_URL names a MongoDB database (one host or several)', () => {
    expect(loadConfig({}).jobsMongoUrl).toBeUndefined();
    expect(loadConfig({ JOBS_MONGODB_URL: 'mongodb://a:27017,b:27017/agenda?replicaSet=rs0' }).jobsMongoUrl).toBe('mongodb://a:27017,b:27017/agenda?replicaSet=rs0');
    expect(loadConfig({ JOBS_MONGODB_URL: 'mongodb+srv://jobs:secret@cluster.example.net/billing' }).jobsMongoUrl).toBe('mongodb+srv://jobs:secret@cluster.example.net/billing');
    // Refused without a database or of another kind, and never echoed (it may hold a password).
    for (const url of ['mongodb://jobs:secret@localhost', 'postgres://jobs:secret@localhost/jobs']) {
      expect(() => loadConfig({ JOBS_MONGODB_URL: url })).toThrow(/JOBS_MONGODB_URL is invalid/);
      expect(() => loadConfig({ JOBS_MONGODB_URL: url })).not.toThrow(/secret/);
    }
  });

  it('issue 16.5 / SV-12: cancellations are processed by the run and cancel unpaid invoices unless switched off', () => {
    const { automation } = loadConfig({ CANCELLATION_AUTO_PROCESS: 'false', CANCELLATION_CANCELS_UNPAID_INVOICES: 'false' });
    expect([automation.autoProcessCancellations, automation.cancellationCancelsUnpaidInvoices]).toEqual([false, false]);
    expect(() => loadConfig({ CANCELLATION_AUTO_PROCESS: 'sometimes' })).toThrow(/CANCELLATION_AUTO_PROCESS/);
  });

  it('an empty or blank variable counts as unset', () => {
    expect(loadConfig({ PORT: '', DEMO_DATA: '' })).toMatchObject({ port: 4000, demoData: true });
    // Not Number(' '.trim()) === 0, which would silently pick a random port.
    expect(loadConfig({ PORT: ' ', EMBEDDED_POSTGRES_PORT: '\t', MAX_QUERY_DEPTH: ' ' })).toMatchObject({
      port: 4000,
      embeddedPostgresPort: 54329,
      maxQueryDepth: 10,
    });
  });

  it('DATABASE_URL switches the demo data default off; DEMO_DATA still overrides it', () => {
    const url = 'postgres://u:p@db.example.com:5432/hostbill';
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({ databaseUrl: url, demoData: false });
    expect(loadConfig({ DATABASE_URL: url, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'off' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/x' }).databaseUrl).toBe('postgresql://localhost/x');
  });

  it('NODE_ENV=production switches introspection and the landing page off unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, landingPage: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'yes', GRAPHQL_LANDING_PAGE: '1' })).toMatchObject({
      introspection: true,
      landingPage: true,
    });
  });

  it('issue 10.6: NODE_ENV=production never loads demo data: off by default, DEMO_DATA=true refused naming the variable', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, demoData: false });
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'false' }).demoData).toBe(false);
    expect(messageOf({ NODE_ENV: 'production', DEMO_DATA: 'true' })).toContain('DEMO_DATA=true is not allowed with NODE_ENV=production');
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ production: false, demoData: true });
  });

  it('issue 13.2: CORS_ORIGINS is a comma-separated list of origins, normalised as browsers send them', () => {
    expect(loadConfig({ CORS_ORIGINS: ' https://App.example.com/ , http://localhost:5173,https://admin.example.com:443' }).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
      'https://admin.example.com',
    ]);
  });

  it('issue 13.11 / 13.12: LOG_LEVEL is a pino level; METRICS_PORT a port; METRICS_TOKEN at least 16 characters and never echoed', () => {
    expect(loadConfig({ LOG_LEVEL: ' DEBUG ', METRICS_PORT: '9464', METRICS_TOKEN: 'a-long-enough-token-1' })).toMatchObject({
      logLevel: 'debug',
      metricsPort: 9464,
      metricsToken: 'a-long-enough-token-1',
    });
    expect(loadConfig({ LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    expect(messageOf({ LOG_LEVEL: 'verbose' })).toContain('LOG_LEVEL="verbose" is invalid: expected fatal, error, warn, info, debug, trace, silent');
    expect(messageOf({ METRICS_PORT: '0' })).toContain('METRICS_PORT="0" is invalid: expected a port number 1-65535');
    const short = messageOf({ METRICS_TOKEN: 'short-secret' });
    expect(short).toContain('METRICS_TOKEN is invalid: expected at least 16 characters without spaces');
    expect(short).not.toContain('short-secret');
  });

  it('values are parsed and trimmed', () => {
    const config = loadConfig({
      PORT: ' 8080 ',
      DATA_DIR: '/var/lib/hostbill',
      EMBEDDED_POSTGRES_PORT: '0',
      MAX_BODY_BYTES: '2000',
      MAX_QUERY_DEPTH: '4',
      MAX_QUERY_COMPLEXITY: '200',
      MAX_QUERY_COMPLEXITY_ANONYMOUS: '50',
      MAX_QUERY_TOKENS: '300',
      MAX_QUERY_NODES: '40',
      MAX_QUERY_ALIASES: '0',
      MAX_QUERY_DIRECTIVES: '3',
      TRUST_PROXY: 'loopback',
      DEMO_ADMIN_EMAIL: 'boss@example.net',
      DEMO_ADMIN_PASSWORD: 'twelve-chars',
    });
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/var/lib/hostbill',
      embeddedPostgresPort: 0,
      maxBodyBytes: 2000,
      maxQueryDepth: 4,
      maxQueryComplexity: 200,
      maxQueryComplexityAnonymous: 50,
      maxQueryTokens: 300,
      maxQueryNodes: 40,
      maxQueryAliases: 0,
      maxQueryDirectives: 3,
      trustProxy: 'loopback',
      demoAdminEmail: 'boss@example.net',
      demoAdminPassword: 'twelve-chars',
    });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ REGISTRY_POLL_INTERVAL_MS: '0' }).registryPollIntervalMs).toBe(0);
    expect(loadConfig({ REGISTRY_POLL_INTERVAL_MS: '60000' }).registryPollIntervalMs).toBe(60_000);
  });

  it.each([
    ['PORT', 'abc', 'a port number 0-65535'],
    ['PORT', '65536', 'a port number 0-65535'],
    ['PORT', '80.5', 'a port number 0-65535'],
    ['DATABASE_URL', 'mysql://localhost/x', 'a postgres:// URL'],
    ['DATABASE_URL', 'not a url', 'a postgres:// URL'],
    ['EMBEDDED_POSTGRES_PORT', '-1', 'a port number 0-65535'],
    ['DEMO_DATA', 'maybe', 'true or false'],
    ['DEMO_ADMIN_EMAIL', 'admin', 'an email address'],
    ['DEMO_ADMIN_PASSWORD', 'short', 'at least 12 characters'],
    ['GRAPHQL_INTROSPECTION', 'sometimes', 'true or false'],
    ['GRAPHQL_LANDING_PAGE', '2', 'true or false'],
    ['CORS_ORIGINS', '*', 'comma-separated origins such as https://app.example.com'],
    ['CORS_ORIGINS', 'https://app.example.com/path', 'comma-separated origins such as https://app.example.com'],
    ['CORS_ORIGINS', 'https://ok.example.com,app.example.com', 'comma-separated origins such as https://app.example.com'],
    ['CORS_ORIGINS', 'ftp://files.example.com', 'comma-separated origins such as https://app.example.com'],
    ['MAX_BODY_BYTES', '999', 'a byte count 1000-100000000'],
    ['MAX_QUERY_DEPTH', '1', 'an integer 2-100'],
    ['MAX_QUERY_COMPLEXITY', '9', 'an integer 10-1000000'],
    ['MAX_QUERY_COMPLEXITY_ANONYMOUS', '1000001', 'an integer 10-1000000'],
    ['MAX_QUERY_TOKENS', '99', 'an integer 100-1000000'],
    ['MAX_QUERY_NODES', '9', 'an integer 10-1000000'],
    ['MAX_QUERY_ALIASES', '-1', 'an integer 0-10000'],
    ['MAX_QUERY_DIRECTIVES', '1.5', 'an integer 0-10000'],
    ['MAX_SUBSCRIPTIONS_PER_CONNECTION', '0', 'an integer 1-1000'],
    ['MAX_WS_CONNECTIONS_PER_IP', 'many', 'an integer 1-100000'],
    ['SESSION_TTL_SECONDS', '59', 'seconds, 60 to one year'],
    ['LOGIN_MAX_FAILURES_PER_ACCOUNT', '0', 'an integer 1-1000'],
    ['LOGIN_MAX_FAILURES_PER_IP', '100001', 'an integer 1-100000'],
    ['LOGIN_FAILURE_WINDOW_SECONDS', 'x', 'seconds, 1-86400'],
    ['JOBS_STOP_TIMEOUT_MS', '-1', 'milliseconds, 0-3600000'],
    ['MODULE_JOB_LEASE_MS', '299', 'milliseconds, 300-3600000'],
    ['IDEMPOTENCY_LEASE_SECONDS', '0', 'seconds, 1-3600'],
    ['LOGIN_MAX_FAILURES_PER_ACCOUNT_IP', '0', 'an integer 1-1000'],
    ['LOGIN_KNOWN_ADDRESS_DAYS', '0', 'days, 1-3650'],
    ['REGISTRATIONS_PER_IP', '-1', 'an integer 1-100000'],
    ['REGISTRATION_WINDOW_SECONDS', '604801', 'seconds, 1-604800'],
    ['PASSWORD_HASH_CONCURRENCY', '65', 'an integer 1-64'],
    ['MAX_SESSIONS_PER_ACCOUNT', '0', 'an integer 1-10000'],
    ['DATABASE_CONNECT_TIMEOUT_MS', '99', 'milliseconds, 100-600000'],
    ['SHUTDOWN_GRACE_MS', '-1', 'milliseconds, 0-600000'],
    ['REGISTRY_POLL_INTERVAL_MS', '50', 'milliseconds, 0 (off) or 100-86400000'],
    ['REGISTRY_POLL_INTERVAL_MS', '86400001', 'milliseconds, 0 (off) or 100-86400000'],
  ])('%s=%j is refused with a message naming the variable', (name, value, expected) => {
    expect(messageOf({ [name]: value })).toBe(`Invalid configuration:\n  ${name}=${JSON.stringify(value)} is invalid: expected ${expected}`);
  });

  it('every invalid variable is reported at once', () => {
    const message = messageOf({ PORT: 'abc', MAX_QUERY_DEPTH: '0', DEMO_DATA: 'maybe' });
    expect(message.split('\n')).toEqual([
      'Invalid configuration:',
      '  PORT="abc" is invalid: expected a port number 0-65535',
      '  DEMO_DATA="maybe" is invalid: expected true or false',
      '  MAX_QUERY_DEPTH="0" is invalid: expected an integer 2-100',
    ]);
  });
});
