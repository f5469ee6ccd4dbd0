// What the page shows of an article's link and date. Ingest and the API already keep only http(s) URLs; the page
// checks again because it must never turn stored text into a live link of another scheme (a graph written by an
// older version, or by hand, may still hold `javascript:` or `data:`).

/** The URL when it is an absolute http(s) address, else null (rendered as no link at all). */
export function safeHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const s = url.trim();
  // \p{Cc}: every control character (C0, DEL and C1), named by its Unicode category rather than spelled out.
  if (!/^https?:\/\/[^\s\p{Cc}]+$/iu.test(s)) return null;
  try {
    const parsed = new URL(s);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname ? s : null;
  } catch {
    return null;
  }
}

/** "2026-03-01", "2026-03", "2026", or "date unknown": the date as precise as the source gave it, no more. */
export function publishedLabel(publishedAt: string, precision?: string | null): string {
  switch (precision) {
    case 'UNKNOWN':
      return 'date unknown';
    case 'YEAR':
      return publishedAt.slice(0, 4);
    case 'MONTH':
      return publishedAt.slice(0, 7);
    default:
      return publishedAt.slice(0, 10);
  }
}
