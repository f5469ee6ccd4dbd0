import type { Span } from '../extractionSchema.ts';

export interface Sentence extends Span {
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
  /** Index of the sentence in the article. */
  index: number;
}

// Abbreviations whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'adm', 'prof', 'jr', 'sr',
  'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'maj', 'cmdr', 'rev', 'hon', 'pres', 'dept', 'est', 'approx', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'vol',
]);
const SENTENCE_STARTERS = /^(?:The|This|That|These|Those|He|She|It|They|We|I|But|And|In|On|At|A|An|His|Her|Their|Its|After|Before|While|When|As|If)\b/;

/**
 * Sentence spans inside [from, to): paragraphs are lines; a sentence ends at . ! ? (plus closing quotes or
 * brackets) followed by space and a capital, digit or opening quote, unless the period closes an abbreviation.
 */
export function splitSentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    splitLine(text, lineStart, lineEnd, paragraph, out);
    paragraph++;
    lineStart = lineEnd + 1;
  }
  return out;
}

const BOUNDARY = /[.!?…]+["”’'»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\p{N}])/gu;

function splitLine(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  const line = text.slice(start, end);
  let sentStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const punctEnd = m.index + m[0].length;
    if (m[0].startsWith('.') && !endsSentence(line, m.index, punctEnd)) continue;
    push(text, start + sentStart, start + punctEnd, paragraph, out);
    sentStart = punctEnd;
  }
  push(text, start + sentStart, end, paragraph, out);
}

function endsSentence(line: string, dot: number, after: number): boolean {
  const before = line.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  const bare = word.replace(/\.$/, '');
  if (ABBREVIATIONS.has(bare.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(bare)) return false; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
    // "U.S. President": a dotted acronym ends a sentence only before a typical sentence opener.
    const next = line.slice(after).trimStart();
    return SENTENCE_STARTERS.test(next);
  }
  return true;
}

function push(text: string, s: number, e: number, paragraph: number, out: Sentence[]): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, paragraph, index: out.length });
}
