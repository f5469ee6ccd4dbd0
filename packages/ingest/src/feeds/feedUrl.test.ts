import { describe, expect, it } from 'vitest';
import { FeedUrlError, normalizeFeedUrl } from './feedUrl.ts';

describe('normalizeFeedUrl', () => {
  it('keeps http(s) URLs with their query, lower-cases the host, drops the fragment', () => {
    expect(normalizeFeedUrl(' https://News.Example.COM:443/rss?section=world#x ')).toBe(
      'https://news.example.com/rss?section=world',
    );
    expect(normalizeFeedUrl('http://127.0.0.1:8080/feed.xml')).toBe('http://127.0.0.1:8080/feed.xml');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/xml,<rss/>',
    'ftp://x/feed',
    '//example.com/rss',
    'feed.xml',
    'https://u:p@example.com/rss',
    '',
  ])('refuses %j', (url) => {
    expect(() => normalizeFeedUrl(url)).toThrow(FeedUrlError);
  });
});
