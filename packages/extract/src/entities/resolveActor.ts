// Who a noun phrase stands for when it acts: a named mention, a resolved pronoun, or a state agent tied to a named
// state ("Mexico's government", "Iranian officials", "the government of Chile", "US troops"); a capital named as an
// actor speaks for its state ("Pyongyang said").
import type { ParsedText } from '../doc/parsedText.ts';
import type { EntityRecord, EntityTable } from './buildEntityTable.ts';
import { CAPITALS } from './gazetteer.ts';
import agentNouns from './data/stateAgents.json' with { type: 'json' };

/** Nouns for those who act for a state or body; which words count is a judgement kept as data. */
export const STATE_AGENTS: ReadonlySet<string> = new Set(agentNouns.nouns);

/** The token and its conjuncts ("A, B and C" → A, B, C), in text order. */
export function conjuncts(doc: ParsedText, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) for (const c of doc.childrenWith(out[k]!, 'conj', 'appos')) if (doc.dep[c] === 'conj') out.push(c);
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
    if (direct) return this.asActor(direct);
    // The head of a phrase whose name sits in a compound ("the Jane Roe campaign") is not the named entity.
    if (!STATE_AGENTS.has(doc.lemma[i]!.toLowerCase()) && !STATE_AGENTS.has(doc.lower(i))) return undefined;
    for (const c of doc.children(i)) {
      const d = doc.dep[c]!;
      if (d === 'poss' || d === 'amod' || d === 'compound' || d === 'nmod') {
        const e = table.entityAt(c);
        if (e && e.kind !== 'Person') return this.asActor(e);
      }
      if (d === 'prep' && (doc.lower(c) === 'of' || doc.lower(c) === 'from' || doc.lower(c) === 'in')) {
        for (const o of doc.childrenWith(c, 'pobj')) {
          const e = table.entityAt(o);
          if (e && e.kind !== 'Person') return this.asActor(e);
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

  private asActor(e: EntityRecord): EntityRecord {
    if (e.kind !== 'Location') return e;
    const iso2 = CAPITALS.get(e.name);
    if (!iso2) return e;
    return this.table.entities.find((x) => x.iso2 === iso2 && x.mentions.length > 0) ?? e;
  }
}
