import { scaleUtc } from 'd3-scale';

const MS_PER_DAY = 86_400_000;

export interface AxisTick {
  day: number;
  label: string;
}

const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const YEAR = fmt({ year: 'numeric' });
const MONTH = fmt({ month: 'short' });
const MONTH_YEAR = fmt({ month: 'short', year: 'numeric' });
const DAY_MONTH = fmt({ day: 'numeric', month: 'short' });
const DAY_MONTH_YEAR = fmt({ day: 'numeric', month: 'short', year: 'numeric' });

/**
 * Calendar ticks for the day range [d0, d1) at `width` pixels: d3's UTC time scale picks calendar steps (days,
 * weeks, months, quarters, years) instead of a fixed day count, and every label that starts the axis or a new year
 * carries the year — "Mar 2019, Apr, May … Jan 2020" — so no stretch of the bar is left without one. `shows` drops the
 * ticks the bar cannot draw (too near its ends) before labelling, so the first tick drawn is the one with the year.
 */
export function calendarTicks(
  d0: number,
  d1: number,
  width: number,
  shows: (day: number) => boolean = () => true,
): AxisTick[] {
  const scale = scaleUtc().domain([new Date(d0 * MS_PER_DAY), new Date(d1 * MS_PER_DAY)]);
  // The axis counts whole days: never ask d3 for more ticks than there are days, or it steps by 12 hours and each day
  // gets two ticks (the noon one rounded onto the next day, labelled with the day before: "4 Jan" over "5 Jan").
  const days = Math.max(1, Math.round(d1 - d0));
  const dates = scale.ticks(Math.max(2, Math.min(days, Math.floor(width / 90)))).filter((date) => {
    const day = date.getTime() / MS_PER_DAY;
    return Number.isInteger(day) && shows(day);
  });
  let lastYear: number | null = null;
  return dates.map((date) => {
    const year = date.getUTCFullYear();
    const newYear = year !== lastYear;
    lastYear = year;
    const startsYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
    const startsMonth = date.getUTCDate() === 1;
    let label: string;
    if (startsYear && dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) label = YEAR.format(date);
    else if (startsMonth)
      label = startsYear ? YEAR.format(date) : newYear ? MONTH_YEAR.format(date) : MONTH.format(date);
    else label = newYear ? DAY_MONTH_YEAR.format(date) : DAY_MONTH.format(date);
    // A whole day number: the filter above kept only midnight ticks.
    return { day: date.getTime() / MS_PER_DAY, label };
  });
}

export interface CountedSpan {
  /** First day (inclusive). */
  from: number;
  /** Last day (inclusive). */
  to: number;
  count: number;
}

/**
 * The part of the time range where the dated activity is: the 2nd to 98th percentile of the counts, padded by a
 * tenth of its length on each side (at least a week). Null when that is the whole range anyway. One report
 * dated 2011 next to two busy years in 2019–2020 must not squeeze them into a tenth of the bar; the outliers stay
 * reachable with the full-range button.
 */
export function focusRange(
  spans: readonly CountedSpan[],
  extent: { from: number; to: number },
): { from: number; to: number } | null {
  const sorted = spans.filter((s) => s.count > 0).sort((a, b) => a.from - b.from);
  const total = sorted.reduce((n, s) => n + s.count, 0);
  if (total === 0) return null;
  const at = (q: number, edge: 'from' | 'to'): number => {
    let seen = 0;
    for (const s of sorted) {
      seen += s.count;
      if (seen >= q * total) return s[edge];
    }
    return sorted.at(-1)![edge];
  };
  const lo = at(0.02, 'from');
  const hi = at(0.98, 'to');
  const pad = Math.max(7, Math.round((hi - lo) / 10));
  const from = Math.max(extent.from, lo - pad);
  const to = Math.min(extent.to, hi + pad);
  // Only worth it when it drops a real part of the range.
  if (to - from > 0.8 * (extent.to - extent.from)) return null;
  return { from, to };
}
