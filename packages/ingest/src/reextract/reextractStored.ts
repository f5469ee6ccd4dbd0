// Re-extraction of what is stored: article texts read back from the graph, extracted with the current extractor,
// re-resolved and rewritten through the same pipeline and transactional writer as ingest.
import { EXTRACTOR_VERSION } from '@newsgraph/extract';
import {
  countArticlesByExtractorVersion,
  readStoredArticlePage,
  type GraphConnection,
  type StoredArticleSelection,
} from '@newsgraph/graph';
import { DEFAULT_BATCH_SIZE, runIngest, type IngestOptions } from '../pipeline/runIngest.ts';
import type { IngestSummary } from '../pipeline/ingestSummary.ts';
import type { SourceItem } from '../sources/sourceItem.ts';
import { storedSourceArticle } from './storedSourceArticle.ts';

export interface ReextractOptions extends Pick<
  IngestOptions,
  'workers' | 'extractor' | 'batchSize' | 'onArticle' | 'onError' | 'writeOptions'
> {
  /** Every stored article, not only those written by another extractor version (the default). */
  all?: boolean;
}

export interface ReextractPlan {
  /** The version re-extraction writes. */
  current: string;
  /** Stored articles per extractor version before the run ('' = none recorded). */
  byVersion: Map<string, number>;
  total: number;
  /** Articles the run will re-extract. */
  selected: number;
}

/** What a run would do: how many articles are stored, from which extractor versions, and how many it selects. */
export async function planReextraction(
  graph: GraphConnection,
  options: { all?: boolean } = {},
): Promise<ReextractPlan> {
  const byVersion = await countArticlesByExtractorVersion(graph);
  const total = [...byVersion.values()].reduce((a, b) => a + b, 0);
  const selected = options.all ? total : total - (byVersion.get(EXTRACTOR_VERSION) ?? 0);
  return { current: EXTRACTOR_VERSION, byVersion, total, selected };
}

/** Stored articles as source items, page by page in id order (one read per page, as the pipeline pulls). */
async function* storedArticles(
  graph: GraphConnection,
  selection: StoredArticleSelection,
  pageSize: number,
): AsyncGenerator<SourceItem> {
  let after: string | null = null;
  for (;;) {
    const page = await readStoredArticlePage(graph, selection, after, pageSize);
    for (const a of page) yield { article: storedSourceArticle(a) };
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}

/**
 * Re-extracts stored articles (those from an older extractor version, or all) and rewrites their facts. It is
 * ingest with the graph as the source and `force`: the same batches, resolution and one-transaction writer, so
 * an update replaces an article's facts without orphans, curation decisions stay in force, and a second run
 * finds nothing outdated (with `all`, rewrites the same facts).
 */
export async function reextractStored(graph: GraphConnection, options: ReextractOptions = {}): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const selection: StoredArticleSelection = { notVersion: options.all ? null : EXTRACTOR_VERSION };
  const { all: _all, ...ingestOptions } = options;
  return runIngest(graph, storedArticles(graph, selection, batchSize), { ...ingestOptions, batchSize, force: true });
}
