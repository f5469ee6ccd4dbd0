// pnpm eval:extract — scores the extractor, through its CLI contract (`pnpm --silent extract --jsonl`), on four dev
// sets side by side, skipping those whose files are absent:
//   project   the project gold (eval/gold/), gold-format P/R/F1 + NER + junk entities
//   wikinews  the Wikinews gold (eval/wikinews/), the same, tune and check splits apart
//   polnear   PolNeAR dev quotations (../shared/corpora/polnear-dev.jsonl)
//   plover    PLOVER gold-standard event sentences (../shared/corpora/plover-gsr-dev.jsonl)
// Flags: --json (every figure as JSON), --misses (every missed and spurious item), --set <name>[,<name>] (only
// those sets), --extractor-dir <checkout> (run another checkout's `extract`, e.g. the last release, for a before/after).
import { parseArgs } from 'node:util';
import { polnearLine, ploverLine, readCorpus } from './corpora.ts';
import { GOLD_DIR, WIKINEWS_DIR } from './gold/loadGoldExamples.ts';
import {
  formatGoldSet,
  formatPlover,
  formatPolnear,
  formatSummary,
  type EvalReport,
  type SetRun,
} from './printReport.ts';
import { REPO_DIR, runExtractorCli, type ArticleRecord } from './runExtractorCli.ts';
import { loadGoldSet, scoreGoldSet, type GoldSetReport } from './scoreGoldSet.ts';
import { ploverRecords, scorePlover } from './scorePlover.ts';
import { polnearRecords, scorePolnear } from './scorePolnear.ts';
import type { ExtractionOutput } from './extractionOutput.ts';

export const SET_NAMES = ['project', 'wikinews', 'polnear', 'plover'] as const;
export type SetName = (typeof SET_NAMES)[number];

export interface EvaluateOptions {
  sets?: readonly SetName[];
  extractorDir?: string;
  log?: (line: string) => void;
}

async function runSet<R>(
  name: string,
  records: ArticleRecord[],
  score: (outputs: Map<string, ExtractionOutput>) => R,
  options: EvaluateOptions,
): Promise<SetRun<R>> {
  options.log?.(`${name}: extracting ${records.length} records through the CLI…`);
  const run = await runExtractorCli(records, options.extractorDir ? { repoDir: options.extractorDir } : {});
  return {
    records: records.length,
    seconds: run.seconds,
    extractorVersion: run.extractorVersion,
    failures: run.failures,
    report: score(run.outputs),
  };
}

/** The project gold alone (the floors test): one CLI run over every example of eval/gold/. */
export async function evaluateProjectGold(options: EvaluateOptions = {}): Promise<SetRun<GoldSetReport>> {
  const set = loadGoldSet(GOLD_DIR);
  return runSet(
    'project gold',
    set.examples.map((e) => e.record),
    (outputs) => scoreGoldSet(set, outputs),
    options,
  );
}

export async function evaluate(options: EvaluateOptions = {}): Promise<EvalReport> {
  const want = new Set(options.sets ?? SET_NAMES);
  const report: EvalReport = {
    date: new Date().toISOString().slice(0, 10),
    extractorDir: options.extractorDir ?? REPO_DIR,
    sets: {},
    skipped: [],
  };
  if (want.has('project')) report.sets.project = await evaluateProjectGold(options);
  if (want.has('wikinews')) {
    const set = loadGoldSet(WIKINEWS_DIR, true);
    if (set.examples.length === 0) report.skipped.push('wikinews (no gold files in eval/wikinews/)');
    else
      report.sets.wikinews = await runSet(
        'wikinews gold',
        set.examples.map((e) => e.record),
        (o) => scoreGoldSet(set, o),
        options,
      );
  }
  if (want.has('polnear')) {
    const articles = readCorpus('polnear-dev.jsonl', polnearLine);
    if (articles === null) report.skipped.push('polnear (../shared/corpora/polnear-dev.jsonl)');
    else
      report.sets.polnear = await runSet(
        'PolNeAR dev',
        polnearRecords(articles),
        (o) => scorePolnear(articles, o),
        options,
      );
  }
  if (want.has('plover')) {
    const records = readCorpus('plover-gsr-dev.jsonl', ploverLine);
    if (records === null) report.skipped.push('plover (../shared/corpora/plover-gsr-dev.jsonl)');
    else
      report.sets.plover = await runSet('PLOVER dev', ploverRecords(records), (o) => scorePlover(records, o), options);
  }
  return report;
}

/** The report without the per-item misses (they can hold corpus text, and `--json` is for figures). */
function figuresOnly(report: EvalReport): unknown {
  return JSON.parse(JSON.stringify(report, (key, value: unknown) => (key === 'misses' ? undefined : value)));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      misses: { type: 'boolean' },
      set: { type: 'string', multiple: true },
      'extractor-dir': { type: 'string' },
    },
  });
  const sets = values.set?.flatMap((s) => s.split(',')).map((s) => s.trim());
  const unknown = sets?.filter((s) => !(SET_NAMES as readonly string[]).includes(s));
  if (unknown?.length) {
    console.error(`unknown set ${unknown.join(', ')}; sets: ${SET_NAMES.join(', ')}`);
    return 2;
  }
  const report = await evaluate({
    ...(sets ? { sets: sets as SetName[] } : {}),
    ...(values['extractor-dir'] ? { extractorDir: values['extractor-dir'] } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (values.json) {
    console.log(JSON.stringify(values.misses ? report : figuresOnly(report), null, 2));
    return 0;
  }
  const { project, wikinews, polnear, plover } = report.sets;
  const lines: string[] = [`extractor at ${report.extractorDir}, ${report.date}`];
  if (project) lines.push(...formatGoldSet('project gold (eval/gold/)', project, !!values.misses));
  if (wikinews) lines.push(...formatGoldSet('Wikinews gold (eval/wikinews/)', wikinews, !!values.misses));
  if (polnear) lines.push(...formatPolnear(polnear, !!values.misses));
  if (plover) lines.push(...formatPlover(plover, !!values.misses));
  lines.push(...formatSummary(report));
  console.log(lines.join('\n'));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('evaluate.ts')) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`eval:extract: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      process.exitCode = 1;
    },
  );
}
