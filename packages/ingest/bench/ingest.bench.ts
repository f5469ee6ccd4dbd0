// `pnpm bench:ingest [--articles N] [--workers N] [--batch N] [--clear] [--corpus file|folder]`: end-to-end ingest
// throughput on a synthetic corpus (or real articles with --corpus, as bench:extract does), beside a bare
// UNWIND … CREATE of as many nodes and relationships on the same Neo4j.
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  bareUnwindCreate,
  clearBareUnwindCreate,
  clearGraphData,
  countGraph,
  hasAnyArticle,
  openConfiguredGraph,
  type BareCreateBatch,
} from '@newsgraph/graph';
import { DEFAULT_BATCH_SIZE, runIngest } from '../src/pipeline/runIngest.ts';
import { factCount, processedCount } from '../src/pipeline/ingestSummary.ts';
import { createProgressReporter } from '../src/cli/progressReporter.ts';
import { estimateArticleCount } from '../src/cli/estimateArticleCount.ts';
import { readSources } from '../src/sources/readSources.ts';
import type { SourceItem } from '../src/sources/sourceItem.ts';
import { defaultWorkerCount } from '../src/pipeline/extractPool.ts';
import { syntheticCorpus } from './syntheticCorpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    workers: { type: 'string' },
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    clear: { type: 'boolean', default: false },
    corpus: { type: 'string' },
  },
});
const corpusPath = values.corpus;
// With --corpus, --articles caps how many of its articles are read (all by default).
const articles = corpusPath && !process.argv.includes('--articles') ? Infinity : Number(values.articles);
const batchSize = Number(values.batch);
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (!(articles > 0) || !(batchSize > 0)) throw new Error('--articles and --batch must be positive numbers');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

const usingServer = Boolean(process.env.NEO4J_URI);
const opened = await openConfiguredGraph({
  dataName: 'bench-ingest',
  log: (l) => process.stderr.write(`[neo4j] ${l}\n`),
});
const { graph } = opened;
try {
  if (usingServer && (await hasAnyArticle(graph)) && !values.clear) {
    throw new Error('NEO4J_URI points at a graph with articles; pass --clear to let the benchmark wipe it');
  }
  await clearGraphData(graph);
  const rssBefore = process.memoryUsage().rss;
  process.stderr.write(
    `ingesting ${corpusPath ? `${Number.isFinite(articles) ? `up to ${articles} ` : ''}articles of ${corpusPath}` : `${articles} synthetic articles`} into ${opened.uri}\n`,
  );
  // Wall time spent inside write and read transactions (the rest is extraction wait, resolution, sources).
  const dbTime = { write: 0, read: 0 };
  const timed = (kind: 'write' | 'read') => {
    const original = graph[kind].bind(graph) as (...args: unknown[]) => Promise<unknown>;
    const wrapped = async (...args: unknown[]) => {
      const t = performance.now();
      try {
        return await original(...args);
      } finally {
        dbTime[kind] += performance.now() - t;
      }
    };
    Object.assign(graph, { [kind]: wrapped });
  };
  timed('write');
  timed('read');
  const loadBefore = loadavg()[0]!;
  const progress = createProgressReporter(
    Number.isFinite(articles) ? articles : corpusPath ? await estimateArticleCount([corpusPath]) : null,
  );
  const source = corpusPath ? firstItems(readSources([corpusPath]), articles) : syntheticCorpus(articles);
  const started = performance.now();
  const summary = await runIngest(graph, source, { batchSize, workers, onArticle: (_, s) => progress.update(s) });
  const seconds = (performance.now() - started) / 1000;
  const { write: writeMs, read: readMs } = dbTime;
  progress.stop();
  const counts = await countGraph(graph);

  // Baseline: the same number of nodes and relationships, bare CREATE, batches of the same size.
  const batches = Math.max(1, Math.ceil(processedCount(summary) / batchSize));
  const nodes = summary.graph.nodesCreated;
  const rels = summary.graph.relationshipsCreated;
  const baseStarted = performance.now();
  for (let b = 0; b < batches; b++) {
    const n = Math.floor(nodes / batches) + (b < nodes % batches ? 1 : 0);
    const r = Math.floor(rels / batches) + (b < rels % batches ? 1 : 0);
    const batch: BareCreateBatch = {
      nodes: Array.from({ length: n }, (_, i) => ({
        id: `bench:${b}:${i}`,
        name: `Node ${b}-${i}`,
        kind: 'Bench',
        count: i,
      })),
      rels: Array.from({ length: n > 0 ? r : 0 }, (_, i) => ({ from: i % n, to: (i * 7 + 1) % n })),
    };
    await bareUnwindCreate(graph, batch);
  }
  const baseSeconds = (performance.now() - baseStarted) / 1000;
  await clearBareUnwindCreate(graph);

  // One more batch of new articles on top of the full graph, written under PROFILE: the database work per article.
  // (Synthetic corpus only: a real corpus has no "more of the same" to write.)
  let dbHits = 0;
  let profiled = 0;
  const extra = (async function* () {
    let i = 0;
    for await (const item of syntheticCorpus(articles + batchSize)) if (i++ >= articles) yield item;
  })();
  const profileRun = corpusPath
    ? null
    : await runIngest(graph, extra, {
        batchSize,
        workers: 0,
        writeOptions: { onProfile: (_, hits) => (dbHits += hits) },
        onArticle: (outcome) => (profiled += outcome === 'new' || outcome === 'updated' ? 1 : 0),
      });
  clearInterval(sampler);

  const writtenRate = (nodes + rels) / seconds;
  const baseRate = (nodes + rels) / baseSeconds;
  const lines = [
    `articles: ${processedCount(summary)} (${summary.articles.new} new, ${summary.articles.failed} failed) with ${workers ?? defaultWorkerCount()} spaCy workers, batches of ${batchSize}`,
    `graph: ${counts.nodes} nodes (${Object.entries(counts.byLabel)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}), ${counts.relationships} relationships`,
    `machine: ${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (other sessions share the cores: wall-clock rates scale with it)`,
    `end to end: ${seconds.toFixed(1)} s, ${(processedCount(summary) / seconds).toFixed(1)} articles/s, ${(factCount(summary) / seconds).toFixed(0)} facts/s (entities+events+statements+mentions+comments written)`,
    `time in write transactions ${(writeMs / 1000).toFixed(1)} s (${(writeMs / 10 / seconds).toFixed(0)} %), in reads (hash check, resolution lookup) ${(readMs / 1000).toFixed(1)} s (${(readMs / 10 / seconds).toFixed(0)} %); the rest waits for extraction or resolves`,
    `writer: ${nodes} nodes + ${rels} relationships created, ${writtenRate.toFixed(0)} nodes+rels/s end to end`,
    `bare unwind+create baseline (graph/write/bareUnwindCreate) of the same ${nodes} nodes + ${rels} relationships in ${batches} transactions: ${baseSeconds.toFixed(1)} s, ${baseRate.toFixed(0)} nodes+rels/s`,
    `ratio (end-to-end ingest / bare CREATE): ${(writtenRate / baseRate).toFixed(3)}`,
    ...(profileRun
      ? [
          `PROFILE of one more batch (${profiled} articles, ${profileRun.articles.new} new, ${profileRun.articles.updated} updated): ${dbHits} db hits, ${(dbHits / Math.max(1, profiled)).toFixed(0)} per article`,
        ]
      : []),
    `peak RSS of the Node process: ${mb(peakRss)} (before ingest ${mb(rssBefore)}; the spaCy workers are separate processes)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  clearInterval(sampler);
  await opened.close();
}

/** The first `n` articles of a source (every source error passes through). */
async function* firstItems(items: AsyncIterable<SourceItem>, n: number): AsyncGenerator<SourceItem> {
  let taken = 0;
  for await (const item of items) {
    if (item.article && taken++ >= n) return;
    yield item;
  }
}
