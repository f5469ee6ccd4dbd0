// `pnpm reextract [--outdated | --all] [--workers N] [--batch N]`: re-extracts stored articles with the current
// extractor and rewrites their facts (see src/reextract/reextractStored.ts).
import { parseArgs } from 'node:util';
import { describeGraphTarget, openConfiguredGraph } from '@newsgraph/graph';
import { describePlan, describeReextractSummary } from '../reextract/describeReextract.ts';
import { planReextraction, reextractStored } from '../reextract/reextractStored.ts';
import { createProgressReporter } from './progressReporter.ts';
import { runCli } from './runCli.ts';

const USAGE = `usage: pnpm reextract [--outdated | --all] [--workers N] [--batch N]
  --outdated  articles written by another extractor version than the current one (default)
  --all       every stored article`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      outdated: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      workers: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.outdated && values.all) {
    process.stderr.write(`--outdated and --all exclude each other\n${USAGE}\n`);
    return 2;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const batchSize = values.batch === undefined ? undefined : Number(values.batch);
  if ((workers !== undefined && !(workers >= 0)) || (batchSize !== undefined && !(batchSize >= 1))) {
    process.stderr.write(`--workers must be ≥ 0 and --batch ≥ 1\n${USAGE}\n`);
    return 2;
  }
  // The same graph the ingest CLI writes to: NEO4J_URI, else the running start's Neo4j, else an embedded one.
  const opened = await openConfiguredGraph({
    command: 'pnpm reextract',
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  process.stderr.write(`${describeGraphTarget(opened.target)}\n`);
  try {
    const plan = await planReextraction(opened.graph, { all: values.all });
    process.stderr.write(`${describePlan(plan)}\n`);
    if (plan.selected === 0) return 0;
    const progress = createProgressReporter(plan.selected, process.stderr, { label: 'reextract' });
    try {
      const summary = await reextractStored(opened.graph, {
        all: values.all,
        workers,
        batchSize,
        onArticle: (_, s) => progress.update(s),
        onError: (e) => progress.log(`error ${e.code}: ${e.origin}: ${e.message.split('\n')[0]}`),
      });
      progress.stop();
      for (const line of describeReextractSummary(summary)) process.stdout.write(`${line}\n`);
      return summary.articles.failed > 0 || summary.aborted ? 1 : 0;
    } finally {
      progress.stop();
    }
  } finally {
    await opened.close();
  }
}

runCli('reextract', main);
