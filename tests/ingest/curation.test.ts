import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraphData, countGraph, type GraphConnection } from '@newsgraph/graph';
import { CurationError, ingestPaths, mergeEntities, renameEntity, splitEntity } from '@newsgraph/ingest';
import { freshTestGraph } from '../support/testGraph.ts';
import { md, NO_ORPHANS, orphanCounts, writeCorpus } from './fixtures.ts';

const VIEIRAS = {
  'br.md': md(
    { title: 'Brazil', publishedAt: '2026-01-12', url: 'https://c.example/br' },
    'Brazilian Foreign Minister Mauro Vieira met Chinese officials on Monday. "Trade must grow," Vieira said.',
  ),
  'pt.md': md(
    { title: 'Portugal', publishedAt: '2026-01-12', url: 'https://c.example/pt' },
    'Portuguese Finance Minister Ana Vieira presented the budget on Monday. "We will cut the deficit," Vieira said.',
  ),
};
const SHEINBAUMS = {
  'full.md': md(
    { title: 'Full', publishedAt: '2026-01-12', url: 'https://s.example/full' },
    'Mexican President Claudia Sheinbaum said on Monday that Mexico would not accept foreign troops.',
  ),
  'short.md': md(
    { title: 'Short', publishedAt: '2026-01-13', url: 'https://s.example/short' },
    'President Sheinbaum said on Tuesday that the cooperation is working.',
  ),
};

const persons = (graph: GraphConnection, pattern: string) =>
  graph.readRows<{
    id: string;
    name: string;
    curated: boolean;
    mergedIds: string[];
    blocked: string[];
    articles: string[];
  }>(
    `MATCH (p:Person) WHERE p.name =~ $pattern
     RETURN p.id AS id, p.name AS name, p.curated AS curated, p.mergedIds AS mergedIds, p.blockedAliases AS blocked,
            [(p)-[:MENTIONED_IN]->(a) | a.title] AS articles ORDER BY id`,
    { pattern },
  );

describe('curation survives re-ingest', () => {
  let graph: GraphConnection;
  beforeAll(async () => {
    graph = await freshTestGraph();
  });
  beforeEach(async () => clearGraphData(graph));
  afterAll(async () => graph?.close());

  it('merge: the keeper takes every article and fact, records the merged id, and re-ingest does not undo it', async () => {
    const dir = writeCorpus(VIEIRAS);
    await ingestPaths(graph, [dir], { workers: 0 });
    expect((await persons(graph, '.*Vieira')).map((p) => p.id)).toEqual(['person:ana-vieira', 'person:mauro-vieira']);
    const result = await mergeEntities(graph, 'person:mauro-vieira', ['person:ana-vieira']);
    expect(result.reingested.articles.updated).toBe(1);
    const merged = await persons(graph, '.*Vieira');
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: 'person:mauro-vieira', curated: true, mergedIds: ['person:ana-vieira'] });
    expect(merged[0]!.articles.sort()).toEqual(['Brazil', 'Portugal']);
    const said = await graph.readRows<{ n: number }>(
      `MATCH (:Person {id: 'person:mauro-vieira'})-[:SAID]->(s) RETURN count(s) AS n`,
    );
    expect(said[0]!.n).toBe(2);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
    const counts = await countGraph(graph);
    // Re-ingest (forced, so everything is re-resolved) and a new article naming the merged person.
    await ingestPaths(graph, [dir], { workers: 0, force: true });
    expect(await countGraph(graph)).toEqual(counts);
    await ingestPaths(
      graph,
      [
        writeCorpus({
          'new.md': md(
            { title: 'Later', publishedAt: '2026-01-20', url: 'https://c.example/later' },
            'Portuguese Finance Minister Ana Vieira spoke on Tuesday.',
          ),
        }),
      ],
      { workers: 0 },
    );
    expect((await persons(graph, '.*Vieira')).map((p) => [p.id, p.articles.length])).toEqual([
      ['person:mauro-vieira', 3],
    ]);
  });

  it('split: the names move to a new entity with their articles; the original blocks them on every later ingest', async () => {
    const dir = writeCorpus(SHEINBAUMS);
    await ingestPaths(graph, [dir], { workers: 0 });
    expect((await persons(graph, '.*Sheinbaum.*')).map((p) => p.id)).toEqual(['person:claudia-sheinbaum']);
    const result = await splitEntity(graph, 'person:claudia-sheinbaum', ['Sheinbaum'], { as: 'Sheinbaum (other)' });
    expect(result.newId).toBe('person:sheinbaum-other');
    const check = async () => {
      const split = await persons(graph, '.*Sheinbaum.*');
      expect(split.map((p) => [p.id, p.name, p.articles])).toEqual([
        ['person:claudia-sheinbaum', 'Claudia Sheinbaum', ['Full']],
        ['person:sheinbaum-other', 'Sheinbaum (other)', ['Short']],
      ]);
      expect(split[0]).toMatchObject({ curated: true, blocked: ['sheinbaum'] });
    };
    await check();
    await ingestPaths(graph, [dir], { workers: 0, force: true });
    await check();
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
  });

  it('rename: curated names are never renamed back by ingest; bad requests are typed errors', async () => {
    const dir = writeCorpus(SHEINBAUMS);
    await ingestPaths(graph, [dir], { workers: 0 });
    await renameEntity(graph, 'person:claudia-sheinbaum', 'Claudia Sheinbaum Pardo');
    await ingestPaths(graph, [dir], { workers: 0, force: true });
    const [p] = await persons(graph, '.*Sheinbaum.*');
    expect(p).toMatchObject({ id: 'person:claudia-sheinbaum', name: 'Claudia Sheinbaum Pardo', curated: true });
    await expect(mergeEntities(graph, 'person:claudia-sheinbaum', ['person:nobody'])).rejects.toBeInstanceOf(
      CurationError,
    );
    await expect(mergeEntities(graph, 'person:claudia-sheinbaum', ['country:MX'])).rejects.toMatchObject({
      code: 'KIND_MISMATCH',
    });
    await expect(splitEntity(graph, 'person:claudia-sheinbaum', [])).rejects.toMatchObject({ code: 'INVALID' });
  });
});
