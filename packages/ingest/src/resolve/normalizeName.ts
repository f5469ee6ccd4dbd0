import { foldName } from '@newsgraph/model';

// Honorifics and office words that precede a name but are not part of it ("President Sheinbaum", "Dr. Ali").
const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'hon',
  'rev',
  'fr',
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'foreign',
  'defense',
  'defence',
  'interior',
  'finance',
  'chancellor',
  'premier',
  'governor',
  'mayor',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'ambassador',
  'general',
  'gen',
  'lt',
  'col',
  'colonel',
  'admiral',
  'adm',
  'commander',
  'major',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'sultan',
  'ayatollah',
  'pope',
  'cardinal',
  'judge',
  'justice',
  'chief',
  'deputy',
  'former',
  'ex',
  'late',
  'acting',
  'state',
  'us',
  'u',
  's',
  'of',
  'the',
]);

/** A person's name as tokens with leading titles removed: "U.S. President Donald Trump" → ["donald", "trump"]. */
export function personTokens(name: string): string[] {
  const tokens = foldName(name).split(' ').filter(Boolean);
  let i = 0;
  // Keep at least one token: a bare "President" stays a name rather than vanishing.
  while (i < tokens.length - 1 && TITLE_WORDS.has(tokens[i]!)) i++;
  return tokens.slice(i);
}

export interface PersonName {
  /** Folded full name without titles ("claudia sheinbaum"), or null for a single word. */
  full: string | null;
  first: string | null;
  last: string;
}

export function parsePersonName(name: string): PersonName | null {
  const tokens = personTokens(name);
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1]!;
  if (tokens.length === 1) return { full: null, first: null, last };
  return { full: tokens.join(' '), first: tokens[0]!, last };
}

/** "j" and "juan" may be the same first name; "pedro" and "juan" are not. */
export function firstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}
