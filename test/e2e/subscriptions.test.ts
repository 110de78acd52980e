import { keyOf } from '../support/ids';
import type { Client as WsClient } from 'graphql-ws';
import { errorOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { feed, type Feed } from '../support/subscription-feed';
import { graphql } from '../generated';
import type { ResultOf } from '@graphql-typed-document-node/core';

const CLIENT_CHANGED = graphql(`subscription SubscriptionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { id city } } }`);
const REGISTER = graphql(`mutation SubscriptionsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }`);
const UPDATE = graphql(`mutation SubscriptionsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id city } }`);
const UPDATE_PROFILE = graphql(`mutation SubscriptionsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }`);
const SET_STATUS = graphql(`mutation SubscriptionsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id } }`);

type ChangedEvent = ResultOf<typeof CLIENT_CHANGED>;

const watchClients = (client: WsClient, variables: { id?: string } = {}) => feed(client, CLIENT_CHANGED, variables);

describe('issue point 9: clientChanged subscription over graphql-ws', () => {
  let t: TestApp;
  let staff: string;
  let ownerId: string;
  let ownerToken: string;
  let otherId: string;
  let otherToken: string;
  let cityCounter = 0;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.staffToken();
    const register = async (email: string) => {
      return ok(await t.gql(REGISTER, { i: { firstName: 'Sub', lastName: 'Scriber', email, password: 'client-password-1' } })).registerClient.id;
    };
    ownerId = await register('owner@example.com');
    otherId = await register('other@example.com');
    ownerToken = await t.clientToken('owner@example.com', 'client-password-1');
    otherToken = await t.clientToken('other@example.com', 'client-password-1');
  });
  afterAll(() => t.stop());

  /** A staff edit of one client; returns the new city so events can be matched to it. */
  const touch = async (id: string) => {
    const city = `City ${++cityCounter}`;
    ok(await t.gql(UPDATE, { id, i: { city } }, staff));
    return city;
  };

  /**
   * graphql-ws does not acknowledge a subscribe, so the test waits until the
   * subscription demonstrably works: it edits `id` until the feed sees the edit.
   */
  const untilLive = async (f: Feed<ChangedEvent>, id: string) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const city = await touch(id);
      const event = await f.next(250);
      if (event) {
        expect(event.errors).toBeUndefined();
        // Later warm-up edits may still arrive; drain them so the test starts clean.
        while (event.data!.clientChanged.client!.city !== city) {
          const later = await f.next(1000);
          if (!later) break;
          if (later.data?.clientChanged.client?.city === city) break;
        }
        return;
      }
    }
    throw new Error('subscription never became live');
  };

  it('issue point 9: staff without id receive every client change with the current client', async () => {
    const sub = watchClients(t.ws(staff));
    await untilLive(sub, otherId);

    const city = await touch(ownerId);
    const event = await sub.next();
    expect(event?.data?.clientChanged).toEqual({ clientId: ownerId, change: 'UPDATED', client: { id: ownerId, city } });

    ok(await t.gql(SET_STATUS, { id: otherId, s: 'INACTIVE' }, staff));
    expect((await sub.next())?.data?.clientChanged).toMatchObject({ clientId: otherId, change: 'STATUS_CHANGED' });
    ok(await t.gql(SET_STATUS, { id: otherId, s: 'ACTIVE' }, staff));
    expect((await sub.next())?.data?.clientChanged).toMatchObject({ clientId: otherId, change: 'STATUS_CHANGED' });

    const newId = ok(await t.gql(REGISTER, { i: { firstName: 'New', lastName: 'Comer', email: 'newcomer@example.com', password: 'client-password-1' } })).registerClient.id;
    expect((await sub.next())?.data?.clientChanged).toMatchObject({ clientId: newId, change: 'CREATED', client: { id: newId } });
    sub.stop();
  });

  it('issue 13.7: an event says what changed, when (DateTimeISO) and carries the client as it is now; one change is one event', async () => {
    const sub = feed<{ clientChanged: { change: string; at: string; client: { id: string; city: string } } }>(
      t.ws(staff), `subscription($id: ID) { clientChanged(id: $id) { change at client { id city } } }`, { id: ownerId },
    );
    await untilLive(sub as unknown as Feed<ChangedEvent>, ownerId);
    const before = Date.now();
    const city = await touch(ownerId);
    const event = (await sub.next())?.data?.clientChanged;
    expect(event).toEqual({ change: 'UPDATED', at: expect.any(String), client: { id: ownerId, city } });
    expect(new Date(event!.at).toISOString()).toBe(event!.at);
    expect(new Date(event!.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await sub.next(300)).toBeUndefined();
    sub.stop();
  });

  it('issue point 9: staff with id receive only that client\'s changes', async () => {
    const sub = watchClients(t.ws(staff), { id: ownerId });
    await untilLive(sub, ownerId);

    await touch(otherId);
    const city = await touch(ownerId);
    const event = await sub.next();
    // The edit of the other client came first and was filtered out.
    expect(event?.data?.clientChanged).toEqual({ clientId: ownerId, change: 'UPDATED', client: { id: ownerId, city } });
    expect(await sub.next(300)).toBeUndefined();
    sub.stop();
  });

  it('issue point 9: a client receives its own changes, and never another client\'s', async () => {
    const owner = watchClients(t.ws(ownerToken));
    const other = watchClients(t.ws(otherToken));
    await untilLive(owner, ownerId);
    await untilLive(other, otherId);

    // The owner edits its own profile: the owner's subscription gets it, the other client's does not.
    ok(await t.gql(UPDATE_PROFILE, { i: { city: 'Owner Town' } }, ownerToken));
    const ownerEvent = await owner.next();
    expect(ownerEvent?.data?.clientChanged).toEqual({ clientId: ownerId, change: 'UPDATED', client: { id: ownerId, city: 'Owner Town' } });
    // Staff edits of the owner are not delivered to the other client either.
    await touch(ownerId);
    expect((await owner.next())?.data?.clientChanged.clientId).toBe(ownerId);

    // Proof of non-delivery: the other client's subscription is live (it receives its own next change),
    // and the first thing it receives is that change, not one of the owner's two, published before it
    // by the same process (its events reach a subscriber in the order they were published).
    const otherCity = await touch(otherId);
    const otherEvent = await other.next();
    expect(otherEvent?.data?.clientChanged).toEqual({ clientId: otherId, change: 'UPDATED', client: { id: otherId, city: otherCity } });
    expect(await owner.next(300)).toBeUndefined();
    owner.stop();
    other.stop();
  });

  it('issue point 9: a client asking for another client\'s id receives nothing', async () => {
    // One connection: the spying subscription is set up before the one proven live.
    const connection = t.ws(otherToken);
    const spy = watchClients(connection, { id: ownerId });
    const own = watchClients(connection, { id: otherId });
    await untilLive(own, otherId);
    await touch(ownerId);
    await touch(otherId);
    expect((await own.next())?.data?.clientChanged.clientId).toBe(otherId);
    expect(await spy.next(300)).toBeUndefined();
    spy.stop();
    own.stop();
  });

  it('issue point 9: an unauthenticated subscription fails with UNAUTHENTICATED', async () => {
    const sub = watchClients(t.ws());
    // The error comes at subscribe time (issue 10.3: graphql-ws's error message), without any client changing, not with the first event.
    const errors = (await sub.failure(2000)) as { message: string; extensions?: Record<string, unknown> }[] | undefined;
    expect(errors?.[0]).toMatchObject({ message: expect.stringContaining('Log in'), extensions: { code: 'UNAUTHENTICATED' } });
    // And nothing leaks afterwards.
    await touch(ownerId);
    expect(await sub.next(300)).toBeUndefined();
    sub.stop();
  });

  it('issue point 9: a connection with an invalid token is refused with close code 4403', async () => {
    // graphql-ws reports a refused eager connection on console.error as well; keep the output clean.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const sub = watchClients(t.ws('hb_not-a-real-token'));
      const failure = (await sub.failure()) as { code?: number } | undefined;
      expect(failure?.code).toBe(4403);
      expect(await sub.next(100)).toBeUndefined();
    } finally {
      consoleError.mockRestore();
    }
  });

  it('issue point 9: events are published only after commit; a rejected mutation publishes nothing', async () => {
    const sub = watchClients(t.ws(staff), { id: ownerId });
    await untilLive(sub, ownerId);

    // assertCompanyName runs inside the transaction: the update is rolled back and must not be announced.
    const rejected = await t.gql(UPDATE, { id: ownerId, i: { type: 'COMPANY', city: 'Rolled Back' } }, staff);
    expect(errorOf(rejected)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyName' });
    // A conflict rejected before the transaction publishes nothing either.
    const conflict = await t.gql(UPDATE, { id: ownerId, i: { email: 'other@example.com' } }, staff);
    expect(errorOf(conflict).code).toBe('CONFLICT');
    expect(await sub.next(500)).toBeUndefined();

    // The next event reflects committed state only.
    const city = await touch(ownerId);
    expect((await sub.next())?.data?.clientChanged.client).toEqual({ id: ownerId, city });
    const [row] = await t.app.orm.em.fork().getConnection().execute(`select city, type from client where id = ?`, [keyOf(ownerId)]);
    expect(row).toEqual({ city, type: 'individual' });
    sub.stop();
  });
});
