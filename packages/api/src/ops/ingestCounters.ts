import { onFeedPolled, type PollFeedResult, type UploadResult } from '@newsgraph/ingest';
import { metrics } from './metrics.ts';

/**
 * What an upload (POST /api/articles) did, on /metrics: articles written (new or updated) and articles failed. A
 * refused file writes nothing, so everything in it counts as failed: the articles read and each item refused with
 * an error (a bad line, an over-long text; a file-level error such as "no article" counts once).
 */
export function countUpload(result: UploadResult): void {
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
function countFeedPoll(result: PollFeedResult): void {
  metrics.feedPolls.inc({ outcome: POLL_OUTCOME[result.status] });
  if (result.newArticles) metrics.articlesWritten.inc({ source: 'feed' }, result.newArticles);
  if (result.failedItems) metrics.articlesFailed.inc({ source: 'feed' }, result.failedItems);
}

// Every poll of this process goes through ingest's pollFeed, whoever started it (the scheduler, a pollFeedNow job),
// and is counted here once: one subscription for the process, as the registry is one for the process.
onFeedPolled(countFeedPoll);
