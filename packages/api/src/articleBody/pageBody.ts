import type { ArticleRow } from '@newsgraph/graph';
import { badInput } from '../errors.ts';
import { decodeCursor, encodeCursor, pageSize } from '../pagination.ts';
import { chunkBody, chunkIndexAt, type BodyChunk } from './chunkBody.ts';

export const BODY_PAGE_DEFAULT = 20;
export const BODY_PAGE_MAX = 100;

// The reader asks for page after page of one article: its chunk offsets are kept for the few articles read last,
// keyed by id and content hash (a re-ingested article with new text gets new chunks).
const CACHE_SIZE = 8;
const cache = new Map<string, BodyChunk[]>();

function chunksOf(article: ArticleRow, start: number, end: number): BodyChunk[] {
  const key = `${article.id}|${article.contentHash ?? article.text.length}|${start}|${end}`;
  const known = cache.get(key);
  if (known) {
    cache.delete(key); // most recently used last
    cache.set(key, known);
    return known;
  }
  const chunks = chunkBody(article.text, start, end);
  cache.set(key, chunks);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return chunks;
}

/** One page of `Article.body`: `first` chunks after the cursor `after`, or from the chunk holding offset `at`. */
export function pageBody(
  article: ArticleRow,
  args: { first?: number | null; after?: string | null; at?: number | null },
) {
  const first = pageSize(args.first, BODY_PAGE_DEFAULT, BODY_PAGE_MAX, 'Article.body');
  const hasAt = args.at !== null && args.at !== undefined;
  if (hasAt && args.after) throw badInput('Article.body: give either after or at, not both.', { argument: 'at' });
  if (hasAt && (!Number.isInteger(args.at) || args.at! < 0))
    throw badInput(`Article.body: at must be an offset in the text, 0 or more (got ${args.at}).`, { argument: 'at' });
  const start = Math.min(Math.max(0, article.bodyStart ?? 0), article.text.length);
  const end = Math.max(start, Math.min(article.bodyEnd ?? article.text.length, article.text.length));
  const chunks = chunksOf(article, start, end);
  let skip = decodeCursor(args.after) + 1;
  if (hasAt) {
    const index = chunkIndexAt(chunks, args.at!);
    skip = index === -1 ? chunks.length : index;
  }
  const page = chunks.slice(skip, skip + first);
  return {
    chunks: page.map((c) => ({ ...c, text: article.text.slice(c.start, c.end) })),
    totalCount: chunks.length,
    length: end - start,
    pageInfo: {
      hasNextPage: skip + page.length < chunks.length,
      hasPreviousPage: skip > 0,
      startCursor: page.length ? encodeCursor(skip) : null,
      endCursor: page.length ? encodeCursor(skip + page.length - 1) : null,
    },
  };
}
