// Who a noun phrase stands for when it acts: a named mention, a resolved pronoun, or a state agent tied to a named
// state ("Mexico's government", "Iranian officials", "the government of Chile", "US troops"); a capital named as an
// actor speaks for its state ("Pyongyang said"), created on demand when the article never names that state; and a
// pair description ("both sides", "the two countries") stands for the two states the article sets against each other.
import type { ParsedText } from '../doc/parsedText.ts';
import type { EntityRecord, EntityTable } from './buildEntityTable.ts';
import { CAPITALS, ISO2_TO_NAME } from './gazetteer.ts';
import agentNouns from './data/stateAgents.json' with { type: 'json' };

/** Nouns for those who act for a state or body; which words count is a judgement kept as data. */
export const STATE_AGENTS: ReadonlySet<string> = new Set(agentNouns.nouns);

/** Heads of a pair description: "both sides", "the two countries", "both governments", "the two capitals". */
const PAIR_HEADS: ReadonlySet<string> = new Set([
  'side',
  'sides',
  'country',
  'countries',
  'nation',
  'nations',
  'government',
  'governments',
  'state',
  'states',
  'capital',
  'capitals',
  'neighbour',
  'neighbours',
  'neighbor',
  'neighbors',
  'party',
  'parties',
]);
/** A capital after one of these is where something happens or goes, not who acts ("talks in Beijing"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'outside',
  'into',
  'through',
  'across',
  'via',
  'inside',
  'toward',
  'towards',
  'around',
]);
/** How many sentences back the pair written side by side ("A and B", "between A and B") may be. */
const PAIR_REACH = 6;

/** The token and its conjuncts ("A, B and C" → A, B, C), in text order. */
export function conjuncts(doc: ParsedText, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++)
    for (const c of doc.childrenWith(out[k]!, 'conj', 'appos')) if (doc.dep[c] === 'conj') out.push(c);
  return out.sort((a, b) => a - b);
}

export class ActorResolver {
  constructor(
    private readonly doc: ParsedText,
    private readonly table: EntityTable,
  ) {}

  /** The entity a token stands for as an actor, or undefined. */
  actorAt(i: number): EntityRecord | undefined {
    const { doc, table } = this;
    const direct = table.entityAt(i);
    if (direct) return this.asActor(direct, i);
    // The head of a phrase whose name sits in a compound ("the Jane Roe campaign") is not the named entity.
    if (!STATE_AGENTS.has(doc.lemma[i]!.toLowerCase()) && !STATE_AGENTS.has(doc.lower(i))) return undefined;
    for (const c of doc.children(i)) {
      const d = doc.dep[c]!;
      if (d === 'poss' || d === 'amod' || d === 'compound' || d === 'nmod') {
        const e = table.entityAt(c);
        if (e && e.kind !== 'Person') return this.asActor(e, c);
      }
      if (d === 'prep' && (doc.lower(c) === 'of' || doc.lower(c) === 'from' || doc.lower(c) === 'in')) {
        for (const o of doc.childrenWith(c, 'pobj')) {
          const e = table.entityAt(o);
          if (e && e.kind !== 'Person') return this.asActor(e, o);
        }
      }
    }
    return undefined;
  }

  /** Every actor of a phrase and its conjuncts ("Iran, Iraq and Syria"). */
  actorsOf(i: number): EntityRecord[] {
    const out: EntityRecord[] = [];
    for (const k of conjuncts(this.doc, i)) {
      const e = this.actorAt(k);
      if (e && !out.includes(e)) out.push(e);
    }
    return out;
  }

  /**
   * "both sides", "the two countries", "defence officials from both sides": the two states this pair description
   * stands for — the two states the article is about (named clearly more often than any third so far), else the pair
   * the story opens with, else the pair last written side by side ("Thailand and Cambodia") within a few sentences.
   * Empty when the token is no pair description.
   */
  pairAt(i: number): EntityRecord[] {
    const { doc } = this;
    if (!PAIR_HEADS.has(doc.lower(i)) || this.table.entityAt(i)) return [];
    const mods = doc.children(i).map((c) => doc.lower(c));
    const both = mods.includes('both') || (mods.includes('two') && mods.includes('the'));
    if (!both) return [];
    const main = this.mostNamed(i);
    return main.length ? main : (this.firstPair(i) ?? this.sideBySide(i) ?? []);
  }

  /** The pair the story opens with: the first two states written side by side in the first sentences. */
  private firstPair(i: number): EntityRecord[] | undefined {
    const { doc } = this;
    const opening = doc.sents.filter((s) => s.usable).slice(0, 3);
    for (const s of opening) {
      if (s.first > i) break;
      for (let k = s.first; k <= Math.min(s.last, i - 1); k++) {
        const a = this.stateAt(k);
        if (!a) continue;
        const pair = this.partnerOf(k, a);
        if (pair) return pair;
      }
    }
    return undefined;
  }

  /** The state coordinated with state `a` at token `k` ("A and B"), as the ordered pair, or undefined. */
  private partnerOf(k: number, a: EntityRecord): EntityRecord[] | undefined {
    const head = this.doc.headOf(k, k);
    for (const c of conjuncts(this.doc, head)) {
      const b = c === head ? undefined : this.stateAt(c);
      if (b && b !== a) return c < k ? [b, a] : [a, b];
    }
    return undefined;
  }

  /** The states written as a pair ("A and B", "A-B", "between A and B") nearest before token `i`. */
  private sideBySide(i: number): EntityRecord[] | undefined {
    const { doc } = this;
    const sent = doc.sentenceOf(i);
    for (let s = sent.index; s >= Math.max(0, sent.index - PAIR_REACH); s--) {
      const { first, last } = doc.sents[s]!;
      const end = s === sent.index ? i - 1 : last;
      for (let k = end; k >= first; k--) {
        const a = this.stateAt(k);
        const pair = a && this.partnerOf(k, a);
        if (pair) return pair;
      }
    }
    return undefined;
  }

  /** The two states named most often before token `i`, in order of first mention, when no third rivals them. */
  private mostNamed(i: number): EntityRecord[] {
    const counts = this.table.entities
      .filter((e) => e.kind === 'Country')
      .map((e) => ({
        e,
        n: e.mentions.filter((m) => m.last < i).length,
        first: Math.min(...e.mentions.map((m) => m.first)),
      }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n || a.first - b.first);
    // The two the story is about stand out: each named more often than any third state.
    if (counts.length < 2 || (counts.length > 2 && counts[1]!.n <= counts[2]!.n)) return [];
    return counts
      .slice(0, 2)
      .sort((a, b) => a.first - b.first)
      .map((x) => x.e);
  }

  private stateAt(k: number): EntityRecord | undefined {
    const e = this.table.entityAt(k);
    if (!e) return undefined;
    const a = this.asActor(e, k);
    return a.kind === 'Country' ? a : undefined;
  }

  private asActor(e: EntityRecord, token: number): EntityRecord {
    if (e.kind !== 'Location') return e;
    const iso2 = CAPITALS.get(e.name);
    if (!iso2) return e;
    const named = this.table.entities.find((x) => x.iso2 === iso2 && x.mentions.length > 0);
    if (named) return named;
    // "Beijing condemned Tokyo" in an article that never names China: the capital still acts for its state, unless
    // it is only where something happens ("talks in Beijing").
    const { doc } = this;
    const head = doc.headOf(token, token);
    if (doc.dep[head] === 'pobj' && PLACE_PREPOSITIONS.has(doc.lower(doc.head[head]!))) return e;
    if (doc.dep[head] === 'compound' || doc.dep[head] === 'npadvmod') return e;
    const country = this.table.countryOnDemand(iso2, ISO2_TO_NAME.get(iso2) ?? e.name);
    if (!country.references.some((r) => r.first <= token && token <= r.last)) {
      const m = e.mentions.find((x) => x.first <= token && token <= x.last);
      this.table.addReference(country, m?.first ?? token, m?.last ?? token);
    }
    return country;
  }
}
