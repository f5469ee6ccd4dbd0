// The entity rules, one row each: what the entity layer does beyond spaCy's own entity spans, and why. The code
// that applies a rule names its id in a comment; entityRules.test.ts holds at least one example row per id.
export interface EntityRule {
  id: string;
  reason: string;
}

export const ENTITY_RULES: readonly EntityRule[] = [
  {
    id: 'label-map',
    reason: 'spaCy PERSON/GPE/LOC/FAC/ORG become Person/Location/Organization; NORP only as plural nouns (Group)',
  },
  {
    id: 'gazetteer-name',
    reason:
      'a surface the gazetteer knows (countries, demonyms, ISO codes, curated bodies) takes its canonical name, kind and ISO code',
  },
  { id: 'hyphen-pair', reason: 'a hyphenated pair of known names is a mention of each ("U.S.-Mexico relations")' },
  {
    id: 'gazetteer-long-name',
    reason:
      'a known name of three or more tokens outranks model spans that cut it at a comma, "and" or "in" ("Organization for Security and Co-operation in Europe")',
  },
  {
    id: 'outlet-article',
    reason:
      'an outlet whose own name begins with "The" keeps the capitalised article ("The Guardian", "The New York Times")',
  },
  { id: 'gazetteer-fill', reason: 'gazetteer names the model left out ("Mexican", "EU") are mentions too' },
  { id: 'trim-article-possessive', reason: 'a leading article and a trailing possessive are not part of a name' },
  {
    id: 'lowercase-tail',
    reason: 'a preposition followed only by lower-case words ends a name before it ("Associated Press of bank fraud")',
  },
  { id: 'descriptor-tail', reason: 'two or more lower-case words after a name describe it ("KCNA news agency")' },
  {
    id: 'title-phrase',
    reason: 'a person\'s title with its see or seat ("the Archbishop of Canterbury") is no organisation',
  },
  {
    id: 'coordinated-names',
    reason: 'one span "A and B" with a known place on one side is two places ("Crete and Cyprus")',
  },
  {
    id: 'ordinal-prefix',
    reason: 'an ordinal counts sessions or terms and is not part of the name ("the 118th U.S. Congress")',
  },
  {
    id: 'split-person',
    reason: 'two person spans side by side are one name the model cut ("Zine El" + "Abidine Ben Ali")',
  },
  {
    id: 'org-continuation',
    reason:
      'an of/for phrase in capitals after a body\'s name is the rest of it ("the Kestrian League" + "for the Defence of Human Rights", "Supreme Court of the United Kingdom")',
  },
  {
    id: 'known-prefix',
    reason: 'a known organisation glued before a person\'s name is two mentions ("Amnesty International Wen-li Chow")',
  },
  {
    id: 'demonym-body',
    reason:
      'a demonym before a state body names the state, the body is named without it ("Tunisian Parliament"; "U.S." only before a body of several words)',
  },
  {
    id: 'strip-person-title',
    reason: 'titles and honorifics before a name are roles, not names ("President-elect John Doe")',
  },
  { id: 'place-before-person', reason: 'a place glued before a name is its own mention ("Ohio Jane Roe")' },
  { id: 'title-alone-not-person', reason: 'a title on its own ("the Queen") is not a person name' },
  {
    id: 'org-head-person',
    reason: 'a PERSON span ending in an organisation head is an organisation ("Jane Roe Foundation")',
  },
  {
    id: 'facility-place',
    reason: 'buildings and sites are places whatever the model said ("John Radcliffe Hospital")',
  },
  { id: 'place-opener', reason: 'Port/Mount/Lake/Fort … open place names, not person names ("Port Calder")' },
  { id: 'capital-place', reason: 'capitals are places even where they act for their state ("Minsk rejected")' },
  {
    id: 'dateline',
    reason: 'a capitals-only place opening a paragraph before a dash or date is a dateline place, not an organisation',
  },
  { id: 'headline-known-only', reason: 'in a title-case headline only names also found in the body are kept' },
  {
    id: 'office-not-body',
    reason: 'an ORG span ending in or followed by an office word is part of a role title ("Water Resources Minister")',
  },
  { id: 'generic-body', reason: 'a capitalised generic body alone ("the Court") is no entity' },
  {
    id: 'of-fragment',
    reason:
      'a name after of/on inside a capitalised phrase is a fragment: dropped after a title ("Secretary of State")',
  },
  {
    id: 'event-name',
    reason: 'a capitalised name of a happening is no actor; a known name inside it still is ("the Syrian Civil War")',
  },
  {
    id: 'treaty-name',
    reason:
      'capitalised words ending in a treaty head are the treaty, not the place in it ("the Paris Climate Accord")',
  },
  {
    id: 'of-country',
    reason: 'a word heading no body, "of" a known state, is the state ("the Economy of Turkey", "the EEZ of Cyprus")',
  },
  {
    id: 'demonym-name',
    reason:
      'a demonym before a name the article also gives alone is the country and that name ("the Afghan Taliban" … "the Taliban")',
  },
  { id: 'noise-name', reason: 'spans with brackets or format characters are noise ("[W]e")' },
  { id: 'group-noun', reason: 'unnamed collectives that act ("protesters", "armed groups") are Group entities' },
  {
    id: 'surname-person',
    reason: 'a bare surname or given name of a person named in full is that person, whatever the model typed',
  },
  { id: 'middle-name', reason: 'a middle name does not split a person ("Robert Gabriel Mugabe" = "Robert Mugabe")' },
  { id: 'first-full-name', reason: 'a surname two people share goes to the first named in full' },
  {
    id: 'short-org-name',
    reason:
      'a one-word name equal to the head of one multi-word organisation (or the first word of a two-word company name) is it ("the House" after "the House of Representatives", "Congress" after "Congress of Kestria", "Acme" after "Acme Holdings")',
  },
  {
    id: 'bracket-abbreviation',
    reason:
      'an abbreviation in brackets right after a name is that name, also when the model swallowed it or it mixes case ("… Agency (IAEA)", "(AfCFTA)")',
  },
  {
    id: 'initials-abbreviation',
    reason: "an all-caps word equal to an organisation name's initials is that organisation",
  },
  {
    id: 'usage-state',
    reason:
      'a single name used as possessor of a state noun or coordinated with a state is a state ("Veyra\'s government"); a name the model called a place needs a noun only states take (not "Yorkshire police")',
  },
  {
    id: 'demonym-state',
    reason: 'a name whose demonym appears is a state, and the demonym a mention of it ("Veyran")',
  },
  {
    id: 'conj-person',
    reason:
      'a two- or three-word ORG or place coordinated with a person is a person ("Nikos Andreou, Petros Kallis and Marios Stavrou")',
  },
  {
    id: 'person-appos',
    reason:
      'a two- or three-word name in apposition to a noun for a person, or owning what only people have, is a person ("Its chief executive, Armand Loisel"; "Marek Tomczak\'s film")',
  },
  {
    id: 'place-noun',
    reason:
      'a name in apposition to a place noun, after "the city of", modifying a facility or a place noun, or after "through" is a place ("the island Crete", "Omsk hospital", "the Putumayo region")',
  },
  {
    id: 'usage-place',
    reason:
      'a model PERSON as object of a place preposition is a place ("in Jolo"; a two-word name with less weight: "in Maidan Shahr")',
  },
  {
    id: 'named-place',
    reason: 'a name a place noun is called by is a place ("the new region, to be called Kalaan")',
  },
  {
    id: 'facility-appos',
    reason: 'a name in apposition to a building noun is a place ("Hagia Sophia, formerly a church")',
  },
  {
    id: 'org-appos',
    reason:
      'a name in apposition to, or modified by, a common noun for an organisation is one ("the South American group Mercosur")',
  },
  {
    id: 'title-of-body',
    reason:
      'a name right after a title\'s of/to phrase naming a body is the holder ("Ambassador to the United Nations Nikki Haley")',
  },
  {
    id: 'conj-place',
    reason: 'a one-word PERSON guess coordinated with a place is a place ("Jolo, and the Sulu region")',
  },
  {
    id: 'person-alias',
    reason:
      'the two last words, or the given name and an inner surname, of a longer person name are that person ("Pedro Pierluisi" = "Pedro R. Pierluisi Urrutia")',
  },
  {
    id: 'or-abbreviation',
    reason:
      'an abbreviation and a name with its first letter joined by "or" are one organisation ("G7, or the Group of Seven")',
  },
  {
    id: 'party-name',
    reason: 'a party is also named without its head word ("Thai Raksa Chart" = "Thai Raksa Chart Party")',
  },
  {
    id: 'usage-person-title',
    reason: 'a capitalised person title right before a name makes it a person ("Ambassador Nikki Haley")',
  },
  { id: 'repeat-mention', reason: 'an untagged repeat of a name found elsewhere in the article is a mention of it' },
  { id: 'plural-surname', reason: 'the plural of a surname is a family, not an entity ("the Bidens")' },
  {
    id: 'pronoun-antecedent',
    reason: 'he/she → the nearest earlier person, preferring a subject; it/they → a subject state or body',
  },
];
