import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraphData, type GraphConnection } from '@newsgraph/graph';
import { ingestPaths } from '@newsgraph/ingest';
import { freshTestGraph } from '../support/testGraph.ts';
import { md, NO_ORPHANS, orphanCounts, writeCorpus } from './fixtures.ts';

const FULL = md(
  { title: 'Sheinbaum rejects troops', publishedAt: '2026-01-12', url: 'https://a.example/full' },
  'Mexican President Claudia Sheinbaum said on Monday that Mexico would not accept foreign troops. "We will defend our sovereignty," Sheinbaum said.',
);
const SHORT = md(
  { title: 'Cooperation working', publishedAt: '2026-01-13', url: 'https://b.example/short' },
  'President Sheinbaum said on Tuesday that the cooperation is working.',
);

async function people(graph: GraphConnection) {
  return graph.readRows<{ id: string; name: string; aliases: string[]; articles: number }>(
    `MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases,
            COUNT { (p)-[:MENTIONED_IN]->(:Article) } AS articles ORDER BY id`,
  );
}

describe('entity resolution across articles (real extraction, real Neo4j)', () => {
  let graph: GraphConnection;
  beforeAll(async () => {
    graph = await freshTestGraph();
  });
  beforeEach(async () => clearGraphData(graph));
  afterAll(async () => graph?.close());

  it('"Claudia Sheinbaum" and a later "Sheinbaum" are one Person (separate runs)', async () => {
    await ingestPaths(graph, [writeCorpus({ 'a.md': FULL })], { workers: 0 });
    await ingestPaths(graph, [writeCorpus({ 'b.md': SHORT })], { workers: 0 });
    const sheinbaums = (await people(graph)).filter((p) => /sheinbaum/i.test(p.name));
    expect(sheinbaums).toEqual([
      { id: 'person:claudia-sheinbaum', name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'], articles: 2 },
    ]);
  });

  it('the bare surname first: still one Person, which gains the full name and keeps its id', async () => {
    await ingestPaths(graph, [writeCorpus({ 'b.md': SHORT })], { workers: 0 });
    await ingestPaths(graph, [writeCorpus({ 'a.md': FULL })], { workers: 0 });
    const sheinbaums = (await people(graph)).filter((p) => /sheinbaum/i.test(p.name));
    expect(sheinbaums).toHaveLength(1);
    expect(sheinbaums[0]).toMatchObject({ id: 'person:sheinbaum', name: 'Claudia Sheinbaum', articles: 2 });
    expect(sheinbaums[0]!.aliases).toContain('Sheinbaum');
  });

  it('both in one batch, in either order: one Person', async () => {
    await ingestPaths(graph, [writeCorpus({ '1-short.md': SHORT, '2-full.md': FULL })], { workers: 0, batchSize: 10 });
    const sheinbaums = (await people(graph)).filter((p) => /sheinbaum/i.test(p.name));
    expect(sheinbaums.map((p) => [p.id, p.articles])).toEqual([['person:claudia-sheinbaum', 2]]);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
  });

  it('two people sharing a surname stay two; diacritics do not split one person', async () => {
    await ingestPaths(
      graph,
      [
        writeCorpus({
          'br.md': md(
            { title: 'Brazil', publishedAt: '2026-01-12', url: 'https://c.example/br' },
            'Brazilian Foreign Minister Mauro Vieira met Chinese officials on Monday. "Trade must grow," Vieira said.',
          ),
          'pt.md': md(
            { title: 'Portugal', publishedAt: '2026-01-12', url: 'https://c.example/pt' },
            'Portuguese Finance Minister Ana Vieira presented the budget on Monday. "We will cut the deficit," Vieira said.',
          ),
          've1.md': md(
            { title: 'Caracas', publishedAt: '2026-01-05', url: 'https://c.example/ve1' },
            'Venezuelan President Nicolás Maduro spoke in Caracas on Monday.',
          ),
          've2.md': md(
            { title: 'Caracas 2', publishedAt: '2026-01-06', url: 'https://c.example/ve2' },
            'Venezuelan President Nicolas Maduro spoke again in Caracas on Tuesday.',
          ),
        }),
      ],
      { workers: 0 },
    );
    const all = await people(graph);
    expect(all.filter((p) => /vieira/i.test(p.name)).map((p) => p.id)).toEqual([
      'person:ana-vieira',
      'person:mauro-vieira',
    ]);
    const maduro = all.filter((p) => /maduro/i.test(p.name));
    expect(maduro).toHaveLength(1);
    expect(maduro[0]!.articles).toBe(2);
    const roles = await graph.readRows<{ person: string; of: string }>(
      `MATCH (p:Person)-[:HOLDS_ROLE]->(o) WHERE p.name CONTAINS 'Vieira' RETURN p.id AS person, o.id AS of ORDER BY person`,
    );
    expect(roles).toEqual([
      { person: 'person:ana-vieira', of: 'country:PT' },
      { person: 'person:mauro-vieira', of: 'country:BR' },
    ]);
  });

  it('countries are one node per ISO code, with every name seen as an alias', async () => {
    await ingestPaths(
      graph,
      [
        writeCorpus({
          'a.md': FULL,
          'c.md': md(
            { title: 'x', publishedAt: '2026-01-14', url: 'https://d.example/x' },
            'Mexico and the United States held talks on Wednesday.',
          ),
        }),
      ],
      { workers: 0 },
    );
    const mexico = await graph.readRows<{ id: string; iso2: string; aliases: string[]; articleCount: number }>(
      `MATCH (c:Country) WHERE c.iso2 = 'MX' RETURN c.id AS id, c.iso2 AS iso2, c.aliases AS aliases, c.articleCount AS articleCount`,
    );
    expect(mexico).toHaveLength(1);
    expect(mexico[0]).toMatchObject({ id: 'country:MX', articleCount: 2 });
    expect(mexico[0]!.aliases).toContain('Mexican');
  });
});
