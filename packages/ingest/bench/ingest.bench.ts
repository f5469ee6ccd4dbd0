// `pnpm bench:ingest [--articles N] [--write-articles M] [--rss-at 10000,100000] [--workers N] [--batch N] [--clear]
// [--corpus file|folder] [--facts file]`: (1) end-to-end ingest of a synthetic corpus (or real articles with --corpus) with the
// wall and CPU shares of extraction and writing, core utilisation and RSS over the run; (2) the graph write alone —
// the facts that run extracted (varied to M articles when M is larger) through writeArticleBatch on an empty graph,
// batch by batch beside the bare-create baseline (`graph/write/bareUnwindCreate`) of the same rows on the same Neo4j — and its ratio; 3. PROFILE db hits.
import { availableParallelism, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  clearGraphData,
  countGraph,
  hasAnyArticle,
  openConfiguredGraph,
  writeArticleBatch,
  type ArticleFacts,
} from '@newsgraph/graph';
import { DEFAULT_BATCH_SIZE, runIngest } from '../src/pipeline/runIngest.ts';
import { factCount, processedCount } from '../src/pipeline/ingestSummary.ts';
import { createProgressReporter } from '../src/cli/progressReporter.ts';
import { estimateArticleCount } from '../src/cli/estimateArticleCount.ts';
import { readSources } from '../src/sources/readSources.ts';
import type { SourceItem } from '../src/sources/sourceItem.ts';
import { defaultWorkerCount } from '../src/pipeline/extractPool.ts';
import { syntheticCorpus } from './syntheticCorpus.ts';
import { ProcessSampler } from './processSampler.ts';
import { retainedHeap } from './retainedHeap.ts';
import { readFactsFile, writeFactsFile } from './factsFile.ts';
import { variedFacts } from './variedFacts.ts';
import { writeAlone } from './writeAlone.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    'write-articles': { type: 'string' },
    'rss-at': { type: 'string', default: '10000,100000' },
    workers: { type: 'string' },
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    clear: { type: 'boolean', default: false },
    corpus: { type: 'string' },
    // Phase 2's input kept between runs: written after phase 1 when the file is missing, read instead of phase 1
    // when it exists (the writer's PROFILE can then be compared change by change without re-running spaCy).
    facts: { type: 'string' },
  },
});
const corpusPath = values.corpus;
// With --corpus, --articles caps how many of its articles are read (all by default).
const articles = corpusPath && !process.argv.includes('--articles') ? Infinity : Number(values.articles);
const batchSize = Number(values.batch);
const workers = values.workers === undefined ? undefined : Number(values.workers);
const writeArticles = values['write-articles'] === undefined ? null : Number(values['write-articles']);
const rssAt = values['rss-at'].split(',').map(Number);
if (!(articles > 0) || !(batchSize > 0) || (writeArticles !== null && !(writeArticles > 0)))
  throw new Error('--articles, --write-articles and --batch must be positive numbers');
if (rssAt.some((n) => !(n > 0))) throw new Error('--rss-at takes positive article counts, e.g. 10000,100000');
// The write-alone phase replays the facts of (at most) this many extracted articles, varied to reach its size.
const SAMPLE_CAP = 2000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const cores = availableParallelism();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

const usingServer = Boolean(process.env.NEO4J_URI);
const opened = await openConfiguredGraph({
  dataName: 'bench-ingest',
  log: (l) => process.stderr.write(`[neo4j] ${l}\n`),
});
const { graph } = opened;
const lines: string[] = [];
const print = (line: string) => {
  lines.push(line);
  process.stderr.write(`${line}\n`);
};
try {
  if (usingServer && (await hasAnyArticle(graph)) && !values.clear) {
    throw new Error('NEO4J_URI points at a graph with articles; pass --clear to let the benchmark wipe it');
  }
  await clearGraphData(graph);
  print(`machine: ${cores} cores, load average (1/5/15 min) ${load()} at the start (other sessions share the cores)`);

  const savedFacts = values.facts && existsSync(values.facts) ? values.facts : null;
  const sample: ArticleFacts[] = savedFacts ? await readFactsFile(savedFacts) : [];
  let done = sample.length;
  if (savedFacts)
    print(`END TO END: not run; the facts of ${sample.length} extracted articles read from ${savedFacts}`);
  else {
    // 1. End to end: sources → spaCy → rules → resolution → writer, with the facts of the first articles kept.
    process.stderr.write(
      `ingesting ${corpusPath ? `${Number.isFinite(articles) ? `up to ${articles} ` : ''}articles of ${corpusPath}` : `${articles} synthetic articles`} into ${opened.uri}\n`,
    );
    // Wall time spent inside write and read transactions (the rest is extraction wait, rules, resolution, sources).
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
      return () => Object.assign(graph, { [kind]: original });
    };
    const untimeWrite = timed('write');
    const untimeRead = timed('read');
    const progress = createProgressReporter(
      Number.isFinite(articles) ? articles : corpusPath ? await estimateArticleCount([corpusPath]) : null,
    );
    const source = corpusPath ? firstItems(readSources([corpusPath]), articles) : syntheticCorpus(articles);
    const e2eSampler = new ProcessSampler();
    const e2eRssAt = new Map<number, number>();
    const e2eMarks = [...rssAt];
    // Heap held after a full GC at each tenth of the run (the sample kept for phase 2 included).
    const tenth = Number.isFinite(articles) ? Math.max(1, Math.floor(articles / 10)) : 1000;
    const retained: number[] = [];
    const started = performance.now();
    const summary = await runIngest(graph, source, {
      batchSize,
      workers,
      onArticle: (_, s) => {
        progress.update(s);
        if (e2eMarks.length && processedCount(s) >= e2eMarks[0]!) e2eRssAt.set(e2eMarks.shift()!, e2eSampler.peakRss);
        if (processedCount(s) >= (retained.length + 1) * tenth) retained.push(retainedHeap());
      },
      onWritten: (facts) => {
        for (const f of facts) if (sample.length < SAMPLE_CAP) sample.push(f);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const e2eCpu = e2eSampler.cpu();
    e2eSampler.stop();
    untimeWrite();
    untimeRead();
    progress.stop();
    const { write: writeMs, read: readMs } = dbTime;
    const counts = await countGraph(graph);
    done = processedCount(summary);
    const pct = (ms: number) => `${((ms / 10 / seconds) | 0).toString()} %`;
    print(
      `END TO END: ${done} articles (${summary.articles.new} new, ${summary.articles.failed} failed), ${corpusPath ?? 'synthetic corpus'}, ${workers ?? defaultWorkerCount()} spaCy workers, batches of ${batchSize}`,
    );
    print(
      `  ${seconds.toFixed(1)} s, ${(done / seconds).toFixed(1)} articles/s, ${(factCount(summary) / seconds).toFixed(0)} facts/s; graph ${counts.nodes} nodes, ${counts.relationships} relationships`,
    );
    print(
      `  wall shares: graph write ${pct(writeMs)} (${(writeMs / 1000).toFixed(1)} s), graph reads ${pct(readMs)} (hash check, resolution lookup), the rest ${pct(seconds * 1000 - writeMs - readMs)} (waiting for spaCy, rules, resolution)`,
    );
    print(
      `  CPU seconds: Node (rules, resolution, driver) ${e2eCpu.self.toFixed(1)}, child processes ${describeChildren(e2eCpu.byName)}; core utilisation ${((e2eCpu.self + e2eCpu.children) / seconds / cores).toFixed(2)} of ${cores} cores${usingServer ? ' (Neo4j at NEO4J_URI not counted)' : ''}`,
    );
    print(
      `  peak RSS of the ingest (Node) process ${mb(e2eSampler.peakRss)}${[...e2eRssAt].map(([n, rss]) => `, ${mb(rss)} at ${n} articles`).join('')}; RSS over the run (MB, tenths): ${e2eSampler.rssTimeline().join(' ')}`,
    );
    print(
      `  JS heap held after a full GC, every ${tenth} articles (MB): ${retained.map((b) => (b / 1024 / 1024).toFixed(0)).join(' ')} (${sample.length} articles' facts kept for phase 2 included)`,
    );
    print(`  load average at the end ${load()}`);

    if (values.facts) await writeFactsFile(values.facts, sample);
  }

  // 2. The graph write alone, on an empty graph, beside the bare-create baselines, batch by batch.
  const target = writeArticles ?? done;
  await clearGraphData(graph);
  process.stderr.write(
    `writing ${target} articles (facts of ${sample.length} extracted articles, varied) through the writer alone\n`,
  );
  const writeSampler = new ProcessSampler();
  const writeProgress = createProgressReporter(target);
  let lastLog = performance.now();
  const writeTenth = Math.max(batchSize, Math.floor(target / 10));
  const writeRetained: number[] = [];
  const alone = await writeAlone(graph, variedFacts(sample, target), {
    batchSize,
    sampler: writeSampler,
    rssAt,
    onBatch: (n) => {
      if (n >= (writeRetained.length + 1) * writeTenth) writeRetained.push(retainedHeap());
      if (performance.now() - lastLog > 60_000) {
        lastLog = performance.now();
        process.stderr.write(`  ${n} articles written, RSS ${mb(process.memoryUsage.rss())}, load ${load()}\n`);
      }
    },
  });
  const writeCpu = writeSampler.cpu();
  writeSampler.stop();
  writeProgress.stop();
  const aloneWall = alone.writeSeconds + alone.bareSeconds + alone.sameRowsSeconds;
  print(
    `WRITE ALONE (writeArticleBatch of already-extracted rows, ${alone.batches} transactions of ${batchSize}): ${alone.articles} articles, ${alone.nodes} nodes + ${alone.relationships} relationships created`,
  );
  const rate = (seconds: number) => `${seconds.toFixed(1)} s = ${Math.round(alone.articles / seconds)} articles/s`;
  print(
    `  writer ${rate(alone.writeSeconds)}; after each writer batch, in its own transaction, two bare creates (no lookup, no constraint) with the writer's node and relationship counts: (1) as before 2026-11-27 09:00, property-less relationships and the nodes from the batch's first rows (not every article's text): ${rate(alone.bareSeconds)}; (2) the same rows as the writer (every article with its text, the mention and evidence edges' properties): ${rate(alone.sameRowsSeconds)}`,
  );
  print(
    `  ratio (write alone / bare CREATE): ${(alone.bareSeconds / alone.writeSeconds).toFixed(3)} against (1); ${(alone.sameRowsSeconds / alone.writeSeconds).toFixed(3)} against (2), the same rows`,
  );
  if (alone.batches > 1) {
    const warmWrite = alone.writeSeconds - alone.firstWriteSeconds;
    const warmBare = alone.bareSeconds - alone.firstBareSeconds;
    const warmSame = alone.sameRowsSeconds - alone.firstSameRowsSeconds;
    print(
      `  first batch (cold plans): writer ${alone.firstWriteSeconds.toFixed(1)} s, bare (1) ${alone.firstBareSeconds.toFixed(1)} s, (2) ${alone.firstSameRowsSeconds.toFixed(1)} s; the other ${alone.batches - 1}: writer ${warmWrite.toFixed(1)} s, bare (1) ${warmBare.toFixed(1)} s, (2) ${warmSame.toFixed(1)} s, ratios ${(warmBare / warmWrite).toFixed(3)} / ${(warmSame / warmWrite).toFixed(3)}`,
    );
  }
  const accounted = [...alone.statementMs.values()].reduce((a, b) => a + b, 0);
  print(
    `  writer's time (s): ${[...alone.statementMs]
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`)
      .join(
        '; ',
      )} — statements as Neo4j's own time (pipelined); the rest ${(alone.writeSeconds - accounted / 1000).toFixed(1)} (driver, round trips, waits between statements)`,
  );
  print(
    `  CPU seconds: Node ${writeCpu.self.toFixed(1)}, child processes ${describeChildren(writeCpu.byName)} over ${aloneWall.toFixed(0)} s (core utilisation ${((writeCpu.self + writeCpu.children) / aloneWall / cores).toFixed(2)} of ${cores})`,
  );
  print(
    `  peak RSS of the Node process ${mb(writeSampler.peakRss)}${[...alone.peakRssAt].map(([n, rss]) => `, ${mb(rss)} at ${n} articles`).join('')}; RSS over the run (MB, tenths): ${writeSampler.rssTimeline().join(' ')}`,
  );
  print(
    `  JS heap held after a full GC, every ${writeTenth} articles (MB): ${writeRetained.map((b) => (b / 1024 / 1024).toFixed(0)).join(' ')}`,
  );
  print(`  load average at the end ${load()}`);

  // 3. One more batch on top of the written graph under PROFILE: the database work per article.
  let dbHits = 0;
  const extra: ArticleFacts[] = [];
  let index = 0;
  for (const f of variedFacts(sample, target + batchSize)) if (index++ >= target) extra.push(f);
  let operators: { operator: string; dbHits: number }[] = [];
  let eagerOperators = 0;
  let statements: { name: string; dbHits: number; eagerOperators: number }[] = [];
  await writeArticleBatch(graph, extra, {
    onProfile: (_, hits, ops, eager, perStatement) => {
      dbHits += hits;
      operators = ops;
      eagerOperators = eager;
      statements = perStatement;
    },
  });
  print(
    `PROFILE of one more batch of ${extra.length} articles: ${dbHits} db hits, ${(dbHits / extra.length).toFixed(0)} per article; ${eagerOperators} Eager operators in its plans`,
  );
  print(
    `  biggest operators: ${operators
      .slice(0, 8)
      .map((o) => `${o.operator} ${o.dbHits}`)
      .join('; ')}`,
  );
  print(
    `  per statement (db hits / Eager): ${statements.map((s) => `${s.name} ${s.dbHits}/${s.eagerOperators}`).join('; ')}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await opened.close();
}

/** "java (Neo4j) 22.7, python3 (spaCy) 20.1": CPU seconds of the child processes by command name. */
function describeChildren(byName: Map<string, number>): string {
  const label = (name: string) =>
    name === 'java' ? 'java (Neo4j)' : name.startsWith('python') ? `${name} (spaCy)` : name;
  const parts = [...byName].filter(([, cpu]) => cpu > 0.05).map(([name, cpu]) => `${label(name)} ${cpu.toFixed(1)}`);
  return parts.length ? parts.join(', ') : 'none';
}

/** The first `n` articles of a source (every source error passes through). */
async function* firstItems(items: AsyncIterable<SourceItem>, n: number): AsyncGenerator<SourceItem> {
  let taken = 0;
  for await (const item of items) {
    if (item.article && taken++ >= n) return;
    yield item;
  }
}
