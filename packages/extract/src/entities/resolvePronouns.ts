// Personal pronouns → the person they most likely name; "it/its/they/their" → a state or body. The rules, as data in
// PRONOUN_RULES, are tried in order:
// - speech continuity: "he said" beside a quotation names the person last quoted;
// - the nearest earlier sentence (or clause) that names a person of the pronoun's gender, preferring its subject.
// A person's gender is read from the article itself: an honorific or gendered noun beside the name ("Mr. Roe",
// "Congresswoman Roe", "Roe's wife" is not), and the pronouns that could only have named that person. Names inside
// quotation marks are not antecedents of a pronoun outside them (the quoted speaker talks about someone else).
import type { ParsedText } from '../doc/parsedText.ts';
import { quotedTokens } from '../quotes/quotedTokens.ts';
import { REPORTING_VERBS } from '../statements/patterns.ts';
import type { EntityRecord, EntityTable } from './buildEntityTable.ts';

type Gender = 'm' | 'f';

export const PRONOUN_RULES = {
  speechContinuity: {
    id: 'pronoun.speech-continuity',
    reason:
      'in a run of quotations "…,” she said names the latest person subject outside quotations (the speaker of the run), not a name inside them',
    /** The statements' reporting lexicon, and verbs that only report beside a quotation. */
    verbs: [...REPORTING_VERBS, 'continue', 'conclude'],
    reachSentences: 6,
  },
  nearestSubject: {
    id: 'pronoun.nearest-subject',
    reason:
      'the nearest earlier sentence naming a person of the right gender, its subject first; in the same sentence only a subject',
    reachSentences: 2,
  },
  collective: {
    id: 'pronoun.collective-body',
    reason:
      '"it", "they" → a state or body that was the subject just before (never a person: "they" also names crowds)',
  },
  genderHonorific: {
    id: 'gender.honorific',
    reason: '"Mr. Roe", "Ms. Roe": the honorific gives the gender',
    m: ['mr', 'mr.'],
    f: ['mrs', 'mrs.', 'ms', 'ms.', 'miss'],
  },
  genderNoun: {
    id: 'gender.noun',
    reason: '"Congresswoman Roe", "Roe, a businessman": a gendered noun naming the person gives the gender',
    m: [
      'man',
      'businessman',
      'father',
      'husband',
      'son',
      'brother',
      'king',
      'prince',
      'congressman',
      'spokesman',
      'chairman',
      'actor',
      'boy',
      'grandfather',
      'uncle',
      'nephew',
      'sir',
      'lord',
      'duke',
      'pope',
      'cardinal',
      'sheikh',
    ],
    f: [
      'woman',
      'businesswoman',
      'mother',
      'wife',
      'daughter',
      'sister',
      'queen',
      'princess',
      'congresswoman',
      'spokeswoman',
      'chairwoman',
      'actress',
      'girl',
      'grandmother',
      'aunt',
      'niece',
      'lady',
      'dame',
      'duchess',
    ],
  },
  genderHistory: {
    id: 'gender.pronoun-history',
    reason:
      'a pronoun with only one person in reach names that person, and gives its gender for the harder pronouns after it',
  },
} as const;

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const COLLECTIVE = new Set(['it', 'its', 'they', 'them', 'their', 'itself', 'themselves']);
const SUBJECT = new Set(['nsubj', 'nsubjpass']);
const SPEECH_VERBS: ReadonlySet<string> = new Set(PRONOUN_RULES.speechContinuity.verbs);

const genders = new WeakMap<EntityTable, Map<EntityRecord, Gender>>();

/** The gender the article gives a person (honorific, gendered noun, pronoun history), once resolvePronouns ran. */
export function genderOf(table: EntityTable, e: EntityRecord): Gender | undefined {
  return genders.get(table)?.get(e);
}

function pronounGender(w: string): Gender | undefined {
  return MALE.has(w) ? 'm' : FEMALE.has(w) ? 'f' : undefined;
}

class Resolver {
  readonly inQuote: Uint8Array;
  readonly votes = new Map<EntityRecord, { m: number; f: number }>();

  constructor(
    readonly doc: ParsedText,
    readonly table: EntityTable,
    quoted?: Uint8Array,
  ) {
    this.inQuote = quoted ?? quotedTokens(doc);
  }

  vote(e: EntityRecord, g: Gender, weight = 1): void {
    const v = this.votes.get(e) ?? { m: 0, f: 0 };
    v[g] += weight;
    this.votes.set(e, v);
  }

  gender(e: EntityRecord): Gender | undefined {
    const v = this.votes.get(e);
    if (!v || v.m === v.f) return undefined;
    return v.m > v.f ? 'm' : 'f';
  }

  /** Honorifics and gendered nouns next to a person's mentions. */
  readGenderWords(): void {
    const { doc, table } = this;
    const { genderHonorific: h, genderNoun: g } = PRONOUN_RULES;
    const word = (t: number): Gender | undefined => {
      const w = doc.lower(t);
      if ((h.m as readonly string[]).includes(w) || (g.m as readonly string[]).includes(w)) return 'm';
      if ((h.f as readonly string[]).includes(w) || (g.f as readonly string[]).includes(w)) return 'f';
      return undefined;
    };
    for (let i = 0; i < doc.n; i++) {
      const e = table.tokenEntity[i]! >= 0 ? table.entities[table.tokenEntity[i]!] : undefined;
      if (!e || e.kind !== 'Person' || (i > 0 && table.tokenEntity[i - 1] === e.index)) continue;
      // The word right before the name ("Mr. Roe", "Congresswoman Roe") or a noun in apposition ("Roe, a businessman").
      const before = i > 0 ? word(i - 1) : undefined;
      if (before) this.vote(e, before, 3);
      let last = i;
      while (last + 1 < doc.n && table.tokenEntity[last + 1] === e.index) last++;
      for (const c of doc.childrenWith(doc.headOf(i, last), 'appos')) {
        const gw = word(c);
        if (gw) this.vote(e, gw, 3);
      }
    }
  }

  /** Persons (or bodies) named in sentence s before token `end`, nearest first, with whether each is a subject. */
  mentionsIn(
    s: number,
    end: number,
    pronoun: number,
    wanted: (e: EntityRecord) => boolean,
  ): { e: EntityRecord; subject: boolean; main: boolean; token: number }[] {
    const { doc, table } = this;
    const { first, last } = doc.sents[s]!;
    const out: { e: EntityRecord; subject: boolean; main: boolean; token: number }[] = [];
    const outside = !this.inQuote[pronoun];
    for (let k = Math.min(end, last); k >= first; k--) {
      if (outside && this.inQuote[k]) continue;
      const e = table.entityAt(k);
      if (!e || !wanted(e)) continue;
      const head = doc.headOf(k, k);
      const subj = SUBJECT.has(doc.dep[head]!)
        ? head
        : doc.dep[head] === 'compound' && SUBJECT.has(doc.dep[doc.head[head]!]!)
          ? doc.head[head]!
          : -1;
      out.push({ e, subject: subj >= 0, main: subj >= 0 && this.mainClause(doc.head[subj]!), token: k });
    }
    return out;
  }

  /** The nearest earlier sentence (or the pronoun's own, subjects only) naming someone wanted; its subject first. */
  nearest(i: number, wanted: (e: EntityRecord) => boolean): EntityRecord | undefined {
    const { doc } = this;
    const sent = doc.sentenceOf(i);
    for (let s = sent.index; s >= Math.max(0, sent.index - PRONOUN_RULES.nearestSubject.reachSentences); s--) {
      const found = this.mentionsIn(s, s === sent.index ? i - 1 : doc.sents[s]!.last, i, wanted);
      const subject = found.find((f) => f.main) ?? found.find((f) => f.subject);
      if (subject) return subject.e;
      // Within the pronoun's own sentence only a subject counts ("Roe met Doe before he left" stays open).
      if (found.length && s !== sent.index) return found[0]!.e;
    }
    return undefined;
  }

  /** Every distinct person of the reach, for the gender history (pronoun with one possible antecedent). */
  candidates(i: number): Set<EntityRecord> {
    const { doc } = this;
    const sent = doc.sentenceOf(i);
    const out = new Set<EntityRecord>();
    for (let s = sent.index; s >= Math.max(0, sent.index - PRONOUN_RULES.nearestSubject.reachSentences); s--) {
      for (const f of this.mentionsIn(s, s === sent.index ? i - 1 : doc.sents[s]!.last, i, (x) => x.kind === 'Person'))
        out.add(f.e);
    }
    return out;
  }

  /** "…,” she said: the pronoun is the subject of a speech verb in a sentence holding (or next to) a quotation. */
  isSpeechSubject(i: number): number {
    const { doc } = this;
    if (!SUBJECT.has(doc.dep[i]!) || this.inQuote[i]) return -1;
    const v = doc.head[i]!;
    if (!SPEECH_VERBS.has(doc.lemma[v]!.toLowerCase())) return -1;
    const s = doc.sentenceOf(i);
    const lo = s.index > 0 ? doc.sents[s.index - 1]!.last : s.first;
    for (let t = lo; t <= s.last; t++) if (this.inQuote[t]) return v;
    return -1;
  }

  /**
   * The person who spoke last: sentence by sentence back, the person subject outside quotations of the least
   * embedded clause ("Roe agreed to a deal in which Doe became premier" keeps Roe), skipping the other gender.
   */
  lastSpeaker(i: number, g: Gender | undefined): EntityRecord | undefined {
    const { doc, table } = this;
    const here = doc.sentenceOf(i).index;
    for (let s = here; s >= Math.max(0, here - PRONOUN_RULES.speechContinuity.reachSentences); s--) {
      const { first, last } = doc.sents[s]!;
      let best: EntityRecord | undefined;
      let bestDepth = Infinity;
      for (let t = s === here ? i - 1 : last; t >= first; t--) {
        if (this.inQuote[t] || !SUBJECT.has(doc.dep[t]!)) continue;
        const e = table.entityAt(t);
        if (e?.kind !== 'Person') continue;
        const eg = this.gender(e);
        if (g && eg && eg !== g) continue;
        const d = this.depth(doc.head[t]!);
        if (d < bestDepth) {
          best = e;
          bestDepth = d;
        }
      }
      if (best) return best;
    }
    return undefined;
  }

  /** Clauses between a verb and the sentence root; coordination does not embed. */
  depth(v: number): number {
    const { doc } = this;
    let d = 0;
    for (let k = 0; k < 20 && doc.head[v] !== v; k++) {
      if (doc.dep[v] !== 'conj') d++;
      v = doc.head[v]!;
    }
    return d;
  }

  /** The verb heads the sentence, or is coordinated with the verb that does. */
  mainClause(v: number): boolean {
    return this.depth(v) === 0;
  }
}

export function resolvePronouns(doc: ParsedText, table: EntityTable, quoted?: Uint8Array): void {
  const r = new Resolver(doc, table, quoted);
  r.readGenderWords();
  const personal: number[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (doc.pos[i] !== 'PRON' || table.tokenEntity[i] !== -1 || !doc.sentenceOf(i).usable) continue;
    const w = doc.lower(i);
    if (pronounGender(w)) personal.push(i);
  }
  // Gender history: a pronoun with one person in reach gives that person its gender.
  // (Not from inside quotations: "Don't shoot him," she says — the quoted "him" is someone else.)
  for (const i of personal) {
    if (r.inQuote[i]) continue;
    const c = r.candidates(i);
    if (c.size === 1) r.vote([...c][0]!, pronounGender(doc.lower(i))!);
  }
  genders.set(
    table,
    new Map([...r.votes.keys()].flatMap((e) => (r.gender(e) ? [[e, r.gender(e)!] as [EntityRecord, Gender]] : []))),
  );
  const fits = (g: Gender | undefined) => (x: EntityRecord) =>
    x.kind === 'Person' && (!g || !r.gender(x) || r.gender(x) === g);

  for (let i = 0; i < doc.n; i++) {
    if (doc.pos[i] !== 'PRON' || table.tokenEntity[i] !== -1 || !doc.sentenceOf(i).usable) continue;
    const w = doc.lower(i);
    const g = pronounGender(w);
    let e: EntityRecord | undefined;
    if (g) {
      const v = r.isSpeechSubject(i);
      if (v >= 0) e = r.lastSpeaker(i, g);
      e ??= r.nearest(i, fits(g));
    } else if (COLLECTIVE.has(w)) {
      e = r.nearest(i, (x) => x.kind !== 'Person' && x.kind !== 'Location');
    }
    if (e) table.addReference(e, i, i);
  }
}
