// Statements on the parse: reporting cues (findCues) with their speakers, quotations tied to them (linkQuotes), one
// statement per attribution. A cue with a quotation of its own is `direct` (the quote is the first segment, the span
// runs to the last); a cue with only a content clause is `indirect`. Quoted fragments of one or two words inside
// reported speech stay part of it.
import type { ArticleContext } from '../article/articleContext.ts';
import type { ExtractionStatement, Span } from '../extractionSchema.ts';
import type { TextDate } from '@newsgraph/model';
import { findCues, type Cue } from './findCues.ts';
import { cueOfChain, linkQuotes, quoteInfos, type QuoteInfo } from './linkQuotes.ts';
import {
  GROUP_DESCRIPTION,
  MIN_QUOTE_WORDS,
  NESTED_SAME_SPEAKER,
  PRONOUN_LAST_SPEAKER,
  QUOTE_INSIDE_CONTENT,
} from './patterns.ts';

interface Draft {
  cue: Cue;
  kind: 'direct' | 'indirect';
  quoteStart: number;
  quoteEnd: number;
  start: number;
  end: number;
}

/** A comma or space before the closing mark belongs to the sentence around the quote, not to the words. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /[\s,;:]/.test(text[end - 1]!)) end--;
  return end;
}

export function findStatements(ctx: ArticleContext): ExtractionStatement[] {
  const { doc, text } = ctx;
  const infos = quoteInfos(ctx);
  const quoteOf = new Int32Array(doc.n).fill(-1);
  infos.forEach((qi, k) => {
    for (let t = qi.first; t <= qi.last; t++) quoteOf[t] = k;
  });
  const insideQuote = (t: number) => quoteOf[t]! >= 0;
  const cues = findCues(ctx, insideQuote);
  linkQuotes(ctx, infos, cues, insideQuote);

  // Quotations per attributing cue (a chain of continued quotations shares its cue).
  const byCue = new Map<Cue, QuoteInfo[]>();
  infos.forEach((qi, k) => {
    const cue = cueOfChain(infos, k);
    if (!cue || qi.first > qi.last) return;
    byCue.set(cue, [...(byCue.get(cue) ?? []), qi]);
  });

  const drafts: Draft[] = [];
  const ordered = [...new Set([...cues.values(), ...byCue.keys()])].sort((a, b) => a.token - b.token);
  for (const cue of ordered) {
    if (!cue.speakers.length) pronounFallback(ctx, cue, drafts);
    if (!cue.speakers.length) groupFallback(ctx, cue);
    if (!cue.speakers.length) continue;
    const content = cue.content;
    const contentWords = content ? wordsIn(ctx, content[0], content[1]) : 0;
    const own = (byCue.get(cue) ?? []).filter((qi) => {
      // A fragment inside reported speech is part of that speech (one word; two for a plain "said").
      const inContent = content && qi.first >= content[0] && qi.first <= content[1];
      return !(inContent && qi.words < fragmentWords(ctx, cue) && contentWords > qi.words + 1);
    });
    // Quotations inside the content clause of this cue that no other cue took: a mixed quotation.
    if (content) {
      for (const qi of infos) {
        // (The closing punctuation and mark may hang on the cue, outside the clause: the opening decides.)
        if (own.includes(qi) || qi.first < content[0] || qi.first > content[1] || qi.words < MIN_QUOTE_WORDS) continue;
        if (!qi.cue && qi.continues < 0) own.push(qi);
      }
      own.sort((a, b) => a.q.start - b.q.start);
    }
    // QUOTE_INSIDE_CONTENT: a fragment or a mid-clause quotation leaves the reported speech a statement of its own.
    if (own.length && content && alsoIndirect(ctx, cue, content, own)) {
      const s0 = doc.start[content[0]]!;
      const e0 = doc.end[content[1]]!;
      drafts.push({ cue, kind: 'indirect', quoteStart: s0, quoteEnd: e0, start: s0, end: e0 });
    }
    if (own.length) {
      const first = own[0]!;
      const last = own[own.length - 1]!;
      const from = first.wordsStart ?? first.q.start;
      drafts.push({
        cue,
        kind: 'direct',
        quoteStart: from,
        quoteEnd: trimEnd(text, from, first.q.end),
        start: from,
        end: trimEnd(text, last.q.start, last.q.end),
      });
    } else if (content) {
      const s = doc.start[content[0]]!;
      const e = doc.end[content[1]]!;
      drafts.push({ cue, kind: 'indirect', quoteStart: s, quoteEnd: e, start: s, end: e });
    }
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return toStatements(
    ctx,
    drafts.filter((d) => !nestedInSameSpeaker(ctx, d, drafts)),
    quoteOf,
  );
}

/** Words below which a quotation inside reported speech is a fragment of it: QUOTE_INSIDE_CONTENT cues keep two. */
function fragmentWords(ctx: ArticleContext, cue: Cue): number {
  const claim =
    cue.pattern === QUOTE_INSIDE_CONTENT.nounCue ||
    (QUOTE_INSIDE_CONTENT.lemmas as readonly string[]).includes(ctx.doc.lemma[cue.token]!.toLowerCase());
  return claim ? QUOTE_INSIDE_CONTENT.minFragmentWords : MIN_QUOTE_WORDS;
}

/** The reported speech holds the quotations and enough words of its own, and they are a fragment or sit mid-clause. */
function alsoIndirect(ctx: ArticleContext, cue: Cue, content: [number, number], own: QuoteInfo[]): boolean {
  if (
    cue.pattern !== QUOTE_INSIDE_CONTENT.nounCue &&
    !(QUOTE_INSIDE_CONTENT.lemmas as readonly string[]).includes(ctx.doc.lemma[cue.token]!.toLowerCase())
  )
    return false;
  // (The closing punctuation and mark may hang outside the clause: the opening decides.)
  const inside = own.filter((qi) => qi.first >= content[0] && qi.first <= content[1]);
  if (inside.length !== own.length) return false;
  const quoted = inside.reduce((n, qi) => n + qi.words, 0);
  if (wordsIn(ctx, content[0], content[1]) - quoted < QUOTE_INSIDE_CONTENT.minOtherWords) return false;
  const last = inside[inside.length - 1]!;
  let after = last.last + 1;
  while (after <= content[1] && ctx.doc.pos[after] === 'PUNCT') after++;
  return (
    last.words < MIN_QUOTE_WORDS ||
    (after <= content[1] && wordsIn(ctx, after, content[1]) >= QUOTE_INSIDE_CONTENT.minWordsAfter)
  );
}

/** An indirect statement whose cue is a complement of another statement's cue with the same speakers. */
function nestedInSameSpeaker(ctx: ArticleContext, d: Draft, drafts: Draft[]): boolean {
  if (d.kind !== 'indirect') return false;
  const { doc } = ctx;
  const outer = new Set<number>();
  for (
    let t = d.cue.token, k = 0;
    k < 6 && doc.head[t] !== t && NESTED_SAME_SPEAKER.through.includes(doc.dep[t]!);
    k++
  ) {
    t = doc.head[t]!;
    outer.add(t);
  }
  const ids = new Set(d.cue.speakers);
  return drafts.some(
    (o) =>
      o !== d &&
      outer.has(o.cue.token) &&
      o.cue.speakers.length === ids.size &&
      o.cue.speakers.every((e) => ids.has(e)),
  );
}

/** An unresolved "she said": the person last quoted a few sentences back (recorded as a reference of the pronoun). */
function pronounFallback(ctx: ArticleContext, cue: Cue, drafts: Draft[]): void {
  const { doc } = ctx;
  const t = cue.speakerToken;
  if (t < 0 || doc.pos[t] !== 'PRON') return;
  const w = doc.lower(t);
  const personal = (PRONOUN_LAST_SPEAKER.personal as readonly string[]).includes(w);
  if (!personal && !(PRONOUN_LAST_SPEAKER.collective as readonly string[]).includes(w)) return;
  const here = doc.sentenceOf(t).index;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (here - doc.sentenceOf(d.cue.token).index > PRONOUN_LAST_SPEAKER.reachSentences) break;
    const e = d.cue.speakers.find((x) => (x.kind === 'Person') === personal);
    if (!e) continue;
    ctx.entities.addReference(e, t, t);
    cue.speakers = [e];
    cue.speakerPattern = PRONOUN_LAST_SPEAKER.id;
    return;
  }
}

/** GROUP_DESCRIPTION: "the officials" → the persons coordinated ("Roe and Doe") in a sentence just before. */
function groupFallback(ctx: ArticleContext, cue: Cue): void {
  const { doc } = ctx;
  const t = cue.speakerToken;
  if (t < 0 || doc.tag[t] !== 'NNS' || !GROUP_DESCRIPTION.nouns.has(doc.lower(t))) return;
  if (!doc.children(t).some((c) => doc.dep[c] === 'det' && doc.lower(c) === 'the')) return;
  const here = doc.sentenceOf(t).index;
  for (let k = here - 1; k >= Math.max(0, here - GROUP_DESCRIPTION.reachSentences); k--) {
    const s = doc.sents[k]!;
    if (!s.usable) continue;
    for (let i = s.last; i >= s.first; i--) {
      const e = ctx.entities.entityAt(i);
      const h = doc.head[i]!;
      const he = ctx.entities.entityAt(h);
      if (doc.dep[i] !== 'conj' || e?.kind !== 'Person' || he?.kind !== 'Person' || he === e) continue;
      ctx.entities.addReference(he, t, t);
      ctx.entities.addReference(e, t, t);
      cue.speakers = [he, e];
      cue.speakerPattern = GROUP_DESCRIPTION.id;
      cue.antecedentSentence = s;
      return;
    }
  }
}

function wordsIn(ctx: ArticleContext, first: number, last: number): number {
  let n = 0;
  for (let i = first; i <= last; i++) if (/[\p{L}\p{N}]/u.test(ctx.doc.word(i))) n++;
  return n;
}

function toStatements(ctx: ArticleContext, drafts: Draft[], quoteOf: Int32Array): ExtractionStatement[] {
  const { doc, text, entities } = ctx;
  const lastDate = new Map<string, TextDate>();
  return drafts.map((d, k) => {
    const { cue } = d;
    const [qf, ql] = doc.tokensIn(d.start, d.end);
    const toks = [cue.verbFirst, cue.verbLast, qf, ql, ...(cue.speakerToken >= 0 ? [cue.speakerToken] : [])].filter(
      (t) => t >= 0 && t < doc.n,
    );
    const s1 = doc.sentenceOf(Math.min(...toks));
    const s2 = doc.sentenceOf(Math.max(...toks));
    const sentence: Span = { start: s1.start, end: s2.end };
    const speakerIds = cue.speakers.map((e) => e.id);
    let speakerFirst = cue.speakerToken >= 0 ? doc.subtree(cue.speakerToken)[0] : -1;
    // (A quotation mark the parse hung on the name is not part of it.)
    while (speakerFirst >= 0 && speakerFirst < cue.speakerToken && doc.pos[speakerFirst] === 'PUNCT') speakerFirst++;
    const speakerText =
      cue.speakerToken >= 0 ? doc.span(speakerFirst, cue.speakerToken) : doc.span(cue.verbFirst, cue.verbLast);

    // The date of the attribution: a date under the cue, outside quotations and the reported content.
    const inContent = (t: number) => (cue.content ? t >= cue.content[0] && t <= cue.content[1] : false);
    let date: TextDate | null = null;
    let best = Infinity;
    for (const hit of ctx.dates.datesIn(sentence)) {
      const t = doc.tokenAt(hit.start);
      if (t < 0 || quoteOf[t]! >= 0 || inContent(t) || (t >= qf && t <= ql)) continue;
      if (!doc.isUnder(t, cue.token) && doc.sentenceOf(t) !== doc.sentenceOf(cue.token)) continue;
      const dist = Math.abs(t - cue.token);
      if (dist < best) {
        best = dist;
        date = hit.date;
      }
    }
    // An interview or briefing dated once: the same speaker's earlier statement gives the day.
    if (!date) for (const id of speakerIds) date ??= lastDate.get(id) ?? null;
    // GROUP_DESCRIPTION: speakers named in an earlier sentence spoke on its occasion.
    if (!date && cue.antecedentSentence)
      date =
        ctx.dates.datesIn({ start: cue.antecedentSentence.start, end: cue.antecedentSentence.end })[0]?.date ?? null;
    if (date) for (const id of speakerIds) lastDate.set(id, date);

    const about: string[] = [];
    for (let t = qf; t <= ql; t++) {
      const e = entities.tokenEntity[t]! >= 0 ? entities.entities[entities.tokenEntity[t]!] : undefined;
      if (e && !speakerIds.includes(e.id) && !about.includes(e.id)) about.push(e.id);
    }
    return {
      id: `s${k + 1}`,
      speakerIds,
      speakerText,
      kind: d.kind,
      verb: doc.span(cue.verbFirst, cue.verbLast),
      quote: text.slice(d.quoteStart, d.quoteEnd),
      start: d.start,
      end: d.end,
      sentence,
      date,
      aboutIds: about,
    };
  });
}
