export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
}

// Dotted acronyms (U.S.), words with inner hyphens/apostrophes (al-Assad, O’Brien), the possessive 's, any other char.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐][\p{L}\p{M}\p{N}]+)*(?:['’][\p{L}\p{M}]{2,}[\p{L}\p{M}\p{N}]*)*|['’]s\b|\S/gu;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const c = t.codePointAt(0)!;
    const ch = String.fromCodePoint(c);
    out.push({
      text: t,
      start: from + m.index,
      end: from + m.index + t.length,
      cap: /\p{Lu}/u.test(ch),
      word: /[\p{L}\p{N}]/u.test(ch),
    });
  }
  return out;
}
