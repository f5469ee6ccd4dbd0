import { parsePublishedAt, PublishedDateError } from '@newsgraph/model';
import { ExtractInputError } from '../errors.ts';

/**
 * Front matter, meta tags and callers give Dates or strings. The date is read by the model's one rule
 * (`parsePublishedAt`, luxon): precision kept ("2026" stays "2026", "2026-03" a month), an ISO datetime kept as
 * written, RFC 2822 turned into ISO; "2026-03-010", impossible days and anything else → BAD_DATE here, at the edge,
 * instead of failing later at write.
 */
export function normalizePublishedAt(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!(value instanceof Date) && typeof value !== 'string' && typeof value !== 'number') {
    throw new ExtractInputError('BAD_DATE', 'publishedAt is not a date');
  }
  try {
    return parsePublishedAt(value instanceof Date ? value : String(value)).text;
  } catch (error) {
    if (error instanceof PublishedDateError) throw new ExtractInputError('BAD_DATE', error.message);
    throw error;
  }
}
