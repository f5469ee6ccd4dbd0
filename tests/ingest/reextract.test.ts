import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '@newsgraph/extract';
import { clearGraphData, countGraph, graphChecksum, type GraphConnection } from '@newsgraph/graph';
import {
  ingestPaths,
  mergeEntities,
  planReextraction,
  reextractStored,
  sharedExtractor,
  type Extractor,
} from '@newsgraph/ingest';
import { freshTestGraph } from '../support/testGraph.ts';
import { md, miscountedFacts, NO_ORPHANS, orphanCounts, writeCorpus } from './fixtures.ts';

const OLD_VERSION = 'newsgraph-rules/0.0.0-older';

/**
 * Stands for an older extractor: the current one's output stamped with an older version and without events,
 * statements and roles, so its facts visibly differ. Written through the real pipeline and writer.
 */
function olderExtractor(): Extractor {
  const current = sharedExtractor();
  return {
    workers: 1,
    close: async () => {},
    extract: async (inputs) =>
      (await current.extract(inputs)).map((o) =>
        o.ok
          ? {
              ok: true,
              extraction: { ...o.extraction, extractorVersion: OLD_VERSION, events: [], statements: [], roles: [] },
            }
          : o,
      ),
  };
}

// Every article dated: an undated article's entities take firstSeen/lastSeen from its ingestedAt, which any rewrite
// (ingest --force, reextract --all) refreshes, so they would differ from a clean ingest's by design.
const CORPUS = {
  'a.md': md(
    { title: 'Troops', publishedAt: '2026-01-12', url: 'https://r.example/a' },
    'Mexican President Claudia Sheinbaum said on Monday that Mexico would not accept foreign troops. "Our sovereignty is not negotiable," Sheinbaum said.',
  ),
  'b.md': md(
    { title: 'Strikes', publishedAt: '2026-01-13', url: 'https://r.example/b' },
    'U.S. President Donald Trump threatened on Tuesday to strike drug cartels in Mexico.',
  ),
  'c.md': md(
    { title: 'Budget', publishedAt: '2026-01-14', url: 'https://r.example/c', source: 'Paper' },
    'Portuguese Finance Minister Ana Vieira presented the budget on Wednesday. "We will cut the deficit," Vieira said.',
  ),
  'd.md': md(
    { title: 'Talks', publishedAt: '2026-01-15', url: 'https://r.example/d' },
    "Mauro Vieira, Brazil's foreign minister, met Chinese officials in Geneva on Thursday.",
  ),
  'e.md': md(
    { title: 'Agreement', publishedAt: '2026-01-16', url: 'https://r.example/e' },
    'Cuba and Mexico signed a trade agreement in Havana on Friday.',
  ),
};

/** Extractor versions found on articles and on every evidence edge, with how many carry each. */
const versionsInGraph = (graph: GraphConnection) =>
  graph.readRows<{ what: string; version: string | null; n: number }>(
    `CALL () { MATCH (a:Article) RETURN 'Article' AS what, a.extractorVersion AS version
               UNION ALL MATCH ()-[r:MENTIONED_IN|REPORTED_IN]->() RETURN type(r) AS what, r.extractorVersion AS version }
     RETURN what, version, count(*) AS n ORDER BY what, version`,
  );

/** The people named Vieira, with their curation marks and how many articles mention them. */
const persons = (graph: GraphConnection) =>
  graph.readRows<{ id: string; curated: boolean | null; mergedIds: string[] | null; articles: number }>(
    `MATCH (p:Person) WHERE p.name =~ '.*Vieira'
     RETURN p.id AS id, p.curated AS curated, p.mergedIds AS mergedIds, count { (p)-[:MENTIONED_IN]->() } AS articles ORDER BY id`,
  );

const IGNORE_WHEN = { ignore: ['ingestedAt'] };

describe('re-extraction of stored articles', () => {
  let graph: GraphConnection;
  beforeAll(async () => {
    graph = await freshTestGraph();
  });
  beforeEach(async () => clearGraphData(graph));
  afterAll(async () => graph?.close());

  it('rewrites articles from an older extractor into what a clean ingest gives, and a second run changes nothing', async () => {
    const dir = writeCorpus(CORPUS);
    // What the current extractor gives from scratch.
    expect((await ingestPaths(graph, [dir], { workers: 0 })).articles.new).toBe(5);
    const clean = { counts: await countGraph(graph), checksum: await graphChecksum(graph, IGNORE_WHEN) };
    expect(clean.counts.byLabel.Article).toBe(5);

    await clearGraphData(graph);
    expect((await ingestPaths(graph, [dir], { extractor: olderExtractor() })).articles.new).toBe(5);
    expect((await versionsInGraph(graph)).every((r) => r.version === OLD_VERSION)).toBe(true);
    const older = await graphChecksum(graph, IGNORE_WHEN);
    expect(older).not.toBe(clean.checksum);
    expect(await planReextraction(graph)).toMatchObject({ current: EXTRACTOR_VERSION, total: 5, selected: 5 });

    // Two spaCy workers, batches (and pages) of two: several batches in flight, the last one short.
    const run = await reextractStored(graph, { workers: 2, batchSize: 2 });
    expect(run.articles).toEqual({ new: 0, updated: 5, unchanged: 0, failed: 0 });
    expect(run.errors).toEqual([]);
    const versions = await versionsInGraph(graph);
    expect(versions.map((r) => r.version)).toEqual(versions.map(() => EXTRACTOR_VERSION));
    expect(versions.find((r) => r.what === 'Article')?.n).toBe(5);
    expect(await countGraph(graph)).toEqual(clean.counts);
    expect(await graphChecksum(graph, IGNORE_WHEN)).toBe(clean.checksum);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
    expect(await miscountedFacts(graph)).toBe(0);

    // Again: nothing is outdated, nothing is read or written (not even ingestedAt).
    const exact = await graphChecksum(graph);
    expect((await planReextraction(graph)).selected).toBe(0);
    const again = await reextractStored(graph, { workers: 0 });
    expect(again.articles).toEqual({ new: 0, updated: 0, unchanged: 0, failed: 0 });
    expect(await graphChecksum(graph)).toBe(exact);

    // --all rewrites every article with the same facts.
    const forced = await reextractStored(graph, { all: true, workers: 0 });
    expect(forced.articles.updated).toBe(5);
    expect(await countGraph(graph)).toEqual(clean.counts);
    expect(await graphChecksum(graph, IGNORE_WHEN)).toBe(clean.checksum);

    // The sources themselves are still recognised as unchanged (ids and content hashes were kept).
    expect((await ingestPaths(graph, [dir], { workers: 0 })).articles.unchanged).toBe(5);
  }, 240_000);

  it('keeps curation: a merge made before re-extraction still holds after it', async () => {
    const dir = writeCorpus({ 'c.md': CORPUS['c.md'], 'd.md': CORPUS['d.md'] });
    await ingestPaths(graph, [dir], { workers: 0 });
    const vieiras = await persons(graph);
    expect(vieiras.map((p) => p.articles)).toEqual([1, 1]);
    const [keep, other] = vieiras.map((p) => p.id) as [string, string];
    await mergeEntities(graph, keep, [other]);
    const merged = await graphChecksum(graph, IGNORE_WHEN);
    // The same sources written again by the older extractor (a forced re-ingest), curation in force as for any re-ingest.
    expect((await ingestPaths(graph, [dir], { extractor: olderExtractor(), force: true })).articles.updated).toBe(2);
    expect((await planReextraction(graph)).selected).toBe(2);

    const run = await reextractStored(graph, { workers: 0 });
    expect(run.articles.updated).toBe(2);
    expect(await persons(graph)).toEqual([{ id: keep, curated: true, mergedIds: [other], articles: 2 }]);
    expect(await graphChecksum(graph, IGNORE_WHEN)).toBe(merged);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
  }, 240_000);
});
