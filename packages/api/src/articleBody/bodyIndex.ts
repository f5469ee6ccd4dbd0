import type { ArticleRow } from '@newsgraph/graph';
import { chunkBody, type BodyChunk } from './chunkBody.ts';

/** A chunk with its offsets counted in code points too: the reader reads a page's text with Cypher's substring. */
export interface IndexedChunk extends BodyChunk {
  pointStart: number;
  pointEnd: number;
}

/** An article body's chunks and its length in UTF-16 units (the API's offsets), for one stored text. */
export interface BodyIndex {
  chunks: IndexedChunk[];
  /** Body length (bodyEnd − bodyStart, clamped to the text). */
  length: number;
}

/**
 * Chunks `text`'s body and counts each chunk boundary in code points as well, in one pass over the text: Cypher's
 * substring counts code points and JavaScript's offsets UTF-16 units, and the two differ after any character
 * outside the Basic Multilingual Plane (an emoji is one code point, two units).
 */
export function indexBody(text: string, bodyStart: number | null, bodyEnd: number | null): BodyIndex {
  const start = Math.min(Math.max(0, bodyStart ?? 0), text.length);
  const end = Math.max(start, Math.min(bodyEnd ?? text.length, text.length));
  const chunks = chunkBody(text, start, end);
  const bounds = chunks.flatMap((c) => [c.start, c.end]); // ascending: chunks are in text order and do not overlap
  const points: number[] = [];
  let unit = 0;
  let point = 0;
  for (const bound of bounds) {
    while (unit < bound) {
      // A surrogate pair is one code point (chunks never cut between the two).
      unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
      point += 1;
    }
    points.push(point);
  }
  return {
    chunks: chunks.map((c, i) => ({ ...c, pointStart: points[2 * i]!, pointEnd: points[2 * i + 1]! })),
    length: end - start,
  };
}

// The reader asks for page after page of one article; the index of the few articles read last is kept, so a page
// after the first reads its own slice instead of the whole text again. Keyed by content hash and body bounds: a
// re-ingested article with another text gets another key (and readArticleSlices refuses the old one's offsets).
const CACHE_SIZE = 16;
const cache = new Map<string, BodyIndex>();

function keyOf(article: ArticleRow): string | null {
  return article.contentHash === null
    ? null
    : `${article.id}|${article.contentHash}|${article.bodyStart ?? ''}|${article.bodyEnd ?? ''}`;
}

/** The index kept for this article's stored text, if any (most recently used moves last). */
export function knownBodyIndex(article: ArticleRow): BodyIndex | undefined {
  const key = keyOf(article);
  const known = key === null ? undefined : cache.get(key);
  if (key !== null && known) {
    cache.delete(key);
    cache.set(key, known);
  }
  return known;
}

/** Indexes the article's body from its whole text and keeps the index (an article without a content hash is not kept). */
export function rememberBodyIndex(article: ArticleRow, text: string): BodyIndex {
  const index = indexBody(text, article.bodyStart, article.bodyEnd);
  const key = keyOf(article);
  if (key !== null) {
    cache.set(key, index);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return index;
}
