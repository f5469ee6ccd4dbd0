import { EXTRACTOR_VERSION, type ArticleInput } from '@newsgraph/extract';
import {
  findArticleVersions,
  lookupEntitiesByKeys,
  writeArticleBatch,
  type ArticleFacts,
  type ArticleVersion,
  type GraphConnection,
  type WriteOptions,
} from '@newsgraph/graph';
import { buildArticleFacts } from '../facts/buildArticleFacts.ts';
import { articleIdentity, type ArticleIdentity } from '../identity/articleIdentity.ts';
import { resolveEntities, type EntityLookup } from '../resolve/resolveEntities.ts';
import type { SourceArticle } from '../sources/sourceArticle.ts';
import type { SourceItem } from '../sources/sourceItem.ts';
import { openExtractor, type Extractor, type ExtractOutcome } from './extractPool.ts';
import { emptySummary, MAX_KEPT_ERRORS, type IngestError, type IngestSummary } from './ingestSummary.ts';

/** Articles per write transaction: big enough to amortise a statement's fixed cost, small enough to retry. */
export const DEFAULT_BATCH_SIZE = 200;

export interface IngestOptions {
  /** Read, extract and resolve, write nothing (and read nothing: without a graph every article counts as new). */
  dryRun?: boolean;
  /** Re-extract and rewrite articles even when their content hash is unchanged (curation uses this). */
  force?: boolean;
  /** Articles per extraction task and per write transaction. */
  batchSize?: number;
  /**
   * spaCy worker processes for extraction (default: one per core); 0 uses the process-wide shared worker (small
   * jobs: API, curation, seed). Ignored when `extractor` is given.
   */
  workers?: number;
  /** An extractor to use (not closed by the run), e.g. the CLI's, so it can stop the workers on a signal. */
  extractor?: Extractor;
  /** Batches extracted ahead of the writer: bounds memory whatever the corpus size. */
  maxBatchesAhead?: number;
  onArticle?: (outcome: 'new' | 'updated' | 'unchanged' | 'failed', summary: IngestSummary) => void;
  onError?: (error: IngestError) => void;
  writeOptions?: WriteOptions;
  /** Receives each batch's facts once they are written (the ingest bench replays them through the writer alone). */
  onWritten?: (facts: ArticleFacts[]) => void;
}

interface PendingArticle {
  source: SourceArticle;
  identity: ArticleIdentity;
  status: 'new' | 'updated';
}

interface PreparedBatch {
  articles: PendingArticle[];
  extraction: Promise<ExtractOutcome[]>;
}

/** Errors after which writing more is pointless: the database is gone, not this article. */
function isConnectivityError(error: unknown): boolean {
  // Anything may be thrown, null included: read the two fields without assuming an Error.
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    (typeof message === 'string' && /Pool is closed|connection.*(?:closed|refused|reset)/i.test(message))
  );
}

/**
 * The pipeline: source items → batches → content-hash check → extraction by the spaCy workers (up to
 * `maxBatchesAhead` batches ahead) → entity resolution (one graph read per batch) → one write transaction per
 * batch, while the workers already extract the next batches. A batch that fails to write is retried article
 * by article so one bad article does not sink its neighbours.
 */
export async function runIngest(
  graph: GraphConnection | null,
  items: AsyncIterable<SourceItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const dryRun = options.dryRun ?? false;
  if (!graph && !dryRun) throw new Error('runIngest needs a graph unless dryRun is set');
  const summary = emptySummary(dryRun);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const { extractor, owned: ownsExtractor } = options.extractor
    ? { extractor: options.extractor, owned: false }
    : openExtractor(options.workers);
  // Two batches per worker in flight: each worker parses one while the other waits queued, so none idles while
  // the main thread runs the rules, resolves and writes.
  const maxAhead = Math.max(1, options.maxBatchesAhead ?? Math.max(2, extractor.workers * 2));
  const lookup: EntityLookup =
    graph && !dryRun ? (keys, ids) => lookupEntitiesByKeys(graph, keys, ids) : () => Promise.resolve([]);
  // Ids (and content hashes) seen in this run: a duplicate later in the same run is unchanged, not new twice.
  // Writing to a graph, an id leaves the map once its batch is written: from then on the stored version answers
  // the same question (findArticleVersions), so the map holds the batches in flight, not the whole corpus
  // (~200 bytes an article: 20 MB over a 100 000-article run). A dry run has only the map; `force` rewrites
  // stored articles, so only the map tells a duplicate of this run from an article stored before it.
  const seen = new Map<string, string>();
  const forgetWritten = Boolean(graph) && !dryRun && !options.force;

  const fail = (origin: string, code: string, message: string) => {
    summary.articles.failed += 1;
    const error = { origin, code, message };
    if (summary.errors.length < MAX_KEPT_ERRORS) summary.errors.push(error);
    options.onError?.(error);
    options.onArticle?.('failed', summary);
  };

  const prepare = async (sources: SourceArticle[]): Promise<PreparedBatch | null> => {
    const byId = new Map<string, { source: SourceArticle; identity: ArticleIdentity }>();
    for (const source of sources) {
      const identity = articleIdentity(source);
      if (seen.get(identity.id) === identity.contentHash) {
        summary.articles.unchanged += 1;
        options.onArticle?.('unchanged', summary);
        continue;
      }
      byId.set(identity.id, { source, identity });
    }
    const stored =
      graph && !dryRun ? await findArticleVersions(graph, [...byId.keys()]) : new Map<string, ArticleVersion>();
    const articles: PendingArticle[] = [];
    for (const { source, identity } of byId.values()) {
      const previous = stored.get(identity.id);
      const inRun = seen.has(identity.id);
      seen.set(identity.id, identity.contentHash);
      if (
        !options.force &&
        previous &&
        previous.contentHash === identity.contentHash &&
        previous.extractorVersion === EXTRACTOR_VERSION
      ) {
        summary.articles.unchanged += 1;
        options.onArticle?.('unchanged', summary);
        continue;
      }
      articles.push({ source, identity, status: previous || inRun ? 'updated' : 'new' });
    }
    if (articles.length === 0) return null;
    const inputs: ArticleInput[] = articles.map(({ source }) => {
      const input: ArticleInput = { text: source.text };
      if (source.title) input.title = source.title;
      if (source.publishedAt) input.publishedAt = source.publishedAt;
      if (source.url) input.url = source.url;
      if (source.source) input.source = source.source;
      return input;
    });
    const extraction = extractor.extract(inputs);
    extraction.catch(() => {}); // awaited (and reported) in drain; a rejection before then is not unhandled
    return { articles, extraction };
  };

  const writeFacts = async (batch: { pending: PendingArticle; facts: ArticleFacts }[]) => {
    const count = (done: typeof batch, result: Awaited<ReturnType<typeof writeArticleBatch>> | null) => {
      for (const { pending } of done) {
        summary.articles[pending.status] += 1;
        options.onArticle?.(pending.status, summary);
      }
      const w = summary.written;
      if (result) {
        w.entities += result.entities;
        w.events += result.events;
        w.statements += result.statements;
        w.mentions += result.mentions;
        w.comments += result.comments;
        const g = summary.graph;
        g.nodesCreated += result.nodesCreated;
        g.nodesDeleted += result.nodesDeleted;
        g.relationshipsCreated += result.relationshipsCreated;
        g.relationshipsDeleted += result.relationshipsDeleted;
      } else {
        for (const { facts } of done) {
          w.entities += facts.entities.length;
          w.events += facts.events.length;
          w.statements += facts.statements.length;
          w.mentions += facts.mentions.length;
          w.comments += facts.comments.length;
        }
      }
    };
    if (dryRun || !graph) return count(batch, null);
    try {
      const facts = batch.map((b) => b.facts);
      count(batch, await writeArticleBatch(graph, facts, options.writeOptions));
      options.onWritten?.(facts);
    } catch (error) {
      if (isConnectivityError(error)) {
        for (const { pending } of batch) fail(pending.source.origin, 'DB_UNAVAILABLE', (error as Error).message);
        throw error;
      }
      if (batch.length === 1) {
        fail(batch[0]!.pending.source.origin, 'WRITE_FAILED', (error as Error).message);
        return;
      }
      for (const one of batch) {
        try {
          count([one], await writeArticleBatch(graph, [one.facts], options.writeOptions));
        } catch (inner) {
          if (isConnectivityError(inner)) {
            for (const rest of batch.slice(batch.indexOf(one)))
              fail(rest.pending.source.origin, 'DB_UNAVAILABLE', (inner as Error).message);
            throw inner;
          }
          fail(one.pending.source.origin, 'WRITE_FAILED', (inner as Error).message);
        }
      }
    }
  };

  const drain = async (prepared: PreparedBatch) => {
    try {
      await drainBatch(prepared);
    } finally {
      if (forgetWritten) for (const a of prepared.articles) seen.delete(a.identity.id);
    }
  };

  const drainBatch = async (prepared: PreparedBatch) => {
    let outcomes: ExtractOutcome[];
    try {
      outcomes = await prepared.extraction;
    } catch (error) {
      for (const a of prepared.articles) fail(a.source.origin, 'EXTRACT_FAILED', (error as Error).message);
      return;
    }
    const ok: { pending: PendingArticle; extraction: Extract<ExtractOutcome, { ok: true }>['extraction'] }[] = [];
    outcomes.forEach((outcome, i) => {
      const pending = prepared.articles[i]!;
      if (outcome.ok) ok.push({ pending, extraction: outcome.extraction });
      else fail(pending.source.origin, outcome.code, outcome.message);
    });
    if (ok.length === 0) return;
    const resolved = await resolveEntities(
      ok.map((o) => ({ articleId: o.pending.identity.id, extraction: o.extraction })),
      lookup,
    );
    const batch = ok.map((o, i) => ({
      pending: o.pending,
      facts: buildArticleFacts(o.pending.source, o.pending.identity, o.extraction, resolved[i]!),
    }));
    await writeFacts(batch);
  };

  const inflight: PreparedBatch[] = [];
  let buffer: SourceArticle[] = [];
  const flush = async () => {
    const prepared = await prepare(buffer);
    buffer = [];
    if (prepared) inflight.push(prepared);
    while (inflight.length >= maxAhead) await drain(inflight.shift()!);
  };

  try {
    for await (const item of items) {
      if (item.error) {
        summary.sourceErrors += 1;
        fail(item.error.origin, item.error.code, item.error.message);
        continue;
      }
      buffer.push(item.article);
      if (buffer.length >= batchSize) await flush();
    }
    if (buffer.length) await flush();
    while (inflight.length) await drain(inflight.shift()!);
  } catch (error) {
    if (!isConnectivityError(error)) throw error;
    summary.aborted = true;
    const message = `database unreachable, run stopped: ${(error as Error).message}`;
    for (const prepared of inflight.splice(0))
      for (const a of prepared.articles) fail(a.source.origin, 'DB_UNAVAILABLE', message);
    for (const a of buffer) fail(a.origin, 'DB_UNAVAILABLE', message);
    fail('(run)', 'DB_UNAVAILABLE', message);
    summary.articles.failed -= 1; // the run-level line is an error message, not an article
  } finally {
    if (ownsExtractor) await extractor.close();
    summary.elapsedMs = Date.now() - started;
  }
  return summary;
}
