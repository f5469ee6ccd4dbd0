import { DateTime } from 'luxon';

/**
 * How much of a publication date the source gave. `unknown` is stored when it gave none: the article then has
 * no `publishedAt` in the graph (readers fall back to the ingest time for ordering only and say so).
 */
export const PUBLISHED_PRECISIONS = ['year', 'month', 'day', 'time', 'unknown'] as const;
export type PublishedPrecision = (typeof PUBLISHED_PRECISIONS)[number];

/** A publication date read at the edge: the canonical text (kept for re-extraction), its instant and precision. */
export interface PublishedDate {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an ISO datetime with its offset. */
  text: string;
  /** UTC instant of the start of the period (what Article.publishedAt stores). */
  instant: string;
  precision: Exclude<PublishedPrecision, 'unknown'>;
}

export class PublishedDateError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`publishedAt "${input.slice(0, 40)}" ${reason}`);
    this.name = 'PublishedDateError';
  }
}

// Extended ISO 8601 shapes only, checked before luxon so "2026-03-010" or "20260301" never reach it: luxon would
// read the basic format too, and a date nobody can read back the same way is worse than a clear refusal.
const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// Feeds write RFC 822/2822 dates ("Mon, 09 Mar 2026 10:00:00 GMT").
const RFC2822 = /^(?:[A-Z]{3},\s*)?\d{1,2}\s+[A-Z]{3}\s+\d{2,4}\s+\d{2}:\d{2}/i;

/** Years outside this window are typos, not news (and Neo4j's DateTime would take them silently). */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

function checked(d: DateTime, input: string): DateTime {
  if (!d.isValid)
    throw new PublishedDateError(
      input,
      `is not a valid date (${d.invalidExplanation ?? d.invalidReason ?? 'unreadable'})`,
    );
  if (d.year < MIN_YEAR || d.year > MAX_YEAR)
    throw new PublishedDateError(input, `has a year outside ${MIN_YEAR}–${MAX_YEAR}`);
  return d;
}

const instantOf = (d: DateTime) => d.toUTC().toISO({ suppressMilliseconds: true })!;

/**
 * Reads a publication date with its precision: "2026" stays a year, "2026-03" a month, "2026-03-01" a day, a
 * datetime (ISO with or without offset — UTC when none — or RFC 2822) a time. Anything else, including
 * "2026-03-010" and impossible days, throws PublishedDateError. A JS Date (YAML/JSON callers) is a time, or a
 * day when it is exactly midnight UTC; a bare year in YAML front matter (`published: 2026`) arrives as a number.
 */
export function parsePublishedAt(value: string | number | Date): PublishedDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new PublishedDateError(String(value), 'is not a valid date');
    const d = checked(DateTime.fromJSDate(value, { zone: 'utc' }), value.toISOString());
    const iso = value.toISOString();
    if (iso.endsWith('T00:00:00.000Z')) return { text: iso.slice(0, 10), instant: instantOf(d), precision: 'day' };
    return { text: instantOf(d), instant: instantOf(d), precision: 'time' };
  }
  const s = String(value).trim();
  const opts = { zone: 'utc', setZone: true } as const;
  if (YEAR.test(s)) return { text: s, instant: instantOf(checked(DateTime.fromISO(s, opts), s)), precision: 'year' };
  if (MONTH.test(s)) return { text: s, instant: instantOf(checked(DateTime.fromISO(s, opts), s)), precision: 'month' };
  if (DAY.test(s)) return { text: s, instant: instantOf(checked(DateTime.fromISO(s, opts), s)), precision: 'day' };
  if (DATETIME.test(s)) {
    const d = checked(DateTime.fromISO(s.replace(' ', 'T'), opts), s);
    // The text as written (it is valid): re-reading it gives the same article content hash as before.
    return { text: s, instant: instantOf(d), precision: 'time' };
  }
  if (RFC2822.test(s)) {
    const d = checked(DateTime.fromRFC2822(s, opts), s);
    return { text: d.toUTC().toISO()!, instant: instantOf(d), precision: 'time' };
  }
  throw new PublishedDateError(s, 'is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD), ISO datetime or RFC 2822 date');
}

/** parsePublishedAt without the throw: null when unreadable (callers that warn and carry on). */
export function tryParsePublishedAt(value: string | Date): PublishedDate | null {
  try {
    return parsePublishedAt(value);
  } catch (error) {
    if (error instanceof PublishedDateError) return null;
    throw error;
  }
}
