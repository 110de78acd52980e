import { chooseServer, type ServerLoad } from '../../src/provisioning/pick-server';
import { FillStrategy } from '../../src/catalog/server-group.entity';
import { canStaffSetStatus, ServiceStatus, STAFF_TRANSITIONS } from '../../src/provisioning/service-status';

const s = (id: number, used: number, maxAccounts: number, enabled = true): ServerLoad => ({ id, used, maxAccounts, enabled });
const { LEAST_FULL, FILL_UNTIL_FULL } = FillStrategy;

describe('chooseServer (server group fill strategies)', () => {
  it.each<[string, FillStrategy, ServerLoad[], number | undefined]>([
    ['least full by share, not by count', LEAST_FULL, [s(1, 50, 100), s(2, 60, 200)], 2],
    ['least full: tie on share goes to fewer accounts', LEAST_FULL, [s(1, 10, 100), s(2, 5, 50)], 2],
    ['least full: full tie goes to the lowest id', LEAST_FULL, [s(2, 0, 10), s(1, 0, 10)], 1],
    ['least full skips full servers', LEAST_FULL, [s(1, 100, 100), s(2, 99, 100)], 2],
    ['least full skips disabled servers', LEAST_FULL, [s(1, 0, 100, false), s(2, 80, 100)], 2],
    ['fill until full takes the first with room', FILL_UNTIL_FULL, [s(1, 99, 100), s(2, 0, 100)], 1],
    ['fill until full moves on when the first is full', FILL_UNTIL_FULL, [s(1, 100, 100), s(2, 0, 100), s(3, 0, 100)], 2],
    ['fill until full skips disabled', FILL_UNTIL_FULL, [s(1, 0, 100, false), s(3, 5, 100)], 3],
    ['over-full (staff placed by hand) is full', FILL_UNTIL_FULL, [s(1, 120, 100)], undefined],
    ['no servers', LEAST_FULL, [], undefined],
    ['all disabled', LEAST_FULL, [s(1, 0, 10, false)], undefined],
  ])('%s', (_title, strategy, servers, expected) => {
    expect(chooseServer(strategy, servers)).toBe(expected);
  });
});

describe('service status transitions (staff edits, SV-2)', () => {
  const S = ServiceStatus;
  it.each<[ServiceStatus, ServiceStatus, boolean]>([
    [S.PENDING, S.ACTIVE, true],
    [S.ACTIVE, S.SUSPENDED, true],
    [S.SUSPENDED, S.ACTIVE, true],
    [S.ACTIVE, S.COMPLETED, true],
    [S.FRAUD, S.CANCELLED, true],
    [S.ACTIVE, S.ACTIVE, true],
    [S.ACTIVE, S.PENDING, false],
    [S.TERMINATED, S.ACTIVE, false],
    [S.CANCELLED, S.ACTIVE, false],
    [S.COMPLETED, S.ACTIVE, false],
    [S.PENDING, S.COMPLETED, false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canStaffSetStatus(from, to)).toBe(allowed);
  });

  it('every status has a row in the table', () => {
    expect(Object.keys(STAFF_TRANSITIONS).sort()).toEqual(Object.values(S).sort());
  });
});
