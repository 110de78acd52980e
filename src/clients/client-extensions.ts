import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import type { Client } from './client.entity';

/**
 * Steps of the clients' use cases that belong to areas built on clients: the
 * credit log (src/credit) and the money already moved in a client's currency
 * (src/billing). Those areas provide them and src/composition.ts installs
 * them, so this folder imports none of those areas.
 */
export interface ClientExtensions {
  /** CL-1: writes a new client's opening credit to its credit log and balance (`em` is the creating transaction). */
  openingCredit(em: EntityManager, ctx: Pick<RequestContext, 'viewer' | 'ip'>, client: Client, amountMinor: bigint): void;
  /** CL-7: adds the discarded client's balance to the survivor's, with a line in its credit log (both rows locked, records moved). */
  mergeCredit(em: EntityManager, ctx: Pick<RequestContext, 'viewer'>, keep: Client, discard: Client): void;
  /** Issue 4.1: refuses a currency change once money moved in the client's currency. */
  assertCurrencyCanChange(em: EntityManager, client: Client): Promise<void>;
}

let installed: ClientExtensions | undefined;

export function useClientExtensions(extensions: ClientExtensions): void {
  installed = extensions;
}

export function clientExtensions(): ClientExtensions {
  if (!installed) throw new Error('The client extensions are not installed (src/composition.ts installs them)');
  return installed;
}
