import { createEventBus, MAX_EVENTS_BEHIND } from '../../src/shared/event-bus';

describe('issue 10.3: the event bus and a subscriber that stops reading', () => {
  it('issue 10.3: a subscriber more than MAX_EVENTS_BEHIND events behind is ended with RATE_LIMITED; the bus and other subscribers go on', async () => {
    const bus = createEventBus();
    const stalled = bus.subscribe('CLIENT_CHANGED')[Symbol.asyncIterator]();
    const reading = bus.subscribe('CLIENT_CHANGED')[Symbol.asyncIterator]();
    // A subscription starts listening with its first read.
    const [firstStalled, firstReading] = [stalled.next(), reading.next()];
    const event = (clientId: number) => ({ clientId, change: 'UPDATED' as const, at: 'now' });
    bus.publish('CLIENT_CHANGED', event(0));
    expect((await firstStalled).value).toEqual(event(0));
    expect((await firstReading).value).toEqual(event(0));

    // Without the limit, push number 1025 would throw inside an EventTarget listener: an uncaught exception.
    for (let i = 1; i <= MAX_EVENTS_BEHIND + 100; i++) {
      bus.publish('CLIENT_CHANGED', event(i));
      expect((await reading.next()).value).toEqual(event(i));
    }
    const queued: unknown[] = [];
    await expect(
      (async () => {
        for (let next = await stalled.next(); !next.done; next = await stalled.next()) queued.push(next.value);
      })(),
    ).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    // What it had queued (the last read one still counts until the next read) comes first, in order.
    expect(queued.length).toBeGreaterThanOrEqual(MAX_EVENTS_BEHIND - 1);
    expect(queued).toEqual(Array.from({ length: queued.length }, (_, i) => event(i + 1)));

    bus.publish('CLIENT_CHANGED', event(-1));
    expect((await reading.next()).value).toEqual(event(-1));
  });
});
