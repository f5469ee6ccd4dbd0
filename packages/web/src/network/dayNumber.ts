const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) for an ISO date or date-time; integers make window tests cheap. */
export function dayNumber(iso: string): number {
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date: ${JSON.stringify(iso)}`);
  return Math.floor(ms / MS_PER_DAY);
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A short human label, e.g. "8 Jan 2026". */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
