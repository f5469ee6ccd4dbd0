// What may stand before or inside a name without being part of it, as data. Each list says why it exists.
import { ONTOLOGY } from '@newsgraph/model';

/** Role titles and honorifics ("President", "Sen.", "Mr"): never part of a person's name ("President-elect John Doe"). */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  [
    ...ONTOLOGY.roleTitles.flatMap((r) => r.words.flatMap((w) => w.toLowerCase().split(/\s+/))),
    ...['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'sen.', 'rep.',
      'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'maj.', 'capt.', 'adm.', 'pres.', 'sec.', 'atty.', 'judge', 'justice', 'chief',
      'president-elect', 'vice-president', 'congressman', 'congresswoman', 'senator', 'representative', 'governor',
      'lieutenant', 'sheikh', 'pope', 'saint', 'bishop', 'archbishop', 'cardinal', 'rev.', 'reverend', 'father', 'imam',
      'former', 'late', 'then', 'then-', 'acting', 'interim', 'deputy', 'vice', 'incumbent', 'outgoing', 'incoming',
      'candidate', 'nominee', 'leader', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'head',
      'democrat', 'republican', 'democratic', 'minister', 'secretary', 'prime', 'premier', 'ambassador', 'envoy', 'u.s.',
      'us', 'mp', 'mep', 'dj', 'coach', 'captain', 'officer', 'detective', 'inspector', 'sergeant', 'commissioner', 'mayor',
      'first', 'lady', 'queen', 'king', 'prince', 'princess', 'emir', 'crown', 'ayatollah', 'chancellor'],
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
export const DATELINE = /^(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3})(?=\s*(?:[-–—(,]|\d{4}-\d{2}-\d{2}|\d{1,2}\s|[A-Z][a-z]{2,8}\.?\s+\d))/;

/** Heads of organisation names: a PERSON span ending in one is a mistyped organisation ("Jane Roe Memorial Hospital"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  ['hospital', 'university', 'college', 'school', 'institute', 'foundation', 'center', 'centre', 'museum', 'library',
    'airport', 'stadium', 'bridge', 'street', 'avenue', 'park', 'square', 'prize', 'award', 'memorial', 'church',
    'cathedral', 'mosque', 'hall', 'station', 'company', 'group', 'party', 'fund', 'trust', 'association', 'council',
    'committee', 'commission', 'agency', 'ministry', 'department', 'court', 'corporation', 'inc.', 'ltd', 'llc', 'bank'],
);
