import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { StaffRole, StaffUser } from './auth/staff-user.entity';
import { hashPassword } from './auth/passwords';
import { Client, ClientStatus, ClientType } from './clients/client.entity';
import { ClientGroup } from './clients/client-group.entity';
import { Project } from './clients/project.entity';
import { Contact } from './clients/contact.entity';
import { Currency } from './billing/currency.entity';
import { getBillingSettings } from './billing/billing.service';
import { TaxRule } from './billing/tax-rule.entity';
import { createInvoiceWithin } from './billing/invoice.service';
import { logger } from './shared/logger';

const DEMO_CLIENT_PASSWORD = 'demo-client-password';

/**
 * Loads demo data once: a staff admin, currencies, the operator's invoice
 * details, a client group, a project, a few clients with contacts and an
 * issued invoice. Runs again safely: what exists is left alone.
 */
export async function loadDemoData(em: EntityManager, config: Config): Promise<void> {
  await em.transactional(async (em) => {
    if (!(await em.count(StaffUser, { email: config.demoAdminEmail }))) {
      em.create(StaffUser, {
        email: config.demoAdminEmail,
        firstName: 'Demo',
        lastName: 'Admin',
        role: StaffRole.ADMIN,
        passwordHash: await hashPassword(config.demoAdminPassword),
      });
    }
    if (await em.count(Client, { email: 'ada@example.org' })) return;

    // The first migration made USD the default currency.
    const usd = await em.findOneOrFail(Currency, { code: 'USD' });
    usd.prefix = '$';
    // The operator (or the test database) may have defined them already.
    for (const currency of [{ code: 'EUR', prefix: '€', decimals: 2, exchangeRate: '0.92' }, { code: 'GBP', prefix: '£', decimals: 2, exchangeRate: '0.79' }]) {
      if (!(await em.count(Currency, { code: currency.code }))) em.create(Currency, currency);
    }
    Object.assign(await getBillingSettings(em), {
      issuerName: 'Example Hosting Ltd',
      issuerAddress: '1 Server Street\nLondon EC1A 1AA\nUnited Kingdom',
      issuerEmail: 'billing@example-hosting.test',
      issuerTaxId: 'GB123456789',
      invoiceFooter: 'Bank transfer: IBAN GB00 EXMP 0000 0000 0000 00, reference = invoice number.',
    });
    const group = em.create(ClientGroup, { name: 'Resellers', colour: '#1e90ff', discountPercent: '10.00', separateInvoices: false });
    const project = em.create(Project, { name: 'Main brand', brandName: 'Example Hosting', defaultCurrency: 'EUR' });
    const passwordHash = await hashPassword(DEMO_CLIENT_PASSWORD);
    const clients = [
      { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', phoneNumber: '+44.2079460018', address1: '12 Engine Row', city: 'London', postcode: 'EC1A 1BB', country: 'GB', currency: 'GBP', group },
      { firstName: 'Alan', lastName: 'Turing', email: 'alan@example.org', phoneNumber: '+44.1614960912', address1: '3 Oxford Road', city: 'Manchester', postcode: 'M13 9PL', country: 'GB', currency: 'GBP' },
      { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', phoneNumber: '+1.7035550106', address1: '1 Compiler Way', address2: 'Suite 100', city: 'Arlington', state: 'VA', postcode: '22201', country: 'US', currency: 'USD', type: ClientType.COMPANY, companyName: 'Compilers Inc.', group },
      { firstName: 'Edsger', lastName: 'Dijkstra', email: 'edsger@example.nl', phoneNumber: '+31.402470000', address1: 'Den Dolech 2', city: 'Eindhoven', postcode: '5612 AZ', country: 'NL', currency: 'EUR', status: ClientStatus.INACTIVE },
    ];
    const created = clients.map((data) => {
      const client = em.create(Client, { ...data, project, passwordHash });
      em.create(Contact, { client, firstName: 'Billing', lastName: data.lastName, email: `billing+${data.email}` });
      em.create(Contact, { client, firstName: 'Tech', lastName: data.lastName, email: `tech+${data.email}` });
      return client;
    });
    await em.flush();
    // An issued invoice, so invoices, payments and the PDF have something to show.
    em.create(TaxRule, { name: 'VAT', level: 1, country: 'GB', rate: '20' });
    await em.flush();
    await createInvoiceWithin(em, { viewer: undefined, ip: '' }, {
      clientId: created[0].id,
      lines: [{ description: 'Shared hosting Starter (monthly)', amountMinor: 499n }, { description: 'Domain example-ada.co.uk (1 year)', amountMinor: 899n }],
    });
  });
  logger.info(`Demo data: staff ${config.demoAdminEmail} / ${config.demoAdminPassword}; clients e.g. ada@example.org / ${DEMO_CLIENT_PASSWORD}`);
}
