/**
 * The time the daily run and its views read. The server's clock is the
 * system's; tests stop it at an instant of their choosing and travel through
 * months without waiting (issue 16.2).
 */
export class Clock {
  private fixed?: number;

  now(): Date {
    return new Date(this.fixed ?? Date.now());
  }

  /** Tests: from now on the clock shows `instant`; undefined: the system's time again. */
  setTo(instant: Date | string | undefined): void {
    this.fixed = instant === undefined ? undefined : new Date(instant).getTime();
  }
}

/** The calendar date (YYYY-MM-DD) at `instant` in the IANA time zone `timeZone`, and its time of day (HH:MM). */
export function localDateTime(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** True when `timeZone` is an IANA time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Today (YYYY-MM-DD) in the operator's time zone, as `clock` shows it: the date termination and run dates are stamped with. */
export function localToday({ clock, timeZone }: { clock: Clock; timeZone: string }): string {
  return localDateTime(clock.now(), timeZone).date;
}
