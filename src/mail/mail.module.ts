import { MailMessage } from './mail-message.entity';
import { ClientMessage } from './client-message.entity';
import { mailOwnedRecords } from './mail.service';
import { ClientEmailResolver, MailResolver } from './mail.resolver';

/** What email delivery brings to the application (assembled in src/composition.ts). */
export const entities = [MailMessage, ClientMessage];
export const resolvers = [MailResolver, ClientEmailResolver] as const;
/** Records of a client that merge and delete reach (src/clients/client-ownership.ts). */
export const ownedRecords = [mailOwnedRecords];
