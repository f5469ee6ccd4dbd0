// Candidate mentions from spaCy's entity spans and the gazetteer, cleaned by rule: no leading article or title, no
// possessive, datelines recognised, group nouns ("protesters") kept as Group mentions.
import type { EntityKind } from '@newsgraph/model';
import type { ParsedText } from '../doc/parsedText.ts';
import { GAZETTEER_MAX_TOKENS, GROUP_HEADS, GROUP_MODIFIERS, lookupGazetteer, NON_ENTITY_CAPS } from './gazetteer.ts';
import { DATELINE, FACILITY_HEADS, GENERIC_BODIES, LABEL_KINDS, NAME_TITLES, NOT_NAMES, OFFICE_WORDS, ORG_HEADS, PLACE_OPENERS } from './namePatterns.ts';

/** Names are letters, digits, spaces and . ' ’ - &: a span with brackets, format characters or other marks is noise. */
const NAME_CHARS = /^[\p{L}\p{N}\p{M} .'’&-]+$/u;

export interface MentionCandidate {
  first: number;
  last: number;
  start: number;
  end: number;
  kind: EntityKind;
  /** Canonical name when the gazetteer knows the surface ("U.S." → "United States"). */
  name?: string;
  iso2?: string;
  /** Where the kind came from: the gazetteer outranks the model when mentions of one name disagree. */
  via: 'gazetteer' | 'model' | 'dateline' | 'group';
}

const isPossessive = (p: ParsedText, i: number) => p.tag[i] === 'POS' || /^['’]s?$/.test(p.word(i));
const isPunct = (p: ParsedText, i: number) => p.pos[i] === 'PUNCT';

function candidate(p: ParsedText, first: number, last: number, kind: EntityKind, via: MentionCandidate['via']): MentionCandidate {
  return { first, last, start: p.start[first]!, end: p.end[last]!, kind, via };
}

/** Trims a model span to the name: articles, titles and honorifics before it, possessives and punctuation after. */
function trimName(p: ParsedText, first: number, last: number, person: boolean): [number, number] {
  // "Patrice Talon of", "Ministry of Foreign Affairs of": a name never ends in a preposition, article or conjunction.
  while (last > first && /^(?:ADP|CCONJ|DET|PART)$/.test(p.pos[last]!) && !isPossessive(p, last)) last--;
  // "Movement for Democratic Change (MDC": a bracket ends the name (the abbreviation is a mention of its own).
  for (let i = first + 1; i <= last; i++) if (p.word(i) === '(' || p.word(i) === '[') last = i - 1;
  while (last > first && (isPossessive(p, last) || isPunct(p, last))) last--;
  while (first < last && (NOT_NAMES.has(p.lower(first)) || p.pos[first] === 'DET' || isPunct(p, first))) first++;
  if (person) {
    // "President-elect John Doe", "U.S. Senator Jane Roe": titles are roles, not names (keep at least two tokens).
    while (first < last - 1 && (NAME_TITLES.has(p.lower(first)) || /^[a-z]/.test(p.word(first)))) first++;
    if (first === last - 1 && NAME_TITLES.has(p.lower(first)) && /^\p{Lu}/u.test(p.word(last))) first++;
  }
  return [first, last];
}

function atLineStart(p: ParsedText, i: number): boolean {
  const before = p.text.slice(Math.max(0, p.start[i]! - 3), p.start[i]!);
  return p.start[i] === 0 || /\n\s*$/.test(before);
}

/** Short words a title-case headline may leave in lower case ("Trump Says He Will Act on Border"). */
const HEADLINE_SMALL_WORDS = new Set(['with', 'amid', 'over', 'after', 'from', 'into', 'than', 'that', 'upon', 'onto', 'near']);

/** A headline written in title case ("Sheinbaum Touts Anti-Cartel Progress"): the model's names there are guesses.
 * Every content word is capitalised, and it either has no closing punctuation or capitalises common words. */
function titleCaseSentences(p: ParsedText): Set<number> {
  const out = new Set<number>();
  for (const s of p.sents) {
    let content = 0;
    let lower = 0;
    let capsCommon = 0;
    for (let i = s.first; i <= s.last; i++) {
      const w = p.word(i);
      if (!/^\p{L}/u.test(w)) continue;
      const capital = /^\p{Lu}/u.test(w);
      if (i > s.first && capital && p.pos[i] !== 'PROPN') capsCommon++;
      if (w.length <= 3 || HEADLINE_SMALL_WORDS.has(w.toLowerCase())) continue;
      content++;
      if (!capital) lower++;
    }
    const closed = /[.!?]["”’']?$/.test(p.word(s.last)) || /[.!?]/.test(p.word(s.last));
    if (content >= 3 && lower === 0 && (!closed || capsCommon >= 2)) out.add(s.index);
  }
  return out;
}

export function findEntityMentions(p: ParsedText): MentionCandidate[] {
  const titled = titleCaseSentences(p);
  // Names the model found in ordinary sentences: a title-case headline may only repeat them.
  const trusted = new Set<string>();
  for (const ent of p.ents) {
    if (titled.has(p.sentenceOf(ent.first).index)) continue;
    trusted.add(p.span(ent.first, ent.last));
    for (let i = ent.first; i <= ent.last; i++) trusted.add(p.word(i));
  }
  const out: MentionCandidate[] = [];
  const taken = new Uint8Array(p.n);
  const take = (c: MentionCandidate) => {
    for (let i = c.first; i <= c.last; i++) taken[i] = 1;
    out.push(c);
  };
  const usable = (i: number) => p.sentenceOf(i).usable;
  // hyphen-pair: "U.S.-Mexico relations" is a mention of each known name, not a third entity.
  const takeHyphenPair = (first: number, last: number, surface: string): boolean => {
    const parts = surface.split(/(?<=\p{L}|\.)-(?=\p{Lu})/u);
    if (parts.length < 2 || !parts.every((x) => lookupGazetteer(x))) return false;
    let at = p.start[first]!;
    for (const part of parts) {
      const g = lookupGazetteer(part)!;
      out.push({ first, last, start: at, end: at + part.length, kind: g.kind, via: 'gazetteer', name: g.name, ...(g.iso2 ? { iso2: g.iso2 } : {}) });
      at += part.length + 1;
    }
    for (let i = first; i <= last; i++) taken[i] = 1;
    return true;
  };

  for (const ent of p.ents) {
    const label = LABEL_KINDS[ent.label];
    if (!label || ent.last < ent.first || !usable(ent.first)) continue;
    let [first, last] = trimName(p, ent.first, ent.last, label === 'Person');
    const surface = p.span(first, last);
    if (!/^[\p{Lu}\p{N}]/u.test(surface) || !NAME_CHARS.test(surface) || NON_ENTITY_CAPS.has(surface) || surface.length < 2) continue;
    if (label === 'Person' && first === last && NAME_TITLES.has(p.lower(first))) continue; // "the Queen": a title alone
    // "Secretary of State", "Committee on Foreign Affairs": a capitalised name after "of"/"on" that continues a
    // capitalised phrase is a fragment; a title phrase is no entity at all, any other phrase is the whole name.
    if (label !== 'Person' && first >= 2 && /^(?:of|on|for)$/.test(p.word(first - 1)) && p.pos[first - 2] === 'PROPN') {
      let start = first - 2;
      while (start > 0 && p.pos[start - 1] === 'PROPN' && p.sentenceOf(start - 1) === p.sentenceOf(first)) start--;
      if (NAME_TITLES.has(p.lower(start)) || NAME_TITLES.has(p.lower(first - 2))) continue;
      if (label === 'Organization' && !taken[start]) {
        take(candidate(p, start, last, 'Organization', 'model'));
        continue;
      }
    }
    if (label === 'Organization') {
      // "Presidential Spokesperson Harry Roque": an office word inside an ORG span is followed by the holder's name.
      let office = -1;
      for (let i = first; i < last; i++) if (OFFICE_WORDS.has(p.lower(i)) && /^\p{Lu}/u.test(p.word(i + 1))) office = i;
      if (office >= 0) {
        if (last - office >= 2) take(candidate(p, office + 1, last, 'Person', 'model'));
        continue;
      }
      if (OFFICE_WORDS.has(p.lower(first))) continue; // "Member of Parliament": a title phrase
      // "Water Resources Minister", "National Security Advisor": an office, which the roles stage reads, not a body.
      if (OFFICE_WORDS.has(p.lower(last)) || (last + 1 < p.n && OFFICE_WORDS.has(p.lower(last + 1)))) continue;
      if (first === last && GENERIC_BODIES.has(p.lower(first))) continue;
    }
    if (takeHyphenPair(first, last, surface)) continue;
    const gaz = lookupGazetteer(surface);
    if (!gaz && titled.has(p.sentenceOf(first).index) && !trusted.has(surface)) continue;
    if (gaz) {
      take({ ...candidate(p, first, last, gaz.kind, 'gazetteer'), name: gaz.name, ...(gaz.iso2 ? { iso2: gaz.iso2 } : {}) });
      continue;
    }
    if (label === 'Group') {
      // Nationalities and parties the gazetteer does not know: only plural nouns are actors ("Kurds"), not adjectives.
      if (!/^NNP?S$/.test(p.tag[last]!)) continue;
      take(candidate(p, first, last, 'Group', 'model'));
      continue;
    }
    if (label === 'Person') {
      // "Ohio Jane Roe": a place glued before a name is its own mention.
      const lead = lookupGazetteer(p.word(first));
      if (lead && last - first >= 2) {
        take({ ...candidate(p, first, first, lead.kind, 'gazetteer'), name: lead.name, ...(lead.iso2 ? { iso2: lead.iso2 } : {}) });
        first++;
      }
      if (PLACE_OPENERS.has(p.lower(first)) && last > first) {
        take(candidate(p, first, last, 'Location', 'model'));
        continue;
      }
    }
    if (label !== 'Organization' && last > first && ORG_HEADS.has(p.lower(last))) {
      take(candidate(p, first, last, 'Organization', 'model')); // org-head-person: "the Jane Roe Memorial Fund"
      continue;
    }
    if ((label === 'Person' || label === 'Organization') && last > first && FACILITY_HEADS.has(p.lower(last))) {
      take(candidate(p, first, last, 'Location', 'model'));
      continue;
    }
    if (atLineStart(p, first) && surface === surface.toUpperCase() && DATELINE.test(p.text.slice(p.start[first]!, p.start[first]! + 80))) {
      take(candidate(p, first, last, 'Location', 'dateline'));
      continue;
    }
    take(candidate(p, first, last, label, 'model'));
  }

  // Gazetteer names the model left out ("Mexican", "EU"), longest first, on tokens no mention holds.
  for (let i = 0; i < p.n; i++) {
    if (taken[i] || !/^\p{Lu}/u.test(p.word(i)) || !usable(i)) continue;
    if (takeHyphenPair(i, i, p.word(i))) continue;
    for (let len = Math.min(GAZETTEER_MAX_TOKENS, p.n - i); len >= 1; len--) {
      const j = i + len - 1;
      if (taken[j] || p.sentenceOf(j) !== p.sentenceOf(i)) continue;
      const gaz = lookupGazetteer(p.span(i, j));
      if (!gaz) continue;
      let free = true;
      for (let k = i; k <= j; k++) if (taken[k]) free = false;
      if (!free) continue;
      take({ ...candidate(p, i, j, gaz.kind, 'gazetteer'), name: gaz.name, ...(gaz.iso2 ? { iso2: gaz.iso2 } : {}) });
      i = j;
      break;
    }
  }

  // demonym-state: "Carvenian" with no "Carvenia" entity — the state's name, written elsewhere as a proper noun, is one.
  const stems = new Set<string>();
  for (const ent of p.ents) {
    // Singular demonyms only ("Carvenian"), by the usual derivations: -ian/-an → -ia/-a, -ese/-ish → the root.
    if (ent.label !== 'NORP' || ent.first !== ent.last || /S$/.test(p.tag[ent.first]!) || lookupGazetteer(p.word(ent.first))) continue;
    const w = p.word(ent.first);
    const m = /^(.{3,}?)(?:(?<=[ia])n|ese|ish)$/u.exec(w);
    if (!m) continue;
    const stem = /n$/.test(w) ? w.slice(0, -1) : m[1]!;
    if (!lookupGazetteer(stem)) stems.add(stem);
  }
  if (stems.size) {
    for (let i = 0; i < p.n; i++) {
      if (!taken[i] && p.pos[i] === 'PROPN' && stems.has(p.word(i)) && usable(i)) take(candidate(p, i, i, 'Country', 'model'));
    }
    out.sort((a, b) => a.start - b.start);
  }

  // Unnamed collectives that act in the news ("protesters", "armed groups"), with their telling modifiers.
  for (let i = 0; i < p.n; i++) {
    if (taken[i] || !GROUP_HEADS.has(p.lower(i)) || !usable(i)) continue;
    let first = i;
    while (first > 0 && !taken[first - 1] && GROUP_MODIFIERS.has(p.lower(first - 1))) first--;
    take(candidate(p, first, i, 'Group', 'group'));
  }
  return out.sort((a, b) => a.start - b.start);
}
