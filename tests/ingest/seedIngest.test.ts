import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, type GraphConnection } from '@newsgraph/graph';
import { ingestPaths, ingestSeedIfEmpty } from '@newsgraph/ingest';
import { freshTestGraph } from '../support/testGraph.ts';

const SEED = resolve(import.meta.dirname, '../../seed');

describe('seed ingest', () => {
  let graph: GraphConnection;
  beforeAll(async () => {
    graph = await freshTestGraph();
  });
  afterAll(async () => graph?.close());

  it('the start hook ingests the seed into an empty graph, then leaves a non-empty graph alone', async () => {
    const lines: string[] = [];
    const first = await ingestSeedIfEmpty(graph, SEED, (l) => lines.push(l));
    expect(first?.articles.new).toBe(1);
    expect(first?.articles.failed).toBe(0);
    expect(lines.join('\n')).toMatch(/1 new/);
    expect(await ingestSeedIfEmpty(graph, SEED)).toBeNull();
  });

  it('ingesting the seed twice leaves identical node and relationship counts', async () => {
    const before = await countGraph(graph);
    expect(before.byLabel.Article).toBe(1);
    expect(before.byLabel.Person).toBeGreaterThanOrEqual(4);
    expect(before.byLabel.Event).toBeGreaterThan(0);
    expect(before.byLabel.Statement).toBeGreaterThan(0);
    const again = await ingestPaths(graph, [SEED], { workers: 0 });
    expect(again.articles).toEqual({ new: 0, updated: 0, unchanged: 1, failed: 0 });
    expect(await countGraph(graph)).toEqual(before);
    // Forcing a full rewrite of the same content must not change anything either.
    const forced = await ingestPaths(graph, [SEED], { workers: 0, force: true });
    expect(forced.articles.updated).toBe(1);
    expect(await countGraph(graph)).toEqual(before);
  });

  it('writes the contract: one Claudia Sheinbaum with roles, provenance on every evidence edge', async () => {
    const people = await graph.readRows<{ id: string; name: string; aliases: string[]; articleCount: number }>(
      `MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.articleCount AS articleCount ORDER BY id`,
    );
    const sheinbaum = people.filter((p) => /sheinbaum/i.test(p.name));
    expect(sheinbaum).toHaveLength(1);
    expect(sheinbaum[0]).toMatchObject({ id: 'person:claudia-sheinbaum', name: 'Claudia Sheinbaum', articleCount: 1 });
    const roles = await graph.readRows<{ title: string; of: string }>(
      `MATCH (:Person {id: 'person:claudia-sheinbaum'})-[h:HOLDS_ROLE]->(o) RETURN h.title AS title, o.id AS of`,
    );
    expect(roles).toContainEqual({ title: 'President', of: 'country:MX' });
    const missing = await graph.readRows<{ n: number }>(
      `MATCH ()-[r:REPORTED_IN]->(a:Article)
       WHERE r.sentence IS NULL OR r.start IS NULL OR r.end IS NULL OR r.confidence IS NULL OR r.extractorVersion IS NULL
             OR NOT a.text CONTAINS r.sentence
       RETURN count(r) AS n`,
    );
    expect(missing[0]!.n).toBe(0);
    const counts = await graph.readRows<{ n: number }>(
      `MATCH (f) WHERE (f:Event OR f:Statement) AND (f.sourceCount <> 1 OR f.articleCount <> 1 OR f.firstSeen IS NULL) RETURN count(f) AS n`,
    );
    expect(counts[0]!.n).toBe(0);
  });
});
