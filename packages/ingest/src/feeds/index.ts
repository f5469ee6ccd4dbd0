// Feed subscriptions: fetch (bounded HTTP) → parse (no entities) → items → the ingest pipeline; the scheduler.
export { normalizeFeedUrl, FeedUrlError } from './feedUrl.ts';
export {
  fetchResource,
  FetchError,
  FETCH_DEFAULTS,
  type FetchOptions,
  type FetchOutcome,
  type FetchErrorCode,
} from './fetchResource.ts';
export { parseFeedDocument, FeedParseError } from './parseFeedDocument.ts';
export { itemToArticle, planFeedItem } from './itemToArticle.ts';
export { nextPollDelay, DEFAULT_MAX_BACKOFF_MS, type PollScheduleOptions } from './pollSchedule.ts';
export { pollFeed, isFeedPolling, FeedNotFoundError, type PollFeedOptions, type PollFeedResult } from './pollFeed.ts';
export { startFeedPollJob, feedPollJob, settleFeedPollJobs, type FeedPollRun } from './feedPollJobs.ts';
export {
  enqueueFeedPoll,
  queuedFeedPoll,
  FeedPollCancelledError,
  type FeedPollProgress,
  type QueuedFeedPoll,
} from './feedPollQueue.ts';
export { startFeedScheduler, type FeedScheduler, type FeedSchedulerOptions } from './scheduleFeedPolls.ts';
export { loadFeedConfig, feedPollOptions, FeedConfigError, type FeedConfig } from './feedConfig.ts';
export { subscribeFeed, unsubscribeFeed } from './subscribeFeed.ts';
export { onFeedsChanged, feedsChanged, onFeedPolled } from './feedEvents.ts';
