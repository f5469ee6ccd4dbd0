// Validates one gold example (article .md + .gold.json) against the rules in the gold format,
// so a mistyped quote or a dangling entity name fails loudly instead of silently lowering scores.
import countries from 'world-countries/countries.json' with { type: 'json' };
import { ENTITY_KINDS, EVENT_TYPES, MODALITIES } from '@newsgraph/model';
import { z } from 'zod';
import { readFrontMatter } from '../../src/readers/frontMatter.ts';

export const STYLES = [
  'wire', 'briefing', 'interview', 'conflict', 'communique', 'sanctions', 'opinion', 'feature', 'profile', 'other',
  // Real articles from the Wikinews dev corpus (eval/wikinews/), annotated by hand.
  'wikinews',
] as const;
export const SPLITS = ['tune', 'check'] as const;

// Day, month or year: the three precisions a gold date may carry.
const GOLD_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const goldDate = z.string().regex(GOLD_DATE).nullable();

export const goldEntitySchema = z.strictObject({
  kind: z.enum(ENTITY_KINDS),
  name: z.string().min(1),
  iso2: z.string().regex(/^[A-Z]{2}$/).optional(),
  mentions: z.array(z.string().min(1)).min(1),
});

export const goldAnnotationSchema = z.strictObject({
  bodyEndsBefore: z.string().min(1).nullable(),
  entities: z.array(goldEntitySchema).min(1),
  roles: z.array(z.strictObject({ person: z.string(), title: z.string().min(1), of: z.string() })),
  statements: z.array(z.strictObject({
    speakers: z.array(z.string()).min(1),
    kind: z.enum(['direct', 'indirect']),
    verb: z.string().min(1),
    quote: z.string().min(1),
    date: goldDate,
    about: z.array(z.string()).optional(),
  })),
  events: z.array(z.strictObject({
    type: z.enum(EVENT_TYPES),
    sources: z.array(z.string()).min(1),
    targets: z.array(z.string()).min(1),
    date: goldDate,
    modality: z.enum(MODALITIES),
    evidence: z.string().min(1),
  })),
});
export type GoldAnnotation = z.infer<typeof goldAnnotationSchema>;

// Extra keys (notes, language, origin) are allowed: the seed's front matter carries them.
const frontMatterSchema = z.object({
  title: z.string().min(1),
  // The reader's CORE schema keeps 2026-01-09 a string; a Date is still accepted for hand-built input.
  publishedAt: z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  source: z.string().min(1).nullable(),
  url: z.string().min(1).nullable(),
  fictional: z.boolean(),
  style: z.enum(STYLES),
  // Real-news examples: which half of the dev gold they belong to (tune on one, check on the other) and their licence.
  split: z.enum(SPLITS).optional(),
  license: z.string().min(1).optional(),
});

export interface GoldExampleReport {
  problems: string[];
  wordCount: number;
  publishedAt: string | null;
  style: string | null;
  fictional: boolean | null;
  title: string | null;
  url: string | null;
  split: (typeof SPLITS)[number] | null;
  body: string;
}

const ISO2 = new Set(countries.map((c) => c.cca2));
const DIRECT_OPENERS = new Set(['“', '"', '‘', "'", '«']);

/** True when a quotation mark opens right before `at`; tokenised wire text puts a space after it (`" We ...`). */
function opensQuote(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  return DIRECT_OPENERS.has(before.slice(-1)) || (before.endsWith(' ') && DIRECT_OPENERS.has(before.slice(0, 1)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offsets of every case-sensitive, whole-word occurrence of `needle` in `text`. */
export function wholeWordOccurrences(text: string, needle: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(needle)}(?![\\p{L}\\p{N}_])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index);
}

function isValidCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The first day a gold date can stand for, to compare with the publication day. */
function earliestDay(value: string): string {
  const parts = value.split('-');
  return [parts[0], parts[1] ?? '01', parts[2] ?? '01'].join('-');
}

export function validateGoldExample(markdown: string, goldJson: unknown): GoldExampleReport {
  const problems: string[] = [];
  const parsed = readFrontMatter(markdown);
  const body = parsed.content;
  const report: GoldExampleReport = { problems, wordCount: 0, publishedAt: null, style: null, fictional: null, title: null, url: null, split: null, body };

  const fm = frontMatterSchema.safeParse(parsed.data);
  if (!fm.success) {
    problems.push(`front matter: ${z.prettifyError(fm.error)}`);
  } else {
    const p = fm.data.publishedAt;
    report.publishedAt = p instanceof Date ? p.toISOString().slice(0, 10) : p;
    report.style = fm.data.style;
    report.fictional = fm.data.fictional;
    report.title = fm.data.title;
    report.url = fm.data.url;
    report.split = fm.data.split ?? null;
    if (fm.data.style === 'wikinews') {
      // A real article is scored on a tune/check split and carries its source's attribution.
      if (fm.data.split === undefined) problems.push('front matter: a wikinews example needs split: tune|check');
      if (fm.data.license === undefined) problems.push('front matter: a wikinews example needs its license');
      if (fm.data.url === null) problems.push('front matter: a wikinews example needs its url');
      if (fm.data.fictional) problems.push('front matter: a wikinews example is not fictional');
    }
    if (!isValidCalendarDate(report.publishedAt)) problems.push(`front matter: invalid publishedAt ${report.publishedAt}`);
  }

  report.wordCount = body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  const gold = goldAnnotationSchema.safeParse(goldJson);
  if (!gold.success) {
    problems.push(`gold json: ${z.prettifyError(gold.error)}`);
    return report;
  }
  const g = gold.data;

  let scored = body;
  if (g.bodyEndsBefore !== null) {
    const cut = body.indexOf(g.bodyEndsBefore);
    if (cut < 0) problems.push(`bodyEndsBefore ${JSON.stringify(g.bodyEndsBefore)} not found in body`);
    else scored = body.slice(0, cut);
  }

  // Entities: unique names, valid iso2, every mention named somewhere, no string shared by two entities.
  const names = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const e of g.entities) {
    if (names.has(e.name)) problems.push(`entity ${e.name} listed twice`);
    names.set(e.name, e.kind);
    if (e.kind === 'Country' && e.iso2 === undefined && report.fictional === false) {
      problems.push(`country ${e.name} has no iso2 in a non-fictional article`);
    }
    if (e.iso2 !== undefined) {
      if (e.kind !== 'Country') problems.push(`entity ${e.name} is a ${e.kind} but carries iso2`);
      if (!ISO2.has(e.iso2)) problems.push(`entity ${e.name}: ${e.iso2} is not an ISO 3166-1 alpha-2 code`);
    }
    for (const m of e.mentions) {
      const prior = owner.get(m);
      if (prior !== undefined && prior !== e.name) problems.push(`mention ${JSON.stringify(m)} listed under ${prior} and ${e.name}`);
      if (prior === e.name) problems.push(`mention ${JSON.stringify(m)} listed twice under ${e.name}`);
      owner.set(m, e.name);
      if (m !== m.trim()) problems.push(`mention ${JSON.stringify(m)} of ${e.name} has surrounding spaces`);
      if (wholeWordOccurrences(scored, m).length === 0) {
        problems.push(`mention ${JSON.stringify(m)} of ${e.name} does not occur as a whole word in the body`);
      }
    }
  }

  const needEntity = (name: string, where: string, kinds?: readonly string[]): void => {
    const kind = names.get(name);
    if (kind === undefined) problems.push(`${where}: unknown entity ${JSON.stringify(name)}`);
    else if (kinds !== undefined && !kinds.includes(kind)) problems.push(`${where}: ${name} is a ${kind}, expected ${kinds.join('|')}`);
  };
  const checkDate = (date: string | null, where: string, mayBeFuture: boolean): void => {
    if (date === null) return;
    if (!isValidCalendarDate(date)) problems.push(`${where}: invalid date ${date}`);
    else if (!mayBeFuture && report.publishedAt !== null && earliestDay(date) > report.publishedAt) {
      problems.push(`${where}: date ${date} is after publishedAt ${report.publishedAt}`);
    }
  };

  const roleKeys = new Set<string>();
  g.roles.forEach((r, i) => {
    const where = `roles[${i}]`;
    needEntity(r.person, where, ['Person']);
    needEntity(r.of, where, ['Country', 'Organization']);
    if (!scored.toLowerCase().includes(r.title.toLowerCase())) problems.push(`${where}: title ${JSON.stringify(r.title)} not in body`);
    const key = `${r.person}|${r.title}|${r.of}`;
    if (roleKeys.has(key)) problems.push(`${where}: duplicate role ${key}`);
    roleKeys.add(key);
  });

  g.statements.forEach((s, i) => {
    const where = `statements[${i}] (${s.quote.slice(0, 30)}…)`;
    s.speakers.forEach((sp) => needEntity(sp, where));
    (s.about ?? []).forEach((a) => needEntity(a, `${where} about`));
    checkDate(s.date, where, false);
    const at = scored.indexOf(s.quote);
    if (at < 0) {
      problems.push(`${where}: quote is not an exact substring of the body`);
    } else if (s.kind === 'direct' && !opensQuote(scored, at)) {
      problems.push(`${where}: direct quote does not start right after an opening quotation mark`);
    }
    if (s.quote !== s.quote.trim()) problems.push(`${where}: quote has surrounding spaces`);
    // One convention for every file: a comma before the closing quotation mark is not part of the quote.
    if (s.quote.endsWith(',')) problems.push(`${where}: quote ends with a comma`);
  });

  g.events.forEach((e, i) => {
    const where = `events[${i}] ${e.type} (${e.evidence.slice(0, 30)}…)`;
    [...e.sources, ...e.targets].forEach((n) => needEntity(n, where));
    // Planned, threatened and hypothetical events may lie ahead of the publication day.
    checkDate(e.date, where, e.modality !== 'asserted' && e.modality !== 'denied');
    if (!scored.includes(e.evidence)) problems.push(`${where}: evidence is not an exact substring of the body`);
  });

  return report;
}
