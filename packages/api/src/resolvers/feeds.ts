import { listFeeds, readFeed } from '@newsgraph/graph';
import {
  FeedNotFoundError,
  FeedUrlError,
  feedPollJob,
  feedPollOptions,
  isFeedPolling,
  loadFeedConfig,
  normalizeFeedUrl,
  queuedFeedPoll,
  startFeedPollJob,
  subscribeFeed,
  unsubscribeFeed,
} from '@newsgraph/ingest';
import type { RequestContext } from '../context.ts';
import { badInput, clientError } from '../errors.ts';
import type { FeedPollJobResolvers, FeedResolvers, MutationResolvers, QueryResolvers } from '../generated/graphql.ts';

// Authentication is enforced for every mutation before execution (limits plugin); this is a second guard.
function requireKey(ctx: RequestContext) {
  if (!ctx.authenticated)
    throw clientError('UNAUTHENTICATED', 'Mutations need Authorization: Bearer <api key>.', {}, 401);
}

/** A feed URL the caller can fix → 400 with the reason; an unknown feed → NOT_FOUND. */
function feedUrl(url: string): string {
  try {
    return normalizeFeedUrl(url);
  } catch (error) {
    if (error instanceof FeedUrlError) throw badInput(error.message, { argument: 'url', reason: error.code });
    throw error;
  }
}

export const feedQueries: Pick<QueryResolvers, 'feeds' | 'feedPoll'> = {
  feeds: (_p, _a, ctx) => listFeeds(ctx.graph),
  feedPoll: (_p, { id }) => feedPollJob(id),
};

export const Feed: FeedResolvers = {
  // Known to this process only: the poller runs in the server that answers (the one that owns the graph). A poll
  // waiting in the queue counts: the feed will be polled without anyone asking again.
  polling: (feed) => isFeedPolling(feed.url) || queuedFeedPoll(feed.url) !== null,
};

export const FeedPollJob: FeedPollJobResolvers = {
  // The stored feed, read when asked: a client following a job sees the outcome the poll recorded.
  feed: async (job, _a, ctx) => (await readFeed(ctx.graph, job.url)) ?? job.feed,
};

export const feedMutations: Pick<MutationResolvers, 'addFeed' | 'removeFeed' | 'pollFeedNow'> = {
  async addFeed(_p, { url }, ctx) {
    requireKey(ctx);
    return (await subscribeFeed(ctx.graph, feedUrl(url))).feed;
  },
  async removeFeed(_p, { url }, ctx) {
    requireKey(ctx);
    return unsubscribeFeed(ctx.graph, feedUrl(url));
  },
  // Queues the poll in the server's one-feed-at-a-time poller and answers with its job: a poll extracts and writes
  // articles and, on a busy machine, used to outlast the request's time limit (TIMEOUT while it went on completing).
  // Asked again while that feed's poll waits or runs, the same job comes back (startFeedPollJob).
  async pollFeedNow(_p, { url }, ctx) {
    requireKey(ctx);
    try {
      return await startFeedPollJob(ctx.graph, feedUrl(url), feedPollOptions(loadFeedConfig()));
    } catch (error) {
      if (error instanceof FeedNotFoundError) throw clientError('NOT_FOUND', error.message, { argument: 'url' });
      throw error;
    }
  },
};
