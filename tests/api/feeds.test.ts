// The feed API the page's "Add articles" panel calls: feeds query, addFeed / removeFeed / pollFeedNow mutations
// (key required), over real HTTP, a real Neo4j and a local feed server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { sharedExtractor } from '@newsgraph/ingest';
import { conditional, rss, startFeedServer, type FeedServer } from '../support/feedServer.ts';
import { gql, startTestServer, type TestServer } from '../support/server.ts';
import { freshTestGraph } from '../support/testGraph.ts';

const KEY = 'feeds-test-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };
const FEED_FIELDS = 'url title lastPolled lastStatus lastError articleCount nextPollAt consecutiveFailures';

let graph: GraphConnection;
let api: TestServer;
let feeds: FeedServer;

beforeAll(async () => {
  graph = await freshTestGraph();
  // The spaCy model loaded before the requests, as in a server that has ingested before: its first load can take
  // longer than the request time limit on a loaded machine (a poll past the limit answers TIMEOUT yet completes).
  await sharedExtractor().extract([{ text: 'Warm-up sentence about Mexico.' }]);
  // A poll extracts and writes articles: on the shared 2-core machine that can pass the default 15 s request limit
  // (the poll then answers TIMEOUT yet completes); this file tests the API's answers, so the limit is raised.
  api = await startTestServer({ graph, apiKeys: [KEY], config: { queryTimeoutMs: 120_000 } });
  feeds = await startFeedServer();
  feeds.routes.set(
    '/wire.xml',
    conditional('application/rss+xml', () =>
      rss('API Wire', [
        {
          title: 'Sheinbaum rejects troops',
          link: feeds.url('/wire/1'),
          date: '2026-11-23T10:00:00Z',
          body: '<p>Mexican President Claudia Sheinbaum said on Monday that Mexico would not accept foreign troops.</p>',
        },
      ]),
    ),
  );
  feeds.routes.set('/down.xml', (_q, res) => res.writeHead(503).end());
});
afterAll(async () => {
  await feeds?.close();
  await api?.close();
  await graph?.close();
});

describe('feeds over GraphQL', () => {
  it('mutations need the key; a non-http(s) URL is a 400 with a reason', async () => {
    const anonymous = await gql(api.url, 'mutation ($u: String!) { addFeed(url: $u) { url } }', {
      u: feeds.url('/wire.xml'),
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await gql(api.url, 'mutation { addFeed(url: "javascript:alert(1)") { url } }', {}, AUTH);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FEED_URL' });
    expect((await gql(api.url, '{ feeds { url } }')).data?.feeds).toEqual([]);
  });

  it('addFeed → pollFeedNow → feeds shows the poll, the article count and a failing feed’s error; removeFeed', async () => {
    const added = await gql(
      api.url,
      `mutation ($u: String!) { addFeed(url: $u) { ${FEED_FIELDS} } }`,
      { u: feeds.url('/wire.xml') },
      AUTH,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addFeed).toMatchObject({
      url: feeds.url('/wire.xml'),
      title: null,
      lastPolled: null,
      articleCount: 0,
      consecutiveFailures: 0,
    });
    await gql(api.url, 'mutation ($u: String!) { addFeed(url: $u) { url } }', { u: feeds.url('/down.xml') }, AUTH);

    const poll = await gql(
      api.url,
      `mutation ($u: String!) { pollFeedNow(url: $u) { status newArticles failedItems knownItems error feed { ${FEED_FIELDS} } } }`,
      { u: feeds.url('/wire.xml') },
      AUTH,
    );
    expect(poll.errors).toBeUndefined();
    expect(poll.data?.pollFeedNow).toMatchObject({
      status: 'INGESTED',
      newArticles: 1,
      failedItems: 0,
      knownItems: 0,
      error: null,
    });
    const down = await gql(
      api.url,
      'mutation ($u: String!) { pollFeedNow(url: $u) { status error feed { lastStatus consecutiveFailures } } }',
      { u: feeds.url('/down.xml') },
      AUTH,
    );
    expect(down.data?.pollFeedNow).toMatchObject({
      status: 'FAILED',
      error: 'HTTP_STATUS: HTTP 503 Service Unavailable',
      feed: { lastStatus: 503, consecutiveFailures: 1 },
    });
    const again = await gql(
      api.url,
      'mutation ($u: String!) { pollFeedNow(url: $u) { status newArticles } }',
      { u: feeds.url('/wire.xml') },
      AUTH,
    );
    expect(again.data?.pollFeedNow).toEqual({ status: 'NOT_MODIFIED', newArticles: 0 });

    const list = await gql(api.url, `{ feeds { ${FEED_FIELDS} } }`);
    const [down2, wire] = list.data?.feeds as Record<string, unknown>[];
    expect(wire).toMatchObject({
      url: feeds.url('/wire.xml'),
      title: 'API Wire',
      lastStatus: 304,
      lastError: null,
      articleCount: 1,
    });
    expect(Date.parse(wire!.lastPolled as string)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(wire!.nextPollAt as string)).toBeGreaterThan(Date.parse(wire!.lastPolled as string));
    expect(down2).toMatchObject({ lastError: 'HTTP_STATUS: HTTP 503 Service Unavailable', articleCount: 0 });
    // The feed's article is an ordinary article of the graph.
    const articles = await gql(api.url, '{ articles(first: 5) { edges { node { title source } } } }');
    expect(articles.data?.articles.edges).toEqual([
      { node: { title: 'Sheinbaum rejects troops', source: 'API Wire' } },
    ]);

    const unknown = await gql(
      api.url,
      'mutation { pollFeedNow(url: "https://nowhere.example/rss") { status } }',
      {},
      AUTH,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const removed = await gql(
      api.url,
      'mutation ($u: String!) { removeFeed(url: $u) }',
      { u: feeds.url('/down.xml') },
      AUTH,
    );
    expect(removed.data?.removeFeed).toBe(true);
    expect((await gql(api.url, '{ feeds { url } }')).data?.feeds).toEqual([{ url: feeds.url('/wire.xml') }]);
  });
});
