import type { FeedRow } from '@newsgraph/graph';
import type { IngestSummary } from '../pipeline/ingestSummary.ts';

// Its own module so the poll events (feedEvents.ts) can name it without importing the poller that emits them.
export interface PollFeedResult {
  /** INGESTED: the feed was read (maybe nothing new); NOT_MODIFIED: 304; FAILED: the feed itself could not be read. */
  status: 'INGESTED' | 'NOT_MODIFIED' | 'FAILED';
  feed: FeedRow;
  /** Items not in the graph before this poll that were written now. */
  newArticles: number;
  /** Items that gave no article (page unreachable, no text…); they are tried again next poll. */
  failedItems: number;
  /** Items the graph already held (skipped without fetching their pages). */
  knownItems: number;
  error: string | null;
  summary?: IngestSummary;
}
