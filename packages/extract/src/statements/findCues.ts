// Reporting cues found on the parse: the cue token, the speaker it names (through SPEAKER_PATHS and
// SPEAKER_REFINEMENTS) and, for reported speech, the content clause (CONTENT_PATTERNS).
import type { ArticleContext } from '../article/articleContext.ts';
import type { ParsedText, Sentence } from '../doc/parsedText.ts';
import type { EntityRecord } from '../entities/buildEntityTable.ts';
import { follow } from './depPath.ts';
import {
  ADJACENT_NAME,
  AGENT_NOUNS,
  ASKED_PARTICIPLE,
  NAME_AFTER_QUOTE,
  NAMED_SUBJECT_FIRST,
  OBJECT_AS_SUBJECT,
  CONTENT_PATTERNS,
  CUE_BLOCKERS,
  CUE_PATTERNS,
  SPEAKER_PATHS,
  SPEAKER_REFINEMENTS,
  type CuePattern,
} from './patterns.ts';

export interface Cue {
  token: number;
  pattern: string;
  /** The verb as written, with its auxiliaries and particle ("has said", "called for"). */
  verbFirst: number;
  verbLast: number;
  /** The speaker token (subject, agent, "according to" object), or -1. */
  speakerToken: number;
  speakerPattern: string | null;
  speakers: EntityRecord[];
  /** Reported content as a token range, or null. */
  content: [number, number] | null;
  contentPattern: string | null;
  /** The earlier sentence a group description ("the officials") took its speakers from. */
  antecedentSentence?: Sentence;
}

function matchesCue(doc: ParsedText, i: number, p: CuePattern): boolean {
  if (!p.pos.includes(doc.pos[i]!)) return false;
  if (p.lemmas && !p.lemmas.has(doc.lemma[i]!.toLowerCase())) return false;
  if (p.word && doc.lower(i) !== p.word) return false;
  if (p.needs && follow(doc, i, p.needs).length === 0) return false;
  if (p.alsoNeeds && follow(doc, i, p.alsoNeeds).length === 0) return false;
  return true;
}

function blocked(doc: ParsedText, i: number, insideQuote: (t: number) => boolean): boolean {
  // "“Probably not,” she said": a negation inside the quotation is what was said, not a denial of saying it.
  if (
    doc.children(i).some((c) => (CUE_BLOCKERS.negation as readonly string[]).includes(doc.dep[c]!) && !insideQuote(c))
  )
    return true;
  const h = doc.head[i]!;
  if (
    doc.tag[i] === 'VBN' &&
    (ASKED_PARTICIPLE.lemmas as readonly string[]).includes(doc.lemma[i]!.toLowerCase()) &&
    (ASKED_PARTICIPLE.deps as readonly string[]).includes(doc.dep[i]!) &&
    !doc.childrenWith(i, 'nsubj', 'nsubjpass', 'auxpass').length
  )
    return true;
  return (
    doc.dep[i] === 'xcomp' && (CUE_BLOCKERS.refusalHeads as readonly string[]).includes(doc.lemma[h]!.toLowerCase())
  );
}

/** The entities a speaker token stands for: named/pronoun/state agent, else apposition, else an agent noun's owner. */
export function speakerEntities(ctx: ArticleContext, tok: number): EntityRecord[] {
  const { doc } = ctx;
  for (const r of SPEAKER_REFINEMENTS) {
    if (r.agentHead && !AGENT_NOUNS.has(doc.lower(tok)) && !AGENT_NOUNS.has(doc.lemma[tok]!.toLowerCase())) continue;
    for (const t of r.path.length ? follow(doc, tok, r.path) : [tok]) {
      if (r.direct && !ctx.entities.entityAt(t)) continue;
      let found = ctx.actors.actorsOf(t);
      if (r.person) found = found.filter((e) => e.kind === 'Person');
      if (found.length) return [...new Set(found)];
    }
  }
  return [];
}

/**
 * The speaker token of a cue by the first speaker path that reaches one outside quotations (a parse may take a word
 * of the quotation as the subject); else a name right after or right before the cue ("Said Ellis:").
 */
export function speakerOf(
  ctx: ArticleContext,
  cue: number,
  insideQuote: (t: number) => boolean,
): { token: number; pattern: string | null; speakers: EntityRecord[] } {
  const { doc } = ctx;
  for (const p of SPEAKER_PATHS) {
    const toks = follow(doc, cue, p.path).filter((t) => !insideQuote(t));
    if (!toks.length) continue;
    // Two subjects ("Niger's president Jane Roe said"): the one that names someone.
    const named = toks.length > 1 ? toks.find((t) => ctx.entities.entityAt(t)) : undefined;
    if (named !== undefined && named !== toks[0])
      return { token: named, pattern: NAMED_SUBJECT_FIRST.id, speakers: speakerEntities(ctx, named) };
    return { token: toks[0]!, pattern: p.id, speakers: speakerEntities(ctx, toks[0]!) };
  }
  const s = doc.sentenceOf(cue);
  // After the cue only in inverted order ("…,” said Ellis", "Said Ellis:"), never its object ("told Reuters").
  // Inverted means right after the quotation (its closing mark, or a comma after it), and never "told X" (X listens).
  const quoteEnd = (t: number) => t >= s.first && (insideQuote(t) || /^["”’]$/.test(doc.word(t)));
  const inverted =
    doc.lemma[cue] !== 'tell' &&
    (cue === s.first || quoteEnd(cue - 1) || (doc.word(cue - 1) === ',' && quoteEnd(cue - 2)));
  for (const t of inverted ? [cue + 1, cue - 1] : [cue - 1]) {
    if (t < s.first || t > s.last || insideQuote(t) || !ctx.entities.entityAt(t)) continue;
    const head = doc.headOf(...entitySpan(ctx, t));
    return { token: head, pattern: ADJACENT_NAME.id, speakers: speakerEntities(ctx, head) };
  }
  // "“…,” Roe, an adviser, said": the parse hung the name on a word of the quotation.
  for (let t = cue - 1; t >= Math.max(s.first + 1, cue - NAME_AFTER_QUOTE.maxGap); t--) {
    if (insideQuote(t)) break;
    if (!/^[”"]$/.test(doc.word(t - 1)) || !ctx.entities.entityAt(t)) continue;
    const head = doc.headOf(...entitySpan(ctx, t));
    const speakers = speakerEntities(ctx, head);
    if (speakers.length) return { token: head, pattern: NAME_AFTER_QUOTE.id, speakers };
  }
  return { token: -1, pattern: null, speakers: [] };
}

/** The tokens of the entity mention covering t. */
function entitySpan(ctx: ArticleContext, t: number): [number, number] {
  const e = ctx.entities.entityAt(t)!;
  let first = t;
  let last = t;
  while (first > 0 && ctx.entities.entityAt(first - 1) === e) first--;
  while (last + 1 < ctx.doc.n && ctx.entities.entityAt(last + 1) === e) last++;
  return [first, last];
}

/** Leftmost and rightmost token of a subtree without its trailing punctuation. */
function clauseRange(doc: ParsedText, head: number): [number, number] {
  let [lo, hi] = doc.subtree(head);
  while (hi > lo && doc.pos[hi] === 'PUNCT' && !/["”’]/.test(doc.word(hi))) hi--;
  // The complementizer is not what was said ("that" is sometimes parsed as an object, still SCONJ).
  while (
    lo < hi &&
    (doc.dep[lo] === 'mark' ||
      (doc.pos[lo] === 'SCONJ' && doc.lower(lo) === 'that') ||
      (doc.pos[lo] === 'PUNCT' && !/["“‘]/.test(doc.word(lo))))
  )
    lo++;
  return [lo, hi];
}

function contentOf(doc: ParsedText, cue: number): { range: [number, number]; pattern: string } | null {
  const lemma = doc.lemma[cue]!.toLowerCase();
  if (doc.lower(cue) === 'according') return accordingContent(doc, cue);
  for (const p of CONTENT_PATTERNS) {
    if (p.lemmas && !p.lemmas.has(lemma)) continue;
    const hits = follow(doc, cue, p.path).filter((t) => t > cue);
    if (!hits.length) continue;
    const last = hits[hits.length - 1]!;
    const range = clauseRange(doc, last);
    let lo = range[0];
    const hi = range[1];
    // "urged Iran to halt", "called on Iran to halt": from after the verb and its particle, object included.
    if (p.fromObject) lo = verbExtent(doc, cue)[1] + 1;
    if (hi - lo < 1) continue;
    // OBJECT_AS_SUBJECT: a subjectless that-clause after the cue's object starts at the object.
    const obj = doc.childrenWith(cue, 'dobj').find((d) => d > cue && d < last);
    if (
      p.id === 'content.that-clause' &&
      obj !== undefined &&
      !doc.childrenWith(last, 'nsubj', 'nsubjpass', 'expl', 'csubj').length
    ) {
      return { range: [doc.subtree(obj)[0], hi], pattern: OBJECT_AS_SUBJECT.id };
    }
    return { range: [lo, hi], pattern: p.id };
  }
  return null;
}

/** "According to X, A happened" / "A happened, according to X": the clause without the attribution phrase. */
function accordingContent(doc: ParsedText, cue: number): { range: [number, number]; pattern: string } | null {
  const head = doc.head[cue]!;
  if (head === cue) return null;
  const [plo, phi] = doc.subtree(cue);
  const s = doc.sentenceOf(cue);
  let lo = s.first;
  let hi = s.last;
  // The phrase opens or closes the sentence: the rest of the sentence; inside it, the clause it hangs on.
  if (plo <= s.first + 1) lo = phi + 1;
  else if (phi >= s.last - 1) hi = plo - 1;
  else [lo, hi] = clauseRange(doc, head);
  while (lo < hi && doc.pos[lo] === 'PUNCT') lo++;
  while (hi > lo && doc.pos[hi] === 'PUNCT' && !/["”’]/.test(doc.word(hi))) hi--;
  return hi - lo >= 2 ? { range: [lo, hi], pattern: 'content.according-to' } : null;
}

function verbExtent(doc: ParsedText, cue: number): [number, number] {
  let first = cue;
  while (first > 0 && doc.head[first - 1] === cue && (doc.dep[first - 1] === 'aux' || doc.dep[first - 1] === 'auxpass'))
    first--;
  let last = cue;
  const next = cue + 1;
  if (
    next < doc.n &&
    doc.head[next] === cue &&
    (doc.dep[next] === 'prt' ||
      (doc.dep[next] === 'prep' && (doc.lower(cue) === 'according' || doc.lemma[cue] === 'call')))
  )
    last = next;
  return [first, last];
}

export function makeCue(ctx: ArticleContext, i: number, pattern: string, insideQuote: (t: number) => boolean): Cue {
  const { doc } = ctx;
  const sp = speakerOf(ctx, i, insideQuote);
  const content = contentOf(doc, i);
  const [verbFirst, verbLast] = verbExtent(doc, i);
  return {
    token: i,
    pattern,
    verbFirst,
    verbLast,
    speakerToken: sp.token,
    speakerPattern: sp.pattern,
    speakers: sp.speakers,
    content: content?.range ?? null,
    contentPattern: content?.pattern ?? null,
  };
}

/** Every lexicon cue of the usable sentences, outside quotations (`insideQuote` tells), by token. */
export function findCues(ctx: ArticleContext, insideQuote: (tok: number) => boolean): Map<number, Cue> {
  const { doc } = ctx;
  const out = new Map<number, Cue>();
  for (let i = 0; i < doc.n; i++) {
    if (!doc.sentenceOf(i).usable || insideQuote(i)) continue;
    const p = CUE_PATTERNS.find((c) => matchesCue(doc, i, c));
    if (!p || blocked(doc, i, insideQuote)) continue;
    out.set(i, makeCue(ctx, i, p.id, insideQuote));
  }
  return out;
}
