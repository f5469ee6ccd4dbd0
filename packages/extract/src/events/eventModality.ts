// Whether a reported event happened, from the parse: a negation on its verb (denied), a modal auxiliary (will/would →
// planned; could/might/may → hypothetical), a conditional "if/unless", or the verb governing its complement
// ("plans to", "threatened to", "denied that"). The nearest clue wins, walking up from the trigger's clause.
import type { Modality } from '@newsgraph/model';
import type { ParsedText } from '../doc/parsedText.ts';

const PLANNED_AUX = new Set(['will', 'shall', "'ll", 'wo', 'would', "'d"]);
const HYPOTHETICAL_AUX = new Set(['could', 'might', 'may', 'should', 'must', 'can', 'ca']);
const CONDITIONAL_MARK = new Set(['if', 'unless', 'whether']);

/** Verbs (and predicate adjectives) that set the modality of their to-complement. */
export const GOVERNOR_MODALITY: ReadonlyMap<string, Modality> = new Map<string, Modality>([
  ...[
    'plan',
    'intend',
    'want',
    'hope',
    'seek',
    'aim',
    'prepare',
    'expect',
    'schedule',
    'set',
    'decide',
    'promise',
    'pledge',
    'offer',
    'ready',
    'due',
    'likely',
    'go',
    'agree',
    'vow',
    'resolve',
    'move',
    'propose',
    'mean',
    'wish',
    'poise',
    'determined',
    'willing',
    'eager',
    'about',
  ].map((w): [string, Modality] => [w, 'planned']),
  ...['threaten', 'warn'].map((w): [string, Modality] => [w, 'threatened']),
  ...['refuse', 'decline', 'fail', 'deny', 'reject'].map((w): [string, Modality] => [w, 'denied']),
  ...[
    'try',
    'attempt',
    'consider',
    'mull',
    'weigh',
    'discuss',
    'fear',
    'risk',
    'urge',
    'ask',
    'call',
    'demand',
    'need',
    'possible',
    'able',
    'unable',
  ].map((w): [string, Modality] => [w, 'hypothetical']),
]);

/** Governors of a that-clause that change whether its event happened ("denied that it had armed …"). */
const CLAUSE_GOVERNORS: ReadonlyMap<string, Modality> = new Map<string, Modality>([
  ['deny', 'denied'],
  ['dismiss', 'denied'],
  ['reject', 'denied'],
  ['fear', 'hypothetical'],
  ['worry', 'hypothetical'],
  ['suggest', 'hypothetical'],
  ['speculate', 'hypothetical'],
  ['propose', 'hypothetical'],
  ['threaten', 'threatened'],
  ['warn', 'threatened'],
  ['suspect', 'hypothetical'],
  ['doubt', 'hypothetical'],
  ['hope', 'hypothetical'],
]);

export interface ModalityClue {
  modality: Modality;
  /** What set it, for the THREATEN rule: a modal auxiliary, a conditional, a negation or a governing verb. */
  by: 'aux' | 'conditional' | 'negation' | 'governor' | 'none';
  word: string;
}

/** The modality of the event whose clause is headed by `v`; `negationIsTrigger` for patterns that read "did not join". */
export function modalityOf(doc: ParsedText, v: number, negationIsTrigger = false): ModalityClue {
  let x = v;
  for (let steps = 0; steps < 8; steps++) {
    const own = x === v && negationIsTrigger;
    // A negation outweighs an auxiliary on the same verb ("would not join" is denied, not planned) …
    for (const c of doc.childrenWith(x, 'neg'))
      if (!own) return { modality: 'denied', by: 'negation', word: doc.lower(c) };
    for (const c of doc.children(x)) {
      const d = doc.dep[c]!;
      const w = doc.lower(c);
      // … unless the pattern reads "would not join" as a rejection told now: then both are the refusal itself.
      if (own && (d === 'neg' || d === 'aux')) continue;
      if (d === 'det' && w === 'no' && x === v) return { modality: 'denied', by: 'negation', word: w };
      if (d === 'aux' && PLANNED_AUX.has(w)) return { modality: 'planned', by: 'aux', word: w };
      if (d === 'aux' && HYPOTHETICAL_AUX.has(w)) return { modality: 'hypothetical', by: 'aux', word: w };
      if (d === 'mark' && CONDITIONAL_MARK.has(w)) return { modality: 'hypothetical', by: 'conditional', word: w };
    }
    const h = doc.head[x]!;
    if (h === x) break;
    const dep = doc.dep[x]!;
    const lemma = doc.lemma[h]!.toLowerCase();
    if (dep === 'xcomp' || (dep === 'ccomp' && doc.childrenWith(x, 'aux').some((a) => doc.lower(a) === 'to'))) {
      const g = GOVERNOR_MODALITY.get(lemma) ?? GOVERNOR_MODALITY.get(doc.lower(h));
      if (g) return { modality: g, by: 'governor', word: doc.word(h) };
      x = h;
      continue;
    }
    if (dep === 'ccomp') {
      const g = CLAUSE_GOVERNORS.get(lemma);
      return g ? { modality: g, by: 'governor', word: doc.word(h) } : { modality: 'asserted', by: 'none', word: '' };
    }
    // Coordinated verbs and participles share the auxiliaries of the verb they hang on ("will meet and sign").
    if (
      dep === 'conj' ||
      (dep === 'advcl' && (doc.tag[x] === 'VBG' || doc.tag[x] === 'VBN') && !doc.childrenWith(x, 'mark').length)
    ) {
      x = h;
      continue;
    }
    if (dep === 'acomp' || dep === 'relcl') break;
    // A noun trigger's modality is its light verb's ("did not hold talks", "will impose sanctions").
    if (dep === 'dobj' || dep === 'nsubjpass' || dep === 'pobj' || dep === 'attr') {
      if (doc.pos[x] === 'NOUN' || doc.pos[x] === 'PROPN') {
        x = dep === 'pobj' ? doc.head[h]! : h;
        continue;
      }
    }
    break;
  }
  return { modality: 'asserted', by: 'none', word: '' };
}

/** A future or conditional act of force told as "could strike" / "will … unless" is a threat, not the act. */
export function readsAsThreat(doc: ParsedText, v: number, clue: ModalityClue, force: boolean): boolean {
  if (clue.by === 'aux' && ['could', 'might', 'may', 'can'].includes(clue.word)) return force;
  if (clue.modality !== 'planned' || clue.by !== 'aux') return false;
  return doc
    .childrenWith(v, 'advcl')
    .some((c) => doc.childrenWith(c, 'mark').some((m) => doc.lower(m) === 'if' || doc.lower(m) === 'unless'));
}
