/**
 * The rule for article links everywhere (ingest, API, page): a URL is kept only when it is an absolute http(s)
 * address. `javascript:`, `data:`, `vbscript:`, `file:`, protocol-relative (`//host`), scheme-only forms
 * (`https:host`) and anything the WHATWG parser reads differently from how it is written are refused: a link
 * the page would render must mean exactly one thing.
 */
export function webUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  // Control characters and whitespace inside: browsers strip tabs/newlines ("java\tscript:"), so refuse them.
  // \p{Cc}: every control character (C0, DEL and C1), named by its Unicode category rather than spelled out.
  if (!/^https?:\/\/[^\s\p{Cc}]+$/iu.test(s)) return null;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return s;
}

/** Why webUrl refused a value, for the per-file warning. */
export function describeRejectedUrl(raw: string): string {
  const s = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1]?.toLowerCase();
  if (s.startsWith('//')) return `url "${s.slice(0, 60)}" is protocol-relative; only http(s) URLs are kept`;
  if (scheme && scheme !== 'http' && scheme !== 'https')
    return `url with the "${scheme}:" scheme dropped; only http(s) URLs are kept`;
  return `url "${s.slice(0, 60)}" is not an absolute http(s) URL; dropped`;
}
