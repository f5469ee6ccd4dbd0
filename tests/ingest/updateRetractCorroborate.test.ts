import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraphData, countGraph, retractArticle, type GraphConnection } from '@newsgraph/graph';
import { ingestPaths } from '@newsgraph/ingest';
import { freshTestGraph } from '../support/testGraph.ts';
import { md, miscountedFacts, NO_ORPHANS, orphanCounts, writeCorpus } from './fixtures.ts';

const THREAT = 'U.S. President Donald Trump threatened on Monday to strike drug cartels in Mexico.';
const V1 = md(
  { title: 'Threat', publishedAt: '2026-01-12', url: 'https://wire-a.example/story' },
  `${THREAT} "We will defend our sovereignty," Mexican President Claudia Sheinbaum said.`,
);
const V2 = md(
  { title: 'Threat (corrected)', publishedAt: '2026-01-12', url: 'https://wire-a.example/story?utm_source=feed' },
  'Brazilian Foreign Minister Mauro Vieira met Chinese officials on Monday. "Trade must grow," Vieira said.',
);

async function eventStats(graph: GraphConnection) {
  return graph.readRows<{
    type: string;
    sourceCount: number;
    articleCount: number;
    firstSeen: string;
    reports: number;
  }>(
    `MATCH (e:Event {type: 'THREATEN'})
     RETURN e.type AS type, e.sourceCount AS sourceCount, e.articleCount AS articleCount, toString(e.firstSeen) AS firstSeen,
            COUNT { (e)-[:REPORTED_IN]->() } AS reports`,
  );
}

describe('re-ingest, retraction and corroboration', () => {
  let graph: GraphConnection;
  beforeAll(async () => {
    graph = await freshTestGraph();
  });
  beforeEach(async () => clearGraphData(graph));
  afterAll(async () => graph?.close());

  it("new text at the same URL replaces the article's facts in place: old facts gone, no orphans, same as a clean run", async () => {
    const first = await ingestPaths(graph, [writeCorpus({ 'story.md': V1 })], { workers: 0 });
    expect(first.articles.new).toBe(1);
    expect((await countGraph(graph)).byLabel.Event).toBeGreaterThan(0);
    const second = await ingestPaths(graph, [writeCorpus({ 'story.md': V2 })], { workers: 0 });
    expect(second.articles).toEqual({ new: 0, updated: 1, unchanged: 0, failed: 0 });
    const after = await countGraph(graph);
    expect(after.byLabel.Article).toBe(1);
    const names = (await graph.readRows<{ name: string }>('MATCH (e:Entity) RETURN e.name AS name ORDER BY name')).map(
      (r) => r.name,
    );
    expect(names).not.toContain('Donald Trump');
    expect(names).not.toContain('Claudia Sheinbaum');
    expect(names).toContain('Mauro Vieira');
    expect(await eventStats(graph)).toEqual([]);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
    const title = await graph.readRows<{ title: string }>('MATCH (a:Article) RETURN a.title AS title');
    expect(title).toEqual([{ title: 'Threat (corrected)' }]);
    // A clean run of only the new version gives exactly the same graph.
    await clearGraphData(graph);
    await ingestPaths(graph, [writeCorpus({ 'story.md': V2 })], { workers: 0 });
    expect(await countGraph(graph)).toEqual(after);
  });

  it('figures added batch by batch equal a recount of the evidence', async () => {
    const dir = writeCorpus({
      'a1.md': md(
        { title: 'A1', publishedAt: '2026-01-12T10:00:00Z', url: 'https://wire-a.example/1', source: 'Wire A' },
        THREAT,
      ),
      'a2.md': md(
        { title: 'A2', publishedAt: '2026-01-11T18:00:00Z', url: 'https://wire-a.example/2', source: 'Wire A' },
        `Officials said: ${THREAT}`,
      ),
      'b1.md': md(
        { title: 'B1', publishedAt: '2026-01-13T08:00:00Z', url: 'https://paper-b.example/1', source: 'Paper B' },
        `In Washington, ${THREAT}`,
      ),
      'v.md': V1,
    });
    await ingestPaths(graph, [dir], { workers: 0, batchSize: 1 });
    expect(await miscountedFacts(graph)).toBe(0);
    await ingestPaths(graph, [writeCorpus({ 'v.md': V2 })], { workers: 0, batchSize: 1 });
    expect(await miscountedFacts(graph)).toBe(0);
  });

  it('the same fact from several outlets is one event with every article as evidence; counts follow retraction', async () => {
    const dir = writeCorpus({
      'a1.md': md(
        { title: 'A1', publishedAt: '2026-01-12T10:00:00Z', url: 'https://wire-a.example/1', source: 'Wire A' },
        THREAT,
      ),
      'a2.md': md(
        { title: 'A2', publishedAt: '2026-01-12T18:00:00Z', url: 'https://wire-a.example/2', source: 'Wire A' },
        `Officials said: ${THREAT}`,
      ),
      'b1.md': md(
        { title: 'B1', publishedAt: '2026-01-12T08:00:00Z', url: 'https://paper-b.example/1', source: 'Paper B' },
        `In Washington, ${THREAT}`,
      ),
    });
    const summary = await ingestPaths(graph, [dir], { workers: 0 });
    expect(summary.articles.new).toBe(3);
    expect(await eventStats(graph)).toEqual([
      { type: 'THREATEN', sourceCount: 2, articleCount: 3, firstSeen: '2026-01-12T08:00:00Z', reports: 3 },
    ]);
    const trump = () =>
      graph.readRows<{ articleCount: number; sourceCount: number; firstSeen: string; lastSeen: string }>(
        `MATCH (p:Person {id: 'person:donald-trump'}) RETURN p.articleCount AS articleCount, p.sourceCount AS sourceCount,
                toString(p.firstSeen) AS firstSeen, toString(p.lastSeen) AS lastSeen`,
      );
    expect(await trump()).toEqual([
      { articleCount: 3, sourceCount: 2, firstSeen: '2026-01-12T08:00:00Z', lastSeen: '2026-01-12T18:00:00Z' },
    ]);

    // Retract the earliest report (by URL): the event stays, backed by the other two, with its counts recomputed.
    const retracted = await retractArticle(graph, 'https://paper-b.example/1');
    expect(retracted.articleId).toMatch(/^article:/);
    expect(await eventStats(graph)).toEqual([
      { type: 'THREATEN', sourceCount: 1, articleCount: 2, firstSeen: '2026-01-12T10:00:00Z', reports: 2 },
    ]);
    expect(await trump()).toEqual([
      { articleCount: 2, sourceCount: 1, firstSeen: '2026-01-12T10:00:00Z', lastSeen: '2026-01-12T18:00:00Z' },
    ]);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
    expect(await miscountedFacts(graph)).toBe(0);

    // Retract the rest by id: nothing is left at all.
    const ids = await graph.readRows<{ id: string }>('MATCH (a:Article) RETURN a.id AS id');
    for (const { id } of ids) expect((await retractArticle(graph, id)).articleId).toBe(id);
    expect(await countGraph(graph)).toMatchObject({ nodes: 0, relationships: 0 });
    expect((await retractArticle(graph, 'https://nowhere.example/x')).articleId).toBeNull();
  });

  it('retracting one of two articles keeps shared entities and removes what only it supported', async () => {
    const dir = writeCorpus({
      'story.md': V1,
      'other.md': md(
        { title: 'O', publishedAt: '2026-01-13', url: 'https://o.example/1' },
        'Mexico and the United States held talks on Wednesday.',
      ),
    });
    await ingestPaths(graph, [dir], { workers: 0 });
    const before = await countGraph(graph);
    await retractArticle(graph, 'https://wire-a.example/story');
    const after = await countGraph(graph);
    expect(after.byLabel.Article).toBe(1);
    expect(await eventStats(graph)).toEqual([]);
    // Whatever facts remain are backed by the remaining article only.
    const unsupported = await graph.readRows<{ n: number }>(
      `MATCH (f) WHERE (f:Event OR f:Statement)
       AND NOT EXISTS { (f)-[:REPORTED_IN]->(:Article {url: 'https://o.example/1'}) } RETURN count(f) AS n`,
    );
    expect(unsupported[0]!.n).toBe(0);
    const countries = await graph.readRows<{ id: string; articleCount: number }>(
      'MATCH (c:Country) RETURN c.id AS id, c.articleCount AS articleCount ORDER BY id',
    );
    expect(countries).toEqual([
      { id: 'country:MX', articleCount: 1 },
      { id: 'country:US', articleCount: 1 },
    ]);
    expect(after.nodes).toBeLessThan(before.nodes);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
  });
});
