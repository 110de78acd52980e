/**
 * In-process tests read what the server logs (issue 13.11) by spying on the
 * shared logger's methods: the spy sees every call, whatever LOG_LEVEL is.
 */
import { logger } from '../../src/shared/logger';

type Method = 'error' | 'warn' | 'info';

/**
 * Spies on `logger[method]` without writing the lines; restore it with `.mockRestore()`.
 * Install it once the app started: start-up sets the level (LOG_LEVEL), which replaces the methods.
 */
export function captureLog(method: Method = 'error'): jest.SpyInstance {
  return jest.spyOn(logger, method).mockImplementation(() => undefined);
}

/** Each logged call as one line of text: its message and, for an error, the error's message and stack. */
export function loggedLines(spy: jest.SpyInstance): string[] {
  return spy.mock.calls.map((call: unknown[]) => call.map(describe).join(' '));
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.message}\n${value.stack ?? ''}`;
  if (value && typeof value === 'object') return Object.entries(value).map(([key, item]) => `${key}=${describe(item)}`).join(' ');
  return String(value);
}
