import { factCount, processedCount, type IngestSummary } from '../pipeline/ingestSummary.ts';

/** The end-of-run summary as lines for people. */
export function describeSummary(s: IngestSummary): string[] {
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? processedCount(s) / seconds : 0;
  const lines = [
    `${s.dryRun ? 'dry run (nothing written): ' : ''}articles: ${s.articles.new} new, ${s.articles.updated} updated, ${s.articles.unchanged} unchanged, ${s.articles.failed} failed`,
    `${s.dryRun ? 'would write' : 'written'}: ${s.written.entities} entities, ${s.written.events} events, ${s.written.statements} statements, ${s.written.mentions} mentions, ${s.written.comments} comments`,
    `${processedCount(s)} articles in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s, ${(seconds > 0 ? factCount(s) / seconds : 0).toFixed(0)} facts/s)`,
  ];
  if (!s.dryRun)
    lines.push(
      `graph: +${s.graph.nodesCreated} / -${s.graph.nodesDeleted} nodes, +${s.graph.relationshipsCreated} / -${s.graph.relationshipsDeleted} relationships`,
    );
  if (s.aborted) lines.push('stopped early: the database became unreachable');
  if (s.articles.failed > s.errors.length)
    lines.push(`(${s.articles.failed - s.errors.length} more errors not listed)`);
  return lines;
}
