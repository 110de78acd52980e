import asyncHooks = require('node:async_hooks');

/**
 * Issue 12: while any AsyncLocalStorage is enabled, Node 20 tags every promise
 * of the process through async hooks: measured, a quarter of a staff list's
 * CPU and a fifth of its allocations, though only input rounds and MikroORM
 * (transactions, flushes) read a store. An OnDemandStorage is enabled only
 * while something runs in it (the function given to run and the promise it
 * returns), so reads outside them pay nothing. Node 24's AsyncContextFrame has
 * no such cost.
 *
 * run's function must return a promise for all its asynchronous work (as an
 * async function does): work it only schedules runs outside the store once
 * nothing else runs in it.
 */
export class OnDemandStorage<S> extends asyncHooks.AsyncLocalStorage<S> {
  #running = 0;

  override run<R>(store: S, fn: () => R): R;
  override run<R, A extends unknown[]>(store: S, fn: (...args: A) => R, ...args: A): R;
  override run<R, A extends unknown[]>(store: S, fn: (...args: A) => R, ...args: A): R {
    this.#running++;
    let result: R;
    try {
      result = super.run(store, fn, ...args);
    } catch (error) {
      this.#release();
      throw error;
    }
    if (!(result instanceof Promise)) {
      this.#release();
      return result;
    }
    return result.finally(() => this.#release()) as R;
  }

  #release(): void {
    // Nothing runs in it: no store can be read, and the next run enables it again.
    if (--this.#running === 0) this.disable();
  }
}
