// The statement rules as data: how a reporting cue is recognised, where its speaker and its content sit in the
// parse, and how a quotation is tied to an attribution. Each pattern has an id and a one-line reason; the
// interpreters are findCues.ts (cues, speakers, content) and linkQuotes.ts (quotations).
import type { Path } from './depPath.ts';
import lexicon from './data/reportingVerbs.json' with { type: 'json' };

export const REPORTING_VERBS: ReadonlySet<string> = new Set(lexicon.verbs);
export const OBJECT_VERBS: ReadonlySet<string> = new Set(lexicon.objectVerbs);
export const APPEAL_VERBS: ReadonlySet<string> = new Set(lexicon.appealVerbs);
export const ACCUSE_VERBS: ReadonlySet<string> = new Set(lexicon.accuseVerbs);
export const PHRASAL_VERBS: Readonly<Record<string, readonly string[]>> = lexicon.phrasal;
export const AGENT_NOUNS: ReadonlySet<string> = new Set(lexicon.agentNouns);
export const NOUN_CUES: ReadonlySet<string> = new Set(lexicon.nounCues);
export const STATEMENT_NOUNS: readonly string[] = lexicon.statementNouns;
export const GROUP_NOUNS: ReadonlySet<string> = new Set(lexicon.groupNouns);

export interface Pattern {
  id: string;
  reason: string;
}

/** What makes a token a reporting cue. */
export interface CuePattern extends Pattern {
  /** Lemmas the cue token must have (a lexicon), or a word with a required child. */
  lemmas?: ReadonlySet<string>;
  word?: string;
  /** A child the token must have (the particle of "called for", the "to" of "according to"). */
  needs?: Path;
  /** A second child the token must have (the that-clause of a noun cue). */
  alsoNeeds?: Path;
  pos: readonly string[];
}

export const CUE_PATTERNS: readonly CuePattern[] = [
  {
    id: 'cue.reporting-verb',
    reason: 'a verb of the reporting lexicon ("said", "warned", "tweeted")',
    lemmas: REPORTING_VERBS,
    pos: ['VERB'],
  },
  {
    id: 'cue.phrasal-verb',
    reason: '"called for", "called on", "pointed out": the particle makes the verb a statement',
    lemmas: new Set(Object.keys(PHRASAL_VERBS)),
    pos: ['VERB'],
    needs: [{ down: ['prep', 'prt'], lower: [...new Set(Object.values(PHRASAL_VERBS).flat())] }],
  },
  {
    id: 'cue.noun-possessive',
    reason:
      '"Roe\'s warning that the bridge would close": a reporting noun with an owner and a that-clause reports what the owner said',
    lemmas: NOUN_CUES,
    pos: ['NOUN'],
    needs: [{ down: ['poss'] }],
    alsoNeeds: [{ down: ['acl', 'ccomp'] }, { down: ['mark'], lower: ['that'] }],
  },
  {
    id: 'cue.according-to',
    reason: '"according to X" attributes the clause it hangs on to X',
    word: 'according',
    pos: ['VERB', 'ADP'],
    needs: [{ down: ['prep'], lower: ['to'] }],
  },
];

/** A cue that does not report: negated, or the complement of a refusal ("declined to say"). */
export const CUE_BLOCKERS = {
  id: 'cue.blocked',
  reason: '"did not say", "declined to comment", "would not confirm": nothing was stated',
  negation: ['neg'],
  refusalHeads: ['decline', 'refuse', 'fail', 'hesitate', 'want', 'plan', 'expect', 'intend', 'hope', 'try'],
} as const;

/** "Asked whether …, Roe said …": the participle is the question put to the speaker, not something they stated. */
export const ASKED_PARTICIPLE = {
  id: 'cue.asked-participle',
  reason:
    '"Asked whether the talks had failed, Roe said …": a subjectless participle of a question verb reports what Roe was asked',
  lemmas: ['ask', 'question', 'press'],
  deps: ['advcl', 'ccomp', 'dep', 'acl'],
} as const;

/** Where the speaker token sits, tried in order; the first path that reaches a token decides. */
export const SPEAKER_PATHS: readonly (Pattern & { path: Path })[] = [
  {
    id: 'speaker.relative-clause',
    reason: '"Roe, who said …": the noun the relative clause describes, not the relative pronoun',
    path: [{ down: ['nsubj'], lower: ['who', 'which', 'that'] }, { up: ['nsubj'] }, { up: ['relcl'] }],
  },
  {
    id: 'speaker.subject',
    reason: 'the subject of the cue, before or after it ("…," said Roe)',
    path: [{ down: ['nsubj'] }],
  },
  {
    id: 'speaker.possessive',
    reason: '"Roe\'s warning that …": the owner of a reporting noun',
    path: [{ down: ['poss'] }],
  },
  {
    id: 'speaker.passive-agent',
    reason: '"it was announced by the ministry": the agent of a passive cue',
    path: [{ down: ['agent'] }, { down: ['pobj'] }],
  },
  {
    id: 'speaker.according-to',
    reason: '"according to Roe": the object of "to"',
    path: [{ down: ['prep'], lower: ['to'] }, { down: ['pobj'] }],
  },
  {
    id: 'speaker.shared-subject',
    reason:
      '"…, saying …", "denied it and said …": a cue without a subject of its own shares the subject of the verb it hangs on',
    path: [
      { without: ['nsubj', 'nsubjpass'] },
      { up: ['advcl', 'xcomp', 'conj', 'pcomp', 'acl'] },
      { down: ['nsubj'] },
    ],
  },
  {
    id: 'speaker.shared-subject-2',
    reason: '"Roe rejected it, adding …" two levels up: a participle on a conjoined verb',
    path: [
      { without: ['nsubj', 'nsubjpass'] },
      { up: ['advcl', 'xcomp', 'conj'] },
      { without: ['nsubj', 'nsubjpass'] },
      { up: ['advcl', 'xcomp', 'conj'] },
      { down: ['nsubj'] },
    ],
  },
  {
    id: 'speaker.issued-statement',
    reason: '"Roe released a statement saying …": a participle on an issued text speaks for whoever issued it',
    path: [
      { without: ['nsubj', 'nsubjpass'] },
      { up: ['acl'], lemma: STATEMENT_NOUNS },
      { up: ['dobj'] },
      { down: ['nsubj'] },
    ],
  },
  {
    id: 'speaker.shared-subject-prep',
    reason:
      '"Roe responded by saying …", "after adding …": a participle after a preposition shares the subject of the verb the preposition hangs on',
    path: [{ without: ['nsubj', 'nsubjpass'] }, { up: ['pcomp'] }, { up: ['prep'] }, { down: ['nsubj'] }],
  },
];

/** Fallback when no speaker path reaches a token outside quotations. */
export const ADJACENT_NAME: Pattern = {
  id: 'speaker.adjacent-name',
  reason: '"Said Ellis:", "…,” said Jane Roe" parsed without a subject: the name right after (or before) the cue',
};

/** Fallback: "“…,” Jane Roe, a senior adviser, said" parsed with the name hung inside the quotation. */
export const NAME_AFTER_QUOTE: Pattern & { maxGap: number } = {
  id: 'speaker.name-after-quote',
  reason:
    '"“…,” Roe, an adviser, said": the name right after the closing mark, a few words before a cue with no subject, speaks',
  /** Tokens at most between the name and the cue (its apposition). */
  maxGap: 10,
};

/** An unresolved "he"/"she" subject of a cue: the last speaker of the same kind (a person) a few sentences back. */
export const PRONOUN_LAST_SPEAKER = {
  id: 'speaker.pronoun-last-speaker',
  reason:
    'in a run of quotations "she said" names the person last quoted when the pronoun resolver found nobody nearer',
  personal: ['he', 'she', 'him', 'her'],
  collective: ['they', 'it'],
  reachSentences: 8,
} as const;

/**
 * "Roe met Doe on Monday. The officials said …": a definite plural description with no antecedent of its own names
 * the persons coordinated in a sentence just before; the statement takes that sentence's date when its own has none.
 */
export const GROUP_DESCRIPTION = {
  id: 'speaker.group-description',
  reason:
    '"a call between Roe and Doe. The officials released a statement …": "the officials" are the two persons just named together',
  nouns: GROUP_NOUNS,
  reachSentences: 2,
} as const;

/** Two subjects on one cue ("Niger's president Jane Roe said", parsed as two nsubj): the one that names someone. */
export const NAMED_SUBJECT_FIRST: Pattern = {
  id: 'speaker.named-subject-first',
  reason: 'a title and the name after it parsed as two subjects: the name speaks, not the state the title belongs to',
};

/**
 * From the speaker token to the entities it stands for, tried in order; "of"-modifiers of a name are never read.
 * `direct`: only a name or resolved reference counts (not a state agent), so a named apposition wins over the
 * state a title belongs to ("Niger's president, Jane Roe,").
 */
export const SPEAKER_REFINEMENTS: readonly (Pattern & {
  path: Path;
  agentHead?: boolean;
  direct?: boolean;
  person?: boolean;
})[] = [
  {
    id: 'refine.named',
    reason: 'the token names or refers to an entity (mention, resolved pronoun or description)',
    path: [],
    direct: true,
  },
  {
    id: 'refine.apposition',
    reason: '"a senior adviser, Jane Roe," names the speaker in apposition',
    path: [{ down: ['appos'] }],
  },
  {
    id: 'refine.apposition-of-object',
    reason:
      '"the director of the Fund, Jane Roe, said": a person in apposition to the of-object names the agent noun (the parse hangs it on the object)',
    agentHead: true,
    person: true,
    path: [{ down: ['prep'], lower: ['of', 'at', 'for'] }, { down: ['pobj'] }, { down: ['appos'] }],
  },
  {
    id: 'refine.state-agent',
    reason: '"Mexico\'s government", "Iranian officials": the token acts for a named state or body',
    path: [],
  },
  {
    id: 'refine.agent-for',
    reason: '"a spokesman for the ministry", "an aide to Roe": an agent noun speaks for the one named after it',
    agentHead: true,
    path: [{ down: ['prep'], lower: ['for', 'of', 'to', 'from', 'at', 'with'] }, { down: ['pobj'] }],
  },
  {
    id: 'refine.agent-owner',
    reason: '"Roe\'s spokeswoman", "the Clinton campaign": an agent noun speaks for its owner',
    agentHead: true,
    path: [{ down: ['poss', 'compound', 'nmod', 'amod'] }],
  },
];

/** Where the content of reported speech sits, tried in order. */
export const CONTENT_PATTERNS: readonly (Pattern & {
  path: Path;
  lemmas?: ReadonlySet<string>;
  fromObject?: boolean;
})[] = [
  {
    id: 'content.that-clause',
    reason: 'X said (that) …: the complement clause is what was said',
    path: [{ down: ['ccomp'] }],
  },
  {
    id: 'content.appeal',
    reason: '"urged Iran to halt the tests": the object and the infinitive after it',
    lemmas: APPEAL_VERBS,
    fromObject: true,
    path: [{ down: ['xcomp'] }],
  },
  {
    id: 'content.accusation',
    reason: '"accused Roe of lying": the object and what it is accused of',
    lemmas: ACCUSE_VERBS,
    fromObject: true,
    path: [{ down: ['prep'], lower: ['of', 'for'] }],
  },
  {
    id: 'content.object-as',
    reason: '"described the plan as a betrayal", "highlighted the deficit as a risk": the object and what it is called',
    lemmas: new Set(['describe', 'highlight', 'cite', 'portray', 'characterize', 'characterise']),
    fromObject: true,
    path: [{ down: ['prep'], lower: ['as'] }],
  },
  {
    id: 'content.noun-clause',
    reason: '"Roe\'s warning that the bridge would close": the that-clause on a reporting noun is what was said',
    lemmas: NOUN_CUES,
    path: [{ down: ['acl', 'ccomp'] }],
  },
  {
    id: 'content.call-for',
    reason: '"called for a ceasefire", "called on Roe to resign": what is called for',
    lemmas: new Set(['call']),
    fromObject: true,
    path: [{ down: ['prep'], lower: ['for', 'on', 'upon'] }],
  },
  {
    id: 'content.object',
    reason: '"announced a ban", "denied the report": the object is what was stated',
    lemmas: OBJECT_VERBS,
    path: [{ down: ['dobj'] }],
  },
];

/** A that-clause without a subject after the cue's object: the parse took the clause's subject as the object. */
export const OBJECT_AS_SUBJECT: Pattern = {
  id: 'content.object-as-subject',
  reason:
    '"announced the tests by a laboratory found Novichok": the object and what follows it are the clause that was said',
};

/** How a quotation is tied to its attribution; linkQuotes.ts applies them in this order. */
export const QUOTE_LINKS = {
  governed: {
    id: 'quote.governed',
    reason: 'the quotation (or the clause holding it) hangs on a reporting cue outside it',
  },
  unknownVerb: {
    id: 'quote.unknown-verb',
    reason:
      'a verb outside the lexicon governs the quotation and its subject is a person or body ("Roe blasted the plan as “…”")',
  },
  sameSentence: {
    id: 'quote.same-sentence',
    reason:
      'the parse left the quotation as its own clause; a reporting cue outside quotes in the same sentence attributes it',
  },
  colonIntro: {
    id: 'quote.colon-intro',
    reason: '"Roe said:" / "Roe, on Twitter:" introduces the quotation after the colon',
  },
  attributionAfter: {
    id: 'quote.attribution-after',
    reason:
      '"“…?” Graham asked.": the parse ended the sentence at the question mark; the attribution opens the next one',
  },
  transcriptLabel: {
    id: 'quote.transcript-label',
    reason:
      '"“ROE: We will …" in a transcript: a capitalised surname and a colon opening the quotation name its speaker',
    /** At most this many label words before the colon. */
    maxWords: 2,
  },
  dashByline: {
    id: 'quote.dash-byline',
    reason: '"…” ― Jane Roe": a dash and a name after the closing mark sign the quotation',
  },
  insideReportedSpeech: {
    id: 'quote.inside-reported-speech',
    reason:
      'a quotation governed by a verb inside the content of a reporting cue ("Roe said the plan would bring “real change”") is that cue\'s',
    /** Labels climbed from the governing verb to the cue: complement and coordinated clauses, never a relative clause. */
    climb: ['ccomp', 'xcomp', 'conj', 'advcl', 'pcomp', 'pobj', 'prep', 'parataxis'],
    maxSteps: 5,
  },
  continued: {
    id: 'quote.continued',
    reason:
      'a quotation opening the sentence after an attributed one, without an attribution of its own, continues it ("A," she said. "B.")',
  },
  afterReportedSpeech: {
    id: 'quote.after-reported-speech',
    reason:
      '"… risky, Roe said. “We have no other choice.”": an unattributed quotation opening the sentence after reported speech in its paragraph is that speaker\'s',
  },
  runsOn: {
    id: 'quote.runs-on',
    reason: "a paragraph ending inside an open quotation continues in the next paragraph's quotation",
  },
} as const;

/** Reported speech inside the content of the same speaker's reported speech is part of it, not a second statement. */
export const NESTED_SAME_SPEAKER: Pattern & { through: readonly string[] } = {
  id: 'statement.nested-same-speaker',
  reason:
    '"Roe said that she did indicate that …": the inner cue is the complement of the outer one, what Roe said, one statement',
  /** Only a complement chain nests ("… and its ministry said", "…, during which she reiterated" stay separate). */
  through: ['ccomp', 'xcomp'],
};

/** A short quotation whose every word is capitalised, hung on a preposition or noun, is a title (a show, a book), not speech. */
export const TITLE_QUOTE = {
  id: 'quote.title',
  reason:
    '"on “Fox News Sunday”", "in “The Apprentice”": a title in quotation marks after a preposition is a name, nobody\'s statement',
  maxWords: 6,
  /** Where the title's head hangs: the object of a preposition, or a name modifying a noun. */
  deps: ['pobj', 'compound', 'nmod', 'appos'],
  /** A title after "as"/"of"/"like" is what someone called it ("hailed him as “The Comeback Kid”"): speech, not a name. */
  namingPreps: ['as', 'of', 'like'],
  /** Verbs whose object is the listener ("told MSNBC's “Morning Joe”"). */
  listenerOf: ['tell'],
  /** Words that stay lower case inside a title. */
  minor: ['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or', 'vs', 'vs.', 'de', 'la'],
} as const;

/**
 * What was announced or described, or what a reporting noun holds ("Roe's warning that …"), is a claim of its own;
 * a quotation inside it that is only a detail — a two-word fragment, or a quotation with reported words after it —
 * is the speaker's wording and a direct statement beside the indirect one ("announced that the plant is “fully
 * safe”"). After "said"/"urged" and the like the reported speech with its fragment stays one statement (the gold
 * convention: direct when the quotation has two words or more, else indirect).
 */
export const QUOTE_INSIDE_CONTENT = {
  id: 'statement.quote-inside-content',
  reason:
    'an announced or described claim with a quoted fragment or a quotation in mid-clause is both an indirect statement and a direct one for the quoted words',
  /** Cue lemmas whose content is a claim of its own (besides the reporting nouns of cue.noun-possessive). */
  lemmas: ['announce', 'describe', 'portray', 'characterize', 'characterise'],
  nounCue: 'cue.noun-possessive',
  /** Fewest words of a fragment that is quoted for its own sake. */
  minFragmentWords: 2,
  /** Fewest unquoted words of the reported speech (outside the quotation) for it to stand on its own. */
  minOtherWords: 3,
  /** Fewest reported words after a longer quotation for it to sit in mid-clause. */
  minWordsAfter: 2,
} as const;

/** Words of a quotation inside reported speech below which it is part of that speech, not a quote of its own. */
export const MIN_QUOTE_WORDS = 3;
