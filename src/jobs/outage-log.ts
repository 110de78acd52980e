import { logger } from '../shared/logger';

/** While the database is away every poll and reconnect fails: log the first failure and the recovery, not each one. */
export function outageLog() {
  let down = false;
  let muted = false;
  return {
    report: (error: unknown) => {
      if (down || muted) return;
      down = true;
      logger.error(`Job queue: database connection lost (${error instanceof Error ? error.message : String(error)}); retrying`);
    },
    recovered: () => {
      if (!down) return;
      down = false;
      logger.info('Job queue: database connection restored');
    },
    mute: () => {
      muted = true;
    },
  };
}
