import {
  bareUnwindCreate,
  clearBareUnwindCreate,
  writeArticleBatch,
  type ArticleFacts,
  type BareCreateBatch,
  type GraphConnection,
} from '@newsgraph/graph';
import type { ProcessSampler } from './processSampler.ts';

export interface WriteAloneResult {
  articles: number;
  batches: number;
  nodes: number;
  relationships: number;
  writeSeconds: number;
  bareSeconds: number;
  /** The first batch of each (the writer's plans its statements cold: seconds each on a loaded machine). */
  firstWriteSeconds: number;
  firstBareSeconds: number;
  /** The writer's wall time (ms) per statement over the run; the rest of writeSeconds is the commit and the driver. */
  statementMs: Map<string, number>;
  /** Peak RSS (bytes) of this process when the given number of articles had been written. */
  peakRssAt: Map<number, number>;
}

// Scratch nodes of the baseline are removed (untimed) this often, so the store does not carry millions of them.
const CLEAR_BARE_EVERY = 50;

/**
 * The graph write alone beside its baseline: each batch of already-extracted articles goes through the real
 * writer (`writeArticleBatch`, one transaction), then a bare `UNWIND … CREATE` writes the same number of nodes
 * and relationships, built from the same batch's rows, in one transaction. Interleaving batch by batch means
 * both see the same machine load, so their ratio means something on a shared machine.
 */
export async function writeAlone(
  graph: GraphConnection,
  facts: Iterable<ArticleFacts>,
  options: { batchSize: number; sampler: ProcessSampler; rssAt: number[]; onBatch?: (articles: number) => void },
): Promise<WriteAloneResult> {
  const result: WriteAloneResult = {
    articles: 0,
    batches: 0,
    nodes: 0,
    relationships: 0,
    writeSeconds: 0,
    bareSeconds: 0,
    firstWriteSeconds: 0,
    firstBareSeconds: 0,
    statementMs: new Map(),
    peakRssAt: new Map(),
  };
  const marks = [...options.rssAt].sort((a, b) => a - b);
  let batch: ArticleFacts[] = [];
  const flush = async () => {
    const t0 = performance.now();
    const written = await writeArticleBatch(graph, batch, { statementMs: result.statementMs });
    const t1 = performance.now();
    await bareUnwindCreate(graph, bareRows(batch, written.nodesCreated, written.relationshipsCreated));
    result.bareSeconds += (performance.now() - t1) / 1000;
    result.writeSeconds += (t1 - t0) / 1000;
    if (result.batches === 0) {
      result.firstWriteSeconds = result.writeSeconds;
      result.firstBareSeconds = result.bareSeconds;
    }
    result.articles += batch.length;
    result.nodes += written.nodesCreated;
    result.relationships += written.relationshipsCreated;
    result.batches += 1;
    batch = [];
    while (marks.length && result.articles >= marks[0]!) {
      options.sampler.sample();
      result.peakRssAt.set(marks.shift()!, options.sampler.peakRss);
    }
    if (result.batches % CLEAR_BARE_EVERY === 0) await clearBareUnwindCreate(graph);
    options.onBatch?.(result.articles);
  };
  for (const f of facts) {
    batch.push(f);
    if (batch.length >= options.batchSize) await flush();
  }
  if (batch.length) await flush();
  await clearBareUnwindCreate(graph);
  return result;
}

/**
 * `nodes` node rows and `rels` relationships for the baseline, taken from the batch's own rows (articles with
 * their text, entities, events, statements, comments; repeated when the writer also created resolution keys),
 * so both sides move the same data.
 */
function bareRows(batch: ArticleFacts[], nodes: number, rels: number): BareCreateBatch {
  const rows: Record<string, unknown>[] = [];
  for (const f of batch) {
    rows.push({ ...f.article });
    for (const e of f.entities) rows.push({ ...e });
    for (const e of f.events) rows.push({ ...e });
    for (const s of f.statements) rows.push({ ...s });
    for (const c of f.comments) rows.push({ ...c });
  }
  const picked = Array.from({ length: nodes }, (_, i) => ({ ...rows[i % rows.length], id: `bench:${i}` }));
  return {
    nodes: picked,
    rels: Array.from({ length: nodes > 0 ? rels : 0 }, (_, i) => ({ from: i % nodes, to: (i * 7 + 1) % nodes })),
  };
}
