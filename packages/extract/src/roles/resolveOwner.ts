// The state or body a title belongs to: written beside it (owner patterns), or — for state offices the text leaves
// unqualified — the country of the sentence, else the country the article is about.
import type { ParsedText } from '../doc/parsedText.ts';
import type { EntityRecord, EntityTable } from '../entities/buildEntityTable.ts';
import type { ActorResolver } from '../entities/resolveActor.ts';
import { GENERIC_BODY_NOUNS, LEGISLATURES } from './lexicon.ts';
import { OWNER_PATTERNS } from './ownerPatterns.ts';
import { countryWord, gluedDemonym, type TitlePhrase } from './titlePhrase.ts';

export interface WrittenOwner {
  /** A state or body, or a person whose office the title hangs off ("his finance minister"). */
  entity: EntityRecord;
  /** Tokens that wrote it. */
  first: number;
  last: number;
  pattern: string;
}

const isBody = (e: EntityRecord) => e.kind === 'Country' || e.kind === 'Organization';
const DESTINATION_PREPS = new Set(['to', 'into', 'toward', 'towards', 'against', 'from', 'over']);
const DEMONYM_ENDINGS = ['an', 'n', 'i', 'ian', 'ese', 'ish', 'ic'];

/**
 * A demonym kept as a country of its own ("Ardessan" beside "Ardessa", "Philippine" beside "Philippines") is that country: the
 * owner is the state, whatever the entity table made of the adjective.
 */
export function stateOf(entities: EntityTable, e: EntityRecord): EntityRecord {
  if (e.kind !== 'Country' || e.iso2) return e;
  const name = e.name.toLowerCase();
  return (
    entities.entities.find(
      (x) =>
        x !== e &&
        x.kind === 'Country' &&
        x.mentions.length > 0 &&
        x.name.length >= 4 &&
        ((DEMONYM_ENDINGS.includes(name.slice(x.name.length)) && name.startsWith(x.name.toLowerCase())) ||
          (x.name.length === name.length + 1 && x.name.toLowerCase().startsWith(name))),
    ) ?? e
  );
}

/** Lemma-level match of a description to a body named earlier: "the bank" → Kestrian Central Bank. */
function describedBody(doc: ParsedText, entities: EntityTable, i: number): EntityRecord | undefined {
  if (doc.pos[i] !== 'NOUN') return undefined;
  const lemma = doc.lemma[i]!.toLowerCase().replace(/isation$/, 'ization');
  if (GENERIC_BODY_NOUNS.has(doc.lemma[i]!.toLowerCase())) {
    // "the organisation's chief monitor": the body named last before it, within a few sentences.
    const stop = doc.sents[Math.max(0, doc.sentenceOf(i).index - 3)]!.first;
    for (let k = i - 1; k >= stop; k--) {
      const e = entities.tokenEntity[k]! >= 0 ? entities.entities[entities.tokenEntity[k]!] : undefined;
      if (e?.kind === 'Organization') return e;
    }
  }
  let best: EntityRecord | undefined;
  let bestAt = -1;
  for (const e of entities.entities) {
    if (e.kind !== 'Organization' || !e.mentions.length) continue;
    const words = e.name
      .toLowerCase()
      .replace(/isation/g, 'ization')
      .split(/\s+/);
    if (!words.includes(lemma)) continue;
    const before = e.mentions.filter((m) => m.last < i).map((m) => m.last);
    const at = before.length ? Math.max(...before) : -1;
    if (at > bestAt) [best, bestAt] = [e, at];
  }
  return best;
}

function ownerAt(
  doc: ParsedText,
  entities: EntityTable,
  actors: ActorResolver,
  i: number,
  kinds?: readonly string[],
): EntityRecord | undefined {
  const e = actors.actorAt(i) ?? entities.entityAt(i) ?? describedBody(doc, entities, i);
  if (!e) return undefined;
  if (e.kind === 'Person') return kinds ? undefined : e;
  if (!isBody(e)) return undefined;
  return !kinds || kinds.includes(e.kind) ? stateOf(entities, e) : undefined;
}

/** The owner the text writes beside the title, if any. */
export function writtenOwner(
  doc: ParsedText,
  entities: EntityTable,
  actors: ActorResolver,
  t: TitlePhrase,
): WrittenOwner | undefined {
  const h = t.head;
  const glued = gluedDemonym(doc, entities, h);
  const gluedCountry = glued === undefined ? undefined : countryWord(doc, entities, glued);
  if (glued !== undefined && gluedCountry)
    return { entity: stateOf(entities, gluedCountry), first: glued, last: glued, pattern: 'owner-glued-demonym' };
  for (const p of OWNER_PATTERNS) {
    const candidates: number[] = [];
    for (const c of doc.children(h)) {
      if (p.deps?.includes(doc.dep[c]!)) {
        if (c >= t.first && c <= t.last) continue;
        candidates.push(c);
        if (p.chain)
          candidates.push(...doc.children(c).filter((g) => ['compound', 'amod', 'nmod', 'poss'].includes(doc.dep[g]!)));
      }
      const preps = p.preps;
      if (
        preps &&
        doc.dep[c] === 'prep' &&
        (preps instanceof Set ? preps.has(doc.lower(c)) : (preps as readonly string[]).includes(doc.lower(c)))
      ) {
        if (c <= t.last) continue; // the "of" inside "Minister of Foreign Affairs"
        candidates.push(...doc.childrenWith(c, 'pobj'));
      }
    }
    for (const c of candidates) {
      const e = ownerAt(doc, entities, actors, c, p.kinds);
      // "his Cambodian counterpart": the possessor is the one mirrored, not the owner.
      if (e && !(e.kind === 'Person' && t.cls === 'counterpart')) {
        const [first, last] = doc.dep[c] === 'pobj' ? [c, c] : doc.subtree(c);
        return { entity: e, first, last, pattern: p.id };
      }
    }
  }
  return undefined;
}

/** The country an article is about: the one named most often (a demonym kept apart counts for its state; first named on a tie). */
export function salientCountry(doc: ParsedText, entities: EntityTable): EntityRecord | undefined {
  const count = new Map<EntityRecord, number>();
  const firstAt = new Map<EntityRecord, number>();
  for (const e of entities.entities) {
    if (e.kind !== 'Country') continue;
    const state = stateOf(entities, e);
    for (const m of e.mentions) {
      if (!doc.sentenceOf(m.first).usable) continue;
      count.set(state, (count.get(state) ?? 0) + 1);
      firstAt.set(state, Math.min(firstAt.get(state) ?? Infinity, m.start));
    }
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1] || firstAt.get(a[0])! - firstAt.get(b[0])!)[0]?.[0];
}

/**
 * An unqualified state office's country: the nearest country named before the title in its sentence that no other
 * title claims, else the article's main country.
 */
export function implicitCountry(
  doc: ParsedText,
  entities: EntityTable,
  actors: ActorResolver,
  t: TitlePhrase,
  claimed: ReadonlySet<number>,
  salient: EntityRecord | undefined,
): EntityRecord | undefined {
  const sent = doc.sentenceOf(t.head);
  for (let k = t.first - 1; k >= sent.first; k--) {
    // "flights to Cuba … Elaine Chao, the Secretary of Transportation": a destination is not the office's state.
    if (claimed.has(k) || DESTINATION_PREPS.has(doc.lower(doc.head[k]!))) continue;
    const e = actors.actorAt(k);
    if (e?.kind === 'Country') return stateOf(entities, e);
  }
  return salient;
}

/** A legislator's seat: the legislature the article names ("the Senate"), else undefined. */
export function legislatureOf(entities: EntityTable, key: string): EntityRecord | undefined {
  const names = LEGISLATURES.get(key) ?? [];
  for (const n of names) {
    const e = entities.entities.find(
      (x) =>
        x.kind === 'Organization' &&
        x.mentions.length &&
        x.name
          .toLowerCase()
          .replace(/^the\s+/, '')
          .replace(/^(?:u\.?s\.?|united states)\s+/, '') === n,
    );
    if (e) return e;
  }
  return undefined;
}
