// Text tables for `pnpm eval:extract`: one section per dev set, then the dev sets side by side against issue 9's
// targets. Every figure printed here is also in the `--json` output.
import type { Prf, Ratio } from './prf.ts';
import type { GoldSetReport } from './scoreGoldSet.ts';
import type { PloverReport } from './scorePlover.ts';
import type { PolnearReport } from './scorePolnear.ts';

export interface SetRun<R> {
  records: number;
  seconds: number;
  extractorVersion: string | null;
  failures: string[];
  report: R;
}

export interface EvalReport {
  date: string;
  extractorDir: string;
  sets: {
    project?: SetRun<GoldSetReport>;
    wikinews?: SetRun<GoldSetReport>;
    polnear?: SetRun<PolnearReport>;
    plover?: SetRun<PloverReport>;
  };
  /** Dev sets not scored because their files are absent. */
  skipped: string[];
}

const pct = (n: number) => (100 * n).toFixed(1).padStart(5);
const ratioText = (r: Ratio) => `${pct(r.value)} % (${r.n}/${r.of})`;
const prfRow = (label: string, v: Prf, width = 24) =>
  `${label.padEnd(width)} ${pct(v.p)}  ${pct(v.r)}  ${pct(v.f1)}  ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}`;
const prfHeader = (label: string, width = 24) => `${label.padEnd(width)}     P      R     F1    tp   fp   fn`;

function runLine(name: string, run: SetRun<unknown>): string[] {
  const lines = [
    `\n== ${name}: ${run.records} records, extractor ${run.extractorVersion ?? '?'}, ${run.seconds.toFixed(0)} s through the CLI`,
  ];
  if (run.failures.length)
    lines.push(
      `   CLI failures (${run.failures.length}): ${run.failures.slice(0, 5).join(' | ')}${run.failures.length > 5 ? ' …' : ''}`,
    );
  return lines;
}

export function formatGoldSet(name: string, run: SetRun<GoldSetReport>, showMisses: boolean): string[] {
  const r = run.report;
  const lines = runLine(name, run);
  if (r.skipped.length) lines.push(`   skipped files: ${r.skipped.join('; ')}`);
  const all = r.groups.all;
  if (!all) return [...lines, '   no examples'];
  lines.push(
    '   gold format: span match for entities; statements = speakers + ≥50 % quote overlap; events = type + actors + date',
  );
  lines.push(prfHeader('category'));
  for (const [k, v] of Object.entries(all.categories)) lines.push(prfRow(k, v));
  const splits = ['tune', 'check'].filter((s) => r.groups[s]);
  if (splits.length) {
    lines.push(
      `\n${'by split (P / R / F1)'.padEnd(24)} ${splits.map((s) => `${s} (${r.groups[s]!.examples})`.padEnd(22)).join('')}`,
    );
    for (const k of Object.keys(all.categories).filter((c) => !c.includes(':'))) {
      lines.push(
        `${k.padEnd(24)} ${splits
          .map((s) => {
            const v = r.groups[s]!.categories[k];
            return (v ? `${pct(v.p)} /${pct(v.r)} /${pct(v.f1)}` : '-').padEnd(22);
          })
          .join('')}`,
      );
    }
  }
  lines.push('\n' + prfHeader('NER (exact span + type)'));
  for (const k of ['PER', 'LOC', 'ORG', 'all', 'conll']) {
    const v = all.ner[k];
    if (v) lines.push(prfRow(k === 'conll' ? 'all, demonyms as MISC' : k, v));
  }
  for (const s of splits) {
    const v = r.groups[s]!.ner.all;
    if (v) lines.push(prfRow(`all, ${s}`, v));
  }
  const j = all.junk;
  lines.push(
    `junk entities: ${pct(j.rate)} % of ${j.entities} predicted (fragment ${j.fragment}, wrong kind ${j.wrongKind}, unmerged duplicate ${j.duplicate}); not in the gold at all: ${pct(j.notInGoldRate)} % (${j.notInGold}: spurious or unannotated)`,
  );
  if (showMisses) {
    for (const [slug, m] of Object.entries(r.misses)) {
      const items = [...m.notes, ...m.gold, ...m.ner, ...m.junk];
      if (items.length === 0) continue;
      lines.push(`\n## ${slug}`);
      for (const item of items) lines.push(`  ${item}`);
    }
  }
  return lines;
}

export function formatPolnear(run: SetRun<PolnearReport>, showMisses: boolean): string[] {
  const r = run.report;
  const lines = runLine('PolNeAR dev (quotations)', run);
  lines.push(`   gold quotes ${r.quotes} in ${r.articles} articles`);
  lines.push(`   found (a statement overlaps the quote)           ${ratioText(r.found)}`);
  lines.push(`   statement precision (quotation statements)       ${ratioText(r.precision)}`);
  lines.push(`   statement precision (all statements, info)       ${ratioText(r.precisionAllStatements)}`);
  lines.push(`   F1 of the two                                    ${pct(r.prf.f1)} %`);
  lines.push(`   speaker right, of found                          ${ratioText(r.speakerRightOfFound)}`);
  lines.push(`   found with the right named speaker, of all       ${ratioText(r.namedSpeakerEndToEnd)}`);
  for (const [kind, k] of Object.entries(r.byKind))
    lines.push(
      `   ${kind.padEnd(6)} quotes: found ${ratioText(k.found)}, named speaker end to end ${ratioText(k.namedSpeakerEndToEnd)}`,
    );
  if (showMisses) appendMisses(lines, r.misses);
  return lines;
}

export function formatPlover(run: SetRun<PloverReport>, showMisses: boolean): string[] {
  const r = run.report;
  const lines = runLine('PLOVER GSR dev (events: type + source + target)', run);
  lines.push(`   gold dyads ${r.dyads} in ${r.sentences} sentences`);
  lines.push(prfHeader('dyads'));
  lines.push(prfRow('type + source + target', r.prf));
  lines.push(`   recall, either direction (info)   ${ratioText(r.recallEitherDirection)}`);
  lines.push(`   recall, any type (info)           ${ratioText(r.recallAnyType)}`);
  lines.push(
    `   recall by gold type: ${Object.entries(r.byType)
      .map(([t, v]) => `${t} ${v.n}/${v.of}`)
      .join(', ')}`,
  );
  if (showMisses) appendMisses(lines, r.misses);
  return lines;
}

function appendMisses(lines: string[], misses: Record<string, string[]>): void {
  for (const [id, list] of Object.entries(misses)) {
    if (list.length === 0) continue;
    lines.push(`\n## ${id}`);
    for (const m of list) lines.push(`  ${m}`);
  }
}

interface TargetRow {
  set: string;
  measure: string;
  value: number | null;
  target: string;
  met: boolean | null;
}

/** Issue 9's targets next to the measured figures, one row per target and dev set. */
export function targetRows(report: EvalReport): TargetRow[] {
  const { project, wikinews, polnear, plover } = report.sets;
  const row = (set: string, measure: string, value: number | undefined, op: '>=' | '<=', bound: number): TargetRow => ({
    set,
    measure,
    value: value ?? null,
    target: `${op === '>=' ? '≥' : '≤'} ${pct(bound).trim()}`,
    met: value === undefined ? null : op === '>=' ? value >= bound : value <= bound,
  });
  const rows: TargetRow[] = [];
  if (plover) rows.push(row('PLOVER dev', 'events type+source+target F1', plover.report.prf.f1, '>=', 0.5));
  if (polnear) {
    rows.push(row('PolNeAR dev', 'quotes found', polnear.report.found.value, '>=', 0.8));
    rows.push(row('PolNeAR dev', 'statement precision', polnear.report.precision.value, '>=', 0.8));
    rows.push(
      row('PolNeAR dev', 'named speaker right end to end', polnear.report.namedSpeakerEndToEnd.value, '>=', 0.75),
    );
  }
  if (wikinews) {
    rows.push(row('Wikinews gold', 'NER F1 (PER/LOC/ORG)', wikinews.report.groups.all?.ner.all?.f1, '>=', 0.8));
    rows.push(row('Wikinews gold', 'events precision', wikinews.report.groups.all?.categories.events?.p, '>=', 0.7));
    rows.push(
      row('Wikinews gold', 'statements precision', wikinews.report.groups.all?.categories.statements?.p, '>=', 0.85),
    );
    rows.push(row('Wikinews gold', 'junk entities', wikinews.report.groups.all?.junk.rate, '<=', 0.05));
  }
  if (project) {
    rows.push(row('project gold', 'NER F1 (PER/LOC/ORG)', project.report.groups.all?.ner.all?.f1, '>=', 0.8));
    const seed = project.report.misses['seed-mexico-sheinbaum'];
    if (seed)
      rows.push({
        set: 'project gold',
        measure: 'seed exact (misses)',
        value: seed.gold.length + seed.notes.length,
        target: '= 0',
        met: seed.gold.length + seed.notes.length === 0,
      });
  }
  return rows;
}

export function formatSummary(report: EvalReport): string[] {
  const lines = ['\n== dev sets side by side (issue 9 targets)'];
  lines.push(`${'set'.padEnd(15)} ${'measure'.padEnd(32)} ${'value'.padStart(7)}  target    met`);
  for (const r of targetRows(report)) {
    const value = r.value === null ? '-' : r.measure.startsWith('seed') ? String(r.value) : `${pct(r.value)} %`;
    lines.push(
      `${r.set.padEnd(15)} ${r.measure.padEnd(32)} ${value.padStart(7)}  ${r.target.padEnd(8)}  ${r.met === null ? '-' : r.met ? 'yes' : 'no'}`,
    );
  }
  const { project, wikinews } = report.sets;
  const columns: [string, GoldSetReport['groups'][string] | undefined][] = [
    ['project', project?.report.groups.all],
    ['wikinews tune', wikinews?.report.groups.tune],
    ['wikinews check', wikinews?.report.groups.check],
  ];
  const shown = columns.filter(([, g]) => g);
  if (shown.length) {
    lines.push(
      `\n${'gold sets, F1'.padEnd(24)} ${shown.map(([n, g]) => `${n} (${g!.examples})`.padStart(20)).join('')}`,
    );
    for (const k of ['entities', 'roles', 'statements', 'events', 'overall']) {
      lines.push(
        `${k.padEnd(24)} ${shown.map(([, g]) => (g!.categories[k] ? pct(g!.categories[k].f1) : '-').padStart(20)).join('')}`,
      );
    }
    lines.push(
      `${'NER (PER/LOC/ORG)'.padEnd(24)} ${shown.map(([, g]) => (g!.ner.all ? pct(g!.ner.all.f1) : '-').padStart(20)).join('')}`,
    );
    lines.push(`${'junk entities %'.padEnd(24)} ${shown.map(([, g]) => pct(g!.junk.rate).padStart(20)).join('')}`);
  }
  if (report.skipped.length) lines.push(`\nskipped (files absent): ${report.skipped.join('; ')}`);
  return lines;
}
