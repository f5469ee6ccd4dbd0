export type BucketUnit = 'DAY' | 'WEEK' | 'MONTH';

/** Cypher's date.truncate unit for a bucket (weeks start on Monday, as ISO weeks do). */
export const TRUNCATE_UNIT: Record<BucketUnit, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

const DAY_MS = 86_400_000;
const parse = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** First day of the bucket containing `iso`. */
export function bucketStart(iso: string, unit: BucketUnit): string {
  const ms = parse(iso);
  if (unit === 'DAY') return format(ms);
  if (unit === 'MONTH') return `${iso.slice(0, 7)}-01`;
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return format(ms - weekday * DAY_MS);
}

/** Last day (inclusive) of the bucket starting at `start`. */
export function bucketEnd(start: string, unit: BucketUnit): string {
  const ms = parse(start);
  if (unit === 'DAY') return start;
  if (unit === 'WEEK') return format(ms + 6 * DAY_MS);
  const d = new Date(ms);
  return format(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - DAY_MS);
}

function nextStart(start: string, unit: BucketUnit): string {
  return format(parse(bucketEnd(start, unit)) + DAY_MS);
}

/** Consecutive bucket starts from the bucket of `first` to the bucket of `last` (at most `max`; null when more). */
export function bucketRange(first: string, last: string, unit: BucketUnit, max = 5000): string[] | null {
  const out: string[] = [];
  let cur = bucketStart(first, unit);
  const end = bucketStart(last, unit);
  while (cur <= end) {
    if (out.length >= max) return null;
    out.push(cur);
    cur = nextStart(cur, unit);
  }
  return out;
}
