import { describeSummary } from '../cli/describeSummary.ts';
import type { IngestSummary } from '../pipeline/ingestSummary.ts';
import type { ReextractPlan } from './reextractStored.ts';

const versions = (plan: ReextractPlan) =>
  [...plan.byVersion].map(([v, n]) => `${n} × ${v || '(no version)'}`).join(', ');

/** One line saying what a run will do, or that there is nothing to do. */
export function describePlan(plan: ReextractPlan): string {
  if (plan.total === 0) return 'the graph holds no articles: nothing to re-extract';
  if (plan.selected === 0)
    return `all ${plan.total} stored articles are from ${plan.current}: nothing to re-extract (--all forces it)`;
  return `re-extracting ${plan.selected} of ${plan.total} stored articles with ${plan.current} (stored: ${versions(plan)})`;
}

/** The end-of-run summary: articles re-extracted and failed, then what ingest reports (facts, rate, graph changes). */
export function describeReextractSummary(s: IngestSummary): string[] {
  const [, ...rest] = describeSummary(s);
  return [`re-extracted: ${s.articles.updated} articles, ${s.articles.failed} failed`, ...rest];
}
