// Interprets EVENT_PATTERNS on the parse: which pattern a token triggers (lemma, part of speech, required particle,
// object, modifier or clause modal), and the tokens each role path of a pattern points to.
import type { ParsedText } from '../doc/parsedText.ts';
import { conjuncts } from '../entities/resolveActor.ts';
import type { EventArguments } from './eventArguments.ts';
import { EVENT_PATTERNS, LIGHT_VERBS, type EventPattern, type RolePath } from './eventPatterns.ts';

export interface TriggerMatch {
  pattern: EventPattern;
  trigger: number;
  /** The verb whose clause tells the event: the trigger verb, or the light verb governing a noun trigger. */
  clause: number;
  /** Light verb of a noun trigger ("launched" an attack), or -1. */
  host: number;
  /** Object noun a light-verb pattern required ("sanctions" in "imposed sanctions"), or -1. */
  object: number;
  /** Every token of the trigger words (verb, particle, required object, light verb). */
  words: number[];
}

const byKey = new Map<string, EventPattern[]>();
for (const p of EVENT_PATTERNS) {
  for (const l of p.lemmas) {
    const key = `${p.pos}:${l}`;
    const list = byKey.get(key) ?? [];
    list.push(p);
    byKey.set(key, list);
  }
}

const isNoun = (doc: ParsedText, i: number) => doc.pos[i] === 'NOUN';

/** The light verb governing a noun trigger ("held talks", "sanctions were imposed"), or -1. */
export function lightVerbOf(doc: ParsedText, n: number): number {
  let x = n;
  // "talks and a summit": a coordinated noun shares the first one's verb.
  while (doc.dep[x] === 'conj' && doc.head[x] !== x && isNoun(doc, doc.head[x]!)) x = doc.head[x]!;
  // "launched 10 days of war games": the measure noun stands between the verb and the event noun.
  if (doc.dep[x] === 'pobj' && doc.lower(doc.head[x]!) === 'of') {
    const measure = doc.head[doc.head[x]!]!;
    if (withMeasured(doc, measure).includes(x)) x = measure;
  }
  const dep = doc.dep[x]!;
  const h = doc.head[x]!;
  if ((dep === 'dobj' || dep === 'nsubjpass') && verbLemmas(doc, h).some((l) => LIGHT_VERBS.has(l))) return h;
  return -1;
}

/** The verb's lemma and, for spaCy's lemma slips ("staged" → "stag"), the stems its written form allows. */
export function verbLemmas(doc: ParsedText, v: number): string[] {
  const w = doc.lower(v);
  const out = [doc.lemma[v]!.toLowerCase()];
  for (const [suffix, add] of [
    ['ed', ''],
    ['d', ''],
    ['es', ''],
    ['s', ''],
    ['ing', ''],
    ['ing', 'e'],
  ] as const) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) out.push(w.slice(0, -suffix.length) + add);
  }
  return out;
}

/** Every pattern the token satisfies, in table order (the caller keeps the first whose parties resolve). */
export function matchTrigger(
  doc: ParsedText,
  args: EventArguments,
  i: number,
  consumed: ReadonlySet<number>,
): TriggerMatch[] {
  if (consumed.has(i)) return [];
  const verb = doc.pos[i] === 'VERB';
  const noun = isNoun(doc, i);
  if (!verb && !noun) return [];
  const lemma = doc.lemma[i]!.toLowerCase();
  const candidates = verb
    ? (byKey.get(`verb:${lemma}`) ?? [])
    : [
        ...(byKey.get(`noun:${lemma}`) ?? []),
        ...(doc.lower(i) !== lemma ? (byKey.get(`noun:${doc.lower(i)}`) ?? []) : []),
      ];
  if (!candidates.length) return [];
  const out: TriggerMatch[] = [];
  for (const p of EVENT_PATTERNS) {
    if (!candidates.includes(p)) continue;
    const m = verb ? matchVerb(doc, args, i, p) : matchNoun(doc, i, p);
    if (m) out.push(m);
  }
  return out;
}

/** Nouns whose owner undergoes them ("Arvas's release"): never the party asked or answered. */
const UNDERGONE = new Set([
  'release',
  'freedom',
  'return',
  'safety',
  'extradition',
  'repatriation',
  'rescue',
  'pardon',
  'acquittal',
]);

/** Measure and quantity heads whose "of" object is the real thing ("700 kg of medicine", "a state of emergency"). */
const MEASURES = new Set([
  'kg',
  'ton',
  'tons',
  'tonne',
  'tonnes',
  'state',
  'series',
  'round',
  'rounds',
  'day',
  'days',
  'week',
  'weeks',
  'package',
  'batch',
  'shipment',
  'shipments',
  'million',
  'billion',
  'amount',
  'lot',
  'number',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'wave',
  'set',
  'kind',
  'type',
  'form',
  'worth',
  'dollar',
  'dollars',
  'pound',
  'pounds',
  'euro',
  'euros',
  'unit',
  'units',
  'supply',
  'convoy',
  'consignment',
  'load',
  'planeload',
  'truckload',
  'plane',
  'planes',
  'flight',
  'flights',
]);

/** A noun and, behind a measure head, the noun its "of" phrase names. */
export function withMeasured(doc: ParsedText, n: number): number[] {
  const out = [n];
  if (MEASURES.has(doc.lemma[n]!.toLowerCase()) || MEASURES.has(doc.lower(n)) || doc.pos[n] === 'NUM') {
    for (const p of doc.childrenWith(n, 'prep')) if (doc.lower(p) === 'of') out.push(...doc.childrenWith(p, 'pobj'));
  }
  return out;
}

function matchVerb(doc: ParsedText, args: EventArguments, i: number, p: EventPattern): TriggerMatch | null {
  const words = [i];
  if (p.particle) {
    const part = doc
      .children(i)
      .find((c) => ['prt', 'prep', 'agent', 'dative'].includes(doc.dep[c]!) && p.particle!.includes(doc.lower(c)));
    if (part === undefined) return null;
    if (doc.dep[part] === 'prt') words.push(part);
  }
  let object = -1;
  if (p.object) {
    const objs = args
      .objectOf(i)
      .flatMap((o) => conjuncts(doc, o))
      .flatMap((o) => withMeasured(doc, o));
    const hit = objs.find((o) => p.object!.includes(doc.lemma[o]!.toLowerCase()) || p.object!.includes(doc.lower(o)));
    if (hit === undefined) return null;
    object = hit;
    words.push(hit);
  }
  if (p.objectNot) {
    const objs = args.objectOf(i).flatMap((o) => withMeasured(doc, o));
    if (objs.some((o) => p.objectNot!.includes(doc.lemma[o]!.toLowerCase()) || p.objectNot!.includes(doc.lower(o))))
      return null;
  }
  if (p.objectOnly) {
    const objs = doc.childrenWith(i, 'dobj').flatMap((o) => withMeasured(doc, o));
    if (
      objs.length &&
      !objs.some((o) => p.objectOnly!.includes(doc.lemma[o]!.toLowerCase()) || p.objectOnly!.includes(doc.lower(o)))
    )
      return null;
  }
  if (p.negated && !doc.childrenWith(i, 'neg').length) return null;
  if (
    p.clauseModal &&
    !doc
      .childrenWith(i, 'ccomp')
      .some((c) => doc.childrenWith(c, 'aux').some((a) => p.clauseModal!.includes(doc.lower(a))))
  )
    return null;
  return { pattern: p, trigger: i, clause: i, host: -1, object, words };
}

function matchNoun(doc: ParsedText, i: number, p: EventPattern): TriggerMatch | null {
  // "attack helicopters", "protest leaders": a noun modifying another noun names a kind, not an event.
  if (doc.dep[i] === 'compound') return null;
  if (
    p.modifier &&
    !doc
      .childrenWith(i, 'amod', 'compound')
      .some((c) => p.modifier!.includes(doc.lemma[c]!.toLowerCase()) || p.modifier!.includes(doc.lower(c)))
  )
    return null;
  const host = lightVerbOf(doc, i);
  if (p.needsHost && host < 0) return null;
  const words = host >= 0 ? [host, i] : [i];
  return { pattern: p, trigger: i, clause: host >= 0 ? host : i, host, object: -1, words };
}

/** Tokens heading the phrases a role path points to, for one matched trigger. */
export function pathTokens(doc: ParsedText, args: EventArguments, m: TriggerMatch, path: RolePath): number[] {
  const { trigger: i, pattern: p } = m;
  const verb = p.pos === 'verb';
  switch (path) {
    case 'subject':
      if (verb) return args.subjectOf(i);
      return m.host >= 0 ? args.subjectOf(m.host) : [];
    case 'object':
      if (verb) return m.object >= 0 ? [] : args.objectOf(i);
      return args.prepObjects([i], ['of']);
    case 'dative': {
      const out: number[] = [];
      for (const d of doc.childrenWith(i, 'dative'))
        out.push(...(doc.pos[d] === 'ADP' ? doc.childrenWith(d, 'pobj') : [d]));
      return out;
    }
    case 'poss':
      return verb ? [] : args.modifiersOf(i);
    case 'objectOwner': {
      const objs = verb ? (m.object >= 0 ? [m.object] : args.objectOf(i)) : [];
      // "called for the release of X": the owner of the complement's object.
      if (verb && p.particle) objs.push(...args.prepObjects([i], p.particle));
      // "X's release", "the return of X": the owner of what one undergoes is not its doer.
      return objs.filter((o) => !UNDERGONE.has(doc.lemma[o]!.toLowerCase())).flatMap((o) => args.ownersOf(o));
    }
    case 'clauseSubject':
      // "said the forest should be opened up": a passive clause's subject undergoes the act; nobody is asked.
      return doc.childrenWith(i, 'ccomp').flatMap((c) => doc.childrenWith(c, 'nsubj'));
    case 'complement': {
      const out: number[] = [];
      const comps = [...args.complementsOf(i), ...doc.childrenWith(i, 'acomp').flatMap((a) => args.complementsOf(a))];
      for (const c of comps) {
        const objs = args.objectOf(c);
        out.push(...objs);
        out.push(
          ...args.prepObjects([c, ...objs], ['to', 'with', 'on', 'against', 'from', 'into', 'in', 'over', 'for']),
        );
        for (const d of doc.childrenWith(c, 'dative'))
          out.push(...(doc.pos[d] === 'ADP' ? doc.childrenWith(d, 'pobj') : [d]));
        // "threatened to launch an offensive against X": one more complement level.
        for (const cc of args.complementsOf(c))
          out.push(...args.objectOf(cc), ...args.prepObjects([cc], ['to', 'with', 'on', 'against', 'in']));
      }
      return out;
    }
    case 'condition': {
      const clauses = [i, ...args.complementsOf(i)].flatMap((c) => doc.childrenWith(c, 'advcl'));
      return clauses
        .filter((c) => doc.childrenWith(c, 'mark').some((k) => ['if', 'unless'].includes(doc.lower(k))))
        .flatMap((c) => doc.childrenWith(c, 'nsubj', 'nsubjpass'));
    }
    case 'place':
      return args.places([i, ...(m.host >= 0 ? [m.host] : [])]);
    default: {
      const word = path.slice('prep:'.length);
      const heads = [i];
      // "threatened further action against Russia", "imposed sanctions on X": the preposition may hang on the object.
      if (verb) heads.push(...(m.object >= 0 ? withMeasured(doc, m.object) : args.objectOf(i)));
      if (m.host >= 0) heads.push(m.host);
      // "a suspension of air links with Serbia".
      if (!verb) heads.push(...args.prepObjects([i], ['of']));
      return args.prepObjects(heads, [word]);
    }
  }
}
