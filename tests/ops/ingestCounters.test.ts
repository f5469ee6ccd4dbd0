// Issue 12 §4 "ingest rates, feed polls" on /metrics: an upload (POST /api/articles) and feed polls move the
// exported counters by what they did — scraped over real HTTP before and after, over a real Neo4j, a real feed
// server and the real pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '@newsgraph/graph';
import { feedPollOptions, loadFeedConfig, pollFeed, subscribeFeed } from '@newsgraph/ingest';
import { conditional, page, rss, startFeedServer, type FeedServer } from '../support/feedServer.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { freshTestGraph } from '../support/testGraph.ts';

let graph: GraphConnection;
let server: TestServer;
let feeds: FeedServer;

/** The counters of one /metrics scrape, by `name{labels}` as Prometheus prints them. */
async function scrape(url = server.url): Promise<Map<string, number>> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  const text = await res.text();
  // Process metrics are on every server's scrape too.
  expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(newsgraph_(?:articles_written|articles_failed|feed_polls)_total\{[^}]*\}) (\d+(?:\.\d+)?)$/.exec(line);
    if (m) values.set(m[1]!, Number(m[2]));
  }
  return values;
}

/** What changed between two scrapes (series absent before count from 0). */
function deltas(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of after) {
    const d = value - (before.get(key) ?? 0);
    if (d !== 0) out[key] = d;
  }
  return out;
}

async function upload(name: string, body: string, url = server.url) {
  const res = await fetch(`${url}/api/articles?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-newsgraph-upload': '1' },
    body,
  });
  return { status: res.status, body: (await res.json()) as { result: { status: string } } };
}

beforeAll(async () => {
  graph = await freshTestGraph();
  server = await startTestServer({ graph });
  feeds = await startFeedServer();
  feeds.routes.set(
    '/wire.xml',
    conditional('application/rss+xml', () =>
      rss('Counter Wire', [
        {
          title: 'Boric visits Lima',
          link: feeds.url('/wire/1'),
          date: '2026-11-23T10:00:00Z',
          body: '<p>Chilean President Gabriel Boric met Peruvian officials in Lima on Monday.</p>',
        },
        // No body and its page is missing: an item that gives no article.
        { title: 'Gone page', link: feeds.url('/wire/missing'), date: '2026-11-23T11:00:00Z' },
      ]),
    ),
  );
  feeds.routes.set(
    '/quiet.xml',
    conditional('application/rss+xml', () =>
      rss('Quiet Wire', [
        {
          title: 'Ishiba in Seoul',
          link: feeds.url('/quiet/1'),
          date: '2026-11-24T10:00:00Z',
          body: '<p>Japanese Prime Minister Shigeru Ishiba visited Seoul on Friday.</p>',
        },
      ]),
    ),
  );
  feeds.routes.set('/quiet/1', (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('x', ['y'])));
  feeds.routes.set('/down.xml', (_q, res) => res.writeHead(503).end());
});
afterAll(async () => {
  await feeds?.close();
  await server?.close();
  await graph?.close();
});

describe('ingest counters on /metrics', () => {
  it('an upload counts its articles written; a refused upload counts its articles failed', async () => {
    const before = await scrape();
    const ok = await upload(
      'counted.md',
      '---\ntitle: Counted article\npublishedAt: 2026-03-04\nsource: Counter Wire\nurl: https://example.org/counted\n---\nMexican President Claudia Sheinbaum met Canadian Prime Minister Mark Carney in Ottawa on Tuesday.\n',
    );
    expect(ok.status).toBe(200);
    const written = await scrape();
    expect(deltas(before, written)).toEqual({ 'newsgraph_articles_written_total{source="upload"}': 1 });

    // Two good lines and one without a title: the whole file is refused, so its 3 articles count as failed.
    const refused = await upload(
      'refused.jsonl',
      [
        JSON.stringify({ title: 'One', text: 'Brazil and Argentina signed an accord on Monday.' }),
        JSON.stringify({ title: '', text: 'A line without a title.' }),
        JSON.stringify({ title: 'Three', text: 'Peru and Chile met on Tuesday.' }),
      ].join('\n'),
    );
    expect(refused.status).toBe(422);
    expect(deltas(written, await scrape())).toEqual({ 'newsgraph_articles_failed_total{source="upload"}': 3 });
  });

  it('feed polls count by outcome, with the articles they wrote and the items that failed', async () => {
    const options = feedPollOptions(loadFeedConfig({}));
    for (const path of ['/wire.xml', '/quiet.xml', '/down.xml']) await subscribeFeed(graph, feeds.url(path));
    const before = await scrape();
    // pollFeed is what the server's scheduler and pollFeedNow run (in this process: the server's registry).
    const wire = await pollFeed(graph, feeds.url('/wire.xml'), options);
    expect(wire).toMatchObject({ status: 'INGESTED', newArticles: 1, failedItems: 1 });
    const afterWire = await scrape();
    expect(deltas(before, afterWire)).toEqual({
      'newsgraph_feed_polls_total{outcome="ok"}': 1,
      'newsgraph_articles_written_total{source="feed"}': 1,
      'newsgraph_articles_failed_total{source="feed"}': 1,
    });

    expect((await pollFeed(graph, feeds.url('/quiet.xml'), options)).status).toBe('INGESTED');
    // Unchanged since: the host answers 304.
    expect((await pollFeed(graph, feeds.url('/quiet.xml'), options)).status).toBe('NOT_MODIFIED');
    expect((await pollFeed(graph, feeds.url('/down.xml'), options)).status).toBe('FAILED');
    expect(deltas(afterWire, await scrape())).toEqual({
      'newsgraph_feed_polls_total{outcome="ok"}': 1,
      'newsgraph_feed_polls_total{outcome="not-modified"}': 1,
      'newsgraph_feed_polls_total{outcome="error"}': 1,
      'newsgraph_articles_written_total{source="feed"}': 1,
    });
  });

  it('two servers in one process each serve their own counters (review finding: one registry for the process)', async () => {
    const other = await startTestServer({ graph });
    try {
      const [mineBefore, otherBefore] = [await scrape(), await scrape(other.url)];
      const ok = await upload(
        'second-server.md',
        '---\ntitle: Uploaded to the second server\npublishedAt: 2026-03-05\nsource: Counter Wire\nurl: https://example.org/second\n---\nChilean President Gabriel Boric met Argentine officials in Santiago on Wednesday.\n',
        other.url,
      );
      expect(ok.status).toBe(200);
      expect(deltas(otherBefore, await scrape(other.url))).toEqual({
        'newsgraph_articles_written_total{source="upload"}': 1,
      });
      expect(deltas(mineBefore, await scrape())).toEqual({});
    } finally {
      await other.close();
    }
    // A closed server stops counting: a poll after its close moves only the open server's counters (once).
    const before = await scrape();
    await pollFeed(graph, feeds.url('/down.xml'), feedPollOptions(loadFeedConfig({})));
    expect(deltas(before, await scrape())).toEqual({ 'newsgraph_feed_polls_total{outcome="error"}': 1 });
  });
});
