/** A paragraph of an article's body, or a piece of a long one, by its offsets in `Article.text`. */
export interface BodyChunk {
  index: number;
  start: number;
  end: number;
}

/**
 * Longest chunk. A page of the reader is `first` chunks, so this bounds one page's size whatever the article: a
 * 10 MB article written as one line (no paragraph breaks) still pages, 2 000 characters at a time.
 */
export const MAX_CHUNK_CHARS = 2_000;

// A chunk is never cut inside a surrogate pair (half an emoji would show as a replacement character).
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where to end a piece of a long paragraph that starts at `from`: the last space before the cap, else the cap. */
function pieceEnd(text: string, from: number, end: number): number {
  if (end - from <= MAX_CHUNK_CHARS) return end;
  const cap = from + MAX_CHUNK_CHARS;
  const space = text.lastIndexOf(' ', cap);
  // A space too near the start would make a sliver of a chunk; cut hard instead.
  if (space > from + MAX_CHUNK_CHARS / 2) return space + 1;
  return isHighSurrogate(text.charCodeAt(cap - 1)) ? cap - 1 : cap;
}

/**
 * Splits `text[start, end)` into chunks: paragraphs (text between line breaks, blank ones dropped), each cut at a
 * space into pieces of at most MAX_CHUNK_CHARS. Linear in the body's length; offsets stay in `text`'s coordinates,
 * so mention spans and evidence offsets highlight inside a chunk without translation.
 */
export function chunkBody(text: string, start: number, end: number): BodyChunk[] {
  const chunks: BodyChunk[] = [];
  let at = start;
  while (at < end) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    let from = at;
    // Leading and trailing white space of a paragraph is not part of any chunk.
    while (from < lineEnd && /\s/.test(text[from]!)) from += 1;
    let to = lineEnd;
    while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
    while (from < to) {
      const cut = pieceEnd(text, from, to);
      // The space a long paragraph is cut at belongs to neither piece.
      let pieceStop = cut;
      while (pieceStop > from && /\s/.test(text[pieceStop - 1]!)) pieceStop -= 1;
      chunks.push({ index: chunks.length, start: from, end: pieceStop });
      from = cut;
      while (from < to && /\s/.test(text[from]!)) from += 1;
    }
    at = lineEnd + 1;
  }
  return chunks;
}

/** The chunk holding offset `at`, else the first one after it (the page a fact at `at` is on); -1 past the end. */
export function chunkIndexAt(chunks: readonly BodyChunk[], at: number): number {
  let lo = 0;
  let hi = chunks.length;
  // Binary search: the first chunk whose end is past `at`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < chunks.length ? lo : -1;
}
