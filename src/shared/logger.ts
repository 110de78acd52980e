/**
 * The server log (issue 13.11): one pino logger for the whole process.
 * JSON lines for log collectors; readable lines (pino-pretty) when a person
 * watches a terminal. Info and below go to stdout, warnings and errors to
 * stderr, as the console did, so a supervisor can tell them apart.
 * Writes are synchronous: a line logged right before process.exit is not lost.
 */
import pino, { type DestinationStream, type Level, type Logger } from 'pino';

export const LOG_LEVELS: readonly (Level | 'silent')[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
export type LogLevel = (typeof LOG_LEVELS)[number];

const SECRET_KEYS = ['authorization', 'password', 'newPassword', 'currentPassword', 'token', 'secret', 'apiKey', 'eppCode', 'authCode', 'settings'];

/**
 * Secrets never reach the log, whoever logs an object holding them: at the top
 * level, one level down (`{ input: { password } }`) and in request headers.
 * Settings are a module's credentials. Code logs no variables or headers on
 * purpose; these paths catch what slips through.
 */
export const REDACTED_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
];

export function createLogger(destination: DestinationStream = standardStreams(Boolean(process.stdout.isTTY)), level: LogLevel = 'info'): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Level names ("error"), not numbers: what people grep for and log collectors map.
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

function standardStreams(terminal: boolean): DestinationStream {
  // Loaded only for a terminal: a server whose output goes to a supervisor or a file never needs it (~1 MiB of heap).
  const pretty = terminal ? (require('pino-pretty') as typeof import('pino-pretty')) : undefined;
  const stream = (fd: 1 | 2) => (pretty ? pretty({ destination: fd, sync: true }) : pino.destination({ dest: fd, sync: true }));
  // dedupe: each line goes only to the stream of the highest level it reaches.
  return pino.multistream([{ level: 'trace', stream: stream(1) }, { level: 'warn', stream: stream(2) }], { dedupe: true });
}

/** The process's logger; its level is set from LOG_LEVEL at start-up (setLogLevel). */
export const logger = createLogger();

export function setLogLevel(level: LogLevel): void {
  logger.level = level;
}
