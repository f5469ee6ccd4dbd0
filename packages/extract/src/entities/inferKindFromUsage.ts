// How a name is used says what it is when the model and gazetteer cannot: "Veyra's government", "between Carvenia
// and Lusmark", a demonym "Veyran" in the same article → an (invented or unlisted) state.
import type { EntityKind } from '@newsgraph/model';
import type { ParsedText } from '../doc/parsedText.ts';
import type { MentionCandidate } from './findEntityMentions.ts';
import { BODY_HEADS, FACILITY_HEADS, ORG_HEADS, ORG_NOUNS, PERSON_TITLES, PLACE_NOUNS } from './namePatterns.ts';
import usage from './data/stateUsage.json' with { type: 'json' };

const STATE_NOUNS: ReadonlySet<string> = new Set(usage.stateNouns);
const SHARED_WITH_REGIONS: ReadonlySet<string> = new Set(usage.sharedWithRegions);
/** A state-only usage settles a single name's kind: the model's PERSON/ORG guesses on invented states outnumber it. */
const DECISIVE = 100;
/** Prepositions of being somewhere: "in Jolo", "near Doropo" (not "at", "to", "from": "angry at Trump", "a letter to Acme"). */
const INSIDE_PREPOSITIONS = new Set([
  'in',
  'near',
  'outside',
  'inside',
  'into',
  'around',
  'across',
  'through',
  'throughout',
]);
/** Nouns for people: a name in apposition to one is a person's ("Its chief executive, Armand Loisel"). */
const PERSON_NOUNS = new Set([
  'executive',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'leader',
  'founder',
  'official',
  'adviser',
  'advisor',
  'ambassador',
  'envoy',
  'secretary',
  'governor',
  'mayor',
  'senator',
  'lawmaker',
  'journalist',
  'reporter',
  'editor',
  'lawyer',
  'attorney',
  'activist',
  'analyst',
  'economist',
  'professor',
  'researcher',
  'author',
  'filmmaker',
  'commander',
  'general',
  'judge',
  'prosecutor',
  'counterpart',
  'archbishop',
  'bishop',
  'priest',
  'chief',
  'head',
  'manager',
  'candidate',
  'politician',
  'deputy',
  'spokesperson',
]);
/** Nouns a person owns but a body does not: "Tomasz Sekielski's film", "Jane Roe's wife". */
const PERSONAL_NOUNS = new Set([
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'family',
  'film',
  'book',
  'memoir',
  'novel',
  'documentary',
  'childhood',
  'funeral',
  'death',
  'birthday',
  'widow',
  'parents',
]);
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'write', 'state', 'explain', 'insist', 'argue', 'claim', 'warn']);

export type KindVotes = Map<string, Map<EntityKind, number>>;

/** Demonym forms of a name: Veyra → Veyran, Carvenia → Carvenian, Kestria → Kestrian, Tarsk → Tarskian. */
export function demonymForms(name: string): string[] {
  const forms = [`${name}n`, `${name}an`, `${name}ian`, `${name}ese`, `${name}i`, `${name}ish`, `${name}ic`];
  if (/a$/.test(name)) forms.push(`${name.slice(0, -1)}an`, `${name.slice(0, -1)}ian`);
  if (/y$/.test(name)) forms.push(`${name.slice(0, -1)}ian`);
  // Plurals name the people ("Veyrans"), which also says the name is a state.
  return [...forms, ...forms.filter((f) => /n$/.test(f)).map((f) => `${f}s`)];
}

export function inferKindFromUsage(
  doc: ParsedText,
  candidates: MentionCandidate[],
  nameKey: (s: string) => string,
): KindVotes {
  const votes: KindVotes = new Map();
  const vote = (key: string, kind: EntityKind, n: number) => {
    const v = votes.get(key) ?? new Map<EntityKind, number>();
    v.set(kind, (v.get(kind) ?? 0) + n);
    votes.set(key, v);
  };
  const words = new Set<string>();
  for (let i = 0; i < doc.n; i++) words.add(doc.word(i));
  const countryAt = new Set<number>();
  for (const c of candidates) if (c.kind === 'Country') for (let i = c.first; i <= c.last; i++) countryAt.add(i);
  // A full name ending in a word the model calls a person elsewhere is a person ("Morgan Tsvangirai" … "Tsvangirai").
  const personWords = new Set<string>();
  for (const c of candidates) if (c.kind === 'Person' && c.first === c.last) personWords.add(doc.word(c.first));
  // (Not a body's name with an of-phrase: "Supreme Court of Puerto Rico" where the model called "Rico" a person.)
  const bodyWords = (c: MentionCandidate) => {
    for (let i = c.first; i <= c.last; i++)
      if (/^\p{Ll}/u.test(doc.word(i)) || ORG_HEADS.has(doc.lower(i)) || BODY_HEADS.has(doc.lower(i))) return true;
    return false;
  };
  for (const c of candidates) {
    if (
      c.via === 'model' &&
      c.last > c.first &&
      c.kind !== 'Person' &&
      personWords.has(doc.word(c.last)) &&
      !bodyWords(c)
    ) {
      vote(nameKey(doc.text.slice(c.start, c.end)), 'Person', 2);
    }
  }
  // "the Civic Renewal party": an organisation named with a lower-case head is the same name without it.
  for (const c of candidates) {
    if (
      c.kind === 'Organization' &&
      c.last > c.first &&
      /^\p{Ll}/u.test(doc.word(c.last)) &&
      ORG_HEADS.has(doc.lower(c.last))
    ) {
      vote(nameKey(doc.span(c.first, c.last - 1)), 'Organization', 3);
    }
  }
  // Candidates by their last token, and tokens inside a place the model found (title-of-body, conj-place).
  const endingAt = new Map<number, MentionCandidate>();
  for (const c of candidates) endingAt.set(c.last, c);
  const locationAt = new Set<number>();
  for (const c of candidates) if (c.kind === 'Location') for (let i = c.first; i <= c.last; i++) locationAt.add(i);
  const personAt = new Set<number>();
  for (const c of candidates) if (c.kind === 'Person') for (let i = c.first; i <= c.last; i++) personAt.add(i);
  // Surnames of people named in full: "the Trump administration" is no state. Each with the full names that end in it,
  // so a name is not kept a person by its own last word ("in Maidan Shahr"). The surnames are this map's keys.
  const fullNames = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.kind !== 'Person' || c.last === c.first) continue;
    const names = fullNames.get(doc.word(c.last)) ?? new Set<string>();
    fullNames.set(doc.word(c.last), names.add(doc.text.slice(c.start, c.end)));
  }
  const surnameOfAnother = (c: MentionCandidate) =>
    [...(fullNames.get(doc.word(c.last)) ?? [])].some((n) => n !== doc.text.slice(c.start, c.end));
  for (const c of candidates) {
    if (c.via !== 'model') continue;
    const key = nameKey(doc.text.slice(c.start, c.end));
    const h = doc.headOf(c.first, c.last);
    // "in Jolo", "near Ain Issa": the object of a place preposition is a place, not a person.
    // People are rarely "in" or "near" anything, so one such use outweighs several PERSON guesses; a two-word name
    // ("a base in Maidan Shahr") gets less weight, as a person named in full is now and then "in" something.
    if (
      c.kind === 'Person' &&
      doc.dep[h] === 'pobj' &&
      INSIDE_PREPOSITIONS.has(doc.lower(doc.head[h]!)) &&
      !surnameOfAnother(c)
    )
      vote(key, 'Location', c.first === c.last ? 5 : 2);
    // title-of-body: "Ambassador to the United Nations Nikki Haley", "Secretary of the Navy Jane Roe": a name right
    // after a title's of/to phrase naming a body or state is the holder's.
    const body = endingAt.get(c.first - 1);
    if (body && c.kind !== 'Person' && c.last > c.first && c.last - c.first <= 2) {
      let k = body.first - 1;
      if (k > 0 && doc.lower(k) === 'the') k--;
      if (
        k > 0 &&
        /^(?:to|of|for)$/.test(doc.lower(k)) &&
        PERSON_TITLES.has(doc.lower(k - 1)) &&
        /^\p{Lu}/u.test(doc.word(k - 1))
      )
        vote(key, 'Person', 3);
    }
    // "Ambassador Nikki Haley", "Senator Elijah Cummings": a title right before a name makes it a person.
    if (
      c.kind !== 'Person' &&
      c.first > 0 &&
      c.last > c.first &&
      PERSON_TITLES.has(doc.lower(c.first - 1)) &&
      /^\p{Lu}/u.test(doc.word(c.first - 1))
    )
      vote(key, 'Person', 2);
    // "Ruben Castell said": a two- or three-word ORG as the subject of a speech verb is a person's name.
    const verb = doc.head[h]!;
    const reports = SPEECH_VERBS.has(doc.lemma[verb]!) && doc.childrenWith(verb, 'ccomp').length > 0;
    if (
      c.kind === 'Organization' &&
      c.last > c.first &&
      c.last - c.first <= 2 &&
      doc.dep[h] === 'nsubj' &&
      reports &&
      !ORG_HEADS.has(doc.lower(c.last))
    )
      vote(key, 'Person', 2);
    // conj-person: "Presidents Muhammadu Buhari of Nigeria and Patrice Talon", "Engel, Schiff, and Elijah Cummings": a
    // two- or three-word ORG or place coordinated with a person is one more person.
    if (
      (c.kind === 'Organization' || c.kind === 'Location') &&
      c.last > c.first &&
      c.last - c.first <= 2 &&
      !ORG_HEADS.has(doc.lower(c.last)) &&
      !FACILITY_HEADS.has(doc.lower(c.last))
    ) {
      const partners = [...(doc.dep[h] === 'conj' ? [doc.head[h]!] : []), ...doc.childrenWith(h, 'conj')];
      if (partners.some((k) => personAt.has(k))) vote(key, 'Person', 2);
    }
    // "in Omsk", "near Doropo": a single ORG word as the object of a place preposition is a place.
    // (Not a body: "in the Senate", "in Parliament".)
    if (
      c.kind === 'Organization' &&
      c.first === c.last &&
      doc.dep[h] === 'pobj' &&
      INSIDE_PREPOSITIONS.has(doc.lower(doc.head[h]!)) &&
      !BODY_HEADS.has(doc.lower(h))
    )
      vote(key, 'Location', 3);
    // place-noun: "our biggest island Crete", "the city of Omsk", "Omsk hospital": a name in apposition to a place
    // noun, after "the <place noun> of", or modifying a facility is a place.
    const placeNoun = (i: number) => PLACE_NOUNS.has(doc.lemma[i]!.toLowerCase()) && !/^\p{Lu}/u.test(doc.word(i));
    const appositive =
      (doc.dep[h] === 'appos' && placeNoun(doc.head[h]!)) ||
      doc.childrenWith(h, 'compound').some(placeNoun) ||
      doc.childrenWith(h, 'appos').some(placeNoun);
    const ofPlace = doc.dep[h] === 'pobj' && doc.lower(doc.head[h]!) === 'of' && placeNoun(doc.head[doc.head[h]!]!);
    // named-place: "the new region, to be called Bangsamoro": a name a place noun is called by is a place.
    const namingVerb = doc.head[h]!;
    const namedPlace =
      (doc.dep[h] === 'oprd' || doc.dep[h] === 'attr') &&
      /^(?:call|name|rename|know|dub)$/.test(doc.lemma[namingVerb]!.toLowerCase()) &&
      /^(?:relcl|acl)$/.test(doc.dep[namingVerb]!) &&
      placeNoun(doc.head[namingVerb]!);
    const facility =
      c.first === c.last &&
      doc.dep[h] === 'compound' &&
      FACILITY_HEADS.has(doc.lower(doc.head[h]!)) &&
      !/^\p{Lu}/u.test(doc.word(doc.head[h]!));
    // (and "the Putumayo region", "the Dresna crossing", "the Maidan Wardak province": a name modifying a place noun;
    // not an organisation's, "the Islamic State group region")
    const placeCompound =
      !ORG_HEADS.has(doc.lower(c.last)) &&
      doc.dep[h] === 'compound' &&
      (placeNoun(doc.head[h]!) || /^(?:crossing|border|checkpoint)$/.test(doc.lower(doc.head[h]!))) &&
      doc.lower(doc.head[h]!) !== 'state';
    // facility-appos: "Hagia Sophia, formerly a church and now a museum": a name in apposition to a building noun.
    const building = (i: number) => FACILITY_HEADS.has(doc.lemma[i]!.toLowerCase()) && /^\p{Ll}/u.test(doc.word(i));
    const facilityAppos =
      (doc.dep[h] === 'appos' && building(doc.head[h]!)) || doc.childrenWith(h, 'appos').some(building);
    if (c.kind !== 'Location' && (appositive || ofPlace || facility || placeCompound || facilityAppos || namedPlace))
      vote(key, 'Location', 5);
    // org-appos: "the South American group Mercosur", "the party Civic Renewal", "Mercosur, a trade bloc": a name in
    // apposition to, or modified by, a common noun for an organisation is one.
    const orgNoun = (i: number) => ORG_NOUNS.has(doc.lemma[i]!.toLowerCase()) && /^\p{Ll}/u.test(doc.word(i));
    const orgAppos =
      (doc.dep[h] === 'appos' && orgNoun(doc.head[h]!)) ||
      doc.childrenWith(h, 'appos').some(orgNoun) ||
      doc.childrenWith(h, 'compound').some(orgNoun);
    if (c.kind !== 'Organization' && orgAppos) vote(key, 'Organization', 5);
    // person-appos: "Its chief executive, Armand Loisel, said": a two- or three-word name in apposition to a noun for
    // a person, or owning what only people have ("Tomasz Sekielski's film"), is a person.
    if (
      c.kind !== 'Person' &&
      c.last > c.first &&
      c.last - c.first <= 2 &&
      !ORG_HEADS.has(doc.lower(c.last)) &&
      !FACILITY_HEADS.has(doc.lower(c.last))
    ) {
      const personNoun = (i: number) => PERSON_NOUNS.has(doc.lower(i));
      const appos =
        (doc.dep[h] === 'appos' && personNoun(doc.head[h]!)) || doc.childrenWith(h, 'appos').some(personNoun);
      const owns = doc.dep[h] === 'poss' && PERSONAL_NOUNS.has(doc.lemma[doc.head[h]!]!.toLowerCase());
      if (appos || owns) vote(key, 'Person', 3);
    }
  }
  const placeKeys = new Set(
    candidates
      .filter((c) => c.via === 'model' && c.kind === 'Location')
      .map((c) => nameKey(doc.text.slice(c.start, c.end))),
  );
  for (const c of candidates) {
    // Usage decides single names only: a multi-word name is rarely a state the gazetteer does not know.
    if (c.via !== 'model' || c.last > c.first || fullNames.has(doc.word(c.first))) continue;
    const surface = doc.text.slice(c.start, c.end);
    const key = nameKey(surface);
    const h = doc.headOf(c.first, c.last);
    const head = doc.head[h]!;
    const headWord = doc.lemma[head]!.toLowerCase();
    // usage-state: decisive, except that a name the model called a place somewhere, used with a head regions and cities
    // also take ("Northamptonshire police"), gets no state vote from it: the gazetteer already knows every real state.
    const regional = placeKeys.has(key) && SHARED_WITH_REGIONS.has(headWord);
    if ((doc.dep[h] === 'poss' || doc.dep[h] === 'compound') && STATE_NOUNS.has(headWord) && !regional)
      vote(key, 'Country', DECISIVE);
    // conj-place: "Jolo, and the Sulu region": a one-word PERSON guess coordinated with a place is a place.
    const placeAt = (k: number) =>
      (PLACE_NOUNS.has(doc.lemma[k]!.toLowerCase()) && /^\p{Ll}/u.test(doc.word(k))) || locationAt.has(k);
    const placePartners = [...(doc.dep[h] === 'conj' ? [head] : []), ...doc.childrenWith(h, 'conj')];
    if (c.kind === 'Person' && placePartners.some(placeAt)) vote(key, 'Location', 2);
    if (doc.dep[h] === 'conj' && countryAt.has(head)) vote(key, 'Country', 2);
    for (const k of doc.childrenWith(h, 'conj')) if (countryAt.has(k)) vote(key, 'Country', 2);
    if (!/\s/.test(surface) && demonymForms(surface).some((d) => words.has(d))) vote(key, 'Country', DECISIVE);
  }
  return votes;
}
