// Personal pronouns → the person they most likely name: the nearest earlier sentence (or clause) that names a
// person, preferring its subject. "it/its/they/their" → a state or body that was a subject just before.
import type { ParsedText } from '../doc/parsedText.ts';
import type { EntityRecord, EntityTable } from './buildEntityTable.ts';

const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const COLLECTIVE = new Set(['it', 'its', 'they', 'them', 'their', 'itself', 'themselves']);
const SUBJECT = new Set(['nsubj', 'nsubjpass']);
/** How many sentences back a pronoun may reach for its antecedent. */
const REACH = 2;

function antecedent(doc: ParsedText, table: EntityTable, i: number, wanted: (e: EntityRecord) => boolean): EntityRecord | undefined {
  const sent = doc.sentenceOf(i);
  for (let s = sent.index; s >= Math.max(0, sent.index - REACH); s--) {
    const { first, last } = doc.sents[s]!;
    const end = s === sent.index ? i - 1 : last;
    let subject: EntityRecord | undefined;
    let nearest: EntityRecord | undefined;
    for (let k = end; k >= first; k--) {
      const e = table.entityAt(k);
      if (!e || !wanted(e)) continue;
      nearest ??= e;
      const head = doc.headOf(k, k);
      if (SUBJECT.has(doc.dep[head]!) || (doc.dep[head] === 'compound' && SUBJECT.has(doc.dep[doc.head[head]!]!))) subject = e;
    }
    if (subject) return subject;
    // Within the pronoun's own sentence only a subject counts ("Roe met Doe before he left" stays open).
    if (nearest && s !== sent.index) return nearest;
  }
  return undefined;
}

export function resolvePronouns(doc: ParsedText, table: EntityTable): void {
  for (let i = 0; i < doc.n; i++) {
    if (doc.pos[i] !== 'PRON' || table.tokenEntity[i] !== -1 || !doc.sentenceOf(i).usable) continue;
    const w = doc.lower(i);
    let e: EntityRecord | undefined;
    if (PERSONAL.has(w)) e = antecedent(doc, table, i, (x) => x.kind === 'Person');
    else if (COLLECTIVE.has(w)) {
      e = antecedent(doc, table, i, (x) => x.kind !== 'Person' && x.kind !== 'Location');
      // "they" may name people as well as bodies; only a subject-position body is taken, never a person.
    }
    if (e) table.addReference(e, i, i);
  }
}
