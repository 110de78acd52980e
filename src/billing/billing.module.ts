import { Currency } from '../currency/currency.entity';
import { TaxRule } from './tax-rule.entity';
import { BillingSettings } from './billing-settings.entity';
import { InvoiceNumberSequence } from './invoice-number-sequence.entity';
import { Invoice } from './invoice.entity';
import { InvoiceLine } from './invoice-line.entity';
import { Transaction } from './transaction.entity';
import { BillingResolver, SettingsCurrencyResolver } from './billing.resolver';
import { ClientInvoicesResolver, InvoiceLineResolver, InvoiceResolver } from './invoice.resolver';
import { InvoicePdfResolver } from './invoice-pdf.resolver';
import { CreditEntryInvoiceResolver } from './credit-entry-invoice.resolver';
import { ClientTransactionsResolver, TransactionResolver } from './transaction.resolver';
import { invoiceOwnedRecords } from './invoice.service';
import { createBillingLoaders } from './billing.loaders';
import { assertClientCurrencyCanChange } from './billing.service';

/** What currencies, taxes, invoices and payments bring to the application (assembled in src/composition.ts). */
export const entities = [Currency, TaxRule, BillingSettings, InvoiceNumberSequence, Invoice, InvoiceLine, Transaction];
export const resolvers = [BillingResolver, SettingsCurrencyResolver, InvoiceResolver, TransactionResolver, InvoicePdfResolver, ClientInvoicesResolver, ClientTransactionsResolver, InvoiceLineResolver, CreditEntryInvoiceResolver] as const;
/** Records of a client that merge and delete reach (src/clients/client-ownership.ts). */
export const ownedRecords = [invoiceOwnedRecords];
export const createLoaders = createBillingLoaders;
/** A client's currency is fixed once money moved in it (src/clients/client-extensions.ts). */
export const clientCurrencyGuard = assertClientCurrencyCanChange;
