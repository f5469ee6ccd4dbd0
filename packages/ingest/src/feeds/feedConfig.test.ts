import { describe, expect, it } from 'vitest';
import { FeedConfigError, loadFeedConfig } from './feedConfig.ts';

describe('loadFeedConfig', () => {
  it('defaults: on, every 30 min, back-off capped at 24 h, 20 s and 5 MB per fetch', () => {
    expect(loadFeedConfig({})).toEqual({
      enabled: true,
      intervalMs: 1_800_000,
      maxBackoffMs: 86_400_000,
      timeoutMs: 20_000,
      maxBytes: 5 * 1024 * 1024,
    });
  });

  it('reads the variables (off, fractional minutes) and treats empty as unset', () => {
    const c = loadFeedConfig({
      NEWSGRAPH_FEEDS: 'off',
      NEWSGRAPH_FEED_INTERVAL_MINUTES: '0.5',
      NEWSGRAPH_FEED_MAX_MB: '',
      NEWSGRAPH_FEED_TIMEOUT_SECONDS: '3',
    });
    expect(c).toMatchObject({ enabled: false, intervalMs: 30_000, timeoutMs: 3_000, maxBytes: 5 * 1024 * 1024 });
  });

  it.each([
    ['NEWSGRAPH_FEEDS', 'maybe'],
    ['NEWSGRAPH_FEED_INTERVAL_MINUTES', '0'],
    ['NEWSGRAPH_FEED_INTERVAL_MINUTES', 'soon'],
    ['NEWSGRAPH_FEED_MAX_MB', '1000'],
  ])('a bad %s (%j) is an error naming the variable', (name, value) => {
    expect(() => loadFeedConfig({ [name]: value })).toThrow(FeedConfigError);
    expect(() => loadFeedConfig({ [name]: value })).toThrow(new RegExp(`^${name}: `));
  });
});
