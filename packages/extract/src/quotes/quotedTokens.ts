// Which tokens sit inside quotation marks: speech is not narration, so reference rules read it differently.
import type { ParsedText } from '../doc/parsedText.ts';
import { findQuotes, type Quote } from './findQuoteSpans.ts';

export function quotedTokens(doc: ParsedText, quotes?: Quote[]): Uint8Array {
  const inQuote = new Uint8Array(doc.n);
  if (doc.n === 0) return inQuote;
  for (const q of quotes ?? findQuotes(doc.text, { start: doc.start[0]!, end: doc.end[doc.n - 1]! })) {
    const [first, last] = doc.tokensIn(q.start, q.end);
    for (let t = first; t <= last; t++) inQuote[t] = 1;
  }
  return inQuote;
}
