import { ExtractInputError } from '../errors.ts';

/** Front matter and meta tags give Dates or strings; keep YYYY-MM-DD (or the full ISO datetime when a time is given). */
export function normalizePublishedAt(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ExtractInputError('BAD_DATE', 'publishedAt is not a valid date');
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  const s = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))) return s;
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new ExtractInputError('BAD_DATE', `publishedAt "${s.slice(0, 40)}" is not an ISO date or datetime`);
  return s;
}
