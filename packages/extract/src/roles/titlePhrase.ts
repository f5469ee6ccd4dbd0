// A title as the parse writes it: its head noun, the words that belong to the office ("First Vice Foreign Minister",
// "Minister of Foreign Affairs"), and whether it is a past one. Owners and holders are found elsewhere.
import type { ParsedText } from '../doc/parsedText.ts';
import type { EntityRecord, EntityTable } from '../entities/buildEntityTable.ts';
import { lookupGazetteer } from '../entities/gazetteer.ts';
import {
  BODY_NOUNS,
  DROP_MODIFIERS,
  TITLE_WORDS,
  FORMER,
  NEEDS_MODIFIER,
  PORTFOLIOS,
  RANKS,
  TITLE_HEADS,
  titleHeadKey,
  type TitleClass,
} from './lexicon.ts';

export interface TitlePhrase {
  head: number;
  /** First and last token of the title's own words (no determiner, owner or "former"). */
  first: number;
  last: number;
  /** The head noun's lexicon key ("minister", "representative"). */
  key: string;
  cls: TitleClass;
  written: string;
  plural: boolean;
  former: boolean;
  /** A head too common to be a title alone ("leader", "head") with no title word beside it: a title only with an owner. */
  bare: boolean;
}

const MODIFIER_DEPS = new Set(['compound', 'amod', 'nmod']);

/** True when token i names an entity (a country, a body, a person) rather than the office. */
function isNamed(doc: ParsedText, entities: EntityTable, i: number): boolean {
  const e = entities.tokenEntity[i]!;
  return e >= 0 && !PORTFOLIOS.has(doc.lower(i));
}

/**
 * "Kestrian Finance Minister": the model's organisation "Kestrian Finance" glued a demonym to the title's portfolio.
 * Returns the demonym's token when the mention ending right before the head is a country word plus portfolio words.
 */
export function gluedDemonym(doc: ParsedText, entities: EntityTable, h: number): number | undefined {
  const e = entities.tokenEntity[h - 1];
  if (e === undefined || e < 0) return undefined;
  const rec = entities.entities[e]!;
  const m = rec.mentions.find((x) => x.last === h - 1);
  if (!m || rec.kind !== 'Organization' || m.last === m.first) return undefined;
  for (let k = m.first + 1; k <= m.last; k++) if (!PORTFOLIOS.has(doc.lower(k))) return undefined;
  return countryWord(doc, entities, m.first) ? m.first : undefined;
}

/** The country a single word names ("Kestrian", "Indian"), by the gazetteer or another mention of that country. */
export function countryWord(doc: ParsedText, entities: EntityTable, i: number): EntityRecord | undefined {
  const gaz = lookupGazetteer(doc.word(i));
  const w = doc.word(i);
  return entities.entities.find(
    (x) =>
      x.kind === 'Country' &&
      x.mentions.length > 0 &&
      ((gaz?.iso2 && x.iso2 === gaz.iso2) || x.mentions.some((m) => m.first === m.last && doc.word(m.first) === w)),
  );
}

/** The left modifiers that are part of the office: a contiguous run under the head, stopping at an owner or a determiner. */
function leftEdge(doc: ParsedText, entities: EntityTable, h: number): number {
  let first = h;
  const glued = gluedDemonym(doc, entities, h);
  if (glued !== undefined) return glued + 1;
  for (let i = h - 1; i >= 0; i--) {
    if (!doc.isUnder(i, h) || doc.sentenceOf(i) !== doc.sentenceOf(h)) break;
    if (doc.tag[i] === 'HYPH' && i > 0 && doc.lower(i - 1) !== 'ex' && doc.lower(i - 1) !== 'then') continue;
    const w = doc.lower(i);
    const viaModifier = MODIFIER_DEPS.has(doc.dep[i]!) || doc.tag[i] === 'HYPH';
    if (!viaModifier || isNamed(doc, entities, i) || FORMER.has(w) || RANKS.has(w)) break;
    if (/^[a-z]/.test(doc.word(i)) && DROP_MODIFIERS.has(w)) break;
    if (BODY_NOUNS.has(w) || BODY_NOUNS.has(doc.lemma[i]!.toLowerCase())) break;
    if (/^\p{Lu}/u.test(doc.word(i)) && !TITLE_WORDS.has(w) && !PORTFOLIOS.has(w) && !titleHeadKey(w)) break;
    if (doc.pos[i] === 'NUM' || doc.tag[i] === 'POS' || doc.pos[i] === 'DET' || doc.pos[i] === 'PRON') break;
    first = i;
  }
  while (first < h && doc.tag[first] === 'HYPH') first++;
  return first;
}

/** "Minister of Foreign Affairs, International Trade and Worship": an "of" whose object is a portfolio, not an owner. */
function rightEdge(doc: ParsedText, h: number): number {
  let last = h;
  for (const prep of doc.childrenWith(h, 'prep')) {
    if (doc.lower(prep) !== 'of') continue;
    const [lo, hi] = doc.subtree(prep);
    let end = prep;
    for (let k = prep + 1; k <= hi; k++) {
      const w = doc.lower(k);
      if (w === 'of') break; // a second "of" names the owner ("… of the Argentine Republic")
      // Only portfolio words: a capitalised word the model missed is more often a state ("Prime Minister of Kestria").
      if (!PORTFOLIOS.has(w)) return last;
      end = k;
    }
    while (end > prep && (doc.pos[end] === 'PUNCT' || doc.pos[end] === 'CCONJ' || doc.pos[end] === 'DET')) end--;
    if (end > prep && lo === prep) last = end;
  }
  return last;
}

/** Token i read as the head of a title, or undefined. */
export function readTitle(doc: ParsedText, entities: EntityTable, i: number): TitlePhrase | undefined {
  // "Secretary-General", "Vice-President" are three tokens: read at the first, with the syntactic head of the three.
  const hyphenKey = (k: number) =>
    k + 2 < doc.n && doc.tag[k + 1] === 'HYPH' ? titleHeadKey(`${doc.word(k)}-${doc.word(k + 2)}`) : undefined;
  if (i >= 2 && hyphenKey(i - 2)) return undefined;
  const joined = hyphenKey(i);
  const h = joined ? doc.headOf(i, i + 2) : i;
  const key = joined ?? titleHeadKey(doc.word(h));
  if (!key || !/^(?:NOUN|PROPN)$/.test(doc.pos[h]!) || isNamed(doc, entities, h)) return undefined;
  const cls = TITLE_HEADS.get(key)!;
  const first = Math.min(i, leftEdge(doc, entities, i));
  const last = Math.max(joined ? i + 2 : h, rightEdge(doc, h));
  const former =
    doc
      .children(h)
      .some(
        (c) =>
          FORMER.has(doc.lower(c)) && (doc.dep[c] === 'amod' || doc.dep[c] === 'advmod' || doc.dep[c] === 'compound'),
      ) ||
    [first - 1, first - 2].some(
      (k) =>
        k >= 0 &&
        FORMER.has(doc.lower(k)) &&
        (k === first - 1 || doc.tag[first - 1] === 'HYPH' || doc.pos[first - 1] === 'ADJ'),
    );
  const plural = /s$/i.test(doc.word(h)) && doc.lower(h) !== key;
  // "Representatives Eliot Engel and Adam Schiff": each holds the singular title.
  const headWord = plural ? doc.word(h).replace(/men$/i, 'man').replace(/s$/i, '') : doc.word(h);
  const written = (
    doc.text.slice(doc.start[first], doc.start[h]) +
    headWord +
    doc.text.slice(doc.end[h], doc.end[last])
  )
    .replace(/\s*-\s*/g, '-')
    .replace(/^-+/, '');
  const bare = NEEDS_MODIFIER.has(key) && first === h && last === h;
  return { head: h, first, last, key, cls, written, plural, former, bare };
}
