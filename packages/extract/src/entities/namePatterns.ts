// What may stand before or inside a name without being part of it, as data. Each list says why it exists.
import { ONTOLOGY } from '@newsgraph/model';

/** Function words inside multi-word titles ("Secretary of State", "the president"): not titles on their own. */
const TITLE_GLUE: ReadonlySet<string> = new Set(['the', 'of', 'for', 'and', 'a', 'an', 'to', 'on', 'in', 'de', 'la', 'general']);

/** Titles that only stand before a person ("Ambassador Nikki Haley"): the name after one is a person's. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen.', 'rep.', 'gov.', 'senator', 'representative', 'congressman',
    'congresswoman', 'ambassador', 'governor', 'mayor', 'president', 'minister', 'chancellor', 'judge', 'justice', 'sir',
    'dame', 'lord', 'lady', 'professor', 'prof.', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'general',
    'colonel', 'captain', 'lieutenant', 'sergeant', 'commissioner', 'secretary', 'spokesman', 'spokeswoman', 'taoiseach'],
);

/** Role titles and honorifics ("President", "Sen.", "Mr"): never part of a person's name ("President-elect John Doe"). */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  [
    ...ONTOLOGY.roleTitles.flatMap((r) => r.words.flatMap((w) => w.toLowerCase().split(/\s+/))).filter((w) => !TITLE_GLUE.has(w)),
    ...['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'sen.', 'rep.',
      'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'maj.', 'capt.', 'adm.', 'pres.', 'sec.', 'atty.', 'judge', 'justice', 'chief',
      'president-elect', 'vice-president', 'congressman', 'congresswoman', 'senator', 'representative', 'governor',
      'lieutenant', 'sheikh', 'pope', 'saint', 'bishop', 'archbishop', 'cardinal', 'rev.', 'reverend', 'father', 'imam',
      'former', 'late', 'then', 'then-', 'acting', 'interim', 'deputy', 'vice', 'incumbent', 'outgoing', 'incoming',
      'candidate', 'nominee', 'leader', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'head',
      'democrat', 'republican', 'democratic', 'minister', 'secretary', 'prime', 'premier', 'ambassador', 'envoy', 'u.s.',
      'us', 'mp', 'mep', 'dj', 'coach', 'captain', 'officer', 'detective', 'inspector', 'sergeant', 'commissioner', 'mayor',
      'first', 'lady', 'queen', 'king', 'prince', 'princess', 'emir', 'crown', 'ayatollah', 'chancellor', 'taoiseach',
      'superintendent', 'cde', 'comrade', 'dr', 'professor', 'president', 'senior', 'junior', 'assistant', 'associate',
      'activist', 'lawyer', 'attorney', 'prosecutor', 'writer', 'author', 'journalist', 'reporter', 'actor', 'singer'],
  ].map((w) => w.toLowerCase()),
);

/** Words that open a sentence or headline in capitals but are never a name on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'breaking',
    'update', 'exclusive', 'analysis', 'opinion', 'editorial', 'live', 'watch', 'video', 'photos'],
);

/** Entity labels of the English model and what they become; NORP and GPE are decided by the gazetteer first. */
export const LABEL_KINDS: Readonly<Record<string, 'Person' | 'Location' | 'Organization' | 'Country' | 'Group'>> = {
  PERSON: 'Person',
  GPE: 'Location',
  LOC: 'Location',
  FAC: 'Location',
  ORG: 'Organization',
  NORP: 'Group',
};

/** A capitals-only place opening a paragraph, then a dash, a date or an agency in brackets: a dateline. */
export const DATELINE = /^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}(?=\s*(?:[-–—(,]|\d{4}-\d{2}-\d{2}|\d{1,2}\s|[A-Z][a-z]{2,8}\.?\s+\d))/;

/** Heads of organisation names: a PERSON span ending in one is a mistyped organisation ("Jane Roe Foundation"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  ['university', 'college', 'school', 'institute', 'foundation', 'museum', 'library', 'prize', 'award', 'company',
    'group', 'party', 'fund', 'trust', 'association', 'council', 'committee', 'commission', 'agency', 'ministry',
    'department', 'court', 'corporation', 'inc.', 'ltd', 'llc', 'bank', 'charity', 'holdings', 'front', 'movement',
    'alliance', 'union', 'league', 'coalition', 'network', 'forum', 'brigade', 'brigades', 'organisation', 'organization',
    'news'],
);

/** Heads of facility names: buildings and sites are places (the gold's convention, as in ACE/CoNLL): "Jolo Cathedral",
 * "John Radcliffe Hospital", "José Martí International Airport", "10 Downing Street", whatever the model said. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(
  ['hospital', 'airport', 'stadium', 'bridge', 'street', 'avenue', 'road', 'park', 'square', 'memorial', 'church',
    'cathedral', 'mosque', 'temple', 'synagogue', 'hall', 'station', 'palace', 'prison', 'jail', 'base', 'house',
    'tower', 'port', 'harbour', 'harbor', 'dam', 'camp', 'embassy', 'consulate', 'center', 'centre', 'mall', 'hotel'],
);

/** Words that open place names ("Port Calder", "Mount Sinjar", "Lake Chad"): never a person. */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(['port', 'mount', 'lake', 'fort', 'cape', 'saint', 'san', 'santa', 'st.', 'el', 'al', 'tell', 'ain', 'bay']);

/** Prepositions of place: a name as their object is where something is ("in Jolo", "near Ain Issa"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'into', 'across', 'from', 'to', 'towards', 'toward', 'inside', 'around']);

/** Capitalised common nouns the model tags ORG on their own ("the Court", "the Army", "the Administration"): they
 * name a body only with its owner, which the actor resolver reads from the phrase. */
export const GENERIC_BODIES: ReadonlySet<string> = new Set(
  ['court', 'chamber', 'army', 'administration', 'defence', 'defense', 'intelligence', 'order', 'office', 'ministry',
    'department', 'government', 'police', 'navy', 'treasury', 'cabinet', 'embassy', 'commission', 'committee', 'agency',
    'council', 'assembly', 'authority', 'directorate', 'bureau', 'division', 'unit', 'force', 'forces', 'military', 'state'],
);

/** Title words that end a phrase naming an office, not a body ("Water Resources Minister", "National Security
 * Advisor", "Coast Guard Commandant"): an ORG span followed or ended by one is part of a role title. */
export const OFFICE_WORDS: ReadonlySet<string> = new Set(
  ['minister', 'ministers', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'advisor', 'adviser', 'commandant',
    'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'head', 'member', 'envoy', 'ambassador',
    'president', 'governor', 'official', 'officials', 'representative', 'undersecretary', 'counsel', 'attorney'],
);

/** Heads of bodies a state owns ("Tunisian Parliament", "Libyan House of Representatives", "U.S. Treasury
 * Department"): a demonym before one names the state, not part of the body's name (demonym-body). */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  // Armed services keep their country ("US Air Force", "British Army"): that is how they are named.
  ...[...GENERIC_BODIES].filter((w) => !['army', 'navy', 'force', 'forces', 'military', 'unit', 'division'].includes(w)),
  ...['parliament', 'house', 'senate', 'congress', 'state', 'legislature', 'ministry', 'department', 'assembly', 'embassy',
    'consulate', 'judiciary', 'presidency', 'cabinet'],
]);

/** Common nouns for places: a name in apposition to one ("the island Crete", "the city of Omsk") is a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  ['island', 'city', 'town', 'village', 'province', 'region', 'district', 'county', 'state', 'river', 'capital', 'port',
    'mountain', 'valley', 'peninsula', 'desert', 'sea', 'lake', 'neighbourhood', 'neighborhood', 'suburb', 'municipality'],
);
