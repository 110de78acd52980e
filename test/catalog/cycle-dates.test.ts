import { BillingCycle } from '../../src/catalog/billing-cycle';
import { addDays, addMonths, nextDueDate } from '../../src/catalog/cycle-dates';

describe('AU-1: due dates one cycle on (issue 16.2)', () => {
  it.each([
    ['2027-01-31', BillingCycle.MONTHLY, undefined, '2027-02-28'],
    ['2028-01-31', BillingCycle.MONTHLY, undefined, '2028-02-29'],
    ['2028-02-29', BillingCycle.MONTHLY, '2027-12-31', '2028-03-31'],
    ['2027-02-28', BillingCycle.MONTHLY, '2027-01-31', '2027-03-31'],
    ['2027-02-28', BillingCycle.MONTHLY, '2027-02-28', '2027-03-28'],
    ['2027-04-15', BillingCycle.MONTHLY, '2027-03-31', '2027-05-15'],
    ['2028-02-29', BillingCycle.ANNUALLY, '2024-02-29', '2029-02-28'],
    ['2029-02-28', BillingCycle.ANNUALLY, '2024-02-29', '2030-02-28'],
    ['2031-02-28', BillingCycle.ANNUALLY, '2024-02-29', '2032-02-29'],
    ['2027-11-30', BillingCycle.QUARTERLY, '2027-08-31', '2028-02-29'],
    ['2027-12-15', BillingCycle.SEMI_ANNUALLY, undefined, '2028-06-15'],
    ['2027-12-15', BillingCycle.BIENNIALLY, undefined, '2029-12-15'],
    ['2027-12-15', BillingCycle.TRIENNIALLY, undefined, '2030-12-15'],
  ])('%s %s (started %s) → %s', (due, cycle, registered, expected) => {
    expect(nextDueDate(due, cycle, registered)).toBe(expected);
  });

  it('one-time and free services do not renew', () => {
    expect(() => nextDueDate('2027-01-01', BillingCycle.ONE_TIME)).toThrow();
    expect(() => nextDueDate('2027-01-01', BillingCycle.FREE)).toThrow();
  });

  it('adds days across months and years, and months on an anchor day', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-02-28', 1, 31)).toBe('2027-03-31');
    expect(addMonths('2027-11-30', -12)).toBe('2026-11-30');
  });
});
