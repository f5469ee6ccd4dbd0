import type { StatementItem } from '../api/queries.ts';

/**
 * One CSV field per RFC 4180; cells starting with = + - @ (or a tab/CR) are prefixed so spreadsheets never run
 * them — also after leading spaces or other blanks, which spreadsheets skip before reading a formula
 * ("  =HYPERLINK(…)"). Numbers stay numbers (a negative count is not a formula).
 */
export function csvField(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value !== 'number' && /^[\s\u200b]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The statement history as CSV: one row per statement, its first report as the source. */
export function statementsCsv(statements: readonly StatementItem[]): string {
  return toCsv(
    [
      'date',
      'date_text',
      'speaker',
      'kind',
      'verb',
      'statement',
      'about',
      'sentence',
      'article_title',
      'outlet',
      'url',
      'published',
      'outlets',
    ],
    statements.map((s) => {
      const e = s.evidence[0];
      return [
        s.date,
        s.dateText,
        s.speakers.map((x) => x.name).join('; '),
        s.kind.toLowerCase(),
        s.verb,
        s.text,
        s.about.map((x) => x.name).join('; '),
        e?.sentence,
        e?.article.title,
        e?.article.source,
        e?.article.url,
        e?.article.publishedAt.slice(0, 10),
        s.sourceCount,
      ];
    }),
  );
}
