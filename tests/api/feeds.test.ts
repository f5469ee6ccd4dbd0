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
const FEED_FIELDS = 'url title lastPolled lastStatus lastError articleCount nextPollAt consecutiveFailures polling';
const JOB_FIELDS = `id state startedAt finishedAt error progress { itemsRead newArticles failedItems } result { status newArticles failedItems knownItems error } feed { ${FEED_FIELDS} }`;

interface Job {
  id: string;
  state: 'QUEUED' | 'RUNNING' | 'FINISHED' | 'ABORTED';
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  progress: { itemsRead: number; newArticles: number; failedItems: number };
  result: Record<string, unknown> | null;
  feed: Record<string, unknown>;
}

let graph: GraphConnection;
let api: TestServer;
let feeds: FeedServer;
/** The wire feed's first answer waits for this (a slow feed host), so a poll is seen running. */
let releaseWire: () => void = () => {};
const wireReleased = new Promise<void>((resolve) => (releaseWire = resolve));

/** Follows a poll job until it has ended — neither QUEUED nor RUNNING (the condition, not a fixed wait). */
async function finished(id: string): Promise<Job> {
  let job: Job | null = null;
  await expect
    .poll(
      async () => {
        job = (
          await gql<{ feedPoll: Job | null }>(api.url, `query ($id: ID!) { feedPoll(id: $id) { ${JOB_FIELDS} } }`, {
            id,
          })
        ).data!.feedPoll;
        return job?.state;
      },
      { timeout: 120_000, interval: 200 },
    )
    .toMatch(/^(FINISHED|ABORTED)$/);
  return job!;
}

beforeAll(async () => {
  graph = await freshTestGraph();
  // The spaCy model loaded before the requests, as in a server that has ingested before: its first load can take
  // longer than the request time limit on a loaded machine (a poll past the limit answers TIMEOUT yet completes).
  await sharedExtractor().extract([{ text: 'Warm-up sentence about Mexico.' }]);
  // The default request limit: pollFeedNow no longer runs the poll inside the request.
  api = await startTestServer({ graph, apiKeys: [KEY] });
  feeds = await startFeedServer();
  const wire = conditional('application/rss+xml', () =>
    rss('API Wire', [
      {
        title: 'Sheinbaum rejects troops',
        link: feeds.url('/wire/1'),
        date: '2026-11-23T10:00:00Z',
        body: '<p>Mexican President Claudia Sheinbaum said on Monday that Mexico would not accept foreign troops.</p>',
      },
    ]),
  );
  feeds.routes.set('/wire.xml', (req, res) => void wireReleased.then(() => wire(req, res)));
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

  it('addFeed → pollFeedNow answers at once with a job → the poll finishes in the background; feeds shows the poll, the article count and a failing feed’s error; removeFeed', async () => {
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

    // pollFeedNow answers at once with a job while the poll goes on in the background: the feed server holds its
    // answer until the test has read the RUNNING job, so the reply cannot have waited for the poll.
    const job = await gql(
      api.url,
      `mutation ($u: String!) { pollFeedNow(url: $u) { ${JOB_FIELDS} } }`,
      { u: feeds.url('/wire.xml') },
      AUTH,
    );
    expect(job.errors).toBeUndefined();
    const started = job.data?.pollFeedNow as Job;
    expect(started).toMatchObject({ state: 'RUNNING', result: null, finishedAt: null, feed: { polling: true } });
    // Asked again while it runs: a second job joins the poll under way (one fetch of the feed, not two).
    const joined = (
      await gql(
        api.url,
        `mutation ($u: String!) { pollFeedNow(url: $u) { ${JOB_FIELDS} } }`,
        { u: feeds.url('/wire.xml') },
        AUTH,
      )
    ).data?.pollFeedNow as Job;
    // Asked again while it runs: the same job (one poll, one id), not a second job object.
    expect(joined).toMatchObject({ id: started.id, state: 'RUNNING', feed: { polling: true } });
    // Another feed asked meanwhile waits its turn: the server polls one feed at a time, in the order asked, so the
    // down feed is QUEUED and its host not asked while the wire feed's answer is held.
    const queued = (
      await gql(
        api.url,
        `mutation ($u: String!) { pollFeedNow(url: $u) { ${JOB_FIELDS} } }`,
        { u: feeds.url('/down.xml') },
        AUTH,
      )
    ).data?.pollFeedNow as Job;
    expect(queued).toMatchObject({ state: 'QUEUED', result: null, feed: { polling: true } });
    expect(feeds.requestsTo('/down.xml')).toHaveLength(0);
    const listedWhileRunning = await gql(api.url, '{ feeds { url polling } }');
    expect(listedWhileRunning.data?.feeds).toEqual([
      { url: feeds.url('/down.xml'), polling: true },
      { url: feeds.url('/wire.xml'), polling: true },
    ]);
    releaseWire();

    const done = await finished(started.id);
    expect(done).toMatchObject({
      state: 'FINISHED',
      error: null,
      result: { status: 'INGESTED', newArticles: 1, failedItems: 0, knownItems: 0, error: null },
      feed: { title: 'API Wire', articleCount: 1, lastError: null, polling: false },
    });
    expect(Date.parse(done.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
    expect(done.progress).toEqual({ itemsRead: 1, newArticles: 1, failedItems: 0 });
    expect(feeds.requestsTo('/wire.xml')).toHaveLength(1);

    // The queued poll ran after the wire feed's, once.
    expect(await finished(queued.id)).toMatchObject({
      state: 'FINISHED',
      result: { status: 'FAILED', error: 'HTTP_STATUS: HTTP 503 Service Unavailable' },
      feed: { lastStatus: 503, consecutiveFailures: 1, lastError: 'HTTP_STATUS: HTTP 503 Service Unavailable' },
    });
    const again = await gql(
      api.url,
      'mutation ($u: String!) { pollFeedNow(url: $u) { id } }',
      { u: feeds.url('/wire.xml') },
      AUTH,
    );
    expect((await finished((again.data?.pollFeedNow as Job).id)).result).toMatchObject({
      status: 'NOT_MODIFIED',
      newArticles: 0,
    });
    expect((await gql(api.url, '{ feedPoll(id: "no-such-poll") { id } }')).data).toEqual({ feedPoll: null });

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

    const unknown = await gql(api.url, 'mutation { pollFeedNow(url: "https://nowhere.example/rss") { id } }', {}, AUTH);
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
