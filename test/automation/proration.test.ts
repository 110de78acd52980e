import { BillingCycle } from '../../src/catalog/billing-cycle';
import { previousDueDate } from '../../src/catalog/cycle-dates';
import { prorate } from '../../src/automation/proration';

const { MONTHLY, ANNUALLY } = BillingCycle;

describe('SV-8 / issue 16.6: proration of upgrades and downgrades (cents exact)', () => {
  it.each([
    // name, old price, old cycle, new price, new cycle, next due, registered, today → cycle start, days in cycle, days in new cycle, days left, credited, debited, amount
    ['month end: a cycle from 28 February to 31 March', 1000n, MONTHLY, 2500n, MONTHLY, '2027-03-31', '2027-01-31', '2027-03-15', '2027-02-28', 31, 31, 16, 516n, 1290n, 774n],
    ['29 February: an annual cycle ending on 29 February 2028 has 366 days', 50000n, ANNUALLY, 80000n, ANNUALLY, '2028-02-29', '2024-02-29', '2027-12-01', '2027-02-28', 366, 366, 90, 12295n, 19672n, 7377n],
    ['29 February: a monthly cycle from 31 January to 29 February has 29 days', 1999n, MONTHLY, 2999n, MONTHLY, '2028-02-29', '2027-12-31', '2028-02-19', '2028-01-31', 29, 29, 10, 689n, 1034n, 345n],
    ['downgrade: the same change backwards is a credit of the same cents', 2999n, MONTHLY, 1999n, MONTHLY, '2028-02-29', '2027-12-31', '2028-02-19', '2028-01-31', 29, 29, 10, 1034n, 689n, -345n],
    ['cycle change: the new annual price is spread over the year ending on the same due date', 1000n, MONTHLY, 10000n, ANNUALLY, '2027-03-31', '2027-01-31', '2027-03-15', '2027-02-28', 31, 365, 16, 516n, 438n, -78n],
    ['rounding once: 10.00/31 − 3.33/31 = 0.2161… → 0.22, not 0.32 − 0.11 = 0.21', 333n, MONTHLY, 1000n, MONTHLY, '2027-08-01', '2027-01-01', '2027-07-31', '2027-07-01', 31, 31, 1, 11n, 32n, 22n],
    ['half-up: exactly half a cent rounds away from zero', 1001n, MONTHLY, 1003n, MONTHLY, '2027-07-01', '2027-01-01', '2027-06-16', '2027-06-01', 30, 30, 15, 501n, 502n, 1n],
    ['on the due date nothing is left to charge', 1000n, MONTHLY, 2500n, MONTHLY, '2027-07-01', '2027-01-01', '2027-07-01', '2027-06-01', 30, 30, 0, 0n, 0n, 0n],
  ] as const)('%s', (_name, oldPriceMinor, oldCycle, newPriceMinor, newCycle, nextDueDate, registrationDate, today, cycleStart, daysInCycle, daysInNewCycle, daysLeft, creditedMinor, debitedMinor, amountMinor) => {
    expect(prorate({ oldPriceMinor, oldCycle, newPriceMinor, newCycle, nextDueDate, registrationDate, today })).toEqual({
      cycleStart, daysInCycle, daysInNewCycle, daysLeft, creditedMinor, debitedMinor, amountMinor,
    });
  });

  it('a due date that has passed cannot be prorated', () => {
    expect(() => prorate({ oldPriceMinor: 1000n, oldCycle: MONTHLY, newPriceMinor: 2000n, newCycle: MONTHLY, nextDueDate: '2027-07-01', today: '2027-07-02' })).toThrow(RangeError);
  });

  it('the last due date keeps month ends: 29 February as a cycle start, 31st anchors', () => {
    expect(previousDueDate('2028-03-29', MONTHLY)).toBe('2028-02-29');
    expect(previousDueDate('2028-03-31', MONTHLY, '2028-01-31')).toBe('2028-02-29');
    expect(previousDueDate('2027-02-28', MONTHLY, '2026-12-31')).toBe('2027-01-31');
    expect(previousDueDate('2028-02-29', ANNUALLY, '2024-02-29')).toBe('2027-02-28');
  });
});
