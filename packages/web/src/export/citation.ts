import type { StatementItem } from '../api/queries.ts';
import { factDateLabel } from '../text/factDate.ts';

/**
 * A citation a journalist can paste: the quote, who said it, when it was said, the outlet, the URL
 * and when it was published. Indirect statements are marked as reported speech, never quoted.
 */
export function formatCitation(statement: StatementItem): string {
  const speaker = statement.speakers.map((s) => s.name).join(', ') || 'Unknown speaker';
  const evidence = statement.evidence[0];
  // A month or a year the text gave stays a month or a year ("in September 2019"), never its first day.
  const said = !statement.date
    ? 'date not stated'
    : statement.datePrecision === 'MONTH' || statement.datePrecision === 'YEAR'
      ? `in ${factDateLabel(statement.date, statement.datePrecision)}`
      : statement.datePrecision === 'WEEK'
        ? `in the ${factDateLabel(statement.date, statement.datePrecision)}`
        : `on ${statement.date}`;
  const quote = statement.kind === 'DIRECT' ? `“${statement.text}”` : `(reported speech) ${statement.text}`;
  const parts = [`${quote} — ${speaker}, ${said}.`];
  if (evidence) {
    const outlet = evidence.article.source ?? 'unknown outlet';
    const published = evidence.article.publishedAt.slice(0, 10);
    parts.push(`Reported in “${evidence.article.title}”, ${outlet}, published ${published}.`);
    if (evidence.article.url) parts.push(evidence.article.url);
  }
  return parts.join(' ');
}
