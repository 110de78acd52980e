import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { DefaultLogger, type LoggerNamespace, type LogContext } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { logger } from './logger';
import { join } from 'node:path';
import { migrationsList } from '../../migrations';
import { StaffUser } from '../auth/staff-user.entity';
import { AuthSession } from '../auth/auth-session.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { KnownLoginAddress } from '../auth/known-login-address.entity';
import { Client } from '../clients/client.entity';
import { ClientGroup } from '../clients/client-group.entity';
import { Project } from '../clients/project.entity';
import { Contact } from '../clients/contact.entity';
import { OperatorSettings } from '../settings/operator-settings.entity';
import { ActivityLogEntry } from '../activity/activity-log-entry.entity';
import { CreditEntry } from '../credit/credit-entry.entity';
import { Currency } from '../billing/currency.entity';
import { TaxRule } from '../billing/tax-rule.entity';
import { BillingSettings } from '../billing/billing-settings.entity';
import { InvoiceNumberSequence } from '../billing/invoice-number-sequence.entity';
import { ClientUser } from '../clients/client-user.entity';
import { ClientPayer } from '../clients/client-payer.entity';
import { ServerGroup } from '../provisioning/server-group.entity';
import { Server } from '../provisioning/server.entity';
import { Product } from '../catalog/product.entity';
import { catalogEntities } from '../catalog/catalog.entities';
import { Service } from '../provisioning/service.entity';
import { Domain } from '../provisioning/domain.entity';
import { ModuleJob } from '../provisioning/module-job.entity';
import { ModuleLogEntry } from '../provisioning/module-log-entry.entity';
import { Invoice } from '../billing/invoice.entity';
import { InvoiceLine } from '../billing/invoice-line.entity';
import { Transaction } from '../billing/transaction.entity';
import { IdempotentRequest } from './idempotency';
import { ColumnLengthGuard } from './input-guard';

export const entities = [
  StaffUser,
  AuthSession,
  LoginThrottle,
  KnownLoginAddress,
  Client,
  ClientGroup,
  Project,
  Contact,
  OperatorSettings,
  ActivityLogEntry,
  CreditEntry,
  Currency,
  TaxRule,
  BillingSettings,
  InvoiceNumberSequence,
  ClientUser,
  ClientPayer,
  ServerGroup,
  Server,
  Product,
  ...catalogEntities,
  Service,
  Domain,
  ModuleJob,
  ModuleLogEntry,
  Invoice,
  InvoiceLine,
  Transaction,
  IdempotentRequest,
];

/** Counts SQL statements so tests and benchmarks can prove there is no N+1. */
export const sqlStatements = { count: 0 };

class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    sqlStatements.count++;
    super.logQuery(context);
  }
  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    super.log(namespace, message, context);
  }
}

/** Issue 11.1: how long a unit of work waits for a connection (a free pool slot or a new one) before it fails. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export function ormOptions(databaseUrl: string, overrides: Partial<Options> = {}, connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS): Options {
  return {
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    subscribers: [new ColumnLengthGuard()],
    loggerFactory: (options) => new CountingLogger(options),
    // Migrations applied (and SQL_DEBUG statements) go to the server log, as plain text.
    logger: (message) => logger.info(message),
    colors: false,
    debug: process.env.SQL_DEBUG === '1' ? ['query'] : false,
    // Every unit of work uses its own fork (RequestContext per operation, fork per job).
    allowGlobalContext: false,
    forceUndefined: true,
    migrations: {
      migrationsList,
      path: join(__dirname, '../../../migrations'),
      pathTs: join(__dirname, '../../migrations'),
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
    // Bounded waits while the database is unreachable: the request fails (SERVICE_UNAVAILABLE) instead of hanging.
    // Connections the database dropped (restart, pg_terminate_backend) are discarded by knex and replaced on next use.
    pool: { min: 0, max: 10, acquireTimeoutMillis: connectTimeoutMs },
    driverOptions: { connection: { connectionTimeoutMillis: connectTimeoutMs, keepAlive: true } },
    // The job queue's own tables (src/jobs/job-queue.ts): created by Agenda's backend, not by migrations.
    schemaGenerator: { skipTables: ['agenda_jobs', 'agenda_logs'] },
    ...overrides,
  };
}

export async function initOrm(databaseUrl: string, overrides: Partial<Options> = {}, connectTimeoutMs?: number): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, overrides, connectTimeoutMs));
}
