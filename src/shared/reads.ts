import type { EntityManager } from '@mikro-orm/core';

/**
 * Independent reads, in order of `reads`: at once when `em` reads from the
 * pool (each read takes a connection of its own), one after another inside a
 * transaction, whose one connection takes one statement at a time (pg queues
 * concurrent ones with a deprecation warning; pg 9 refuses them).
 */
export async function readAll<T extends readonly unknown[]>(em: EntityManager, reads: { readonly [K in keyof T]: () => Promise<T[K]> | T[K] }): Promise<T> {
  if (!em.isInTransaction()) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
