import { readArticleSlices, type ArticleRow } from '@newsgraph/graph';
import type { RequestContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { decodeCursor, encodeCursor, pageSize } from '../pagination.ts';
import { knownBodyIndex, rememberBodyIndex, type BodyIndex, type IndexedChunk } from './bodyIndex.ts';
import { chunkIndexAt } from './chunkBody.ts';

export const BODY_PAGE_DEFAULT = 20;
export const BODY_PAGE_MAX = 100;

/**
 * The page's chunks with their text. With the body's index known, only the page's own part of the text is read
 * (one substring from the first chunk's start to the last one's end); otherwise, or when the stored text changed
 * since the index was made, the whole text once, which also makes the index for the next pages.
 */
async function pageTexts(
  article: ArticleRow,
  index: BodyIndex | undefined,
  pick: (index: BodyIndex) => { skip: number; page: IndexedChunk[] },
  ctx: RequestContext,
) {
  if (index) {
    const { skip, page } = pick(index);
    if (page.length === 0) return { index, skip, page, texts: [] };
    const first = page[0]!;
    const [slice] = await readArticleSlices(
      ctx.graph,
      [
        {
          id: article.id,
          contentHash: article.contentHash!,
          start: first.pointStart,
          length: page.at(-1)!.pointEnd - first.pointStart,
        },
      ],
      ctx.readOptions(),
    );
    // The slice starts at `first.start`, so UTF-16 offsets within it are the text's minus that.
    if (slice !== null && slice !== undefined)
      return { index, skip, page, texts: page.map((c) => slice.slice(c.start - first.start, c.end - first.start)) };
  }
  const text = await ctx.loaders.articleText.load(article.id);
  if (text === null) throw new Error(`article ${article.id} vanished while the request was running`);
  const fresh = rememberBodyIndex(article, text);
  const { skip, page } = pick(fresh);
  return { index: fresh, skip, page, texts: page.map((c) => text.slice(c.start, c.end)) };
}

/** One page of `Article.body`: `first` chunks after the cursor `after`, or from the chunk holding offset `at`. */
export async function pageBody(
  article: ArticleRow,
  args: { first?: number | null; after?: string | null; at?: number | null },
  ctx: RequestContext,
) {
  const first = pageSize(args.first, BODY_PAGE_DEFAULT, BODY_PAGE_MAX, 'Article.body');
  const hasAt = args.at !== null && args.at !== undefined;
  if (hasAt && args.after) throw badInput('Article.body: give either after or at, not both.', { argument: 'at' });
  if (hasAt && (!Number.isInteger(args.at) || args.at! < 0))
    throw badInput(`Article.body: at must be an offset in the text, 0 or more (got ${args.at}).`, { argument: 'at' });
  const after = decodeCursor(args.after);
  const pick = ({ chunks }: BodyIndex) => {
    let skip = after + 1;
    if (hasAt) {
      const index = chunkIndexAt(chunks, args.at!);
      skip = index === -1 ? chunks.length : index;
    }
    return { skip, page: chunks.slice(skip, skip + first) };
  };
  const { index, skip, page, texts } = await pageTexts(article, knownBodyIndex(article), pick, ctx);
  return {
    chunks: page.map((c, i) => ({ index: c.index, start: c.start, end: c.end, text: texts[i]! })),
    totalCount: index.chunks.length,
    length: index.length,
    pageInfo: {
      hasNextPage: skip + page.length < index.chunks.length,
      hasPreviousPage: skip > 0,
      startCursor: page.length ? encodeCursor(skip) : null,
      endCursor: page.length ? encodeCursor(skip + page.length - 1) : null,
    },
  };
}
