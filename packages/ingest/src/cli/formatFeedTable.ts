import type { FeedRow } from '@newsgraph/graph';

const when = (iso: string | null) => (iso ? iso.replace('T', ' ').slice(0, 16) : 'never');
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The columns the table shows: a stored row, or the same fields from the running server's `feeds` query. */
export type ListedFeed = Pick<
  FeedRow,
  'url' | 'title' | 'lastPolled' | 'lastStatus' | 'articleCount' | 'nextPollAt' | 'lastError' | 'consecutiveFailures'
>;

/** `pnpm feeds list`: one row per feed — URL, title, last poll, status, articles, next poll, last error. */
export function formatFeedTable(feeds: ListedFeed[]): string {
  const header = ['URL', 'TITLE', 'LAST POLL (UTC)', 'STATUS', 'ARTICLES', 'NEXT POLL (UTC)', 'LAST ERROR'];
  const rows = feeds.map((f) => [
    clip(f.url, 60),
    clip(f.title ?? '—', 30),
    when(f.lastPolled),
    f.lastStatus === null ? (f.lastPolled ? 'no answer' : '—') : String(f.lastStatus),
    String(f.articleCount),
    when(f.nextPollAt),
    f.lastError
      ? clip(f.lastError.replace(/\s+/g, ' '), 80) +
        (f.consecutiveFailures > 1 ? ` (${f.consecutiveFailures} in a row)` : '')
      : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
