import { Client } from './client.entity';
import { ClientGroup } from './client-group.entity';
import { Project } from './project.entity';
import { Contact } from './contact.entity';
import { ClientUser } from './client-user.entity';
import { ClientPayer } from './client-payer.entity';
import { ClientResolver } from './client.resolver';
import { ClientGroupResolver } from './client-group.resolver';
import { ContactResolver } from './contact.resolver';
import { ClientUserResolver } from './client-user.resolver';
import { ActivityLogEntryResolver } from './activity-log-entry.resolver';
import { MeClientResolver } from './me-client.resolver';
import { contactOwnedRecords } from './contact.service';
import { clientUserOwnedRecords } from './client-user.service';
import { clientPayerOwnedRecords } from './client-payer.service';
import { activityLogOwnedRecords, sessionOwnedRecords } from './client-merge.service';
import { createClientLoaders } from './clients.loaders';

/** What clients, their contacts, users and payers bring to the application (assembled in src/composition.ts). */
export const entities = [Client, ClientGroup, Project, Contact, ClientUser, ClientPayer];
export const resolvers = [MeClientResolver, ClientResolver, ClientGroupResolver, ContactResolver, ClientUserResolver, ActivityLogEntryResolver] as const;
/** Records of a client that merge and delete reach (src/clients/client-ownership.ts). */
export const ownedRecords = [sessionOwnedRecords, contactOwnedRecords, clientUserOwnedRecords, clientPayerOwnedRecords, activityLogOwnedRecords];
export const createLoaders = createClientLoaders;
