import type { TextDate } from '@newsgraph/model';
import type { ExtractionEvent, ExtractionStatement, Span } from '../extractionSchema.ts';
import type { EntityIndex } from './buildEntities.ts';
import type { SentenceTokens } from './findMentions.ts';
import { quoteAt, type Quote } from '../quotes/findQuoteSpans.ts';
import type { DateResolver } from '../dates/resolveDates.ts';
import type { ActorSpan } from './resolveReferences.ts';
import { startingIn } from './spanRange.ts';

export type FoundStatement = ExtractionStatement & { verbStart: number; verbEnd: number };

// Reporting verbs; "called for" and friends keep their particle so the verb reads as written.
const VERB_WORDS = [
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'stated', 'states', 'added', 'adds', 'noted', 'notes', 'warned',
  'warns', 'urged', 'urges', 'called for', 'calls for', 'called on', 'calls on', 'cited', 'cites', 'reiterated', 'reiterates',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'stressed', 'stresses', 'insisted', 'insists', 'argued', 'argues', 'claimed',
  'claims', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'revealed', 'reveals', 'highlighted', 'highlights', 'denied',
  'denies', 'accused', 'accuses', 'pledged', 'pledges', 'promised', 'promises', 'vowed', 'vows', 'asserted', 'asserts', 'explained',
  'explains', 'confirmed', 'confirms', 'described', 'describes', 'declared', 'declares', 'demanded', 'demands', 'asked', 'asks',
  'maintained', 'maintains', 'wrote', 'writes', 'complained', 'criticized', 'criticised', 'condemned', 'praised', 'welcomed',
  'rejected', 'dismissed', 'predicted', 'replied', 'responded', 'countered', 'recalled', 'suggested', 'tweeted', 'posted',
  'acknowledging', 'saying', 'stating', 'warning', 'adding', 'noting', 'insisting', 'arguing', 'calling for', 'urging', 'declaring',
];
const VERB_SRC = VERB_WORDS.sort((a, b) => b.length - a.length).map((v) => v.replace(' ', '\\s+')).join('|');
const VERB_RE = new RegExp(`\\b(?:${VERB_SRC})\\b`, 'gi');
const VERB_AT_START = new RegExp(`^(?:${VERB_SRC})\\b`, 'i');
const NOMINAL = /^(?:warning|call|claim|statement|threat|demand|insistence|assertion|pledge|promise|announcement|accusation|denial|vow)s?$/i;
const ADVERBS = '(?:also|again|repeatedly|directly|publicly|previously|later|then|has|have|had|was|were|reportedly|separately|earlier|recently|once\\s+again|further|flatly|firmly|on\\s+\\w+day|\\w+day|last\\s+week|on\\s+\\w+)';
const SUBJECT_GAP = new RegExp(`^(?:\\s*,)?(?:\\s+${ADVERBS})*\\s+$`, 'i');
const WHO_GAP = new RegExp(`^,\\s+who(?:\\s+${ADVERBS})*\\s+$`, 'i');
const JOINT_GAP = /^\s+(?:released|issued|published|put\s+out)\s+(?:a\s+)?(?:joint\s+)?statement\s+$/i;
const DATE_LEAD = /^(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|\s+(?:yesterday|today|last\s+week|earlier\s+this\s+week))/i;
const CUT = /,["”’]?\s+(?=(?:which|who|whom|where|during|while|whereas|but|although|though|as|after|before|since|in\s+what|an\s+action|a\s+move|\w+ing)\b)|["”’]?\s+(?=in\s+what\s+appears)|;|\s+—\s+|\s+--\s+/;
const OBJECT_TO = /^\s+([^,;“”"]{1,60}?)\s+(to|that)\s/;

const AUDIENCE = /^\s+(?:reporters|journalists|parliament|lawmakers|legislators|senators|the\s+(?:BBC|press|media|parliament|agency|newspaper|council)|state\s+(?:television|media|radio)|a\s+(?:news\s+conference|press\s+conference|briefing))\b/i;
// What may follow a clause-final reporting verb: "…, Hartley told reporters at Tuesday's briefing."
const FINAL_TAIL = /^(?:\s+(?:reporters|journalists|parliament|lawmakers|the\s+\w+|state\s+\w+|on\s+\w+day(?:\s+\w+)?|late\s+\w+day|\w+day|yesterday|today|last\s+week|in\s+an?\s+[\w\s'’-]{1,40}?|at\s+[\w\s'’-]{1,40}?|by\s+(?:phone|telephone)|separately|also|afterwards|later))*\s*[.!?]?\s*$/i;
const GROUP_SPEAKER = /^\s+(?:officials|authorities|government|ministry|military|army|police|sources|diplomats|leaders|spokes(?:man|woman|person)|officers|negotiators)\s+/i;

interface Ctx {
  text: string;
  actors: ActorSpan[];
  actorsByStart: Map<number, ActorSpan>;
  quotes: Quote[];
}

export function findStatements(
  text: string,
  sents: SentenceTokens[],
  index: EntityIndex,
  actors: ActorSpan[],
  quotes: Quote[],
  dates: DateResolver,
  events: ExtractionEvent[],
): FoundStatement[] {
  const actorsByStart = new Map<number, ActorSpan>();
  for (const a of actors) {
    const prev = actorsByStart.get(a.start);
    if (!prev || a.end - a.start > prev.end - prev.start) actorsByStart.set(a.start, a);
  }
  const ctx: Ctx = { text, actors, actorsByStart, quotes };
  const sentences = sents.map((s) => s.sentence);
  const out: (FoundStatement & { relative: boolean })[] = [];
  const usedVerbs = new Set<number>();
  const usedQuotes = new Set<Quote>();
  const quoteStarts = quotes.map((q) => ({ start: q.open, q }));

  // 1. Direct quotes attributed after ("…,” she stated) or before (Rubio said: “…”).
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    const attr = attributionAfter(ctx, q) ?? attributionBefore(ctx, q);
    if (!attr) continue;
    usedVerbs.add(attr.verbStart);
    usedQuotes.add(q);
    let end = trimQuoteEnd(text, q.start, q.end);
    let quote = text.slice(q.start, end);
    const next = quotes[qi + 1];
    // “First part,” she said, “second part.” is one statement.
    if (next && attr.after && /^\s*,?\s*$/.test(text.slice(attr.attrEnd, next.open)) && attr.attrEnd > q.close) {
      end = trimQuoteEnd(text, next.start, next.end);
      quote = `${quote} ${text.slice(next.start, end)}`;
      usedQuotes.add(next);
      qi++;
    }
    out.push({
      ...statement(ctx, sentences, attr.speaker, 'direct', attr, { start: q.start, end }, quote),
      relative: false,
    });
  }

  // 2. Reported speech: subject + reporting verb + content; partial quotes inside become direct statements.
  for (const st of sents) {
    if (st.headline) continue;
    const s = st.sentence;
    const sentence = text.slice(s.start, s.end);
    let lastSubject: { speaker: ActorSpan; relative: boolean } | undefined;
    for (const m of sentence.matchAll(VERB_RE)) {
      const verbStart = s.start + m.index;
      const verbEnd = verbStart + m[0].length;
      if (usedVerbs.has(verbStart) || quoteAt(quotes, verbStart)) continue;
      let subj = subjectBefore(ctx, s, verbStart);
      // "Hartley dismissed the warning, saying …": a participle after a comma shares the main clause's subject.
      if (!subj && lastSubject && /ing$/i.test(m[0]) && /,\s*$/.test(text.slice(s.start, verbStart))) subj = lastSubject;
      if (!subj) continue;
      lastSubject = subj;
      usedVerbs.add(verbStart);
      const verb = { verbStart, verbEnd, verb: text.slice(verbStart, verbEnd).replace(/\s+/g, ' ') };
      const content = contentAfter(ctx, s, verbEnd, verb.verb, subj.relative) ?? contentBefore(ctx, s, subj.speaker, verbEnd);
      if (!content) continue;
      const inside = startingIn(quoteStarts, content.start, content.end + 1).map((q) => q.q).filter((q) => q.open >= content.start && q.close < content.end + 1 && !usedQuotes.has(q));
      const wholeIsQuote = inside.length === 1 && inside[0]!.open - content.start <= 1 && content.end - inside[0]!.close <= 2;
      if (!wholeIsQuote) {
        out.push({ ...statement(ctx, sentences, subj.speaker, 'indirect', verb, content, text.slice(content.start, content.end)), relative: subj.relative });
      }
      for (const q of inside) {
        usedQuotes.add(q);
        const qEnd = trimQuoteEnd(text, q.start, q.end);
        out.push({ ...statement(ctx, sentences, subj.speaker, 'direct', verb, { start: q.start, end: qEnd }, text.slice(q.start, qEnd)), relative: subj.relative });
      }
    }
  }

  out.sort((a, b) => a.start - b.start || a.end - b.end);
  assignDates(out, dates, events, sentences);
  for (const st of out) {
    const speakers = new Set(st.speakerIds);
    const from = st.kind === 'indirect' ? Math.min(st.start, st.verbEnd) : st.start;
    st.aboutIds = [...new Set(startingIn(actors, from, st.end).filter((a) => a.end <= st.end && a.via === 'mention').flatMap((a) => a.ids))].filter((id) => !speakers.has(id));
  }
  void index;
  return out.map(({ relative: _r, ...s }, i) => ({ ...s, id: `s${i + 1}` }));
}

/** “compelling results,” — the comma belongs to the sentence around the quote, not to the words. */
function trimQuoteEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /[\s,;:]/.test(text[end - 1]!)) end--;
  return end;
}

function statement(
  ctx: Ctx,
  sentences: Span[],
  speaker: ActorSpan,
  kind: 'direct' | 'indirect',
  verb: { verbStart: number; verbEnd: number; verb: string },
  span: Span,
  quote: string,
): FoundStatement {
  const lo = Math.min(span.start, speaker.start, verb.verbStart);
  const hi = Math.max(span.end, speaker.end, verb.verbEnd);
  const covering = startingIn(sentences, lo - 2000, hi).filter((s) => s.start < hi && lo < s.end);
  const sentence = covering.length ? { start: covering[0]!.start, end: covering[covering.length - 1]!.end } : { start: lo, end: hi };
  return {
    id: '',
    speakerIds: speaker.ids,
    speakerText: ctx.text.slice(speaker.start, speaker.end),
    kind,
    verb: verb.verb,
    quote,
    start: span.start,
    end: span.end,
    sentence,
    date: null,
    aboutIds: [],
    verbStart: verb.verbStart,
    verbEnd: verb.verbEnd,
  };
}

interface Attribution {
  speaker: ActorSpan;
  verbStart: number;
  verbEnd: number;
  verb: string;
  after: boolean;
  attrEnd: number;
}

function speakerAt(ctx: Ctx, pos: number): ActorSpan | undefined {
  const a = ctx.actorsByStart.get(pos);
  return a && !a.adjective && !a.kinds.includes('Group') ? a : a && !a.adjective ? a : undefined;
}

function attributionAfter(ctx: Ctx, q: Quote): Attribution | undefined {
  const { text } = ctx;
  const from = q.close + 1;
  const tail = text.slice(from, from + 120);
  const lead = /^\s*,?\s*/.exec(tail)![0];
  if (!/[,!?]\s*$/.test(text.slice(q.end - 1, q.end)) && !/^\s*,/.test(tail) && !/[!?]$/.test(text.slice(q.start, q.end))) return undefined;
  const pos = from + lead.length;
  const sp = speakerAt(ctx, pos);
  if (sp) {
    const gap = new RegExp(`^(?:\\s+${ADVERBS})*\\s+`, 'i').exec(text.slice(sp.end, sp.end + 60));
    const vStart = sp.end + (gap ? gap[0].length : 0);
    const v = VERB_AT_START.exec(text.slice(vStart, vStart + 20));
    if (gap && v) return { speaker: sp, verbStart: vStart, verbEnd: vStart + v[0].length, verb: v[0].replace(/\s+/g, ' '), after: true, attrEnd: attrEnd(text, vStart + v[0].length) };
  }
  const v = VERB_AT_START.exec(text.slice(pos, pos + 20));
  if (v) {
    const sStart = pos + v[0].length + (/^\s+/.exec(text.slice(pos + v[0].length))?.[0].length ?? 0);
    const sp2 = speakerAt(ctx, sStart);
    if (sp2) return { speaker: sp2, verbStart: pos, verbEnd: pos + v[0].length, verb: v[0].replace(/\s+/g, ' '), after: true, attrEnd: attrEnd(text, sp2.end) };
  }
  return undefined;
}

/** End of the attribution clause: past a trailing date ("on Monday") and comma, where a continued quote may open. */
function attrEnd(text: string, pos: number): number {
  const d = DATE_LEAD.exec(text.slice(pos, pos + 40));
  return pos + (d ? d[0].length : 0);
}

function attributionBefore(ctx: Ctx, q: Quote): Attribution | undefined {
  const { text } = ctx;
  const head = text.slice(Math.max(0, q.open - 80), q.open);
  const colon = /([,:])\s*$/.exec(head);
  if (!colon) return undefined;
  const candidates = startingIn(ctx.actors, q.open - 160, q.open).filter((a) => a.end <= q.open && a.end >= q.open - 80 && !a.adjective);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const sp = candidates[i]!;
    const gap = text.slice(sp.end, q.open);
    const m = new RegExp(`^(?:\\s+${ADVERBS})*\\s+(${VERB_SRC})\\b[^“”"\\n.]{0,30}?[,:]\\s*$`, 'i').exec(gap);
    if (m) {
      const vStart = sp.end + gap.indexOf(m[1]!);
      return { speaker: sp, verbStart: vStart, verbEnd: vStart + m[1]!.length, verb: m[1]!.replace(/\s+/g, ' '), after: false, attrEnd: q.open };
    }
  }
  return undefined;
}

function subjectBefore(ctx: Ctx, s: Span, verbStart: number): { speaker: ActorSpan; relative: boolean } | undefined {
  const { text } = ctx;
  // "Carvenian officials said": a demonym before a collective noun speaks for the state.
  const before = startingIn(ctx.actors, s.start, verbStart).filter((a) => a.end <= verbStart && (!a.adjective || GROUP_SPEAKER.test(text.slice(a.end, verbStart)) && SUBJECT_GAP.test(text.slice(a.end, verbStart).replace(GROUP_SPEAKER, ' '))));
  for (let i = before.length - 1; i >= 0 && i >= before.length - 3; i--) {
    const a = before[i]!;
    const gap = text.slice(a.end, verbStart);
    if (SUBJECT_GAP.test(gap) && !/^\s*,\s*$/.test(gap)) return { speaker: jointSpeakers(ctx, before, i), relative: false };
    if (a.adjective) return { speaker: a, relative: false };
    if (WHO_GAP.test(gap)) return { speaker: a, relative: true };
    if (JOINT_GAP.test(gap)) return { speaker: a, relative: false };
    const nominal = /^['’]s\s+(\w+)\s+$/.exec(gap);
    if (nominal && NOMINAL.test(nominal[1]!)) return { speaker: a, relative: false };
  }
  // "Trump’s warning that …": the verb itself is the nominal after the possessive.
  const poss = before[before.length - 1];
  if (poss && /^['’]s\s+$/.test(text.slice(poss.end, verbStart))) return { speaker: poss, relative: false };
  return undefined;
}

/**
 * "Latvian Prime Minister Ilze Kalniņa, Estonian Prime Minister Mart Kask and … said": one statement with every
 * speaker of the list, read back from the name just before the verb.
 */
function jointSpeakers(ctx: Ctx, before: ActorSpan[], i: number): ActorSpan {
  const head = before[i]!;
  let first = head;
  const ids = [...head.ids];
  for (let j = i - 1; j >= 0; j--) {
    const prev = before[j]!;
    if (prev.adjective || prev.end > first.start) continue;
    const gap = ctx.text.slice(prev.end, first.start).replace(/\p{Lu}[\p{L}.’'-]*/gu, 'X');
    if (!/^\s*(?:,|,?\s+and)\s+(?:(?:his|her|their|its|the)\s+)?(?:(?:X|[\p{Ll}-]+)\s+){0,5}$/u.test(gap)) break;
    if (!prev.kinds.every((k) => head.kinds.includes(k))) break;
    ids.unshift(...prev.ids.filter((id) => !ids.includes(id)));
    first = prev;
  }
  return first === head ? head : { ...head, start: first.start, ids };
}

function contentAfter(ctx: Ctx, s: Span, verbEnd: number, verb: string, relative: boolean): Span | undefined {
  const { text } = ctx;
  let pos = verbEnd;
  const d = DATE_LEAD.exec(text.slice(pos, pos + 40));
  if (d) pos += d[0].length;
  if (/^(?:urged|urges|urging|called on|calls on|asked|asks|told|tells)$/i.test(verb)) {
    const obj = OBJECT_TO.exec(text.slice(pos, pos + 80));
    if (obj) pos += obj[0].length - (obj[2] === 'to' ? 3 : 0) - 1;
  }
  // "told reporters at Tuesday's briefing": an audience with nothing reported after it is no statement.
  if (/^(?:told|tells)$/i.test(verb) && AUDIENCE.test(text.slice(pos, pos + 40))) return undefined;
  const that = /^\s*,?\s*(?:that\s+)?/i.exec(text.slice(pos, pos + 10))!;
  pos += that[0].length;
  let end = s.end;
  const rest = text.slice(pos, end);
  const cut = relative ? /,["”’]?\s/.exec(rest) : CUT.exec(rest);
  if (cut) end = pos + cut.index;
  // Trim closing punctuation but keep a closing quote whose opening mark is inside the content.
  while (end > pos && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  const inner = text.slice(pos, end);
  const opens = (inner.match(/[“"]/g) ?? []).length;
  const closes = (inner.match(/[”"]/g) ?? []).length;
  if (/[”"]/.test(text[end] ?? '') && opens > closes) end++;
  else if (/[.,;:!?]/.test(text[end] ?? '') && /[”"]/.test(text[end + 1] ?? '') && opens > closes) {
    // “compelling results,”: the comma sits inside the closing mark.
    end += 2;
    while (/[.,;:!?]/.test(text[end - 2] ?? '') && false) end--;
  }
  if (end - pos < 3) return undefined;
  return { start: pos, end };
}

/**
 * Reported speech with the attribution at the end: "Deputy Secretary Ellison will travel to Seoul on Thursday,
 * Hartley said." The content is the clause before the comma that opens the attribution.
 */
function contentBefore(ctx: Ctx, s: Span, speaker: ActorSpan, verbEnd: number): Span | undefined {
  const { text } = ctx;
  if (s.end - verbEnd > 90 || !FINAL_TAIL.test(text.slice(verbEnd, s.end))) return undefined;
  const lead = text.slice(s.start, speaker.start);
  const comma = /,\s+(?:[\p{L}'’.-]+\s+){0,6}$/u.exec(lead);
  if (!comma) return undefined;
  let start = s.start;
  let end = s.start + comma.index;
  // A quotation is attributed as a direct statement elsewhere; a dateline is not part of what was said.
  if (/[”"]\s*$/.test(text.slice(start, end)) || /^[“"]/.test(text.slice(start, end))) return undefined;
  const dateline = /^\p{Lu}[\p{Lu}\s,.]+\s+[—–-]+\s+/u.exec(text.slice(start, end));
  if (dateline) start += dateline[0].length;
  if (end - start < 12) return undefined;
  return { start, end };
}

function assignDates(out: (FoundStatement & { relative: boolean })[], dates: DateResolver, events: ExtractionEvent[], sentences: Span[]): void {
  const lastBySpeaker = new Map<string, TextDate>();
  const sentenceIndex = new Map(sentences.map((s, i) => [s.start, i]));
  const datedEvents = new Map<number, ExtractionEvent[]>();
  for (const e of events) if (e.date) datedEvents.set(e.sentence.start, [...(datedEvents.get(e.sentence.start) ?? []), e]);
  for (const st of out) {
    const own = dates.datesIn(st.sentence).filter((d) => d.end <= st.start || d.start >= st.end);
    let best: (typeof own)[number] | undefined;
    for (const d of own) {
      const dist = Math.abs(d.start - st.verbStart);
      if (!best || dist < Math.abs(best.start - st.verbStart)) best = d;
    }
    let date: TextDate | null = best ? best.date : null;
    if (!date && !st.relative) {
      // The same speaker's previous statement in this article, then an event of the speakers just before.
      for (const id of st.speakerIds) date ??= lastBySpeaker.get(id) ?? null;
      if (!date) {
        const idx = sentenceIndex.get(st.sentence.start) ?? -1;
        const prev = idx > 0 ? sentences[idx - 1] : undefined;
        const ev = prev && (datedEvents.get(prev.start) ?? []).find((e) => st.speakerIds.every((id) => e.sourceIds.includes(id) || e.targetIds.includes(id)));
        if (ev?.date) date = ev.date;
      }
    }
    st.date = date;
    if (date) for (const id of st.speakerIds) lastBySpeaker.set(id, date);
  }
}
