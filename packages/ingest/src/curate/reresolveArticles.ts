import { loadArticleInputs, type GraphConnection } from '@newsgraph/graph';
import { runIngest } from '../pipeline/runIngest.ts';
import type { IngestSummary } from '../pipeline/ingestSummary.ts';
import { storedSourceArticle } from '../reextract/storedSourceArticle.ts';
import type { SourceItem } from '../sources/sourceItem.ts';

/**
 * Re-extracts and re-resolves stored articles after a curation decision, keeping their ids and content
 * hashes, so their facts follow the decision (and a later ingest of the same files still finds them unchanged).
 */
export async function reresolveArticles(graph: GraphConnection, articleIds: string[]): Promise<IngestSummary> {
  async function* stored(): AsyncGenerator<SourceItem> {
    for (let i = 0; i < articleIds.length; i += 100) {
      for (const a of await loadArticleInputs(graph, articleIds.slice(i, i + 100)))
        yield { article: storedSourceArticle(a) };
    }
  }
  return runIngest(graph, stored(), { force: true, workers: 0 });
}
