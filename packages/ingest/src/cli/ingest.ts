// `pnpm ingest <paths…> [--dry-run] [--force] [--workers N] [--batch N]` and `pnpm ingest --retract <articleId|url>`.
import { parseArgs } from 'node:util';
import { describeGraphTarget, openConfiguredGraph, retractArticle, type OpenGraph } from '@newsgraph/graph';
import { ingestPaths } from '../ingestPaths.ts';
import { describeSummary } from './describeSummary.ts';
import { estimateArticleCount } from './estimateArticleCount.ts';
import { createProgressReporter } from './progressReporter.ts';
import { runCli } from './runCli.ts';

const USAGE = `usage: pnpm ingest <file|folder|-> … [--dry-run] [--force] [--workers N] [--batch N]
       pnpm ingest --retract <articleId|url>`;

// The running `./newsgraph start` of the same data folder when there is one (NEO4J_URI first, an embedded Neo4j
// of our own last); a signal closes the driver and stops a Neo4j of our own (packages/neo4j-local/src/runtime/).
async function openGraph(): Promise<OpenGraph> {
  const opened = await openConfiguredGraph({
    command: 'pnpm ingest',
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  process.stderr.write(`${describeGraphTarget(opened.target)}\n`);
  return opened;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      retract: { type: 'string' },
      workers: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.retract) {
    if (values['dry-run']) {
      process.stderr.write('--retract cannot be combined with --dry-run\n');
      return 2;
    }
    const opened = await openGraph();
    try {
      const result = await retractArticle(opened.graph, values.retract);
      if (!result.articleId) {
        process.stderr.write(`no article with id or URL ${values.retract}\n`);
        return 1;
      }
      process.stdout.write(
        `retracted ${result.articleId}: ${result.nodesDeleted} nodes and ${result.relationshipsDeleted} relationships removed\n`,
      );
      return 0;
    } finally {
      await opened.close();
    }
  }
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const batchSize = values.batch === undefined ? undefined : Number(values.batch);
  if ((workers !== undefined && !(workers >= 0)) || (batchSize !== undefined && !(batchSize >= 1))) {
    process.stderr.write(`--workers must be ≥ 0 and --batch ≥ 1\n${USAGE}\n`);
    return 2;
  }
  const dryRun = values['dry-run'];
  // A dry run opens no database at all: it reads, extracts and resolves within the run, and writes nothing.
  const opened = dryRun ? null : await openGraph();
  const progress = createProgressReporter(await estimateArticleCount(positionals));
  try {
    const summary = await ingestPaths(opened?.graph ?? null, positionals, {
      dryRun,
      force: values.force,
      workers,
      batchSize,
      onArticle: (_, s) => progress.update(s),
      onError: (e) =>
        progress.log(`error ${e.code}: ${e.origin}: ${e.message.replace(`${e.origin}: `, '').split('\n')[0]}`),
      onWarning: (w) => progress.log(`warning: ${w.origin}: ${w.message}`),
    });
    progress.stop();
    for (const line of describeSummary(summary)) process.stdout.write(`${line}\n`);
    return summary.articles.failed > 0 || summary.aborted ? 1 : 0;
  } finally {
    progress.stop();
    await opened?.close();
  }
}

runCli('ingest', main);
