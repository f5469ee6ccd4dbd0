/** Why a feed URL was refused (not http(s), credentials in it, not a URL at all). */
export class FeedUrlError extends Error {
  readonly code = 'INVALID_FEED_URL';
  constructor(message: string) {
    super(message);
    this.name = 'FeedUrlError';
  }
}

/**
 * A subscription's identity: an absolute http(s) URL as WHATWG URL writes it (lower-case host, default port and
 * fragment dropped). The query string stays — many feeds are chosen by it. Credentials are refused: they would be
 * stored and listed in clear.
 */
export function normalizeFeedUrl(input: string): string {
  const text = input.trim();
  if (text.length > 2048) throw new FeedUrlError('the feed URL is longer than 2048 characters');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FeedUrlError(`"${text.slice(0, 80)}" is not an absolute URL (http:// or https://)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FeedUrlError(`only http(s) feeds can be subscribed (got ${url.protocol})`);
  if (url.username || url.password) throw new FeedUrlError('a feed URL must not carry a user name or password');
  url.hash = '';
  return url.href;
}
