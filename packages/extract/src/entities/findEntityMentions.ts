// Candidate mentions from spaCy's entity spans and the gazetteer, cleaned by rule: no leading article or title, no
// possessive, datelines recognised, group nouns ("protesters") kept as Group mentions.
import type { EntityKind } from '@newsgraph/model';
import type { NamedSpan, ParsedText } from '../doc/parsedText.ts';
import {
  GAZETTEER_MAX_TOKENS,
  GROUP_HEADS,
  GROUP_MODIFIERS,
  lookupGazetteer,
  NON_ENTITY_CAPS,
  type GazetteerEntry,
} from './gazetteer.ts';
import {
  BODY_HEADS,
  DATELINE,
  EVENT_HEADS,
  FACILITY_HEADS,
  GENERIC_BODIES,
  LABEL_KINDS,
  NAME_TITLES,
  NOT_NAMES,
  OFFICE_WORDS,
  ORG_HEADS,
  PLACE_OPENERS,
  TREATY_HEADS,
} from './namePatterns.ts';

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

function candidate(
  p: ParsedText,
  first: number,
  last: number,
  kind: EntityKind,
  via: MentionCandidate['via'],
): MentionCandidate {
  return { first, last, start: p.start[first]!, end: p.end[last]!, kind, via };
}

/** Trims a model span to the name: articles, titles and honorifics before it, possessives and punctuation after. */
function trimName(p: ParsedText, first: number, last: number, person: boolean): [number, number] {
  // "Movement for Democratic Change (MDC": a bracket ends the name (the abbreviation is a mention of its own).
  for (let i = first + 1; i <= last; i++) if (p.word(i) === '(' || p.word(i) === '[') last = i - 1;
  for (;;) {
    const was = last;
    // "Patrice Talon of", "Ministry of Foreign Affairs of": a name never ends in a preposition, article or conjunction.
    while (last > first && /^(?:ADP|CCONJ|DET|PART)$/.test(p.pos[last]!) && !isPossessive(p, last)) last--;
    while (last > first && (isPossessive(p, last) || isPunct(p, last))) last--;
    // lowercase-tail: "Associated Press of bank (robberies)": a preposition followed only by lower-case words ends
    // the name before it ("the Sinaloa cartel", "Bashar al-Assad" keep theirs).
    for (let k = last - 1; k > first && /^\p{Ll}+$/u.test(p.word(k + 1)); k--) {
      if (p.pos[k] === 'ADP') {
        last = k - 1;
        break;
      }
    }
    if (last === was) break;
  }
  // descriptor-tail: "KCNA news agency", "Xinhua state media": two or more lower-case words after a name describe it.
  let tail = last;
  while (tail > first && /^\p{Ll}+$/u.test(p.word(tail))) tail--;
  if (last - tail >= 2 && /^\p{Lu}/u.test(p.word(tail))) last = tail;
  // ordinal-prefix: "the 116th U.S. Congress": an ordinal counts sessions or terms, it is not part of the name.
  const ordinal = (i: number) => /^\d+(?:st|nd|rd|th)$/i.test(p.word(i));
  while (
    first < last &&
    (NOT_NAMES.has(p.lower(first)) || p.pos[first] === 'DET' || isPunct(p, first) || ordinal(first))
  )
    first++;
  if (person) {
    // "President-elect John Doe", "U.S. Senator Jane Roe": titles are roles, not names (keep at least two tokens).
    while (first < last - 1 && (NAME_TITLES.has(p.lower(first)) || /^[a-z]/.test(p.word(first)))) first++;
    if (first === last - 1 && NAME_TITLES.has(p.lower(first)) && /^\p{Lu}/u.test(p.word(last))) first++;
  }
  return [first, last];
}

/** An abbreviation as written in brackets after a long name: two capitals at least ("IAEA", "AfCFTA", "U.N."). */
export const ABBREVIATION = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&.]{1,9}$/;

/** Words that may join the capitalised words of a name's of/for phrase ("for the Defence of Human Rights"). */
const NAME_GLUE = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&']);

/** The last token of an organisation's name continued over an of/for phrase hung on it (org-continuation): the
 * phrase must start right after the span, attach inside it, hold only capitalised words and glue, and end in a
 * capitalised word. A span with its own of/for already ("Ministry of Foreign Affairs" + "of Turkey") and a single
 * generic word ("the Government" + "of Mexico": the country is the owner) are not continued. */
function continueName(p: ParsedText, first: number, last: number, taken: Uint8Array): number {
  const prep = last + 1;
  if (prep + 1 >= p.n || !/^(?:of|for)$/.test(p.word(prep)) || p.head[prep]! < first || p.head[prep]! > last)
    return last;
  for (let i = first; i <= last; i++) if (/^(?:of|for)$/.test(p.word(i))) return last;
  if (first === last && GENERIC_BODIES.has(p.lower(first))) return last;
  // Only a body's name goes on ("Patrice Talon" + "of Benin" is a person and the state).
  if (!ORG_HEADS.has(p.lower(last)) && !BODY_HEADS.has(p.lower(last))) return last;
  const inPhrase = (i: number) => {
    for (let h = i, steps = 0; steps < 20; h = p.head[h]!, steps++) {
      if (h === prep) return true;
      if (p.head[h] === h) return false;
    }
    return false;
  };
  let end = last;
  for (let i = prep + 1; i < p.n && p.sentenceOf(i) === p.sentenceOf(prep) && inPhrase(i) && !taken[i]; i++) {
    const w = p.word(i);
    if (/^\p{Lu}/u.test(w)) end = i;
    else if (w !== '-' && !NAME_GLUE.has(w)) break;
  }
  return end;
}

/** The model's spans with names it cut in two joined again: two PERSON spans side by side ("Zine El Abidine" +
 * "Ben Ali's": split-person), and ORG + of/for + ORG ("the Tunisian League" + "for" + "the Defence of Human Rights":
 * org-continuation); an ORG span followed by a capitalised organisation head ("Thai Raksa Chart" + "Party") takes it. */
function joinSplitNames(p: ParsedText): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const ent of p.ents) {
    const prev = out[out.length - 1];
    const sameSentence = prev && p.sentenceOf(prev.first) === p.sentenceOf(ent.first);
    // Side by side with one space between: the model sometimes ends a sentence inside such a name, too.
    const persons =
      prev?.label === 'PERSON' &&
      ent.label === 'PERSON' &&
      ent.first === prev.last + 1 &&
      !isPossessive(p, prev.last) &&
      p.text.slice(prev.end, ent.start) === ' ';
    const orgs =
      prev?.label === 'ORG' &&
      ent.label === 'ORG' &&
      ent.first === prev.last + 2 &&
      /^(?:of|for)$/.test(p.word(prev.last + 1));
    if (prev && ((sameSentence && orgs) || persons)) {
      out[out.length - 1] = { ...prev, last: ent.last, end: ent.end };
      continue;
    }
    out.push(ent);
  }
  return out.map((e) => {
    const next = e.last + 1;
    if (e.label !== 'ORG' || next >= p.n || !/^\p{Lu}/u.test(p.word(next)) || !ORG_HEADS.has(p.lower(next))) return e;
    if (p.ents.some((o) => o.first <= next && next <= o.last)) return e;
    return { ...e, last: next, end: p.end[next]! };
  });
}

function atLineStart(p: ParsedText, i: number): boolean {
  const before = p.text.slice(Math.max(0, p.start[i]! - 3), p.start[i]);
  return p.start[i] === 0 || /\n\s*$/.test(before);
}

/** Short words a title-case headline may leave in lower case ("Trump Says He Will Act on Border"). */
const HEADLINE_SMALL_WORDS = new Set([
  'with',
  'amid',
  'over',
  'after',
  'from',
  'into',
  'than',
  'that',
  'upon',
  'onto',
  'near',
]);

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
      out.push({
        first,
        last,
        start: at,
        end: at + part.length,
        kind: g.kind,
        via: 'gazetteer',
        name: g.name,
        ...(g.iso2 ? { iso2: g.iso2 } : {}),
      });
      at += part.length + 1;
    }
    for (let i = first; i <= last; i++) taken[i] = 1;
    return true;
  };

  const gazetteerCandidate = (first: number, last: number, gaz: GazetteerEntry): MentionCandidate => ({
    ...candidate(p, first, last, gaz.kind, 'gazetteer'),
    name: gaz.name,
    ...(gaz.iso2 ? { iso2: gaz.iso2 } : {}),
  });
  // gazetteer-long-name: a known name of three or more tokens outranks the model's spans, which cut long names at a
  // comma, "and" or "in" ("United Nations Educational, Scientific and Cultural Organization", "Organization for
  // Security and Co-operation in Europe", "Islamic State of Iraq and the Levant").
  for (let i = 0; i < p.n; i++) {
    if (!/^\p{Lu}/u.test(p.word(i)) || !usable(i)) continue;
    for (let len = Math.min(GAZETTEER_MAX_TOKENS, p.n - i); len >= 3; len--) {
      const j = i + len - 1;
      if (p.sentenceOf(j) !== p.sentenceOf(i)) continue;
      const gaz = lookupGazetteer(p.span(i, j));
      if (!gaz) continue;
      take(gazetteerCandidate(i, j, gaz));
      i = j;
      break;
    }
  }
  // treaty-name: "the Paris Climate Accord", "the Minsk Protocol": capitalised words ending in a treaty head name the
  // treaty (an organisation in the gold's convention); the place in it is no mention of its own.
  for (let i = 1; i < p.n; i++) {
    if (!TREATY_HEADS.has(p.lower(i)) || !/^\p{Lu}/u.test(p.word(i)) || taken[i] || !usable(i)) continue;
    let first = i;
    while (
      first > 0 &&
      p.pos[first - 1] === 'PROPN' &&
      /^\p{Lu}/u.test(p.word(first - 1)) &&
      !taken[first - 1] &&
      p.sentenceOf(first - 1) === p.sentenceOf(i)
    )
      first--;
    if (first < i && !NOT_NAMES.has(p.lower(first))) take(candidate(p, first, i, 'Organization', 'model'));
  }
  // Abbreviations in brackets that the model swallowed into the long name's span ("… Area (AfCFTA"), taken after.
  const bracketed: { at: number; label: EntityKind }[] = [];

  for (const ent of joinSplitNames(p)) {
    const label = LABEL_KINDS[ent.label];
    if (!label || ent.last < ent.first || !usable(ent.first)) continue;
    // A span partly under a known long name keeps only what lies outside it.
    let from = ent.first;
    let to = ent.last;
    while (from <= to && taken[from]) from++;
    while (to >= from && taken[to]) to--;
    if (from > to) continue;
    for (let i = from + 1; i < to; i++)
      if (p.word(i) === '(' && ABBREVIATION.test(p.word(i + 1))) bracketed.push({ at: i + 1, label });
    let [first, last] = trimName(p, from, to, label === 'Person');
    const surface = p.span(first, last);
    if (first === last && (NOT_NAMES.has(p.lower(first)) || p.pos[first] === 'DET')) continue; // "The" left of a known name
    if (
      !/^[\p{Lu}\p{N}]/u.test(surface) ||
      !NAME_CHARS.test(surface) ||
      NON_ENTITY_CAPS.has(surface) ||
      surface.length < 2
    )
      continue;
    if (label === 'Person' && first === last && NAME_TITLES.has(p.lower(first))) continue; // "the Queen": a title alone
    // event-name: "the Syrian Civil War", "the G7 Summit": a happening, not an actor. Its tokens stay free, so the
    // gazetteer and the repeat of a name known elsewhere still find "Syrian" and "G7" in it.
    if (last > first && EVENT_HEADS.has(p.lower(last)) && /^\p{Lu}/u.test(p.word(last))) continue;
    // "Secretary of State", "Committee on Foreign Affairs": a capitalised name after "of"/"on" that continues a
    // capitalised phrase is a fragment; a title phrase is no entity at all, any other phrase is the whole name.
    // (Also over "the": "Law of the Sea".)
    const glue =
      first >= 3 && p.word(first - 1) === 'the' && /^(?:of|on|for)$/.test(p.word(first - 2)) ? first - 2 : first - 1;
    if (label !== 'Person' && glue >= 1 && /^(?:of|on|for)$/.test(p.word(glue)) && p.pos[glue - 1] === 'PROPN') {
      let start = glue - 1;
      while (start > 0 && p.pos[start - 1] === 'PROPN' && p.sentenceOf(start - 1) === p.sentenceOf(first)) start--;
      const title = NAME_TITLES.has(p.lower(start)) || NAME_TITLES.has(p.lower(glue - 1));
      // "Speaker of the House of Representatives": after a title and "the", the body is named in full; kept.
      if (title && glue === first - 1) continue;
      if (title) start = -1;
      if (start >= 0 && OFFICE_WORDS.has(p.lower(start))) continue; // office-not-body: "Member of Parliament" is a title phrase
      if (label === 'Organization' && start >= 0 && !taken[start]) {
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
      // title-phrase: "the Archbishop of Canterbury", "Mayor of London": a person's title with its see or seat.
      if (NAME_TITLES.has(p.lower(first)) && p.lower(first + 1) === 'of') continue;
      // "Water Resources Minister", "National Security Advisor": an office, which the roles stage reads, not a body.
      if (OFFICE_WORDS.has(p.lower(last)) || (last + 1 < p.n && OFFICE_WORDS.has(p.lower(last + 1)))) continue;
      if (first === last && GENERIC_BODIES.has(p.lower(first))) continue;
    }
    if (takeHyphenPair(first, last, surface)) continue;
    const gaz = lookupGazetteer(surface);
    // coordinated-names: "Crete and Cyprus" in one span is two places when one side is a known place.
    const and = gaz
      ? -1
      : ([...Array(Math.max(0, last - first - 1)).keys()].map((d) => first + 1 + d).find((k) => p.word(k) === 'and') ??
        -1);
    if (and > 0) {
      const left = lookupGazetteer(p.span(first, and - 1));
      const right = lookupGazetteer(p.span(and + 1, last));
      const place = (g?: GazetteerEntry) => g?.kind === 'Country' || g?.kind === 'Location';
      if (place(left) || place(right)) {
        take(left ? gazetteerCandidate(first, and - 1, left) : candidate(p, first, and - 1, 'Location', 'model'));
        take(right ? gazetteerCandidate(and + 1, last, right) : candidate(p, and + 1, last, 'Location', 'model'));
        continue;
      }
    }
    if (!gaz && titled.has(p.sentenceOf(first).index) && !trusted.has(surface)) continue;
    if (gaz) {
      // outlet-article: "The Guardian", "The New York Times": the capitalised article is part of an outlet's own name.
      const withArticle =
        first > 0 &&
        p.word(first - 1) === 'The' &&
        gaz.name.startsWith('The ') &&
        lookupGazetteer(`The ${surface}`)?.name === gaz.name;
      take(gazetteerCandidate(withArticle ? first - 1 : first, last, gaz));
      continue;
    }
    // demonym-name: "the Afghan Taliban" where the article also names "Taliban" alone: a demonym before a name the
    // model found on its own elsewhere is a mention of the country, and the name is the one it found.
    if (label === 'Organization' && last > first) {
      const lead = lookupGazetteer(p.word(first));
      const rest = p.span(first + 1, last);
      const alone = (o: NamedSpan) => {
        if (o.first <= last && o.last >= first) return false;
        const from = p.pos[o.first] === 'DET' ? o.first + 1 : o.first;
        return from <= o.last && p.span(from, o.last) === rest;
      };
      if (lead?.kind === 'Country' && lead.adjective && p.ents.some(alone)) {
        take(gazetteerCandidate(first, first, lead));
        take(candidate(p, first + 1, last, 'Organization', 'model'));
        continue;
      }
    }
    // of-country: "the Economy of Turkey", "the EEZ of Cyprus": a word that heads no body, "of" a known state, is no
    // organisation's name ("Bank of England", "Parliament of Tunisia", "President of Turkey" keep theirs): the state
    // is the mention.
    if (label === 'Organization' && last > first + 1 && p.lower(first + 1) === 'of') {
      const state = lookupGazetteer(p.span(first + 2, last));
      const h = p.lower(first);
      const names = [ORG_HEADS, BODY_HEADS, GENERIC_BODIES, OFFICE_WORDS, NAME_TITLES].some((set) => set.has(h));
      if (state?.kind === 'Country' && !names) {
        take(gazetteerCandidate(first + 2, last, state));
        continue;
      }
    }
    if ((label === 'Organization' || label === 'Person') && last - first >= 2) {
      // known-prefix: "Amnesty International Man-kei Tam": a known organisation's name glued before a person's name
      // (the member it quotes) is two mentions.
      let split = -1;
      for (let k = last - 2; k >= first && split < 0; k--) {
        const known = lookupGazetteer(p.span(first, k));
        if (
          known?.kind === 'Organization' &&
          !ORG_HEADS.has(p.lower(last)) &&
          p
            .span(k + 1, last)
            .split(/\s+/)
            .every((w) => /^\p{Lu}/u.test(w))
        )
          split = k;
      }
      if (split >= 0) {
        take(gazetteerCandidate(first, split, lookupGazetteer(p.span(first, split))!));
        take(candidate(p, split + 1, last, 'Person', 'model'));
        continue;
      }
    }
    if (label === 'Organization' && last > first) {
      // demonym-body: "Tunisian Parliament", "Libyan House of Representatives", "U.S. Treasury Department": a
      // demonym or a country's abbreviation before a body is a mention of the country, and the body is named
      // without it (a body whose own name starts so, "Thai Raksa Chart Party", has no body head).
      const lead = lookupGazetteer(p.word(first));
      const ofAt = p.lower(first + 2) === 'of' ? first + 1 : -1;
      const head = ofAt > 0 ? p.lower(ofAt) : p.lower(last);
      // An abbreviation only before a body named in more than one word ("U.S. Treasury Department"): "U.S. Congress",
      // "U.S. Senate" are how those bodies are named.
      if (
        lead?.kind === 'Country' &&
        (lead.adjective || (/^[A-Z.]{2,5}$/.test(p.word(first)) && last > first + 1)) &&
        BODY_HEADS.has(head)
      ) {
        take(gazetteerCandidate(first, first, lead));
        if (last > first + 1 || !GENERIC_BODIES.has(head)) take(candidate(p, first + 1, last, 'Organization', 'model'));
        continue;
      }
      // org-continuation: "the Supreme Court" + "of the United Kingdom", "the Tunisian League" + "for the Defence of
      // Human Rights": an of/for phrase the parse hangs on the name, written in capitals, is the rest of the name.
      last = continueName(p, first, last, taken);
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
        take({
          ...candidate(p, first, first, lead.kind, 'gazetteer'),
          name: lead.name,
          ...(lead.iso2 ? { iso2: lead.iso2 } : {}),
        });
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
    if (
      atLineStart(p, first) &&
      surface === surface.toUpperCase() &&
      DATELINE.test(p.text.slice(p.start[first], p.start[first]! + 80))
    ) {
      take(candidate(p, first, last, 'Location', 'dateline'));
      continue;
    }
    take(candidate(p, first, last, label, 'model'));
  }

  for (const b of bracketed) {
    if (taken[b.at]) continue;
    const gaz = lookupGazetteer(p.word(b.at));
    take(gaz ? gazetteerCandidate(b.at, b.at, gaz) : candidate(p, b.at, b.at, b.label, 'model'));
  }
  out.sort((a, b) => a.start - b.start);

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
    if (
      ent.label !== 'NORP' ||
      ent.first !== ent.last ||
      /S$/.test(p.tag[ent.first]!) ||
      lookupGazetteer(p.word(ent.first))
    )
      continue;
    const w = p.word(ent.first);
    const m = /^(.{3,}?)(?:(?<=[ia])n|ese|ish)$/u.exec(w);
    if (!m) continue;
    const stem = /n$/.test(w) ? w.slice(0, -1) : m[1]!;
    if (!lookupGazetteer(stem)) stems.add(stem);
  }
  if (stems.size) {
    for (let i = 0; i < p.n; i++) {
      if (!taken[i] && p.pos[i] === 'PROPN' && stems.has(p.word(i)) && usable(i))
        take(candidate(p, i, i, 'Country', 'model'));
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
