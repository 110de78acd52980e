import { AppError, type FieldRef } from '../../src/shared/errors';
import { amountInput, formatAmount } from '../../src/shared/money';

/** The code, field and message of the error `run` throws. */
function refusal(run: () => unknown): { code: string; field?: FieldRef; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('amountInput: the one parser of amounts given as input (issue 17.4)', () => {
  it.each([
    ['12.34', 'EUR', {}, 1234n],
    ['12', 'EUR', {}, 1200n],
    [' 0.5 ', 'EUR', {}, 50n],
    ['1500', 'JPY', {}, 1500n],
    ['1.234', 'BHD', {}, 1234n],
    ['0', 'EUR', { allowed: 'notNegative' as const }, 0n],
    ['-2.50', 'EUR', { allowed: 'any' as const }, -250n],
    ['999999999999999', 'JPY', {}, 999999999999999n],
  ])('issue 17.4: %s %s %o parses to %s minor units', (text, currency, options, minor) => {
    expect(amountInput(text, currency, options)).toBe(minor);
  });

  it.each([
    ['1.234', 'EUR', {}, 'amount must be a decimal amount with at most the decimals of EUR'],
    ['1.5', 'JPY', {}, 'amount must be a decimal amount with at most the decimals of JPY'],
    ['12,34', 'EUR', {}, 'amount must be a decimal amount with at most the decimals of EUR'],
    ['1e3', 'EUR', {}, 'amount must be a decimal amount with at most the decimals of EUR'],
    ['0', 'EUR', {}, 'amount must be positive'],
    ['-1', 'EUR', {}, 'amount must be positive'],
    ['-0.01', 'EUR', { allowed: 'notNegative' as const }, 'amount cannot be negative'],
    ['0.001', 'EUR', { label: 'lines[2].amount', allowed: 'any' as const }, 'lines[2].amount must be a decimal amount with at most the decimals of EUR'],
  ])('issue 17.4: %s %s %o is BAD_USER_INPUT: %s', (text, currency, options, message) => {
    expect(refusal(() => amountInput(text, currency, options))).toEqual({ code: 'BAD_USER_INPUT', field: 'amount', message });
  });

  it('issue 17.4: the error names the input field; beyond the largest amount is refused on it too', () => {
    expect(refusal(() => amountInput('x', 'EUR', { field: 'newBalance', allowed: 'notNegative' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newBalance' });
    expect(refusal(() => amountInput('10000000000000.00', 'EUR'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
  });

  it('formatAmount prints minor units with the currency\'s decimals', () => {
    expect([formatAmount(1234n, 'EUR'), formatAmount(-5n, 'EUR'), formatAmount(1500n, 'JPY'), formatAmount(1n, 'BHD')]).toEqual(['12.34', '-0.05', '1500', '0.001']);
  });
});
