import { ONTOLOGY } from '@newsgraph/model';
import { tokenize } from './tokenize.ts';

export interface TitleEntry {
  tokens: string[];
  title: string;
}

// Titles from schema/ontology.json, longest first; matching is case-insensitive so "the president" also resolves.
const TITLES: TitleEntry[] = ONTOLOGY.roleTitles
  .flatMap((r) => r.words.map((w) => ({ tokens: tokenize(w, 0, w.length).map((t) => t.text.toLowerCase()), title: r.title })))
  .sort((a, b) => b.tokens.length - a.tokens.length);

const FIRST = new Set(TITLES.map((t) => t.tokens[0]!));

/** The longest role title starting at token i (compared lower-case), with its length in tokens. */
export function matchTitle(lowerTexts: string[], i: number): TitleEntry | undefined {
  if (!FIRST.has(lowerTexts[i]!)) return undefined;
  for (const t of TITLES) {
    if (i + t.tokens.length > lowerTexts.length) continue;
    let ok = true;
    for (let k = 0; k < t.tokens.length; k++) if (lowerTexts[i + k] !== t.tokens[k]) { ok = false; break; }
    if (ok) return t;
  }
  return undefined;
}
