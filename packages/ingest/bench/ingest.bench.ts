// `pnpm bench:ingest [--articles N] [--workers N] [--batch N] [--clear]`: end-to-end ingest throughput on a
// synthetic corpus, beside a bare UNWIND … CREATE of as many nodes and relationships on the same Neo4j.
import { parseArgs } from 'node:util';
import {
  bareUnwindCreate,
  clearBareUnwindCreate,
  clearGraphData,
  countGraph,
  hasAnyArticle,
  openConfiguredGraph,
  type BareCreateBatch,
  type GraphConnection,
} from '@newsgraph/graph';
import { stopOnExit } from '@newsgraph/neo4j-local';
import { DEFAULT_BATCH_SIZE, runIngest } from '../src/pipeline/runIngest.ts';
import { factCount, processedCount } from '../src/pipeline/ingestSummary.ts';
import { createProgressReporter } from '../src/cli/progressReporter.ts';
import { syntheticCorpus } from './syntheticCorpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    workers: { type: 'string' },
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    clear: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const batchSize = Number(values.batch);
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (!(articles > 0) || !(batchSize > 0)) throw new Error('--articles and --batch must be positive numbers');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

const usingServer = Boolean(process.env.NEO4J_URI);
const opened = await openConfiguredGraph({ dataName: 'bench-ingest', log: (l) => process.stderr.write(`[neo4j] ${l}\n`) });
if (opened.localServer) stopOnExit(opened.localServer);
const { graph } = opened;
try {
  if (usingServer && (await hasAnyArticle(graph)) && !values.clear) {
    throw new Error('NEO4J_URI points at a graph with articles; pass --clear to let the benchmark wipe it');
  }
  await clearGraphData(graph);
  const rssBefore = process.memoryUsage().rss;
  process.stderr.write(`ingesting ${articles} synthetic articles into ${opened.uri}\n`);
  // Wall time spent inside write and read transactions (the rest is extraction wait, resolution, sources).
  const dbTime = { write: 0, read: 0 };
  const timed = <K extends 'write' | 'read'>(kind: K) => {
    const original = graph[kind].bind(graph) as GraphConnection[K];
    graph[kind] = (async (...args: Parameters<GraphConnection[K]>) => {
      const t = performance.now();
      try {
        return await (original as (...a: unknown[]) => Promise<unknown>)(...args);
      } finally {
        dbTime[kind] += performance.now() - t;
      }
    }) as GraphConnection[K];
  };
  timed('write');
  timed('read');
  const progress = createProgressReporter(articles);
  const started = performance.now();
  const summary = await runIngest(graph, syntheticCorpus(articles), { batchSize, workers, onArticle: (_, s) => progress.update(s) });
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
      nodes: Array.from({ length: n }, (_, i) => ({ id: `bench:${b}:${i}`, name: `Node ${b}-${i}`, kind: 'Bench', count: i })),
      rels: Array.from({ length: n > 0 ? r : 0 }, (_, i) => ({ from: i % n, to: (i * 7 + 1) % n })),
    };
    await bareUnwindCreate(graph, batch);
  }
  const baseSeconds = (performance.now() - baseStarted) / 1000;
  await clearBareUnwindCreate(graph);

  // One more batch of new articles on top of the full graph, written under PROFILE: the database work per article.
  let dbHits = 0;
  let profiled = 0;
  const extra = (async function* () {
    let i = 0;
    for await (const item of syntheticCorpus(articles + batchSize)) if (i++ >= articles) yield item;
  })();
  const profileRun = await runIngest(graph, extra, {
    batchSize,
    workers: 0,
    writeOptions: { onProfile: (_, hits) => (dbHits += hits) },
    onArticle: (outcome) => (profiled += outcome === 'new' || outcome === 'updated' ? 1 : 0),
  });
  clearInterval(sampler);

  const writtenRate = (nodes + rels) / seconds;
  const baseRate = (nodes + rels) / baseSeconds;
  const lines = [
    `articles: ${processedCount(summary)} (${summary.articles.new} new, ${summary.articles.failed} failed) with ${workers ?? 'default'} extraction workers, batches of ${batchSize}`,
    `graph: ${counts.nodes} nodes (${Object.entries(counts.byLabel).map(([k, v]) => `${k} ${v}`).join(', ')}), ${counts.relationships} relationships`,
    `end to end: ${seconds.toFixed(1)} s, ${(processedCount(summary) / seconds).toFixed(1)} articles/s, ${(factCount(summary) / seconds).toFixed(0)} facts/s (entities+events+statements+mentions+comments written)`,
    `time in write transactions ${(writeMs / 1000).toFixed(1)} s (${((writeMs / 10 / seconds)).toFixed(0)} %), in reads (hash check, resolution lookup) ${(readMs / 1000).toFixed(1)} s (${(readMs / 10 / seconds).toFixed(0)} %); the rest waits for extraction or resolves`,
    `writer: ${nodes} nodes + ${rels} relationships created, ${writtenRate.toFixed(0)} nodes+rels/s end to end`,
    `bare unwind+create baseline (graph/write/bareUnwindCreate) of the same ${nodes} nodes + ${rels} relationships in ${batches} transactions: ${baseSeconds.toFixed(1)} s, ${baseRate.toFixed(0)} nodes+rels/s`,
    `ratio (end-to-end ingest / bare CREATE): ${(writtenRate / baseRate).toFixed(3)}`,
    `PROFILE of one more batch (${profiled} articles, ${profileRun.articles.new} new, ${profileRun.articles.updated} updated): ${dbHits} db hits, ${(dbHits / Math.max(1, profiled)).toFixed(0)} per article`,
    `peak RSS: ${mb(peakRss)} (before ingest ${mb(rssBefore)}; includes worker threads)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  clearInterval(sampler);
  await opened.close();
}
