/**
 * At most `limit` pieces of work at once; the others wait their turn in
 * arrival order. For work that must not take every thread, connection or
 * megabyte when requests pile up (password hashing, login bookkeeping).
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(public limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next waiting piece of work, if any.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
