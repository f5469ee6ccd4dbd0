import { hasAnyArticle, type GraphConnection } from '@newsgraph/graph';
import { ingestPaths } from './ingestPaths.ts';
import type { IngestSummary } from './pipeline/ingestSummary.ts';
import { describeSummary } from './cli/describeSummary.ts';

/**
 * The start command's first-run step: when the graph holds no Article, ingest the seed folder. Returns the
 * summary, or null when the graph already had articles.
 */
export async function ingestSeedIfEmpty(
  graph: GraphConnection,
  seedDir: string,
  log: (line: string) => void = () => {},
): Promise<IngestSummary | null> {
  if (await hasAnyArticle(graph)) return null;
  log(`graph is empty: ingesting ${seedDir}`);
  // The seed is small: the shared spaCy worker (also used by the API later) is enough for a few articles.
  const summary = await ingestPaths(graph, [seedDir], { workers: 0, onError: (e) => log(`${e.origin}: ${e.message}`) });
  for (const line of describeSummary(summary)) log(line);
  return summary;
}
