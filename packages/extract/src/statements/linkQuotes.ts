// Ties each quotation to the reporting cue that attributes it, by the QUOTE_LINKS patterns in order: governed by
// a cue (or by an unknown verb with a person or body as subject), a cue in the same sentence, a colon intro, a dash
// byline; then quotations with no attribution of their own continue the one before them.
import type { ArticleContext } from '../article/articleContext.ts';
import type { Quote } from '../quotes/findQuoteSpans.ts';
import { makeCue, speakerEntities, type Cue } from './findCues.ts';
import { QUOTE_LINKS, TITLE_QUOTE } from './patterns.ts';

export interface QuoteInfo {
  q: Quote;
  /** Tokens inside the marks. */
  first: number;
  last: number;
  words: number;
  cue: Cue | null;
  link: string | null;
  /** Index of the quotation this one continues (same statement), or -1. */
  continues: number;
  /** Where the quoted words start when a transcript label opens the quotation ("ROE: …"). */
  wordsStart?: number;
}

const isWord = (w: string) => /[\p{L}\p{N}]/u.test(w);
/** Complement labels through which a verb outside the lexicon governs a quotation it reports. */
const GOVERNING_DEPS = new Set([
  'ccomp',
  'dobj',
  'oprd',
  'xcomp',
  'parataxis',
  'attr',
  'advcl',
  'conj',
  'npadvmod',
  'dep',
  'pobj',
  'prep',
  'acomp',
  'appos',
]);
const DASHES = /^\s*[―—–]/;

export function quoteInfos(ctx: ArticleContext): QuoteInfo[] {
  const { doc } = ctx;
  return ctx.quotes.flatMap((q) => {
    const [first, last] = doc.tokensIn(q.start, q.end);
    let words = 0;
    for (let i = first; i <= last; i++) if (isWord(doc.word(i))) words++;
    // A title after a preposition ("on “Fox News Sunday”") is a name; a nickname given ("called her “Miss Piggy”") is speech.
    const named = isTitle(ctx, first, last, words) && titlePlace(ctx, first, last);
    return named ? [] : [{ q, first, last, words, cue: null, link: null, continues: -1 }];
  });
}

/** The title's head (its punctuation aside) hangs on a preposition or noun, or is the listener of "told". */
function titlePlace(ctx: ArticleContext, first: number, last: number): boolean {
  const { doc } = ctx;
  for (let i = first; i <= last; i++) {
    const h = doc.head[i]!;
    if (doc.pos[i] === 'PUNCT' || (h >= first && h <= last && h !== i)) continue;
    const dep = doc.dep[i]!;
    if (dep === 'pobj' && (TITLE_QUOTE.namingPreps as readonly string[]).includes(doc.lower(h))) return false;
    return (
      (TITLE_QUOTE.deps as readonly string[]).includes(dep) ||
      (dep === 'dobj' && (TITLE_QUOTE.listenerOf as readonly string[]).includes(doc.lemma[h]!))
    );
  }
  return false;
}

/** TITLE_QUOTE: a few words, each capitalised (or a minor word inside), no sentence punctuation. */
function isTitle(ctx: ArticleContext, first: number, last: number, words: number): boolean {
  const { doc } = ctx;
  if (words === 0 || words > TITLE_QUOTE.maxWords || first > last) return false;
  for (let i = first; i <= last; i++) {
    const w = doc.word(i);
    if (/^[.!?;]$/.test(w) && i < last) return false;
    if (!isWord(w)) continue;
    if ((TITLE_QUOTE.minor as readonly string[]).includes(w) && i > first) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
  }
  return true;
}

/** The verb outside the quotation each of its outgoing dependencies reaches first, with the label it arrives by. */
function governors(ctx: ArticleContext, qi: QuoteInfo, cues: Map<number, Cue>): { verb: number; dep: string }[] {
  const { doc } = ctx;
  const out: { verb: number; dep: string }[] = [];
  const inside = (t: number) => t >= qi.first && t <= qi.last;
  for (let t = qi.first; t <= qi.last; t++) {
    const h = doc.head[t]!;
    if (h === t || inside(h) || doc.pos[t] === 'PUNCT') continue;
    let dep = doc.dep[t]!;
    let a = h;
    // (A reporting noun on the way is the governor: "Roe's warning that forces “will strike”".)
    for (let steps = 0; steps < 8 && doc.pos[a] !== 'VERB' && !cues.has(a) && doc.head[a] !== a; steps++) {
      dep = doc.dep[a]!;
      a = doc.head[a]!;
    }
    if (doc.pos[a] === 'VERB' || doc.pos[a] === 'AUX' || cues.has(a)) out.push({ verb: a, dep });
  }
  return out;
}

export function linkQuotes(
  ctx: ArticleContext,
  infos: QuoteInfo[],
  cues: Map<number, Cue>,
  insideQuote: (t: number) => boolean,
): void {
  const { doc, text } = ctx;
  for (const qi of infos) {
    if (qi.first > qi.last || !doc.sentenceOf(qi.first).usable) continue;
    // 0. Transcript label: "“ROE: We will …" names the speaker by the surname before the colon.
    const label = transcriptLabel(ctx, qi, insideQuote);
    if (label) {
      qi.cue = label.cue;
      qi.wordsStart = label.wordsStart;
      qi.link = QUOTE_LINKS.transcriptLabel.id;
      continue;
    }
    // 1. Dash byline: "…” ― Jane Roe" (first: the parse often makes the dash a verb governing the next quotation).
    const tail = text.slice(qi.q.close + 1, qi.q.close + 6);
    if (DASHES.test(tail)) {
      const dash = doc.tokenAt(qi.q.close + 1 + tail.search(/[―—–]/));
      const name = dash >= 0 ? dash + 1 : -1;
      if (name > 0 && name < doc.n && ctx.entities.entityAt(name)) {
        const speakers = speakerEntities(ctx, name);
        if (speakers.length) {
          qi.cue = {
            ...makeCue(ctx, dash, 'cue.dash-byline', insideQuote),
            verbFirst: dash,
            verbLast: dash,
            speakerToken: name,
            speakerPattern: 'speaker.byline',
            speakers,
            content: null,
          };
          qi.link = QUOTE_LINKS.dashByline.id;
          continue;
        }
      }
    }
    // 2. Governed: a cue (lexicon or unknown verb with an actor subject) the quotation hangs on.
    const gov = governors(ctx, qi, cues);
    for (const g of gov) {
      const cue = cues.get(g.verb);
      if (cue) {
        qi.cue = cue;
        qi.link = QUOTE_LINKS.governed.id;
        break;
      }
    }
    // 2b. Inside reported speech: the governing verb sits in the content clause of a cue further up.
    if (!qi.cue) {
      for (const g of gov) {
        const cue = enclosingCue(ctx, g.verb, cues, insideQuote);
        if (cue) {
          qi.cue = cue;
          qi.link = QUOTE_LINKS.insideReportedSpeech.id;
          break;
        }
      }
    }
    if (!qi.cue) {
      for (const g of gov) {
        if (!GOVERNING_DEPS.has(g.dep) || insideQuote(g.verb) || !/\p{L}/u.test(doc.word(g.verb))) continue;
        const cue = makeCue(ctx, g.verb, 'cue.verb-with-quote', insideQuote);
        if (cue.speakerPattern === 'speaker.subject' && cue.speakers.length) {
          cues.set(g.verb, cue);
          qi.cue = cue;
          qi.link = QUOTE_LINKS.unknownVerb.id;
          break;
        }
      }
    }
    if (qi.cue || gov.length) continue;
    // 3. Same sentence: the quotation is its own clause; a cue outside quotes in its sentence(s) attributes it.
    const s1 = doc.sentenceOf(qi.first);
    const s2 = doc.sentenceOf(qi.last);
    const near: Cue[] = [];
    for (let t = s1.first; t <= s2.last; t++) {
      const c = cues.get(t);
      if (c && !insideQuote(t) && (t < qi.first || t > qi.last)) near.push(c);
    }
    if (near.length) {
      // The cue right after the closing mark first ("…," she said), else the nearest before it.
      const after = near.find((c) => c.token > qi.last);
      qi.cue = after ?? near[near.length - 1]!;
      qi.link = QUOTE_LINKS.sameSentence.id;
      continue;
    }
    // 4. Colon intro: "Roe said:" / "Roe, on Twitter:" just before the opening mark.
    const before = qi.q.open > 0 ? doc.tokenAt(lastNonSpace(text, qi.q.open)) : -1;
    if (before >= 0 && doc.word(before) === ':' && !insideQuote(before)) {
      const s = doc.sentenceOf(before);
      let cue: Cue | undefined;
      for (let t = before - 1; t >= s.first && !cue; t--) cue = insideQuote(t) ? undefined : cues.get(t);
      if (!cue && before > s.first) {
        const head = doc.headOf(s.first, before - 1);
        const speakers = speakerEntities(ctx, head);
        if (speakers.length)
          cue = {
            ...makeCue(ctx, head, 'cue.colon-intro', insideQuote),
            speakerToken: head,
            speakerPattern: 'speaker.colon-intro',
            speakers,
            content: null,
          };
      }
      if (cue) {
        qi.cue = cue;
        qi.link = QUOTE_LINKS.colonIntro.id;
        continue;
      }
    }
    // 5. Attribution opening the next sentence: "“…?” Graham asked." split by the parse after the question mark.
    let next = qi.q.close + 1;
    while (next < text.length && /[ \u00a0]/.test(text[next]!)) next++;
    const nextTok = doc.tokenAt(next);
    if (nextTok >= 0 && !insideQuote(nextTok) && doc.sentenceOf(nextTok).index !== s2.index) {
      const s = doc.sentenceOf(nextTok);
      for (let t = nextTok; t <= Math.min(s.last, nextTok + 8) && !insideQuote(t); t++) {
        const c = cues.get(t);
        if (c && !c.content) {
          qi.cue = c;
          qi.link = QUOTE_LINKS.attributionAfter.id;
          break;
        }
      }
    }
  }
  // 5. Continuations, forward: an unattributed quotation opening the sentence after an attributed one.
  for (let k = 1; k < infos.length; k++) {
    const qi = infos[k]!;
    const prev = infos[k - 1]!;
    if (prev.q.runsOn && nextParagraph(text, prev.q, qi.q)) {
      qi.continues = k - 1;
      continue;
    }
    if (qi.cue || qi.first > qi.last) continue;
    const chainCue = cueOfChain(infos, k - 1);
    if (!chainCue || !sameParagraph(text, prev.q.close, qi.q.open)) continue;
    const sq = doc.sentenceOf(qi.first).index;
    const prevEnd = Math.max(doc.sentenceOf(Math.max(prev.last, 0)).index, doc.sentenceOf(chainCue.token).index);
    if (sq - prevEnd <= 1 && opensSentence(ctx, qi)) qi.continues = k - 1;
  }
  // 6. After reported speech: the sentence before, in the same paragraph, has a cue with a speaker.
  for (let k = 0; k < infos.length; k++) {
    const qi = infos[k]!;
    if (qi.cue || qi.continues >= 0 || qi.first > qi.last || !opensSentence(ctx, qi)) continue;
    if (cueOfChain(infos, k)) continue;
    const s = doc.sentenceOf(qi.first).index;
    if (s === 0) continue;
    const prev = doc.sents[s - 1]!;
    if (!sameParagraph(text, doc.start[prev.first]!, qi.q.open) || !prev.usable) continue;
    let cue: Cue | undefined;
    for (let t = prev.first; t <= prev.last; t++) {
      const c = cues.get(t);
      if (c && c.speakers.length && !insideQuote(t)) cue = c;
    }
    if (cue) {
      qi.cue = cue;
      qi.link = QUOTE_LINKS.afterReportedSpeech.id;
    }
  }
}

/** "ROE: …" at the start of a quotation: the person of the article whose name ends in that word (upper-cased). */
function transcriptLabel(
  ctx: ArticleContext,
  qi: QuoteInfo,
  insideQuote: (t: number) => boolean,
): { cue: Cue; wordsStart: number } | null {
  const { doc, entities } = ctx;
  const { maxWords } = QUOTE_LINKS.transcriptLabel;
  let colon = -1;
  for (let t = qi.first; t <= Math.min(qi.last, qi.first + maxWords); t++) {
    if (doc.word(t) === ':') {
      colon = t;
      break;
    }
    if (!/^\p{Lu}[\p{Lu}'.-]+$/u.test(doc.word(t))) return null;
  }
  if (colon <= qi.first || colon >= qi.last) return null;
  const surname = doc.word(colon - 1).toLowerCase();
  const people = entities.entities.filter(
    (e) => e.kind === 'Person' && e.mentions.length > 0 && e.name.toLowerCase().split(/\s+/).at(-1) === surname,
  );
  if (people.length !== 1) return null;
  const base = makeCue(ctx, colon - 1, 'cue.transcript-label', insideQuote);
  const cue: Cue = {
    ...base,
    verbFirst: qi.first,
    verbLast: colon,
    speakerToken: colon - 1,
    speakerPattern: QUOTE_LINKS.transcriptLabel.id,
    speakers: people,
    content: null,
    contentPattern: null,
  };
  return { cue, wordsStart: doc.start[colon + 1]! };
}

/** The reporting cue whose content clause holds `verb`, climbing complement and coordinated clauses only. */
function enclosingCue(
  ctx: ArticleContext,
  verb: number,
  cues: Map<number, Cue>,
  insideQuote: (t: number) => boolean,
): Cue | undefined {
  const { doc } = ctx;
  const { climb, maxSteps } = QUOTE_LINKS.insideReportedSpeech;
  let t = verb;
  for (
    let step = 0;
    step < maxSteps && doc.head[t] !== t && (climb as readonly string[]).includes(doc.dep[t]!);
    step++
  ) {
    t = doc.head[t]!;
    const cue = cues.get(t);
    if (cue && !insideQuote(t)) return cue;
  }
  return undefined;
}

/** The cue of the chain a quotation belongs to (its own, or that of the quotation it continues). */
export function cueOfChain(infos: QuoteInfo[], k: number): Cue | null {
  for (let j = k, guard = 0; j >= 0 && guard < 50; guard++) {
    const qi = infos[j]!;
    if (qi.cue) return qi.cue;
    j = qi.continues;
  }
  // A run-on paragraph may take the attribution of the paragraph it runs into.
  for (let j = k + 1; j < infos.length && infos[j]!.continues === j - 1; j++) if (infos[j]!.cue) return infos[j]!.cue;
  return null;
}

function lastNonSpace(text: string, pos: number): number {
  let i = pos - 1;
  while (i > 0 && /\s/.test(text[i]!)) i--;
  return i;
}

function sameParagraph(text: string, a: number, b: number): boolean {
  return !text.slice(a, b).includes('\n');
}

function nextParagraph(text: string, prev: Quote, q: Quote): boolean {
  return /^\s*$/.test(text.slice(prev.close, q.open)) && text.slice(prev.close, q.open).includes('\n');
}

function opensSentence(ctx: ArticleContext, qi: QuoteInfo): boolean {
  const s = ctx.doc.sentenceOf(qi.first);
  return ctx.doc.start[s.first]! >= qi.q.open - 1;
}
