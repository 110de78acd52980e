/** Calendar dates cross the API as "YYYY-MM-DD" (UTC until the operator's time zone is configurable). */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

export const todayUtc = (): string => isoDate(new Date());
