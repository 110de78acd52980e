import { CreditEntry } from './credit-entry.entity';
import { ClientCreditResolver, CreditEntryResolver, CreditResolver } from './credit.resolver';
import { addOpeningCredit, creditOwnedRecords, mergeCredit } from './credit.service';
import { createCreditLoaders } from './credit.loaders';

/** What the credit ledger brings to the application (assembled in src/composition.ts). */
export const entities = [CreditEntry];
export const resolvers = [CreditResolver, ClientCreditResolver, CreditEntryResolver] as const;
/** Records of a client that merge and delete reach (src/clients/client-ownership.ts). */
export const ownedRecords = [creditOwnedRecords];
export const createLoaders = createCreditLoaders;
/** A new client's opening credit and a merge's balance (src/clients/client-extensions.ts). */
export const clientCredit = { openingCredit: addOpeningCredit, mergeCredit };
