import type { EntityManager } from '@mikro-orm/postgresql';
import { Index, ManyToOne, Property, type EntityClass, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Client } from './client.entity';
import { updateRows } from '../shared/update-rows';

/** What a deleted client looked like, for records kept after deletion (CL-8). */
export interface ClientSnapshot {
  id: number;
  name: string;
  email: string;
}

/**
 * The one extension point through which merge (CL-7) and delete (CL-8) reach
 * every record a client owns. Each area that owns client records exports
 * them, src/composition.ts registers them all, and both operations call every
 * registration inside their single transaction (`em` is the transactional fork):
 * - `moveToClient` re-points the discarded client's records to the survivor;
 * - `deleteForClient` removes them, except financial records (credit log,
 *   transactions, invoices), which are kept with `client` set to null and the
 *   snapshot's name and email copied onto them.
 * Records held only by a cascading foreign key are removed with the client
 * anyway; registering still matters for merge, which must move them.
 */
export interface OwnedRecords {
  /** Unique, e.g. "contacts". */
  name: string;
  moveToClient(em: EntityManager, fromClientId: number, toClientId: number): Promise<void>;
  deleteForClient(em: EntityManager, client: ClientSnapshot): Promise<void>;
}

const registry = new Map<string, OwnedRecords>();

export function registerOwnedRecords(owned: OwnedRecords): void {
  if (registry.has(owned.name)) throw new Error(`Owned records "${owned.name}" are registered already`);
  registry.set(owned.name, owned);
}

/** In registration order. */
export function ownedRecords(): readonly OwnedRecords[] {
  return [...registry.values()];
}

/**
 * A financial record (credit log, invoice, transaction): kept after its client
 * is deleted, with `client` null and the client's name and email copied (CL-8).
 * Not an entity; those entities extend it.
 */
@ObjectType()
export abstract class FinancialRecord {
  /** Null once the client was deleted; see clientName/clientEmail. */
  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  client?: Ref<Client>;

  @Field({ nullable: true, description: 'Name of the client once the client was deleted (the record is kept); null while the client exists.' })
  @Property({ nullable: true })
  clientName?: string;

  @Field({ nullable: true, description: 'Email of the client once the client was deleted (the record is kept); null while the client exists.' })
  @Property({ nullable: true })
  clientEmail?: string;
}

/** Records a client owns through their `client` column: merge moves them to the survivor, delete removes them. */
export function clientRows(name: string, entities: readonly EntityClass<{ client?: Ref<Client> | Client }>[]): OwnedRecords {
  return {
    name,
    async moveToClient(em, fromClientId, toClientId) {
      for (const entity of entities) await updateRows(em, entity, { client: fromClientId }, { client: toClientId });
    },
    async deleteForClient(em, client) {
      for (const entity of entities) await em.nativeDelete(entity, { client: client.id });
    },
  };
}

/** Financial records to register: merge moves them, delete keeps them with `client` null and the snapshot copied. */
export function financialRecords(name: string, entities: readonly EntityClass<FinancialRecord>[]): OwnedRecords {
  return {
    name,
    async moveToClient(em, fromClientId, toClientId) {
      for (const entity of entities) await updateRows(em, entity, { client: fromClientId }, { client: toClientId });
    },
    async deleteForClient(em, client) {
      for (const entity of entities) await updateRows(em, entity, { client: client.id }, { client: null, clientName: client.name, clientEmail: client.email });
    },
  };
}
