import { addFeed, removeFeed, type FeedRow, type GraphConnection } from '@newsgraph/graph';
import { feedsChanged } from './feedEvents.ts';
import { normalizeFeedUrl } from './feedUrl.ts';

/** Subscribes a feed after checking its URL (http(s) only; throws FeedUrlError). Idempotent. */
export async function subscribeFeed(graph: GraphConnection, url: string): Promise<{ feed: FeedRow; created: boolean }> {
  const added = await addFeed(graph, normalizeFeedUrl(url));
  // A running scheduler in this process polls the new feed now rather than after its current sleep.
  if (added.created) feedsChanged();
  return added;
}

/** Unsubscribes (its articles stay). False when the URL was not subscribed. */
export function unsubscribeFeed(graph: GraphConnection, url: string): Promise<boolean> {
  return removeFeed(graph, normalizeFeedUrl(url));
}
