import { describe, expect, it } from 'vitest';
import type { FeedRow } from '@newsgraph/graph';
import { formatFeedTable } from './formatFeedTable.ts';

const feed = (over: Partial<FeedRow>): FeedRow => ({
  url: 'https://example.org/rss',
  title: 'Example',
  added: '2026-11-26T08:00:00.000Z',
  lastPolled: '2026-11-26T09:15:42.000Z',
  lastStatus: 200,
  lastError: null,
  etag: null,
  lastModified: null,
  nextPollAt: '2026-11-26T09:45:42.000Z',
  consecutiveFailures: 0,
  articleCount: 12,
  ...over,
});

describe('formatFeedTable', () => {
  it('one aligned row per feed: last poll, status, articles, next poll, last error with its streak', () => {
    const table = formatFeedTable([
      feed({}),
      feed({
        url: 'https://down.example/feed',
        title: null,
        lastStatus: null,
        lastError: 'TIMEOUT: no complete\nanswer',
        consecutiveFailures: 3,
        articleCount: 0,
      }),
      feed({ url: 'https://new.example/feed', title: null, lastPolled: null, lastStatus: null, articleCount: 0 }),
    ]).split('\n');
    expect(table[0]).toMatch(
      /^URL {2,}TITLE {2,}LAST POLL \(UTC\) {2,}STATUS {2,}ARTICLES {2,}NEXT POLL \(UTC\) {2,}LAST ERROR$/,
    );
    expect(table[1]).toMatch(/^https:\/\/example\.org\/rss +Example +2026-11-26 09:15 +200 +12 +2026-11-26 09:45$/);
    expect(table[2]).toMatch(/no answer +0 +2026-11-26 09:45 +TIMEOUT: no complete answer \(3 in a row\)$/);
    expect(table[3]).toMatch(/— +never +— +0 /);
    // Columns line up: every row starts its ARTICLES cell at the header's offset.
    const at = table[0]!.indexOf('ARTICLES');
    expect(table.slice(1).map((row) => /\d/.test(row[at] ?? ''))).toEqual([true, true, true]);
  });
});
