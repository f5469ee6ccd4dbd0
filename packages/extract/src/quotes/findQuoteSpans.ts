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

/** How quotation marks pair, as named rules (each has a test row in findQuoteSpans.test.ts). */
export const QUOTE_SPAN_RULES = {
  paired: {
    id: 'span.paired',
    reason: 'curly marks and guillemets pair by kind, straight double quotes by alternation, within a paragraph',
  },
  runsOn: {
    id: 'span.runs-on',
    reason:
      'a paragraph ending inside a quotation, the next opening with a mark: the quotation runs to the paragraph end',
  },
  closingOpener: {
    id: 'span.closing-mark-opener',
    reason:
      'a paragraph opened with a closing mark that closes later in it ("”We will…”") is a typo for the opening mark',
  },
  mixedMarks: {
    id: 'span.mixed-marks',
    reason:
      '“…" and "…” close on the other kind when their own closer does not follow (never a straight one holding “…”)',
  },
} as const;

const OPEN_CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“' };
const OPENING = /^\s*[“«„"]/;
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
      if (
        next < body.end &&
        OPENING.test(text.slice(next, Math.min(body.end, next + 8))) &&
        end - unclosed - 1 > 0 &&
        end - unclosed <= MAX_QUOTE
      ) {
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
  let lead = from;
  while (lead < to && /\s/.test(text[lead]!)) lead++;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (openAt === -1) {
      if (OPEN_CLOSE[ch]) {
        openAt = i;
        closer = OPEN_CLOSE[ch]!;
      } else if (ch === '"') {
        openAt = i;
        closer = '"';
      }
      // A paragraph opened with a closing mark ("”We will…” ― Roe"): a typo for the opening one.
      else if (ch === '”' && i === lead && text.indexOf('”', i + 1) > i && text.indexOf('”', i + 1) < to) {
        openAt = i;
        closer = '”';
      }
      continue;
    }
    // Mixed marks: “…" and "…” close on the other kind when their own closer does not follow in the paragraph.
    // (A straight quotation holding a curly one, “…”, is a block quotation left open: the ” is the inner one's.)
    const mixed =
      (closer === '”' && ch === '"' && !hasBefore(text, '”', i + 1, to)) ||
      (closer === '"' && ch === '”' && !text.slice(openAt, i).includes('“'));
    if (ch === closer || mixed) {
      if (i - openAt - 1 > 0 && i - openAt <= MAX_QUOTE)
        out.push({ open: openAt, close: i, start: openAt + 1, end: i });
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

/** Whether `mark` occurs in text[from, to) before the next opening curly mark. */
function hasBefore(text: string, mark: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (text[i] === mark) return true;
    if (text[i] === '“') return false;
  }
  return false;
}
