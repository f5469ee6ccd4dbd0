// pnpm eval:extract — runs the extractor over every gold example and prints P/R/F1 per category.
// Flags: --json (figures as JSON), --misses (every missed and spurious item, for tuning).
import { extractArticle, readMarkdownArticle } from '../src/index.ts';
import { goldAnnotationSchema } from './gold/validateGoldExample.ts';
import { loadGoldExamples } from './gold/loadGoldExamples.ts';
import { scoreExample, type Category, type Counts } from './scoreExample.ts';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EvaluationReport {
  examples: number;
  categories: Record<string, Prf>;
  misses: Record<string, string[]>;
}

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, ...c };
}

export function evaluateAll(dir?: string): EvaluationReport {
  const total = new Map<Category | 'overall', Counts>();
  const misses: Record<string, string[]> = {};
  const examples = loadGoldExamples(dir);
  for (const ex of examples) {
    const gold = goldAnnotationSchema.parse(ex.gold);
    const article = readMarkdownArticle(ex.markdown);
    const x = extractArticle({ text: article.text, ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}), ...(article.title ? { title: article.title } : {}) });
    const score = scoreExample(x, gold);
    misses[ex.slug] = score.misses;
    for (const [cat, c] of score.counts) {
      const t = total.get(cat) ?? { tp: 0, fp: 0, fn: 0 };
      t.tp += c.tp; t.fp += c.fp; t.fn += c.fn;
      total.set(cat, t);
      if (!cat.includes(':')) {
        const o = total.get('overall') ?? { tp: 0, fp: 0, fn: 0 };
        o.tp += c.tp; o.fp += c.fp; o.fn += c.fn;
        total.set('overall', o);
      }
    }
  }
  const order = (k: string) => ['entities', 'entities:', 'roles', 'statements', 'events', 'overall'].findIndex((p) => k === p || (p.endsWith(':') && k.startsWith(p)));
  const categories: Record<string, Prf> = {};
  for (const k of [...total.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b))) categories[k] = prf(total.get(k)!);
  return { examples: examples.length, categories, misses };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('evaluate.ts')) {
  const report = evaluateAll();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ examples: report.examples, categories: report.categories }, null, 2));
  } else {
    const pct = (n: number) => (100 * n).toFixed(1).padStart(5);
    console.log(`gold examples: ${report.examples} (span match for entities; statements = speakers + ≥50% quote overlap; events = type + actors + date)`);
    console.log(`${'category'.padEnd(24)}     P      R     F1    tp   fp   fn`);
    for (const [k, v] of Object.entries(report.categories)) {
      console.log(`${k.padEnd(24)} ${pct(v.p)}  ${pct(v.r)}  ${pct(v.f1)}  ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}`);
    }
    if (process.argv.includes('--misses')) {
      for (const [slug, list] of Object.entries(report.misses)) {
        console.log(`\n## ${slug}`);
        for (const m of list) console.log(`  ${m}`);
      }
    }
  }
}
