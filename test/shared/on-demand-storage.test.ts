import { OnDemandStorage } from '../../src/shared/on-demand-storage';
import '../../src/shared/orm-storages';
import { TransactionContext } from '@mikro-orm/core';

/** A promise and its resolve, to hold a run open. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const later = <T>(ms: number, read: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(read()), ms));

describe('issue 12: an AsyncLocalStorage enabled only while something runs in it', () => {
  it('is disabled once its run has settled: work the run only scheduled no longer reads the store (an always-on storage would)', async () => {
    const storage = new OnDemandStorage<string>();
    let scheduled!: Promise<string | undefined>;
    expect(await storage.run('a', async () => {
      scheduled = later(20, () => storage.getStore());
      await null;
      return storage.getStore();
    })).toBe('a');
    expect(await scheduled).toBeUndefined();
    expect(storage.getStore()).toBeUndefined();
  });

  it('keeps every open run its store while overlapping runs end, and runs again after it was disabled', async () => {
    const storage = new OnDemandStorage<string>();
    const held = gate();
    let scheduled!: Promise<string | undefined>;
    const long = storage.run('long', async () => {
      await held.opened;
      await new Promise((resolve) => setImmediate(resolve));
      return storage.getStore();
    });
    expect(await storage.run('short', async () => {
      scheduled = later(10, () => storage.getStore());
      return storage.getStore();
    })).toBe('short');
    // "long" still runs: the storage stays enabled, and the short run's scheduled work still sees its store.
    expect(await scheduled).toBe('short');
    held.open();
    expect(await long).toBe('long');
    expect(await storage.run('again', async () => { await null; return storage.getStore(); })).toBe('again');
    expect(storage.run('sync', () => storage.getStore())).toBe('sync');
    await expect(storage.run('fails', async () => { throw new Error('no'); })).rejects.toThrow('no');
    expect(() => storage.run('throws', () => { throw new Error('sync no'); })).toThrow('sync no');
    expect(await storage.run('after failures', async () => { await null; return storage.getStore(); })).toBe('after failures');
  });

  it("MikroORM's storages are made on demand (its transaction context here)", () => {
    expect((TransactionContext as unknown as { storage: unknown }).storage).toBeInstanceOf(OnDemandStorage);
  });
});
