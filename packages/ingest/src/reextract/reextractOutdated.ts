import { availableParallelism } from 'node:os';
import type { GraphConnection } from '@newsgraph/graph';
import { createProgressReporter } from '../cli/progressReporter.ts';
import type { IngestSummary } from '../pipeline/ingestSummary.ts';
import { describePlan, describeReextractSummary } from './describeReextract.ts';
import { planReextraction, reextractStored } from './reextractStored.ts';

/**
 * The start command's step: when stored articles come from an older extractor version, re-extract them with
 * plain progress lines on `stream` (a bar would be torn by the server's own log lines). One spaCy worker per
 * core but one, so requests keep a core while it runs. Returns null when everything is current.
 */
export async function reextractOutdated(
  graph: GraphConnection,
  log: (line: string) => void,
  stream: NodeJS.WriteStream = process.stdout,
): Promise<IngestSummary | null> {
  const plan = await planReextraction(graph);
  if (plan.selected === 0) return null;
  log(describePlan(plan));
  const progress = createProgressReporter(plan.selected, stream, {
    label: 'reextract',
    plain: true,
    intervalMs: 10_000,
  });
  const summary = await reextractStored(graph, {
    workers: Math.max(1, availableParallelism() - 1),
    onArticle: (_, s) => progress.update(s),
    onError: (e) => log(`reextract error ${e.code}: ${e.origin}: ${e.message.split('\n')[0]}`),
  });
  for (const line of describeReextractSummary(summary)) log(`reextract: ${line}`);
  return summary;
}
