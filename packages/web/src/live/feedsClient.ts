import { authHeaders } from './apiKey.ts';
import { fetchLocalSessionKey, forgetLocalSessionKey } from './localSessionKey.ts';

/** A subscribed feed as the API's `feeds` query gives it. */
export interface FeedRow {
  url: string;
  title: string | null;
  lastPolled: string | null;
  lastStatus: number | null;
  lastError: string | null;
  articleCount: number;
  /** The server is polling it now (asked with "Poll now", or on its schedule). */
  polling: boolean;
}

/** A poll asked for with "Poll now": the server runs it in the background and answers with this at once. */
export interface FeedPollJob {
  id: string;
  /** QUEUED while the server polls another feed (one at a time), RUNNING while it polls this one. */
  state: 'QUEUED' | 'RUNNING' | 'FINISHED' | 'ABORTED';
  progress: { itemsRead: number; newArticles: number };
  error: string | null;
  result: { status: 'INGESTED' | 'NOT_MODIFIED' | 'FAILED'; newArticles: number; error: string | null } | null;
  feed: FeedRow;
}

const FEED_FIELDS = 'url title lastPolled lastStatus lastError articleCount polling';
const JOB_FIELDS = `id state error progress { itemsRead newArticles } result { status newArticles error } feed { ${FEED_FIELDS} }`;

/**
 * The feed operations (query feeds, mutations addFeed / removeFeed / pollFeedNow). Mutations always need a key:
 * the one typed into the panel, else the server's local session key (default loopback start; asked once, and
 * awaited here so a click right after the panel opens already carries it). Kept beside the panel rather than in api/operations.ts so the page still
 * builds against a server whose schema has no feeds yet (the panel then says so).
 */
async function feedsRequest<T>(query: string, variables: Record<string, unknown>, apiKey: string): Promise<T> {
  const post = async () =>
    fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...authHeaders(apiKey || (await fetchLocalSessionKey())),
      },
      body: JSON.stringify({ query, variables }),
    });
  let response = await post();
  if (response.status === 401 && !apiKey) {
    // The session key is per server run: after a restart the page holds the old one. A 401 ran nothing, so asking
    // for the new key and sending once more is safe.
    forgetLocalSessionKey();
    response = await post();
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body?.data) throw new Error(`The server answered ${response.status}.`);
  return body.data;
}

export const listFeeds = (apiKey: string) =>
  feedsRequest<{ feeds: FeedRow[] }>(`query Feeds { feeds { ${FEED_FIELDS} } }`, {}, apiKey).then((d) => d.feeds);
export const addFeed = (url: string, apiKey: string) =>
  feedsRequest(`mutation AddFeed($url: String!) { addFeed(url: $url) { ${FEED_FIELDS} } }`, { url }, apiKey);
export const removeFeed = (url: string, apiKey: string) =>
  feedsRequest(`mutation RemoveFeed($url: String!) { removeFeed(url: $url) }`, { url }, apiKey);
/** Starts a poll; the answer comes at once (the job QUEUED or RUNNING), the outcome later through `feedPoll`. */
export const pollFeedNow = (url: string, apiKey: string) =>
  feedsRequest<{ pollFeedNow: FeedPollJob }>(
    `mutation PollFeedNow($url: String!) { pollFeedNow(url: $url) { ${JOB_FIELDS} } }`,
    { url },
    apiKey,
  ).then((d) => d.pollFeedNow);
/** A poll job as it is now (null when the server no longer knows it, e.g. after a restart). */
export const readFeedPoll = (id: string, apiKey: string) =>
  feedsRequest<{ feedPoll: FeedPollJob | null }>(
    `query FeedPoll($id: ID!) { feedPoll(id: $id) { ${JOB_FIELDS} } }`,
    { id },
    apiKey,
  ).then((d) => d.feedPoll);
