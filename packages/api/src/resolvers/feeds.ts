import { listFeeds } from '@newsgraph/graph';
import {
  FeedNotFoundError,
  FeedUrlError,
  feedPollOptions,
  loadFeedConfig,
  normalizeFeedUrl,
  pollFeed,
  subscribeFeed,
  unsubscribeFeed,
} from '@newsgraph/ingest';
import type { RequestContext } from '../context.ts';
import { badInput, clientError } from '../errors.ts';
import type { MutationResolvers, QueryResolvers } from '../generated/graphql.ts';

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

export const feedQueries: Pick<QueryResolvers, 'feeds'> = {
  feeds: (_p, _a, ctx) => listFeeds(ctx.graph),
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
  async pollFeedNow(_p, { url }, ctx) {
    requireKey(ctx);
    try {
      const result = await pollFeed(ctx.graph, feedUrl(url), feedPollOptions(loadFeedConfig()));
      return {
        status: result.status,
        feed: result.feed,
        newArticles: result.newArticles,
        failedItems: result.failedItems,
        knownItems: result.knownItems,
        error: result.error,
      };
    } catch (error) {
      if (error instanceof FeedNotFoundError) throw clientError('NOT_FOUND', error.message, { argument: 'url' });
      throw error;
    }
  },
};
