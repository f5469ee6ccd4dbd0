// Definite descriptions → the named entity they refer back to, recorded as references: a body named by a common noun
// ("the commission" → Commission on Presidential Debates, "the union" → Association of Flight Attendants) and a person
// described by what they are ("the New York businessman", "the 34-year-old mother of three"). Role titles ("the
// mayor", "the Mexican president") are the roles stage's (titleReferences.ts), so no title noun is listed here.
import type { ParsedText } from '../doc/parsedText.ts';
import { quotedTokens } from '../quotes/quotedTokens.ts';
import type { EntityRecord, EntityTable } from './buildEntityTable.ts';
import { genderOf } from './resolvePronouns.ts';

export const DESCRIPTION_RULES = {
  bodyNamed: {
    id: 'desc.body-named',
    reason:
      '"the commission" → the organisation named earlier whose name holds that noun ("Commission on Presidential Debates")',
    nouns: [
      'commission',
      'committee',
      'agency',
      'union',
      'company',
      'firm',
      'party',
      'court',
      'council',
      'board',
      'foundation',
      'association',
      'organization',
      'organisation',
      'network',
      'newspaper',
      'bank',
      'league',
      'coalition',
      'institute',
      'university',
      'panel',
      'department',
      'ministry',
      'bureau',
      'federation',
      'corporation',
      'service',
      'center',
      'centre',
      'fund',
      'group',
      'alliance',
      'movement',
      'front',
      'assembly',
      'parliament',
      'congress',
      'senate',
      'tribunal',
      'office',
      'channel',
      'broadcaster',
      'paper',
      'magazine',
      'station',
    ],
    reachSentences: 30,
  },
  bodyKind: {
    id: 'desc.body-kind',
    reason:
      '"the union" → the organisation named earlier whose name says it is one ("Association of Flight Attendants", "Acme Corp.")',
    kinds: {
      union: ['union', 'association', 'federation', 'guild', 'teamsters', 'brotherhood', 'workers', 'afl-cio'],
      agency: [
        'agency',
        'service',
        'services',
        'administration',
        'bureau',
        'commission',
        'authority',
        'department',
        'office',
        'directorate',
        'inspectorate',
      ],
      company: [
        'company',
        'corp',
        'corp.',
        'corporation',
        'inc',
        'inc.',
        'co',
        'co.',
        'ltd',
        'ltd.',
        'llc',
        'plc',
        'group',
        'holdings',
        'industries',
        'airlines',
        'motors',
        'energy',
        'coal',
        'oil',
        'bank',
      ],
      firm: [
        'company',
        'corp',
        'corp.',
        'corporation',
        'inc',
        'inc.',
        'llc',
        'plc',
        'group',
        'partners',
        'associates',
        'llp',
      ],
      newspaper: ['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'guardian', 'telegraph', 'news', 'daily'],
      network: ['news', 'tv', 'television', 'broadcasting', 'network', 'cnn', 'bbc', 'abc', 'cbs', 'nbc', 'fox'],
      party: ['party', 'democrats', 'republicans', 'congress', 'front', 'league', 'alliance', 'movement'],
    } as Record<string, readonly string[]>,
    reachSentences: 12,
  },
  person: {
    id: 'desc.person',
    reason:
      '"the New York businessman said" → the person last the subject before it (of the noun\'s gender), or the one named beside the same words',
    male: ['businessman', 'man', 'father', 'husband', 'son', 'brother', 'actor', 'tycoon'],
    female: ['businesswoman', 'woman', 'mother', 'wife', 'daughter', 'sister', 'actress', 'lady'],
    neutral: [
      'billionaire',
      'developer',
      'mogul',
      'magnate',
      'nominee',
      'candidate',
      'contender',
      'frontrunner',
      'front-runner',
      'challenger',
      'incumbent',
      'hopeful',
      'politician',
      'activist',
      'star',
      'host',
      'author',
      'novelist',
      'economist',
      'entrepreneur',
      'investor',
      'veteran',
      'democrat',
      'republican',
      'conservative',
      'liberal',
      'populist',
      'legislator',
      'parent',
      'scientist',
      'physician',
      'surgeon',
    ],
    reachSentences: 3,
  },
  exclusiveWords: {
    id: 'desc.exclusive-words',
    reason:
      '"the Republican nominee" is never someone named "Democratic nominee X" or "Democrat X": words of one group are one word, of rival groups exclude',
    groups: [
      ['democratic', 'democrat', 'democrats', 'dem'],
      ['republican', 'republicans', 'gop'],
      ['libertarian'],
      ['green'],
      ['conservative', 'tory'],
      ['labour'],
    ],
  },
  modifierEvidence: {
    id: 'desc.modifier-evidence',
    reason: '"the Indiana lawmaker" → the one person named beside "Indiana" earlier in the article, wherever it was',
    window: 6,
  },
} as const;

const DEFINITE = new Set(['the', 'this']);
/** Word → its group (the first word), for the exclusive groups. */
const GROUP_OF: ReadonlyMap<string, string> = new Map(
  DESCRIPTION_RULES.exclusiveWords.groups.flatMap((g) => g.map((w): [string, string] => [w, g[0]])),
);
const norm = (w: string) => GROUP_OF.get(w) ?? w;
/** Positions where a described actor matters (speaker, actor, owner). */
const POSITIONS = new Set(['nsubj', 'nsubjpass', 'poss']);
const AGENT_PREPS = new Set(['by', 'to']);
const SUBJECT = new Set(['nsubj', 'nsubjpass']);
const BODY_NOUNS: ReadonlySet<string> = new Set(DESCRIPTION_RULES.bodyNamed.nouns);
const MALE: ReadonlySet<string> = new Set(DESCRIPTION_RULES.person.male);
const FEMALE: ReadonlySet<string> = new Set(DESCRIPTION_RULES.person.female);
const PERSON_NOUNS: ReadonlySet<string> = new Set([...MALE, ...FEMALE, ...DESCRIPTION_RULES.person.neutral]);
/** Left modifiers that say nothing about who is meant. */
const EMPTY_MODIFIERS = new Set([
  'former',
  'current',
  'then',
  'new',
  'same',
  'other',
  'late',
  'longtime',
  'first',
  'top',
  'veteran',
  'embattled',
]);

/** Every description noun, for the test that none of them is a role title. */
export const DESCRIPTION_NOUNS: readonly string[] = [...BODY_NOUNS, ...PERSON_NOUNS];

class Describer {
  readonly inQuote: Uint8Array;

  constructor(
    readonly doc: ParsedText,
    readonly table: EntityTable,
    quoted?: Uint8Array,
  ) {
    this.inQuote = quoted ?? quotedTokens(doc);
  }

  /** The head is a definite, singular, unnamed description in an actor's position. */
  candidate(h: number): boolean {
    const { doc, table } = this;
    if (
      doc.pos[h] !== 'NOUN' ||
      doc.tag[h] === 'NNS' ||
      table.entityAt(h) ||
      this.inQuote[h] ||
      !doc.sentenceOf(h).usable
    )
      return false;
    const pos = POSITIONS.has(doc.dep[h]!) || (doc.dep[h] === 'pobj' && AGENT_PREPS.has(doc.lower(doc.head[h]!)));
    if (!pos) return false;
    const kids = doc.children(h);
    if (!kids.some((c) => c < h && doc.dep[c] === 'det' && DEFINITE.has(doc.lower(c)))) return false;
    // "the businessman Lee Morgan", "the union, Unite," name themselves; "the union of X" is described by X.
    // ("the New York businessman": a place describes, it does not name.)
    const names = (c: number) => {
      const e = table.entityAt(c);
      return !!e && e.kind !== 'Location' && e.kind !== 'Country';
    };
    if (kids.some((c) => (doc.dep[c] === 'appos' || doc.dep[c] === 'compound' || doc.dep[c] === 'nmod') && names(c)))
      return false;
    if (h + 1 < doc.n && table.entityAt(h + 1)) return false;
    return true;
  }

  /** Left modifiers' words ("New York", "Indiana"), lower case, without the empty ones. */
  modifiers(h: number, properOnly = false): string[] {
    const { doc } = this;
    const out: string[] = [];
    for (const c of doc.children(h)) {
      if (c > h || doc.dep[c] === 'det') continue;
      const [lo, hi] = doc.subtree(c);
      for (let t = lo; t <= hi; t++) {
        if (!/^\p{L}/u.test(doc.word(t)) || EMPTY_MODIFIERS.has(doc.lower(t)) || doc.pos[t] === 'DET') continue;
        if (properOnly && !/^\p{Lu}/u.test(doc.word(t))) continue;
        out.push(doc.lower(t));
      }
    }
    return out;
  }

  body(h: number): { e: EntityRecord; rule: string } | undefined {
    const { doc } = this;
    const noun = doc.lemma[h]!.toLowerCase();
    if (!BODY_NOUNS.has(noun)) return undefined;
    // "the appeals court" must name a court of appeals; "the district court" is not the Supreme Court.
    const mods = this.modifiers(h);
    const isOrg = (e: EntityRecord) => e.kind === 'Organization' && mods.every((m) => nameWords(e).includes(m));
    const named = this.salient(
      h,
      DESCRIPTION_RULES.bodyNamed.reachSentences,
      (e) => isOrg(e) && nameWords(e).includes(noun),
    );
    if (named) return { e: named, rule: DESCRIPTION_RULES.bodyNamed.id };
    const kind = DESCRIPTION_RULES.bodyKind.kinds[noun];
    if (!kind || mods.length) return undefined;
    const found = this.salient(
      h,
      DESCRIPTION_RULES.bodyKind.reachSentences,
      (e) => isOrg(e) && nameWords(e).some((w) => kind.includes(w)),
    );
    return found ? { e: found, rule: DESCRIPTION_RULES.bodyKind.id } : undefined;
  }

  /** Of the entities wanted named within `reach` sentences before h, the one named most often before h (then the latest). */
  salient(h: number, reach: number, wanted: (e: EntityRecord) => boolean): EntityRecord | undefined {
    const near = new Set<EntityRecord>();
    let e = this.latest(h, reach, wanted);
    const first = e;
    while (e) {
      near.add(e);
      const seen = near;
      e = this.latest(h, reach, (x) => wanted(x) && !seen.has(x));
    }
    let best = first;
    let most = 0;
    for (const x of near) {
      const n = x.mentions.filter((m) => m.last < h).length;
      if (n > most || (n === most && x === first)) {
        best = x;
        most = n;
      }
    }
    return best;
  }

  /** The latest entity named (not referred to) before h outside quotations, within `reach` sentences. */
  latest(h: number, reach: number, wanted: (e: EntityRecord) => boolean): EntityRecord | undefined {
    const { doc, table } = this;
    const stop = doc.sents[Math.max(0, doc.sentenceOf(h).index - reach)]!.first;
    for (let t = h - 1; t >= stop; t--) {
      if (this.inQuote[t] || table.tokenEntity[t]! < 0) continue;
      const e = table.entities[table.tokenEntity[t]!]!;
      if (wanted(e)) return e;
    }
    return undefined;
  }

  /** Words of the noun phrase around a name: its left modifiers, its appositions, the phrase it is in apposition to. */
  namePhraseWords(first: number, last: number, skipLo: number, skipHi: number): string[] {
    const { doc } = this;
    const hd = doc.headOf(first, last);
    const toks: number[] = [];
    const add = (t: number) => {
      const [lo, hi] = doc.subtree(t);
      for (let k = lo; k <= hi; k++) if ((k < first || k > last) && (k < skipLo || k > skipHi)) toks.push(k);
    };
    for (const c of doc.children(hd)) if ((c < first && doc.dep[c] !== 'det') || doc.dep[c] === 'appos') add(c);
    if (doc.dep[hd] === 'appos' || doc.dep[hd] === 'compound') {
      const p = doc.head[hd]!;
      if (p < skipLo || p > skipHi) toks.push(p);
      for (const c of doc.children(p)) if (c < p && c !== hd) add(c);
    }
    return toks.map((t) => doc.lower(t));
  }

  person(h: number): { e: EntityRecord; rule: string } | undefined {
    const { doc, table } = this;
    const noun = doc.lemma[h]!.toLowerCase();
    if (!PERSON_NOUNS.has(noun) && !PERSON_NOUNS.has(doc.lower(h))) return undefined;
    const g = MALE.has(noun) ? 'm' : FEMALE.has(noun) ? 'f' : undefined;
    // A description with its own words ("the Republican nominee", "the New York businessman") names the one person
    // whose name phrase held all of them before ("Republican nominee Donald Trump", "Trump, a New York businessman").
    const mods = this.modifiers(h).map(norm);
    // The proper words ("Republican", "New York") must all be there; common ones ("presidential") only add weight.
    const proper = this.modifiers(h, true).map(norm);
    // Nobody whose name phrase holds a rival group's word ("Democrat Hillary Clinton" is not "the Republican nominee").
    const groups = new Set(mods.filter((w) => GROUP_OF.has(w)));
    const rivals = (e: EntityRecord) =>
      groups.size > 0 &&
      e.mentions.some((m) =>
        this.namePhraseWords(m.first, m.last, -1, -1).some((w) => GROUP_OF.has(w) && !groups.has(norm(w))),
      );
    const fits = (e: EntityRecord) =>
      e.kind === 'Person' && (!g || !genderOf(table, e) || genderOf(table, e) === g) && !rivals(e);
    const [lo, hi] = doc.subtree(h);
    if (mods.length) {
      const score = new Map<EntityRecord, number>();
      for (const e of table.entities) {
        if (!fits(e)) continue;
        for (const m of e.mentions) {
          if (m.last >= lo) continue;
          const words = this.namePhraseWords(m.first, m.last, lo, hi).map(norm);
          if (!proper.every((w) => words.includes(w))) continue;
          const n = mods.filter((w) => words.includes(w)).length + (words.includes(noun) ? 1 : 0);
          if (n > 0) score.set(e, Math.max(score.get(e) ?? 0, n));
        }
      }
      const ranked = [...score].sort((a, b) => b[1] - a[1]);
      if (ranked.length === 1 || (ranked.length > 1 && ranked[0]![1] > ranked[1]![1]))
        return { e: ranked[0]![0], rule: DESCRIPTION_RULES.modifierEvidence.id };
      // A party (or other rival-group) word with no one named beside it is too open to guess.
      if (ranked.length || groups.size) return undefined;
    }
    // Else the least-embedded person subject, sentence by sentence back — of the noun's gender when the article gave
    // it; a bare "the candidate" only when one person is in reach.
    const here = doc.sentenceOf(h).index;
    const inReach = new Set<EntityRecord>();
    let found: EntityRecord | undefined;
    // (Not its own sentence: "Roe said the nominee would win" is not about Roe.)
    for (let s = here - 1; s >= Math.max(0, here - DESCRIPTION_RULES.person.reachSentences); s--) {
      const { first, last } = doc.sents[s]!;
      let best: EntityRecord | undefined;
      let bestDepth = Infinity;
      for (let t = last; t >= first; t--) {
        const e = this.inQuote[t] ? undefined : table.entityAt(t);
        if (!e || e.kind !== 'Person') continue;
        inReach.add(e);
        if (!SUBJECT.has(doc.dep[t]!) || !fits(e) || (g && genderOf(table, e) !== g)) continue;
        const d = depth(doc, doc.head[t]!);
        if (d < bestDepth) {
          best = e;
          bestDepth = d;
        }
      }
      found ??= best;
    }
    if (!found || (!g && !mods.length && inReach.size > 1)) return undefined;
    return { e: found, rule: DESCRIPTION_RULES.person.id };
  }
}

function nameWords(e: EntityRecord): string[] {
  return e.name
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Clauses between a verb and the sentence root; coordination does not embed. */
function depth(doc: ParsedText, v: number): number {
  let d = 0;
  for (let k = 0; k < 20 && doc.head[v] !== v; k++) {
    if (doc.dep[v] !== 'conj') d++;
    v = doc.head[v]!;
  }
  return d;
}

/** Records each resolved description as a reference (from its determiner to its head); returns rule ids by head token. */
export function resolveDescriptions(doc: ParsedText, table: EntityTable, quoted?: Uint8Array): Map<number, string> {
  const d = new Describer(doc, table, quoted);
  const used = new Map<number, string>();
  for (let h = 0; h < doc.n; h++) {
    if (!d.candidate(h)) continue;
    const hit = d.body(h) ?? d.person(h);
    if (!hit) continue;
    const first = Math.min(
      h,
      ...doc
        .children(h)
        .filter((c) => c < h)
        .map((c) => doc.subtree(c)[0]),
    );
    table.addReference(hit.e, first, h);
    used.set(h, hit.rule);
  }
  return used;
}
