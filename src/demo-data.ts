import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { StaffRole, StaffUser } from './auth/staff-user.entity';
import { hashPassword } from './auth/passwords';
import { Client, ClientStatus, ClientType } from './clients/client.entity';
import { ClientGroup } from './clients/client-group.entity';
import { Project } from './clients/project.entity';
import { Contact } from './clients/contact.entity';
import { Currency } from './currency/currency.entity';
import { getBillingSettings } from './billing/billing.service';
import { TaxRule } from './billing/tax-rule.entity';
import { createInvoiceWithin } from './billing/invoice.service';
import { logger } from './shared/logger';
import type { RequestContext } from './shared/context';
import { createLoaders } from './composition';
import { todayUtc } from './shared/dates';
import { globalId } from './shared/ids';
import type { ModuleRegistry } from './provisioning/module-registry';
import { ServerGroup } from './catalog/server-group.entity';
import { createServer, createServerGroup } from './provisioning/server.service';
import { createService } from './provisioning/service.service';
import { ServiceStatus } from './provisioning/service-status';
import { BillingCycle } from './catalog/billing-cycle';
import { createDomain } from './provisioning/domain.service';
import { DomainStatus } from './provisioning/domain.entity';
import { createProductGroup } from './catalog/catalog.service';
import { createProduct } from './catalog/product.service';
import { PayType, ProductType } from './catalog/product.entity';
import { markInvoicePaid } from './billing/invoice-payment.service';
import { addCredit } from './credit/credit.service';

const DEMO_CLIENT_PASSWORD = 'demo-client-password';

/**
 * Loads demo data once: a staff admin, currencies, the operator's invoice
 * details, a client group, a project, a few clients with contacts and an
 * issued invoice. Runs again safely: what exists is left alone.
 */
export async function loadDemoData(em: EntityManager, config: Config, modules: ModuleRegistry): Promise<void> {
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
    await createInvoiceWithin(em, { viewer: undefined, ip: '', config }, {
      clientId: created[0].id,
      lines: [{ description: 'Shared hosting Starter (monthly)', amountMinor: 499n }, { description: 'Domain example-ada.co.uk (1 year)', amountMinor: 899n }],
    });
  });
  await loadDemoCatalog(em, config, modules);
  logger.info(`Demo data: staff ${config.demoAdminEmail} / ${config.demoAdminPassword}; clients e.g. ada@example.org / ${DEMO_CLIENT_PASSWORD}`);
}

const DEMO_SERVER_GROUP = 'Demo servers';

/** Settings each shipped module accepts; the servers stay disabled, so nothing ever calls these made-up systems. */
const DEMO_SERVER_SETTINGS: Record<string, Record<string, unknown>> = {
  plesk: { username: 'admin', password: 'demo-plesk-password' },
  'dns-manager': {
    apiKey: 'demo-powerdns-key',
    nameservers: ['ns1.example-hosting.test', 'ns2.example-hosting.test'],
    defaultIpv4: '192.0.2.10',
    mailHost: 'mail.example-hosting.test',
    suspensionIpv4: '192.0.2.99',
  },
  registrar: { clientId: 'demo-registrar', password: 'demo-epp-pass-1' },
  'spam-filter': { username: 'demo', password: 'demo-spamexperts-password', defaultDestination: 'mail.example-hosting.test:25' },
};

/** Monthly and yearly prices in each demo currency (yearly: ten months). */
const prices = (monthly: Record<string, string>) =>
  Object.entries(monthly).flatMap(([currency, amount]) => [
    { currency, cycle: BillingCycle.MONTHLY, amount },
    { currency, cycle: BillingCycle.ANNUALLY, amount: (Number(amount) * 10).toFixed(2) },
  ]);

/**
 * Issue 13.9: what a client area shows, made with the services staff use: a
 * catalog in groups with prices, a server group with a disabled server per
 * module, services in several statuses, domains, paid and unpaid invoices and
 * credit for the demo clients. Once: the demo server group marks it done
 * (also on a data folder whose demo clients came from an older version).
 */
async function loadDemoCatalog(em: EntityManager, config: Config, modules: ModuleRegistry): Promise<void> {
  await em.transactional(async (tx) => {
    if (await tx.count(ServerGroup, { name: DEMO_SERVER_GROUP })) return;
    const emails = ['ada@example.org', 'alan@example.org', 'grace@example.com', 'edsger@example.nl'];
    const found = await tx.find(Client, { email: { $in: emails } });
    const [ada, alan, grace, edsger] = emails.map((email) => found.find((client) => client.email === email));
    if (!ada || !alan || !grace || !edsger) return; // the demo clients were deleted: nothing to attach it to
    // Made by the demo admin, as if through the API (the activity log says so); nobody listens to events during start-up.
    const admin = await tx.findOneOrFail(StaffUser, { email: config.demoAdminEmail });
    const viewer = { kind: 'staff' as const, staffId: admin.id, role: admin.role, sessionId: 0 };
    const ctx: RequestContext = { requestId: 'demo-data', em: tx, viewer, ip: '', loaders: createLoaders(tx), createLoaders, config, modules };
    // Services take ids as the API gives them: global ids of the type named.
    const id = (type: string, entity: { id: number }) => globalId(type, entity.id);
    const loaded = (module: string) => modules.modules.has(module);

    const serverGroup = await createServerGroup(ctx, { name: DEMO_SERVER_GROUP });
    const servers = new Map<string, { id: number }>();
    for (const [module, settings] of Object.entries(DEMO_SERVER_SETTINGS).filter(([module]) => loaded(module))) {
      servers.set(module, await createServer(ctx, { name: `Demo ${module} server`, module, hostname: `${module}.example-hosting.test`, enabled: false, groupId: id('ServerGroup', serverGroup), settings }));
    }

    const hosting = await createProductGroup(ctx, { name: 'Web hosting', description: 'Websites and mail on our Plesk servers', sortOrder: 1 });
    const extras = await createProductGroup(ctx, { name: 'DNS and mail filtering', sortOrder: 2 });
    const product = (name: string, module: string, o: { group: { id: number }; type: ProductType; options: Record<string, unknown>; monthly: Record<string, string>; description: string }) =>
      createProduct(ctx, {
        name, type: o.type, description: o.description, groupId: id('ProductGroup', o.group), payType: PayType.RECURRING, prices: prices(o.monthly),
        ...(loaded(module) ? { module, productOptions: o.options } : {}),
      });
    const starter = await product('Starter', 'plesk', {
      group: hosting, type: ProductType.HOSTING, options: { planName: 'Starter' }, monthly: { GBP: '4.99', EUR: '5.49', USD: '5.99' }, description: 'One website, 10 GB, five mailboxes',
    });
    const business = await product('Business', 'plesk', {
      group: hosting, type: ProductType.HOSTING, options: { planName: 'Business' }, monthly: { GBP: '9.99', EUR: '10.99', USD: '11.99' }, description: 'Ten websites, 50 GB, unlimited mailboxes',
    });
    const dns = await product('DNS hosting', 'dns-manager', {
      group: extras, type: ProductType.OTHER, options: {}, monthly: { GBP: '1.00', EUR: '1.10', USD: '1.20' }, description: 'Your zones on our name servers',
    });
    const filter = await product('Spam filter', 'spam-filter', {
      group: extras, type: ProductType.OTHER, options: { incoming: true, outgoing: false, archiving: false }, monthly: { GBP: '2.50', EUR: '2.75', USD: '2.99' }, description: 'Incoming mail filtered before it reaches you',
    });

    const inMonths = (months: number) => {
      const date = new Date(`${todayUtc()}T00:00:00Z`);
      date.setUTCMonth(date.getUTCMonth() + months);
      return date.toISOString().slice(0, 10);
    };
    const service = (client: Client, productOf: { id: number; module?: string }, o: { domain: string; status: ServiceStatus; cycle?: BillingCycle; amount: string; suspensionReason?: string }) => {
      const server = productOf.module ? servers.get(productOf.module) : undefined;
      return createService(ctx, {
        clientId: id('Client', client), productId: id('Product', productOf), serverId: server ? id('Server', server) : undefined, domain: o.domain, status: o.status,
        billingCycle: o.cycle ?? BillingCycle.MONTHLY, recurringAmount: o.amount, firstPaymentAmount: o.amount,
        nextDueDate: [ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED].includes(o.status) ? inMonths(1) : undefined, suspensionReason: o.suspensionReason,
      });
    };
    const adaHosting = await service(ada, starter, { domain: 'example-ada.co.uk', status: ServiceStatus.ACTIVE, amount: '4.99' });
    await service(ada, filter, { domain: 'example-ada.co.uk', status: ServiceStatus.ACTIVE, amount: '2.50' });
    const alanHosting = await service(alan, business, { domain: 'turing.example', status: ServiceStatus.SUSPENDED, cycle: BillingCycle.ANNUALLY, amount: '99.90', suspensionReason: 'Overdue invoice' });
    await service(grace, dns, { domain: 'compilers.example', status: ServiceStatus.PENDING, amount: '1.20' });
    await service(edsger, starter, { domain: 'dijkstra.example', status: ServiceStatus.TERMINATED, amount: '5.49' });

    const registrar = loaded('registrar') ? 'registrar' : undefined;
    await createDomain(ctx, {
      clientId: id('Client', ada), name: 'example-ada.co.uk', registrar, status: DomainStatus.ACTIVE, registrationDate: inMonths(-11), expiryDate: inMonths(1),
      nameservers: ['ns1.example-hosting.test', 'ns2.example-hosting.test'],
    });
    await createDomain(ctx, { clientId: id('Client', alan), name: 'turing.example', registrar, status: DomainStatus.ACTIVE, registrationDate: inMonths(-26), expiryDate: inMonths(10) });
    await createDomain(ctx, { clientId: id('Client', grace), name: 'compilers.example', registrar, status: DomainStatus.PENDING_TRANSFER });

    // Paid: Ada's hosting last month. Unpaid and overdue: Alan's year, the reason his service is suspended.
    const adaPaid = await createInvoiceWithin(tx, ctx, {
      clientId: ada.id, issueDate: inMonths(-1), dueDate: inMonths(-1),
      lines: [{ description: 'Shared hosting Starter (monthly)', amountMinor: 499n, serviceId: adaHosting.id }],
    }, { applyCredit: false });
    await markInvoicePaid(ctx, adaPaid.id, { gateway: 'bank-transfer', transactionId: 'demo-bank-0001' });
    await createInvoiceWithin(tx, ctx, {
      clientId: alan.id, issueDate: inMonths(-1), dueDate: inMonths(-1),
      lines: [{ description: 'Shared hosting Business (yearly)', amountMinor: 9990n, serviceId: alanHosting.id }],
    }, { applyCredit: false });
    await addCredit(ctx, grace.id, '25.00', 'Welcome credit');
  });
}
