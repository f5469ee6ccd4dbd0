import type { Span } from '../extractionSchema.ts';

export interface Quote {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  /** The quoted words, without the marks. */
  start: number;
  end: number;
  /** The paragraph ended inside this quotation and the next paragraph opens with a mark: it runs on there. */
  runsOn?: true;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“' };
const OPENING = /^[\s\u00a0]*(?:[“«„"])/;
// Longest run we still call one quotation; longer means a stray mark.
const MAX_QUOTE = 3000;

/**
 * Paired quotation marks inside each paragraph of the body: curly and guillemets by pairing, straight
 * double quotes by alternation. Unbalanced marks are ignored rather than swallowing the paragraph, except the
 * news convention for a quotation over several paragraphs: a paragraph ending inside a quotation, followed by a
 * paragraph that opens with a mark, gives a quotation to the paragraph's end (`runsOn`).
 */
export function findQuotes(text: string, body: Span): Quote[] {
  const out: Quote[] = [];
  let lineStart = body.start;
  while (lineStart < body.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > body.end) lineEnd = body.end;
    const unclosed = quotesInLine(text, lineStart, lineEnd, out);
    if (unclosed >= 0) {
      let next = lineEnd + 1;
      while (next < body.end && text[next] === '\n') next++;
      let end = lineEnd;
      while (end > unclosed + 1 && /\s/.test(text[end - 1]!)) end--;
      if (next < body.end && OPENING.test(text.slice(next, Math.min(body.end, next + 8))) && end - unclosed - 1 > 0 && end - unclosed <= MAX_QUOTE) {
        out.push({ open: unclosed, close: end, start: unclosed + 1, end, runsOn: true });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Pushes the paired quotations of one paragraph; returns the offset of an opening mark left unclosed, or -1. */
function quotesInLine(text: string, from: number, to: number, out: Quote[]): number {
  let openAt = -1;
  let closer = '';
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (openAt === -1) {
      if (OPEN_CLOSE[ch]) { openAt = i; closer = OPEN_CLOSE[ch]!; }
      else if (ch === '"') { openAt = i; closer = '"'; }
      continue;
    }
    if (ch === closer) {
      if (i - openAt - 1 > 0 && i - openAt <= MAX_QUOTE) out.push({ open: openAt, close: i, start: openAt + 1, end: i });
      openAt = -1;
    } else if (closer !== '"' && OPEN_CLOSE[ch] && ch !== closer) {
      // A new opening mark before the close: the earlier one was unbalanced.
      openAt = i;
      closer = OPEN_CLOSE[ch]!;
    } else if (i - openAt > MAX_QUOTE) {
      openAt = -1;
    }
  }
  return openAt;
}

/** The quote containing offset `pos`, if any (binary search over sorted quotes). */
export function quoteAt(quotes: Quote[], pos: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.close < pos) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q && q.open <= pos && pos <= q.close ? q : undefined;
}
