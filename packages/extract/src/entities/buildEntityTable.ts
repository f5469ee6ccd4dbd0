// Mentions → entities: one entity per thing named, however it was named. Short names go to the full name they
// abbreviate ("Sheinbaum" → "Claudia Sheinbaum"), abbreviations to their long form ("IAEA" ↔ "International Atomic
// Energy Agency"), and the kind is voted across every mention of a name (the gazetteer outvotes the model).
import { entityIdFor, foldDiacritics, NAME_PARTICLES, type EntityKind } from '@newsgraph/model';
import type { ExtractionEntity, Span } from '../extractionSchema.ts';
import type { ParsedText } from '../doc/parsedText.ts';
import { ABBREVIATION, type MentionCandidate } from './findEntityMentions.ts';
import { NON_ENTITY_CAPS } from './gazetteer.ts';
import { ORG_HEADS, PERSON_TITLES } from './namePatterns.ts';
import { demonymForms, inferKindFromUsage } from './inferKindFromUsage.ts';

export interface EntityRecord {
  index: number;
  id: string;
  kind: EntityKind;
  name: string;
  iso2?: string;
  mentions: MentionCandidate[];
  /** Tokens of pronouns and descriptions resolved to this entity. */
  references: { first: number; last: number }[];
  /** Created by a resolver for a state the article never names (its capital acts for it): kept when referenced. */
  onDemand?: boolean;
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'la', 'le', '&']);

/** Folds a surface for comparison: no article, possessive, case or diacritics. */
export function nameKey(s: string): string {
  return foldDiacritics(s)
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Initials of the capitalised words ("International Atomic Energy Agency" → "IAEA"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Short forms a full person name is later referred by: surname, particle surname ("de la Fuente"), two last words,
 * and the given name (news names some people by it: "Somchai", "Jamal"); a key two people share names neither. */
function surnameKeys(name: string): string[] {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return [];
  const keys = new Set<string>([parts[parts.length - 1]!, parts[0]!]);
  const p = parts.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w.toLowerCase()));
  if (p > 0) keys.add(parts.slice(p).join(' '));
  if (parts.length >= 3) keys.add(parts.slice(-2).join(' '));
  return [...keys].map(nameKey);
}

export class EntityTable {
  readonly entities: EntityRecord[] = [];
  /** Entity index of the named mention covering each token, or -1. */
  readonly tokenEntity: Int32Array;
  /** Entity index a pronoun or description token was resolved to, or -1. */
  readonly tokenReference: Int32Array;

  constructor(readonly doc: ParsedText) {
    this.tokenEntity = new Int32Array(doc.n).fill(-1);
    this.tokenReference = new Int32Array(doc.n).fill(-1);
  }

  /** The entity a token names or refers to, or undefined. */
  entityAt(i: number): EntityRecord | undefined {
    const e = this.tokenEntity[i]! >= 0 ? this.tokenEntity[i]! : this.tokenReference[i]!;
    return e >= 0 ? this.entities[e] : undefined;
  }

  byId(id: string): EntityRecord | undefined {
    return this.entities.find((e) => e.id === id);
  }

  /** The country with this ISO code, created with no mention when the article never names it ("Beijing said"). */
  countryOnDemand(iso2: string, name: string): EntityRecord {
    const known = this.entities.find((e) => e.iso2 === iso2 && (e.mentions.length > 0 || e.onDemand));
    if (known) return known;
    const rec: EntityRecord = {
      index: this.entities.length,
      id: entityIdFor('Country', name, iso2),
      kind: 'Country',
      name,
      iso2,
      mentions: [],
      references: [],
      onDemand: true,
    };
    this.entities.push(rec);
    return rec;
  }

  addReference(entity: EntityRecord, first: number, last: number): void {
    for (let i = first; i <= last; i++) if (this.tokenEntity[i] === -1) this.tokenReference[i] = entity.index;
    entity.references.push({ first, last });
  }

  toExtraction(): ExtractionEntity[] {
    return this.entities
      .filter((e) => e.mentions.length > 0 || (e.onDemand && e.references.length > 0))
      .map((e) => {
        const aliases = [...new Set(e.mentions.map((m) => this.doc.text.slice(m.start, m.end)))]
          .filter((a) => a !== e.name)
          .sort();
        const span = (m: { start: number; end: number }): Span => ({ start: m.start, end: m.end });
        const refs = e.references.map((r) => ({ start: this.doc.start[r.first]!, end: this.doc.end[r.last]! }));
        return {
          id: e.id,
          kind: e.kind,
          name: e.name,
          aliases,
          mentions: e.mentions.map(span),
          references: refs.sort((a, b) => a.start - b.start),
          ...(e.iso2 ? { iso2: e.iso2 } : {}),
        };
      });
  }
}

export function buildEntityTable(doc: ParsedText, candidates: MentionCandidate[]): EntityTable {
  const table = new EntityTable(doc);
  const surface = (m: MentionCandidate) => doc.text.slice(m.start, m.end);

  // 1. Kind per name by vote: the gazetteer counts double, a multi-word person name is never a place.
  const votes = inferKindFromUsage(doc, candidates, nameKey);
  for (const m of candidates) {
    const key = nameKey(m.name ?? surface(m));
    const v = votes.get(key) ?? new Map<EntityKind, number>();
    v.set(m.kind, (v.get(m.kind) ?? 0) + (m.via === 'gazetteer' || m.via === 'dateline' ? 2 : 1));
    votes.set(key, v);
  }
  const kindOf = (m: MentionCandidate): EntityKind => {
    if (m.via === 'gazetteer' || m.via === 'group') return m.kind;
    const v = votes.get(nameKey(surface(m)))!;
    return [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  };

  // 2. Full names first, so short forms can find them: longest surface first within a kind.
  const groups = new Map<string, EntityRecord>();
  const personKeys = new Map<string, EntityRecord | null>(); // surname → person, null when two people share it
  const acronyms = new Map<string, EntityRecord>();
  // Head word of each multi-word organisation → it (null when two share the word).
  const shortOrgNames = new Map<string, EntityRecord | null>();
  const create = (kind: EntityKind, name: string, iso2?: string): EntityRecord => {
    const rec: EntityRecord = {
      index: table.entities.length,
      id: entityIdFor(kind, name, iso2),
      kind,
      name,
      mentions: [],
      references: [],
      ...(iso2 ? { iso2 } : {}),
    };
    table.entities.push(rec);
    return rec;
  };
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const assigned = new Map<MentionCandidate, EntityRecord>();
  // person-alias: a two-word name inside a longer person name — the two last words ("Rivera Schatz" of "Thomas Rivera
  // Schatz") or the given name with an inner surname ("Pedro Pierluisi" of "Pedro R. Pierluisi Urrutia", as Spanish
  // names carry two surnames) — is that person, unless two people share it.
  const longNames = new Map<string, string | null>();
  for (const m of candidates) {
    const name = m.name ?? surface(m);
    const parts = nameKey(name).split(' ');
    if (kindOf(m) !== 'Person' || parts.length < 3) continue;
    const aliases = [parts.slice(-2).join(' ')];
    for (let k = 1; k < parts.length - 1; k++)
      if (/^\p{L}{2,}$/u.test(parts[k]!)) aliases.push(`${parts[0]} ${parts[k]}`);
    for (const a of aliases) {
      const was = longNames.get(a);
      longNames.set(a, was === undefined || was === name ? name : null);
    }
  }
  const fullName = (kind: EntityKind, name: string) => (kind === 'Person' && longNames.get(nameKey(name))) || name;
  // A person is keyed by given name + surname, so a middle name does not split them ("Robert Gabriel Mugabe").
  const groupKey = (kind: EntityKind, short: string, iso2?: string) => {
    if (iso2) return `iso:${iso2}`;
    const name = fullName(kind, short);
    const parts = nameKey(name).split(' ');
    return kind === 'Person' && parts.length > 2
      ? `Person:${parts[0]} ${parts[parts.length - 1]}`
      : `${kind}:${parts.join(' ')}`;
  };
  // Short keys go to the first person named in full in text order ("Mugabe" → Robert, not Grace, Mugabe).
  for (const m of [...candidates].sort((a, b) => a.start - b.start)) {
    const name = m.name ?? surface(m);
    if (kindOf(m) !== 'Person' || !/\s/.test(name.trim())) continue;
    const rec = groups.get(groupKey('Person', name)) ?? create('Person', fullName('Person', name).replace(/\s+/g, ' '));
    groups.set(groupKey('Person', name), rec);
    for (const k of surnameKeys(name)) if (!personKeys.has(k)) personKeys.set(k, rec);
  }
  for (const m of ordered) {
    // "the Bidens": a family named by the plural of a person's surname is not an entity of its own.
    if (/s$/.test(surface(m)) && personKeys.get(nameKey(surface(m).slice(0, -1)))) continue;
    const kind = kindOf(m);
    const name = m.name ?? surface(m);
    const key = groupKey(kind, name, m.iso2);
    let rec = groups.get(key);
    // A bare surname of a person named in full is that person, whatever the model called it ("Sheinbaum" as ORG).
    if (!rec && m.via === 'model' && !/\s/.test(name.trim())) {
      const full = personKeys.get(nameKey(name));
      if (full) rec = full;
    }
    // short-org-name: "the House" after "the House of Representatives", "the Front" after "Hollin Liberation Front".
    // A one-word body the gazetteer knows ("Congress") is the article's own body of that head ("Congress of the
    // Philippines") when it names one.
    const oneWordBody = m.via === 'gazetteer' && kind === 'Organization' && !/\s/.test(m.name ?? '');
    if (!rec && (m.via === 'model' || oneWordBody) && kind !== 'Person')
      rec = shortOrgNames.get(nameKey(surface(m))) ?? undefined;
    if (!rec && /^[A-Z]{2,6}$/.test(name)) rec = acronyms.get(name);
    if (!rec) {
      rec = create(kind, kind === 'Person' ? name.replace(/\s+/g, ' ') : name, m.iso2);
      groups.set(key, rec);
      // "the Civic Renewal party" is "Civic Renewal".
      const bare = /^(.*\S)\s+(\p{Ll}+)$/u.exec(name);
      if (kind === 'Organization' && bare && ORG_HEADS.has(bare[2]!) && !groups.has(groupKey(kind, bare[1]!)))
        groups.set(groupKey(kind, bare[1]!), rec);
      // party-name: "the Thai Raksa Chart party" after "the Thai Raksa Chart Party": a party is named without its head.
      const party = /^(.*\S)\s+Party$/u.exec(name);
      if (kind === 'Organization' && party && !groups.has(groupKey(kind, party[1]!)))
        groups.set(groupKey(kind, party[1]!), rec);
      if (kind === 'Organization' && /\s/.test(name)) {
        const words = name.split(/\s+/);
        // The head is the last word, or the first before "of" ("House of Representatives"; never "Tarsk" of
        // "Government of Tarsk").
        const heads = words.some((w) => w.toLowerCase() === 'of')
          ? words[1]?.toLowerCase() === 'of'
            ? [words[0]!]
            : []
          : [words[words.length - 1]!];
        // "Burisma" after "Burisma Holdings": a two-word company or body name is also its first word.
        if (words.length === 2 && ORG_HEADS.has(words[1]!.toLowerCase())) heads.push(words[0]!);
        // "the Supreme Court" after "the Supreme Court of Veloria": the name before its of-phrase, in two words or more.
        const of = words.findIndex((w) => w.toLowerCase() === 'of');
        if (of >= 2) heads.push(words.slice(0, of).join(' '));
        // A fixed name the gazetteer knows ("White House") lends no head word to the short names.
        if (m.via === 'model')
          for (const w of heads.map(nameKey))
            shortOrgNames.set(w, shortOrgNames.has(w) && shortOrgNames.get(w) !== rec ? null : rec);
        const ini = initials(name);
        if (ini.length >= 2 && !acronyms.has(ini)) acronyms.set(ini, rec);
      }
    }
    assigned.set(m, rec);
  }

  // 3. "International Atomic Energy Agency (IAEA)": a bracketed abbreviation right after a name is that name.
  const byStart = [...candidates].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < byStart.length; k++) {
    const a = byStart[k]!;
    const b = byStart[k + 1]!;
    if (!/^\s*\(\s*$/.test(doc.text.slice(a.end, b.start)) || !ABBREVIATION.test(surface(b))) continue;
    const from = assigned.get(b);
    const to = assigned.get(a);
    if (!from || !to || from === to) continue;
    for (const [m, r] of assigned) if (r === from) assigned.set(m, to);
  }

  // or-abbreviation: "G7, or the Group of Seven," / "the Group of Seven, or G7,": an abbreviation and a name with its
  // first letter, joined by "or", are one organisation.
  for (let k = 0; k + 1 < byStart.length; k++) {
    const a = byStart[k]!;
    const b = byStart[k + 1]!;
    if (!/^,?\s+or\s+(?:the\s+)?$/.test(doc.text.slice(a.end, b.start))) continue;
    const abbreviation = (x: MentionCandidate) => /^[A-Z][A-Z0-9.&-]{1,7}$/.test(surface(x));
    const [short, long] = abbreviation(a) ? [a, b] : [b, a];
    if (!abbreviation(short) || !/\s/.test(surface(long)) || surface(short)[0] !== surface(long)[0]) continue;
    const from = assigned.get(short === a ? b : a);
    const to = assigned.get(short === a ? a : b);
    if (!from || !to || from === to || from.kind !== 'Organization' || to.kind !== 'Organization') continue;
    for (const [m, r] of assigned) if (r === from) assigned.set(m, to);
  }

  for (const m of byStart) {
    const rec = assigned.get(m);
    if (!rec) continue;
    rec.mentions.push(m);
    for (let i = m.first; i <= m.last; i++) table.tokenEntity[i] = rec.index;
  }
  // Names the model found once are names everywhere: an untagged repeat ("Mugabe's", "Biden") is the same entity.
  const known = new Map<string, EntityRecord>();
  for (const e of table.entities) {
    for (const m of e.mentions) known.set(surface(m), e);
    if (e.kind === 'Person') for (const [k, r] of personKeys) if (r === e && !known.has(k)) known.set(k, e);
  }
  for (let i = 0; i < doc.n; i++) {
    if (table.tokenEntity[i] !== -1 || doc.pos[i] !== 'PROPN' || !doc.sentenceOf(i).usable) continue;
    for (let len = Math.min(4, doc.n - i); len >= 1; len--) {
      const j = i + len - 1;
      const s = doc.span(i, j);
      const e = known.get(s) ?? (len === 1 ? known.get(nameKey(s)) : undefined);
      if (!e || NON_ENTITY_CAPS.has(s) || !/^\p{Lu}/u.test(s)) continue;
      let free = true;
      for (let k = i; k <= j; k++) if (table.tokenEntity[k] !== -1) free = false;
      if (!free) continue;
      e.mentions.push({ first: i, last: j, start: doc.start[i]!, end: doc.end[j]!, kind: e.kind, via: 'model' });
      for (let k = i; k <= j; k++) table.tokenEntity[k] = e.index;
      i = j;
      break;
    }
  }
  // An invented or unlisted state's demonym ("Veyran") is a mention of it, as real demonyms are through the gazetteer.
  const demonyms = new Map<string, EntityRecord>();
  for (const e of table.entities)
    if (e.kind === 'Country' && !e.iso2 && e.mentions.length) for (const d of demonymForms(e.name)) demonyms.set(d, e);
  if (demonyms.size) {
    for (let i = 0; i < doc.n; i++) {
      const e = demonyms.get(doc.word(i));
      if (!e || table.tokenEntity[i] !== -1 || !doc.sentenceOf(i).usable) continue;
      e.mentions.push({ first: i, last: i, start: doc.start[i]!, end: doc.end[i]!, kind: 'Country', via: 'model' });
      table.tokenEntity[i] = e.index;
    }
    for (const e of table.entities) e.mentions.sort((a, b) => a.start - b.start);
  }
  // A one-word person named once, with no title and not acting as a subject, is more often a tagging slip ("Twin",
  // "Nuestras") than a person: drop it rather than add a junk node to the graph.
  for (const e of table.entities) {
    if (e.kind !== 'Person' || e.mentions.length !== 1) continue;
    const m = e.mentions[0]!;
    if (m.first !== m.last) continue;
    const titled = m.first > 0 && PERSON_TITLES.has(doc.lower(m.first - 1));
    if (titled || /^nsubj/.test(doc.dep[m.first]!) || doc.dep[m.first] === 'poss') continue;
    e.mentions = [];
    table.tokenEntity[m.first] = -1;
  }
  // Ids follow the surviving entities; an abbreviation folded into its long form leaves an empty record behind.
  return table;
}
