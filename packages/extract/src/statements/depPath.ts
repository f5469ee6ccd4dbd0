// A small interpreter for dependency paths written as data: each step moves down to children with one of the
// labels, or up to the head when the token hangs on it with one of the labels, and may demand a word or lemma.
import type { ParsedText } from '../doc/parsedText.ts';

export interface Step {
  /** Move to children with one of these labels. */
  down?: readonly string[];
  /** Move to the head when the token's own label is one of these. */
  up?: readonly string[];
  /** The token reached must be one of these words (lower case)... */
  lower?: readonly string[];
  /** ...or lemmas. */
  lemma?: readonly string[];
  /** ...and have none of these children labels (e.g. a participle with its own subject does not inherit one). */
  without?: readonly string[];
}

export type Path = readonly Step[];

function passes(doc: ParsedText, t: number, s: Step): boolean {
  if (s.lower && !s.lower.includes(doc.lower(t))) return false;
  if (s.lemma && !s.lemma.includes(doc.lemma[t]!.toLowerCase())) return false;
  if (s.without && doc.children(t).some((c) => s.without!.includes(doc.dep[c]!))) return false;
  return true;
}

/** Every token reached from `from` along `path`, in text order. */
export function follow(doc: ParsedText, from: number, path: Path): number[] {
  let at = [from];
  for (const step of path) {
    const next: number[] = [];
    for (const t of at) {
      if (step.down)
        for (const c of doc.children(t)) if (step.down.includes(doc.dep[c]!) && passes(doc, c, step)) next.push(c);
      if (step.up && step.up.includes(doc.dep[t]!) && doc.head[t] !== t && passes(doc, doc.head[t]!, step))
        next.push(doc.head[t]!);
      if (!step.down && !step.up && passes(doc, t, step)) next.push(t);
    }
    at = [...new Set(next)].sort((a, b) => a - b);
    if (!at.length) break;
  }
  return at;
}
