// Walks the holder patterns' paths over the parse: from a title's head to the person (named, or a pronoun resolved
// to one) who holds it.
import type { ParsedText } from '../doc/parsedText.ts';
import type { EntityRecord, EntityTable } from '../entities/buildEntityTable.ts';
import { conjuncts } from '../entities/resolveActor.ts';
import { HOLDER_PATTERNS, type PathStep } from './holderPatterns.ts';

export interface Holder {
  person: EntityRecord;
  /** The token that names (or refers to) the holder. */
  token: number;
  pattern: string;
}

const has = (set: ReadonlySet<string> | readonly string[] | undefined, w: string) =>
  set === undefined ? true : set instanceof Set ? set.has(w) : (set as readonly string[]).includes(w);

function passes(doc: ParsedText, i: number, s: PathStep, from: number): boolean {
  if (s.after && i <= from) return false;
  const lemma = doc.lemma[i]!.toLowerCase();
  if (s.lemmas && !has(s.lemmas, lemma) && !has(s.lemmas, doc.lower(i))) return false;
  if (s.notLemmas && has(s.notLemmas, lemma)) return false;
  if (s.pos && !s.pos.includes(doc.pos[i]!)) return false;
  return true;
}

/** The person a token stands for: a named person, a pronoun resolved to one, or the antecedent of "who". */
function personAt(doc: ParsedText, entities: EntityTable, i: number): EntityRecord | undefined {
  const e = entities.entityAt(i);
  if (e?.kind === 'Person') return e;
  if (doc.pos[i] === 'NOUN' && !e) {
    // "the journalist Jamal Khashoggi was a columnist": a noun standing before (or beside) the name it describes.
    for (const c of doc.childrenWith(i, 'compound', 'appos')) {
      const p = entities.entityAt(c);
      if (p?.kind === 'Person') return p;
    }
  }
  if (doc.tag[i] === 'WP') {
    // "Mike Pompeo who is the secretary of state": the name right before the relative pronoun.
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const p = entities.entityAt(k);
      if (p?.kind === 'Person') return p;
      if (doc.pos[k] !== 'PUNCT') break;
    }
  }
  return undefined;
}

function walk(
  doc: ParsedText,
  entities: EntityTable,
  from: number,
  steps: readonly PathStep[],
  depth: number,
): Holder[] | undefined {
  let frontier = [from];
  for (let k = 0; k < steps.length; k++) {
    const s = steps[k]!;
    const last = k === steps.length - 1;
    const next: number[] = [];
    for (const cur of frontier) {
      if (s.go === 'up') {
        let x = cur;
        while (s.deps.includes(doc.dep[x]!) && doc.head[x] !== x) {
          x = doc.head[x]!;
          if (!passes(doc, x, s, from)) break;
          if (s.recurse) return depth < 3 ? holdersOf(doc, entities, x, depth + 1) : undefined;
          if (!s.repeat || !last || personAt(doc, entities, x)) {
            next.push(x);
            break;
          }
        }
      } else {
        for (const c of doc.children(cur)) if (s.deps.includes(doc.dep[c]!) && passes(doc, c, s, from)) next.push(c);
      }
    }
    frontier = next;
    if (!frontier.length) return undefined;
  }
  const out: Holder[] = [];
  for (const t of frontier) {
    const person = personAt(doc, entities, t);
    if (person) out.push({ person, token: t, pattern: '' });
  }
  return out.length ? out : undefined;
}

/** Holders of the title headed by token h, by the first pattern that reaches a person. */
export function holdersOf(doc: ParsedText, entities: EntityTable, h: number, depth = 0): Holder[] {
  for (const p of HOLDER_PATTERNS) {
    const found = walk(doc, entities, h, p.path, depth);
    if (found) return found.map((f) => ({ ...f, pattern: f.pattern || p.id }));
  }
  return [];
}

/** "Representatives Eliot Engel, Adam Schiff, and Elijah Cummings": a plural title is held by every conjunct. */
export function spreadOverConjuncts(doc: ParsedText, entities: EntityTable, holders: Holder[]): Holder[] {
  const out: Holder[] = [];
  for (const h of holders) {
    for (const c of conjuncts(doc, h.token)) {
      const person = personAt(doc, entities, c);
      if (person && !out.some((o) => o.person === person)) out.push({ person, token: c, pattern: h.pattern });
    }
  }
  return out;
}
