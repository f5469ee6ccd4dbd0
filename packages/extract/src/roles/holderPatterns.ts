// Who holds a title, as dependency paths from the title's head noun to the holder's name (or a pronoun resolved to
// a person). Each pattern is data: an id, why it exists, and the steps the matcher walks. Tried in order; the first
// pattern that reaches a person wins.
import { AS_OBJECT_VERBS, COPULAS, SUCCESSOR_NOUNS } from './lexicon.ts';

export interface PathStep {
  /** up: the current token's own dep must be one of `deps`, then move to its head; down: move to a child with one of `deps`. */
  go: 'up' | 'down';
  deps: readonly string[];
  /** Filters on the token reached (lower-case lemmas). */
  lemmas?: ReadonlySet<string> | readonly string[];
  notLemmas?: ReadonlySet<string> | readonly string[];
  pos?: readonly string[];
  /** Keep going the same way while the deps allow, stopping at the first holder ("spokesman Colonel Abdoulaye Sangaré"). */
  repeat?: boolean;
  /** The holder of the token reached is this title's holder ("ambassador … and, earlier, a senior legal adviser"). */
  recurse?: boolean;
  /** The token reached must come after the title's head. */
  after?: boolean;
}

export interface HolderPattern {
  id: string;
  reason: string;
  path: readonly PathStep[];
}

const VERBS = ['VERB', 'AUX'];

export const HOLDER_PATTERNS: readonly HolderPattern[] = [
  {
    id: 'title-before-name',
    reason:
      'A title written before the name is a compound of it: "Mexican President Claudia Sheinbaum", "U.S. Secretary of State Marco Rubio".',
    path: [{ go: 'up', deps: ['compound', 'nmod', 'amod'], repeat: true }],
  },
  {
    id: 'title-then-appositive-name',
    reason:
      'A title set off before the name: "Ecuador\'s interior minister, Gabriel Zambrano", "his Cambodian counterpart Sok Pheakdey".',
    path: [{ go: 'down', deps: ['appos'] }],
  },
  {
    id: 'name-then-appositive-title',
    reason:
      'An apposition after the name: "Claudia Sheinbaum, Mexico\'s president", "Robert Mugabe, former president of Zimbabwe".',
    path: [{ go: 'up', deps: ['appos'], repeat: true }],
  },
  {
    id: 'copula-complement',
    reason:
      'The subject of be/become/remain holds the title in its complement: "she was Kenya\'s Foreign Minister", "Tsvangirai became prime minister".',
    path: [
      { go: 'up', deps: ['attr', 'acomp', 'oprd'], lemmas: COPULAS },
      { go: 'down', deps: ['nsubj', 'nsubjpass'] },
    ],
  },
  {
    id: 'as-title-subject',
    reason:
      '"served as Minister of Agriculture", "succeeded him as prime minister": the subject of the verb holds the title.',
    path: [
      { go: 'up', deps: ['pobj'], lemmas: ['as'] },
      { go: 'up', deps: ['prep'], pos: VERBS, notLemmas: AS_OBJECT_VERBS },
      { go: 'down', deps: ['nsubj'] },
    ],
  },
  {
    id: 'as-title-object',
    reason: '"appointed Jane Roe as foreign minister", "was named as envoy": the one appointed holds the title.',
    path: [
      { go: 'up', deps: ['pobj'], lemmas: ['as'] },
      { go: 'up', deps: ['prep'], pos: VERBS, lemmas: AS_OBJECT_VERBS },
      { go: 'down', deps: ['dobj', 'nsubjpass'] },
    ],
  },
  {
    id: 'appointed-title',
    reason:
      '"elected him president", "was named foreign minister": the object (or passive subject) of an appointing verb holds its complement.',
    path: [
      { go: 'up', deps: ['oprd', 'xcomp', 'ccomp', 'attr'], lemmas: AS_OBJECT_VERBS },
      { go: 'down', deps: ['dobj', 'nsubjpass'] },
    ],
  },
  {
    id: 'successor-as-title',
    reason:
      '"Her successor as Foreign Minister, Daniel Kiprotich": the successor named beside the noun holds the title.',
    path: [
      { go: 'up', deps: ['pobj'], lemmas: ['as'] },
      { go: 'up', deps: ['prep'], lemmas: SUCCESSOR_NOUNS },
      { go: 'down', deps: ['appos'] },
    ],
  },
  {
    id: 'coordinated-title',
    reason:
      '"Kenya\'s ambassador to Ethiopia and, earlier, a senior legal adviser", "a former diplomat and senior fellow": a title coordinated with another description shares its holder.',
    path: [{ go: 'up', deps: ['conj'], pos: ['NOUN'], recurse: true }],
  },
  {
    id: 'conjunct-title-then-name',
    reason:
      '"Defence Minister Kwabena Asante and his Ivorian counterpart, Mariam Touré": the parser hangs the name on the first conjunct; the apposition after the title is the title\'s.',
    path: [
      { go: 'up', deps: ['conj'] },
      { go: 'down', deps: ['appos'], after: true },
    ],
  },
];
