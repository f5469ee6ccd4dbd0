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
  /** The baseline as measured before 2026-11-27 09:00 (`bareRows`): the writer's counts from the batch's first rows. */
  bareSeconds: number;
  /** The baseline writing the same rows as the writer (`sameRows`): every article's text, the edges' properties. */
  sameRowsSeconds: number;
  /** The first batch of each (the writer's plans its statements cold: seconds each on a loaded machine). */
  firstWriteSeconds: number;
  firstBareSeconds: number;
  firstSameRowsSeconds: number;
  /**
   * Where the writer's time goes (ms over the run): each statement's time in Neo4j, `rows (JS)`, `commit` (see
   * WriteOptions.statementMs); the rest of writeSeconds is the driver, round trips and waits between statements.
   */
  statementMs: Map<string, number>;
  /** Peak RSS (bytes) of this process when the given number of articles had been written. */
  peakRssAt: Map<number, number>;
}

// Scratch nodes of the baseline are removed (untimed) this often, so the store does not carry millions of them.
const CLEAR_BARE_EVERY = 50;

/**
 * The graph write alone beside its baseline: each batch of already-extracted articles goes through the real
 * writer (`writeArticleBatch`, one transaction), then the bare-create baseline (`bareUnwindCreate`) writes the same number of nodes
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
    sameRowsSeconds: 0,
    firstWriteSeconds: 0,
    firstBareSeconds: 0,
    firstSameRowsSeconds: 0,
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
    const t2 = performance.now();
    await bareUnwindCreate(graph, sameRows(batch, written.nodesCreated, written.relationshipsCreated));
    result.sameRowsSeconds += (performance.now() - t2) / 1000;
    result.bareSeconds += (t2 - t1) / 1000;
    result.writeSeconds += (t1 - t0) / 1000;
    if (result.batches === 0) {
      result.firstWriteSeconds = result.writeSeconds;
      result.firstBareSeconds = result.bareSeconds;
      result.firstSameRowsSeconds = result.sameRowsSeconds;
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
 * The baseline as measured until 2026-11-27 (kept so ratios stay comparable): `nodes` node rows and `rels`
 * relationships without properties, the node rows taken in order from the batch's rows (each article, then its
 * entities, events, statements, comments) — the writer creates fewer nodes than there are rows (shared entities,
 * corroborated facts), so the last articles of a batch, and their texts, were never written by it.
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

/**
 * The baseline writing the same rows as the writer: as many nodes and relationships as it created, every article of
 * the batch as a node with its whole record (text included), the other nodes from the batch's entity, event, statement
 * and comment rows, and the relationships carrying the properties of the writer's mention and evidence edges (offsets,
 * names, sentences, …; the rest, like IDENTIFIES or ACTOR_IN, with none or one short value, get none).
 */
function sameRows(batch: ArticleFacts[], nodes: number, rels: number): BareCreateBatch {
  const articles = batch.map((f) => ({ ...f.article }));
  const facts: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  for (const f of batch) {
    for (const e of f.entities) facts.push({ ...e });
    for (const e of f.events) facts.push({ ...e });
    for (const s of f.statements) facts.push({ ...s });
    for (const c of f.comments) facts.push({ ...c });
    const version = f.article.extractorVersion;
    for (const m of f.mentions)
      edges.push({
        count: m.offsets.length / 2,
        offsets: m.offsets,
        referenceOffsets: m.referenceOffsets,
        names: m.names,
        extractorVersion: version,
      });
    for (const e of f.events)
      edges.push({
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        confidence: e.confidence,
        extractorVersion: version,
        evidence: e.evidence,
        label: e.label,
      });
    for (const s of f.statements)
      edges.push({
        sentence: s.sentence,
        start: s.start,
        end: s.end,
        confidence: s.confidence,
        extractorVersion: version,
        verb: s.verb,
        speakerText: s.speakerText,
        dateText: s.dateText,
      });
  }
  const rows = [...articles, ...facts];
  return {
    nodes: Array.from({ length: nodes }, (_, i) => ({ ...rows[i % rows.length], id: `bench:${i}` })),
    rels: Array.from({ length: nodes > 0 ? rels : 0 }, (_, i) => ({
      from: i % nodes,
      to: (i * 7 + 1) % nodes,
      props: edges[i] ?? {},
    })),
  };
}
