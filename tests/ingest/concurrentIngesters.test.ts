import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectGraph,
  countDuplicates,
  countGraph,
  findArticleVersions,
  lookupEntitiesByKeys,
  type ArticleFacts,
  type DuplicateCounts,
  type GraphConnection,
} from '@newsgraph/graph';
import { createOnlyWriteBatch } from '@newsgraph/graph/testing';
import {
  articleIdentity,
  buildArticleFacts,
  ingestPaths,
  readSources,
  resolveEntities,
  sharedExtractor,
  type SourceArticle,
} from '@newsgraph/ingest';
import { freshTestGraph, testNeo4j } from '../support/testGraph.ts';
import { NO_ORPHANS, orphanCounts, writeCorpus } from './fixtures.ts';
import { seededRandom } from '@newsgraph/model';

// Issue 12 §5: 32 ingesters at once over overlapping corpora leave zero duplicate articles, entities, facts or
// evidence edges — and the same harness (same corpora, same concurrency, same counter) run with a deliberately
// naive writer (`@newsgraph/graph/testing`: CREATE for evidence edges) does find duplicates, so the zero is
// a measurement, not a counter that cannot count.

const INGESTERS = 32;
const POOL = 40;
const PER_INGESTER = 14;
const BATCH = 4;

const PEOPLE = [
  'Claudia Sheinbaum',
  'Olaf Brandt',
  'Maria Lopez',
  'Kenji Sato',
  'Amina Diallo',
  'Pedro Alves',
  'Sofia Rossi',
  'Ivan Petrov',
];
const COUNTRIES = ['Mexico', 'Germany', 'Brazil', 'Japan', 'Kenya', 'France', 'Italy', 'Canada'];

function article(i: number): string {
  const p = PEOPLE[i % PEOPLE.length]!;
  const q = PEOPLE[(i * 3 + 1) % PEOPLE.length]!;
  const c = COUNTRIES[i % COUNTRIES.length]!;
  const d = COUNTRIES[(i + 3) % COUNTRIES.length]!;
  const text = `${p} met ${q} in ${c} on Monday to discuss trade with ${d}. ${c} accused ${d} of breaking the agreement. “We will not accept this,” ${p} said. ${q} said the talks would continue next week.`;
  // One in four has no URL: its identity then comes from the text and title.
  const url = i % 4 === 3 ? undefined : `https://wire${i % 3}.example/story-${i}`;
  return JSON.stringify({
    title: `Story ${i}: ${p} and ${q}`,
    publishedAt: `2026-02-${String(1 + (i % 27)).padStart(2, '0')}`,
    source: `Wire ${i % 3}`,
    url,
    text,
  });
}

/** INGESTERS files, each a seeded random draw of PER_INGESTER articles from the pool, in its own order. */
function overlappingCorpora(): string[] {
  const next = seededRandom(12); // the same overlapping corpora every run
  const files: Record<string, string> = {};
  for (let k = 0; k < INGESTERS; k++) {
    const picked = new Set<number>();
    while (picked.size < PER_INGESTER) picked.add(Math.floor(next() * POOL));
    files[`ingester-${k}.jsonl`] = [...picked].map(article).join('\n') + '\n';
  }
  const dir = writeCorpus(files);
  return Object.keys(files).map((name) => `${dir}/${name}`);
}

/** The naive ingester: the product's own reading, identity, extraction, resolution and facts; only the writer differs. */
async function naiveIngest(graph: GraphConnection, path: string): Promise<void> {
  const sources: SourceArticle[] = [];
  for await (const item of readSources([path])) if (item.article) sources.push(item.article);
  for (let i = 0; i < sources.length; i += BATCH) {
    const batch = sources.slice(i, i + BATCH).map((source) => ({ source, identity: articleIdentity(source) }));
    const stored = await findArticleVersions(
      graph,
      batch.map((b) => b.identity.id),
    );
    const todo = batch.filter((b) => stored.get(b.identity.id)?.contentHash !== b.identity.contentHash);
    if (todo.length === 0) continue;
    const outcomes = await sharedExtractor().extract(
      todo.map(({ source }) => ({
        text: source.text,
        title: source.title,
        publishedAt: source.publishedAt,
        url: source.url,
        source: source.source,
      })),
    );
    const ok = todo.flatMap((b, j) => (outcomes[j]!.ok ? [{ ...b, extraction: outcomes[j]!.extraction }] : []));
    const resolved = await resolveEntities(
      ok.map((o) => ({ articleId: o.identity.id, extraction: o.extraction })),
      (keys, ids) => lookupEntitiesByKeys(graph, keys, ids),
    );
    const facts: ArticleFacts[] = ok.map((o, j) => buildArticleFacts(o.source, o.identity, o.extraction, resolved[j]!));
    await createOnlyWriteBatch(graph, facts);
  }
}

/** Runs one ingester per corpus file at once, each on its own driver (as separate processes would be). */
async function runConcurrently(
  files: string[],
  ingest: (graph: GraphConnection, path: string) => Promise<unknown>,
): Promise<number> {
  const connections = await Promise.all(files.map(() => connectGraph(testNeo4j())));
  const started = Date.now();
  try {
    await Promise.all(files.map((file, k) => ingest(connections[k]!, file)));
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
  return Date.now() - started;
}

const NONE: DuplicateCounts = { articles: 0, entities: 0, facts: 0, evidenceEdges: 0 };

describe(`${INGESTERS} concurrent ingesters over overlapping corpora`, () => {
  let graph: GraphConnection;
  const files = overlappingCorpora();

  beforeAll(async () => {
    graph = await freshTestGraph();
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('the real pipeline leaves zero duplicates, no orphans, and each article once', async () => {
    const failures: string[] = [];
    const ms = await runConcurrently(files, async (conn, file) => {
      const summary = await ingestPaths(conn, [file], { workers: 0, batchSize: BATCH });
      failures.push(...summary.errors.map((e) => `${e.code} ${e.origin}: ${e.message.slice(0, 200)}`));
    });
    const duplicates = await countDuplicates(graph);
    const counts = await countGraph(graph);
    console.log(
      `real writer: ${INGESTERS} ingesters × ${PER_INGESTER} articles (pool ${POOL}) in ${(ms / 1000).toFixed(1)} s → ${counts.byLabel.Article} articles, duplicates ${JSON.stringify(duplicates)}`,
    );
    expect(failures).toEqual([]);
    expect(duplicates).toEqual(NONE);
    expect(await orphanCounts(graph)).toEqual(NO_ORPHANS);
    const drawn = new Set(files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean)));
    expect(counts.byLabel.Article).toBe(drawn.size);
  }, 900_000);

  it('the same harness catches the duplicates a naive CREATE writer leaves', async () => {
    graph = await (async () => {
      await graph.close();
      return freshTestGraph();
    })();
    const ms = await runConcurrently(files, naiveIngest);
    const duplicates = await countDuplicates(graph);
    console.log(
      `naive CREATE writer: same corpora in ${(ms / 1000).toFixed(1)} s → duplicates ${JSON.stringify(duplicates)}`,
    );
    expect(duplicates.evidenceEdges).toBeGreaterThan(0);
  }, 900_000);
});
