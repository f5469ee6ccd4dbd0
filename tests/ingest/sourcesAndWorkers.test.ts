import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraphData, countGraph, type GraphConnection } from '@newsgraph/graph';
import { ingestPaths } from '@newsgraph/ingest';
import { freshTestGraph } from '../support/testGraph.ts';
import { md, NO_ORPHANS, orphanCounts, writeCorpus } from './fixtures.ts';

const corpus = () =>
  writeCorpus({
    'a.txt': 'Talks in Geneva\nBrazilian Foreign Minister Mauro Vieira met Chinese officials on Monday.',
    'b.md': md(
      { title: 'B', publishedAt: '2026-01-12', url: 'https://x.example/b', source: 'Paper' },
      'Mexican President Claudia Sheinbaum said on Monday that Mexico would not accept foreign troops.',
    ),
    'nested/c.html': `<html><head><title>C page</title><meta property="article:published_time" content="2026-01-13"></head><body><article><p>${'U.S. President Donald Trump threatened on Monday to strike drug cartels in Mexico. '.repeat(3)}</p></article></body></html>`,
    'd.json': JSON.stringify([
      {
        id: 'd-1',
        title: 'D',
        publishedAt: '2026-01-14',
        text: 'Portuguese Finance Minister Ana Vieira presented the budget on Monday.',
      },
    ]),
    'e.jsonl':
      '{"title":"E","publishedAt":"2026-01-15","url":"https://x.example/e","text":"Venezuelan President Nicolás Maduro spoke in Caracas on Monday."}\n{not json\n',
    'f.rss': `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>F</title><link>https://wire.example/f</link><pubDate>Fri, 16 Jan 2026 09:00:00 GMT</pubDate><description>&lt;p&gt;Mexico and the United States held talks on Friday.&lt;/p&gt;</description></item></channel></rss>`,
    'g.atom': `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:a</id><updated>2026-01-17T00:00:00Z</updated><entry><title>G</title><id>urn:g</id><updated>2026-01-17T00:00:00Z</updated><content type="html">&lt;p&gt;Cuba and Mexico signed an agreement on Saturday.&lt;/p&gt;</content></entry></feed>`,
    'bad/empty.txt': '',
    'bad/binary.txt': Buffer.from([0, 1, 2, 3]),
    'bad/front.md': '---\ntitle: [x\n---\nbody',
    'bad/feed.xml': '<rss><channel>',
  });

describe('every source format into the graph, with two spaCy workers', () => {
  let graph: GraphConnection;
  beforeAll(async () => {
    graph = await freshTestGraph();
  });
  beforeEach(async () => clearGraphData(graph));
  afterAll(async () => graph?.close());

  it('ingests each format, reports each bad file, and two spaCy workers in batches of two give the same graph as the shared worker', async () => {
    const dir = corpus();
    const inline = await ingestPaths(graph, [dir], { workers: 0 });
    expect(inline.articles).toEqual({ new: 7, updated: 0, unchanged: 0, failed: 5 });
    expect(inline.errors.map((e) => e.code).sort()).toEqual([
      'BAD_FRONT_MATTER',
      'BINARY_FILE',
      'BROKEN_FEED',
      'EMPTY_FILE',
      'MALFORMED_JSON',
    ]);
    const titles = (
      await graph.readRows<{ title: string }>('MATCH (a:Article) RETURN a.title AS title ORDER BY title')
    ).map((r) => r.title);
    expect(titles).toEqual(['B', 'C page', 'D', 'E', 'F', 'G', 'Talks in Geneva']);
    const inlineCounts = await countGraph(graph);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);

    await clearGraphData(graph);
    const threaded = await ingestPaths(graph, [dir], { workers: 2, batchSize: 2 });
    expect(threaded.articles).toEqual(inline.articles);
    expect(await countGraph(graph)).toEqual(inlineCounts);
  }, 180_000);

  it('reads standard input, and a dry run writes nothing', async () => {
    const stdin = Readable.from([
      Buffer.from('{"title":"S","publishedAt":"2026-01-12","text":"Cuba and Mexico signed an agreement on Monday."}\n'),
    ]);
    const summary = await ingestPaths(graph, ['-'], { workers: 0, stdin });
    expect(summary.articles.new).toBe(1);
    expect((await countGraph(graph)).byLabel.Article).toBe(1);
    await clearGraphData(graph);
    const dry = await ingestPaths(null, [corpus()], { workers: 0, dryRun: true });
    expect(dry.articles.new).toBe(7);
    expect(dry.written.entities).toBeGreaterThan(0);
    expect(await countGraph(graph)).toMatchObject({ nodes: 0, relationships: 0 });
  });
});
