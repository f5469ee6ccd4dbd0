// Scores a folder of gold examples (the project gold in eval/gold/, the Wikinews gold in eval/wikinews/) from the
// CLI's outputs: the gold-format categories (scoreExample), NER over PER/LOC/ORG (scoreNer) and junk entities
// (scoreEntityJunk), summed over all examples and, when the files carry one, per tune/check split.
import type { ExtractionOutput } from './extractionOutput.ts';
import { loadGoldExamples } from './gold/loadGoldExamples.ts';
import { goldAnnotationSchema, validateGoldExample, type GoldAnnotation } from './gold/validateGoldExample.ts';
import { addCounts, emptyCounts, prf, type Counts, type Prf } from './prf.ts';
import type { ArticleRecord } from './runExtractorCli.ts';
import { scoreEntityJunk, type JunkScore } from './scoreEntityJunk.ts';
import { scoreExample } from './scoreExample.ts';
import { NER_TYPES, scoreNer } from './scoreNer.ts';

export interface GoldSetExample {
  slug: string;
  split: string | null;
  record: ArticleRecord;
  gold: GoldAnnotation;
}

export interface GoldSet {
  examples: GoldSetExample[];
  /** Files left out (unreadable JSON, a gold file that does not parse): `slug: reason`. */
  skipped: string[];
}

export interface GoldGroupReport {
  examples: number;
  categories: Record<string, Prf>;
  /** NER by type and `all`; `conll` ignores demonyms as CoNLL's MISC does. */
  ner: Record<string, Prf>;
  junk: Omit<JunkScore, 'misses'> & { rate: number; notInGoldRate: number };
}

export interface GoldSetReport {
  examples: number;
  skipped: string[];
  /** `all`, plus `tune` and `check` when the examples carry a split. */
  groups: Record<string, GoldGroupReport>;
  misses: Record<string, ExampleMisses>;
}

export interface ExampleMisses {
  /** CLI problems with this example (no output, text changed). */
  notes: string[];
  /** The gold-format categories' misses and spurious items: empty for an exact example (the seed's test). */
  gold: string[];
  ner: string[];
  junk: string[];
}

/**
 * Reads a gold folder into CLI records. `withSource` also sends url and source, as the corpus JSONL line would
 * (the project gold was always scored with text, title and publishedAt only; its floors were set that way).
 */
export function loadGoldSet(dir: string, withSource = false): GoldSet {
  const examples: GoldSetExample[] = [];
  const skipped: string[] = [];
  for (const ex of loadGoldExamples(dir)) {
    if (ex.jsonError !== null || ex.markdown === '') {
      skipped.push(`${ex.slug}: ${ex.jsonError ?? 'no article file'}`);
      continue;
    }
    const gold = goldAnnotationSchema.safeParse(ex.gold);
    if (!gold.success) {
      skipped.push(`${ex.slug}: gold file does not parse (run check-gold.ts)`);
      continue;
    }
    // The checker's reading of the file, so the text scored is the text the gold was checked against.
    const report = validateGoldExample(ex.markdown, ex.gold);
    const record: ArticleRecord = { id: ex.slug, text: report.body };
    if (report.title) record.title = report.title;
    if (report.publishedAt) record.publishedAt = report.publishedAt;
    if (withSource && report.url) record.url = report.url;
    if (withSource && report.style === 'wikinews') record.source = 'Wikinews';
    examples.push({ slug: ex.slug, split: report.split, record, gold: gold.data });
  }
  return { examples, skipped };
}

const CATEGORY_ORDER = ['entities', 'entities:', 'roles', 'statements', 'events', 'overall'];
const categoryRank = (k: string) => CATEGORY_ORDER.findIndex((p) => k === p || (p.endsWith(':') && k.startsWith(p)));

/** An extraction with nothing found, for an example the CLI failed on: every gold item then counts as missed. */
const emptyOutput = (r: ArticleRecord): ExtractionOutput => ({
  id: r.id,
  extractorVersion: '',
  text: r.text,
  entities: [],
  roles: [],
  statements: [],
  events: [],
});

export function scoreGoldSet(set: GoldSet, outputs: Map<string, ExtractionOutput>): GoldSetReport {
  interface Acc {
    examples: number;
    cats: Map<string, Counts>;
    ner: Map<string, Counts>;
    junk: Omit<JunkScore, 'misses'>;
  }
  const groups = new Map<string, Acc>();
  const acc = (name: string): Acc => {
    let a = groups.get(name);
    if (!a)
      groups.set(
        name,
        (a = {
          examples: 0,
          cats: new Map(),
          ner: new Map(),
          junk: { entities: 0, fragment: 0, notInGold: 0, wrongKind: 0, duplicate: 0 },
        }),
      );
    return a;
  };
  const add = (m: Map<string, Counts>, k: string, c: Counts) => m.set(k, addCounts(m.get(k) ?? emptyCounts(), c));
  const misses: Record<string, ExampleMisses> = {};

  for (const ex of set.examples) {
    const x = outputs.get(ex.slug) ?? emptyOutput(ex.record);
    const cut = ex.gold.bodyEndsBefore ? x.text.indexOf(ex.gold.bodyEndsBefore) : -1;
    const limit = cut >= 0 ? cut : x.text.length;
    const score = scoreExample(x, ex.gold);
    const ner = scoreNer(x, ex.gold, limit);
    const junk = scoreEntityJunk(x, ex.gold, limit);
    misses[ex.slug] = {
      notes: [
        ...(outputs.has(ex.slug) ? [] : ['no output from the extractor CLI']),
        ...(x.text === ex.record.text ? [] : ['output text differs from the input text: offsets are not comparable']),
      ],
      gold: score.misses,
      ner: ner.misses,
      junk: junk.misses,
    };
    for (const name of ex.split ? ['all', ex.split] : ['all']) {
      const a = acc(name);
      a.examples++;
      for (const [cat, c] of score.counts) {
        add(a.cats, cat, c);
        if (!cat.includes(':')) add(a.cats, 'overall', c);
      }
      for (const t of [...NER_TYPES, 'all'] as const) add(a.ner, t, ner.counts[t]);
      add(a.ner, 'conll', ner.conll);
      a.junk.entities += junk.entities;
      a.junk.fragment += junk.fragment;
      a.junk.notInGold += junk.notInGold;
      a.junk.wrongKind += junk.wrongKind;
      a.junk.duplicate += junk.duplicate;
    }
  }

  const out: Record<string, GoldGroupReport> = {};
  for (const name of ['all', 'tune', 'check']) {
    const a = groups.get(name);
    if (!a) continue;
    const categories: Record<string, Prf> = {};
    for (const k of [...a.cats.keys()].sort((p, q) => categoryRank(p) - categoryRank(q) || p.localeCompare(q)))
      categories[k] = prf(a.cats.get(k)!);
    const ner: Record<string, Prf> = {};
    for (const [k, c] of a.ner) ner[k] = prf(c);
    const bad = a.junk.fragment + a.junk.wrongKind + a.junk.duplicate;
    out[name] = {
      examples: a.examples,
      categories,
      ner,
      junk: {
        ...a.junk,
        rate: a.junk.entities ? bad / a.junk.entities : 0,
        notInGoldRate: a.junk.entities ? a.junk.notInGold / a.junk.entities : 0,
      },
    };
  }
  return { examples: set.examples.length, skipped: set.skipped, groups: out, misses };
}
