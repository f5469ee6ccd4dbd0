// Whose office a title is, when the text writes it: dependents of the title's head that name a state or body.
// Each pattern is data (id, reason, which dependents); tried in order, the first that names an owner wins.
import { OWNER_PREPS } from './lexicon.ts';

export interface OwnerPattern {
  id: string;
  reason: string;
  /** Direct dependents of the title head with one of these deps are candidates… */
  deps?: readonly string[];
  /** …or the objects of these prepositions under the head. */
  preps?: ReadonlySet<string> | readonly string[];
  /** Also look through the candidate's own compound/modifier chain ("House of Commons Speaker" → House of Commons). */
  chain?: boolean;
  /** Entity kinds this pattern accepts as owners (default: country or organisation). */
  kinds?: readonly ('Country' | 'Organization')[];
}

export const OWNER_PATTERNS: readonly OwnerPattern[] = [
  {
    id: 'owner-possessive',
    reason:
      '"Mexico\'s president", "Civic Renewal\'s acting leader", "its chief monitor": the possessor owns the office.',
    deps: ['poss'],
  },
  {
    id: 'owner-of',
    reason: '"the Ambassador of Tarsk", "leader of the Kestrian Greens", "director of Amnesty International".',
    preps: ['of'],
  },
  {
    id: 'owner-modifier',
    reason:
      '"U.S. President", "Kenyan Foreign Minister", "EU spokesperson", "Labour Party leader": a state or body modifying the title.',
    deps: ['compound', 'amod', 'nmod'],
    chain: true,
  },
  {
    id: 'owner-at-body',
    reason:
      '"senior fellow at the Nordic Security Institute", "columnist for The Washington Post": a body the holder works at or for.',
    preps: OWNER_PREPS,
    kinds: ['Organization'],
  },
];
