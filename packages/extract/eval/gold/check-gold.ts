// Checks every gold example in this folder and prints one line per file; exits 1 on any problem.
// Run: pnpm exec tsx packages/extract/eval/gold/check-gold.ts
import { loadGoldExamples, orphanArticles } from './loadGoldExamples.ts';
import { validateGoldExample } from './validateGoldExample.ts';

let failed = 0;
const styles = new Map<string, number>();
let fictional = 0;
const totals = { entities: 0, roles: 0, statements: 0, events: 0, words: 0 };

for (const ex of loadGoldExamples()) {
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
  const g = ex.gold as { entities?: unknown[]; roles?: unknown[]; statements?: unknown[]; events?: unknown[] };
  const line = `${ex.slug} [${report.style ?? '?'}${report.fictional ? ', fictional' : ''}, ${report.publishedAt ?? '?'}, ${report.wordCount} words]` +
    ` entities=${g.entities?.length ?? 0} roles=${g.roles?.length ?? 0} statements=${g.statements?.length ?? 0} events=${g.events?.length ?? 0}`;
  // The brief asks for 250–700 words per written example; the seed is a real page and exempt.
  const lengthNote = !ex.slug.startsWith('seed-') && (report.wordCount < 250 || report.wordCount > 700) ? ' (warn: outside 250–700 words)' : '';
  if (report.problems.length > 0) {
    failed++;
    console.log(`FAIL ${line}${lengthNote}`);
    for (const p of report.problems) console.log(`     - ${p}`);
  } else {
    console.log(`ok   ${line}${lengthNote}`);
  }
  styles.set(report.style ?? '?', (styles.get(report.style ?? '?') ?? 0) + 1);
  if (report.fictional) fictional++;
  totals.entities += g.entities?.length ?? 0;
  totals.roles += g.roles?.length ?? 0;
  totals.statements += g.statements?.length ?? 0;
  totals.events += g.events?.length ?? 0;
  totals.words += report.wordCount;
}
for (const orphan of orphanArticles()) {
  console.log(`FAIL ${orphan}: no matching .gold.json`);
  failed++;
}
console.log(`\nstyles: ${[...styles].map(([s, n]) => `${s}=${n}`).join(' ')}; fictional=${fictional}`);
console.log(`totals: ${Object.entries(totals).map(([k, v]) => `${k}=${v}`).join(' ')}`);
console.log(failed === 0 ? 'all gold files pass' : `${failed} file(s) with problems`);
process.exit(failed === 0 ? 0 : 1);
