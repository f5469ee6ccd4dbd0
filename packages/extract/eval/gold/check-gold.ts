// Checks every gold example (eval/gold/ and the Wikinews gold in eval/wikinews/) and prints one line per file;
// exits 1 on any problem. Run: pnpm exec tsx packages/extract/eval/gold/check-gold.ts [folder …]
import { resolve } from 'node:path';
import { checkWikinewsSource, wikinewsByUrl, WIKINEWS_CORPUS } from './checkWikinewsSource.ts';
import { GOLD_DIRS, loadGoldExamples, orphanArticles } from './loadGoldExamples.ts';
import { validateGoldExample } from './validateGoldExample.ts';

const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : [...GOLD_DIRS];
let failed = 0;

for (const dir of dirs) {
  const styles = new Map<string, number>();
  const splits = new Map<string, number>();
  let fictional = 0;
  let examples = 0;
  const totals = { entities: 0, roles: 0, statements: 0, events: 0, words: 0 };
  console.log(`\n# ${dir}`);
  for (const ex of loadGoldExamples(dir)) {
    examples++;
    if (ex.markdown === '') {
      console.log(`FAIL ${ex.slug}: missing ${ex.slug}.md`);
      failed++;
      continue;
    }
    if (ex.jsonError !== null) {
      console.log(`FAIL ${ex.slug}: ${ex.goldPath} is not JSON: ${ex.jsonError}`);
      failed++;
      continue;
    }
    const report = validateGoldExample(ex.markdown, ex.gold);
    // A Wikinews example must match its corpus line (verbatim body, split by line number) when the corpus is here.
    if (report.style === 'wikinews') report.problems.push(...checkWikinewsSource(report.url, report.body, report.split, report.publishedAt));
    const g = ex.gold as { entities?: unknown[]; roles?: unknown[]; statements?: unknown[]; events?: unknown[] };
    const line = `${ex.slug} [${report.style ?? '?'}${report.split ? `/${report.split}` : ''}${report.fictional ? ', fictional' : ''}, ${report.publishedAt ?? '?'}, ${report.wordCount} words]` +
      ` entities=${g.entities?.length ?? 0} roles=${g.roles?.length ?? 0} statements=${g.statements?.length ?? 0} events=${g.events?.length ?? 0}`;
    // The brief asks for 250–700 words per written example; the seed and real Wikinews articles are exempt.
    const written = !ex.slug.startsWith('seed-') && report.style !== 'wikinews';
    const lengthNote = written && (report.wordCount < 250 || report.wordCount > 700) ? ' (warn: outside 250–700 words)' : '';
    if (report.problems.length > 0) {
      failed++;
      console.log(`FAIL ${line}${lengthNote}`);
      for (const p of report.problems) console.log(`     - ${p}`);
    } else {
      console.log(`ok   ${line}${lengthNote}`);
    }
    styles.set(report.style ?? '?', (styles.get(report.style ?? '?') ?? 0) + 1);
    if (report.split) splits.set(report.split, (splits.get(report.split) ?? 0) + 1);
    if (report.fictional) fictional++;
    totals.entities += g.entities?.length ?? 0;
    totals.roles += g.roles?.length ?? 0;
    totals.statements += g.statements?.length ?? 0;
    totals.events += g.events?.length ?? 0;
    totals.words += report.wordCount;
  }
  for (const orphan of orphanArticles(dir)) {
    console.log(`FAIL ${orphan}: no matching .gold.json`);
    failed++;
  }
  console.log(`examples: ${examples}; styles: ${[...styles].map(([s, n]) => `${s}=${n}`).join(' ')}; fictional=${fictional}` +
    (splits.size ? `; splits: ${[...splits].map(([s, n]) => `${s}=${n}`).join(' ')}` : ''));
  console.log(`totals: ${Object.entries(totals).map(([k, v]) => `${k}=${v}`).join(' ')}`);
}
if (wikinewsByUrl() === null) console.log(`\n(${WIKINEWS_CORPUS} is absent: Wikinews bodies and splits not compared with the corpus)`);
console.log(failed === 0 ? '\nall gold files pass' : `\n${failed} file(s) with problems`);
process.exit(failed === 0 ? 0 : 1);
