import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { StaffRole, StaffUser } from './auth/staff-user.entity';
import { hashPassword } from './auth/passwords';
import { Client, ClientStatus, ClientType } from './clients/client.entity';
import { ClientGroup } from './clients/client-group.entity';
import { Project } from './clients/project.entity';
import { Contact } from './clients/contact.entity';

const DEMO_CLIENT_PASSWORD = 'demo-client-password';

/**
 * Loads demo data once: a staff admin, a client group, a project and a few
 * clients with contacts. Runs again safely: what exists is left alone.
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

    const group = em.create(ClientGroup, { name: 'Resellers', colour: '#1e90ff', discountPercent: '10.00', separateInvoices: false });
    const project = em.create(Project, { name: 'Main brand', brandName: 'Example Hosting', defaultCurrency: 'EUR' });
    const passwordHash = await hashPassword(DEMO_CLIENT_PASSWORD);
    const clients = [
      { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', country: 'GB', city: 'London', currency: 'GBP', group },
      { firstName: 'Alan', lastName: 'Turing', email: 'alan@example.org', country: 'GB', city: 'Manchester', currency: 'GBP' },
      { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', country: 'US', city: 'Arlington', currency: 'USD', type: ClientType.COMPANY, companyName: 'Compilers Inc.', group },
      { firstName: 'Edsger', lastName: 'Dijkstra', email: 'edsger@example.nl', country: 'NL', city: 'Eindhoven', currency: 'EUR', status: ClientStatus.INACTIVE },
    ];
    for (const data of clients) {
      const client = em.create(Client, { ...data, project, passwordHash });
      em.create(Contact, { client, firstName: 'Billing', lastName: data.lastName, email: `billing+${data.email}` });
      em.create(Contact, { client, firstName: 'Tech', lastName: data.lastName, email: `tech+${data.email}` });
    }
  });
  console.log(`Demo data: staff ${config.demoAdminEmail} / ${config.demoAdminPassword}; clients e.g. ada@example.org / ${DEMO_CLIENT_PASSWORD}`);
}
