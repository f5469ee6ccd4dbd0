// The role lexicon (data/roleLexicon.json plus the ontology's role titles) in the shapes the matcher reads.
import { ONTOLOGY } from '@newsgraph/model';
import lexicon from './data/roleLexicon.json' with { type: 'json' };

export type TitleClass = 'state' | 'legislature' | 'body' | 'counterpart';

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** Head nouns of titles → whose office an unqualified title is. Ontology titles count as state offices unless listed. */
export const TITLE_HEADS: ReadonlyMap<string, TitleClass> = (() => {
  const m = new Map<string, TitleClass>();
  // One-word ontology titles ("President", "Chancellor"); multi-word ones are read from their head noun in the JSON.
  for (const r of ONTOLOGY.roleTitles) {
    if (r.kind === 'military') continue; // ranks, see RANKS
    for (const w of r.words) {
      if (!/\s/.test(w))
        m.set(w.toLowerCase(), r.kind === 'organisation_head' || r.kind === 'spokesperson' ? 'body' : 'state');
    }
  }
  for (const [w, c] of Object.entries(lexicon.titleHeads)) m.set(w, c as TitleClass);
  return m;
})();

export const NEEDS_MODIFIER = lower(lexicon.titleHeadsNeedModifier);
export const FORMER = lower(lexicon.former);
export const FORMER_VERBS = lower(lexicon.formerVerbs);
export const DROP_MODIFIERS = lower(lexicon.dropModifiers);
export const RANKS = lower(lexicon.ranks);
export const PORTFOLIOS = lower(lexicon.portfolios);
export const OWNER_PREPS = lower(lexicon.ownerPreps);
export const AS_OBJECT_VERBS = lower(lexicon.asObjectVerbs);
export const COPULAS = lower(lexicon.copulas);
export const SUCCESSOR_NOUNS = lower(lexicon.successorNouns);
export const TITLE_WORDS = lower(lexicon.titleWords);
export const BODY_NOUNS = lower(lexicon.bodyNouns);
export const GENERIC_BODY_NOUNS = lower(lexicon.genericBodyNouns);
export const LEGISLATURES: ReadonlyMap<string, string[]> = new Map(Object.entries(lexicon.legislatures));

/** Ontology spelling of a title written in another case ("foreign minister" → "Foreign Minister"). */
const ONTOLOGY_FORMS: ReadonlyMap<string, string> = new Map(
  // An abbreviation is written out ("Sen." → "Senator"); any other word keeps its own spelling ("Defence Minister").
  ONTOLOGY.roleTitles.flatMap((r) =>
    [r.title, ...r.words].map((w): [string, string] => [w.toLowerCase(), w.endsWith('.') ? r.title : w]),
  ),
);

/** The title as the gold writes it: the written words, in the ontology's spelling when it has this title. */
export function spellTitle(written: string): string {
  const w = written.replace(/\s+/g, ' ').trim();
  return ONTOLOGY_FORMS.get(w.toLowerCase()) ?? ONTOLOGY_FORMS.get(w.toLowerCase().replace(/-/g, ' ')) ?? w;
}

/** Singular of a plural title head ("Representatives" → "representative"), when the singular is a title. */
export function titleHeadKey(word: string): string | undefined {
  const w = word.toLowerCase();
  if (TITLE_HEADS.has(w)) return w;
  if (w.endsWith('s') && TITLE_HEADS.has(w.slice(0, -1))) return w.slice(0, -1);
  if (w.endsWith('men') && TITLE_HEADS.has(`${w.slice(0, -3)}man`)) return `${w.slice(0, -3)}man`;
  return undefined;
}
