const MS_PER_DAY = 86_400_000;
const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const DAY = fmt({ day: 'numeric', month: 'short', year: 'numeric' });
const MONTH = fmt({ month: 'long', year: 'numeric' });

/**
 * A fact's date as precise as the text gave it: "2019" for a year, "September 2019" for a month, "week of 9 Sep
 * 2019", "12 Sep 2019" — a month is never shown as its first day. Null date: "undated".
 */
export function factDateLabel(date: string | null | undefined, precision: string | null | undefined): string {
  if (!date) return 'undated';
  const at = new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`));
  if (Number.isNaN(at.getTime())) return date;
  switch (precision) {
    case 'YEAR':
      return String(at.getUTCFullYear());
    case 'MONTH':
      return MONTH.format(at);
    case 'WEEK':
      return `week of ${DAY.format(at)}`;
    default:
      return DAY.format(at);
  }
}

/** The same for a day number (the time bar, tooltips). */
export function dayLabel(day: number): string {
  return DAY.format(new Date(day * MS_PER_DAY));
}
