import { onFeedPolled, type PollFeedResult, type UploadResult } from '@newsgraph/ingest';
import type { Metrics } from './metrics.ts';

/**
 * What an upload (POST /api/articles) did, on /metrics: articles written (new or updated) and articles failed. A
 * refused file writes nothing, so everything in it counts as failed: the articles read and each item refused with
 * an error (a bad line, an over-long text; a file-level error such as "no article" counts once).
 */
export function countUpload(metrics: Metrics, result: UploadResult): void {
  const written = result.status === 'ok' ? result.articles.new + result.articles.updated : 0;
  const failed =
    result.status === 'ok' ? result.articles.failed : Math.max(1, result.articles.total + result.errors.length);
  if (written) metrics.articlesWritten.inc({ source: 'upload' }, written);
  if (failed) metrics.articlesFailed.inc({ source: 'upload' }, failed);
}

const POLL_OUTCOME: Record<PollFeedResult['status'], string> = {
  INGESTED: 'ok',
  NOT_MODIFIED: 'not-modified',
  FAILED: 'error',
};

/** One feed poll (scheduled or `pollFeedNow`): its outcome, the new articles it wrote and the items that failed. */
function countFeedPoll(metrics: Metrics, result: PollFeedResult): void {
  metrics.feedPolls.inc({ outcome: POLL_OUTCOME[result.status] });
  if (result.newArticles) metrics.articlesWritten.inc({ source: 'feed' }, result.newArticles);
  if (result.failedItems) metrics.articlesFailed.inc({ source: 'feed' }, result.failedItems);
}

/**
 * Counts every feed poll of this process in `metrics` until the returned function is called: each poll goes through
 * ingest's pollFeed, whoever started it (the scheduler, a pollFeedNow job). Called by startApiServer for its own
 * registry (and undone at its close), never on import.
 */
export function countFeedPolls(metrics: Metrics): () => void {
  return onFeedPolled((result) => countFeedPoll(metrics, result));
}
