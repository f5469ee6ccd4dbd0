export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date as found in text: ISO value at its precision (YYYY-MM-DD, YYYY-MM or YYYY) and the original words. */
export interface TextDate {
  value: string;
  precision: DatePrecision;
  text: string;
}

const VALUE_BY_PRECISION: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

export function isValidTextDate(d: TextDate): boolean {
  return VALUE_BY_PRECISION[d.precision].test(d.value);
}
