import { authHeaders } from './apiKey.ts';

/** A subscribed feed as the API's `feeds` query gives it. */
export interface FeedRow {
  url: string;
  title: string | null;
  lastPolled: string | null;
  lastError: string | null;
  articleCount: number;
}

const FEED_FIELDS = 'url title lastPolled lastError articleCount';

/**
 * The feed operations (query feeds, mutations addFeed / removeFeed / pollFeedNow). Sent with the panel's key:
 * mutations need one off loopback. Kept beside the panel rather than in api/operations.ts so the page still
 * builds against a server whose schema has no feeds yet (the panel then says so).
 */
async function feedsRequest<T>(query: string, variables: Record<string, unknown>, apiKey: string): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders(apiKey) },
    body: JSON.stringify({ query, variables }),
  });
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
export const pollFeedNow = (url: string, apiKey: string) =>
  feedsRequest<{ pollFeedNow: { status: string; newArticles: number; error: string | null } }>(
    `mutation PollFeedNow($url: String!) { pollFeedNow(url: $url) { status newArticles error } }`,
    { url },
    apiKey,
  ).then((d) => d.pollFeedNow);
