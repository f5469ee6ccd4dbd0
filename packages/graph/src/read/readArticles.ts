import type { GraphConnection } from '../connection.ts';
import { articleRow, type ArticleRow, type CommentRow, type EntityRow, type MentionRow, entityRow } from './rows.ts';
import { ARTICLE_TIME, int, num, toPlain, type DateWindow, type ReadOptions } from './values.ts';

/**
 * An article's properties without its text: a row is read for every Article field (a title, a date, the body's
 * page), and the text can be megabytes. `textPoints` is the text's length in code points (what Cypher's size and
 * substring count); the text itself comes from readArticleTexts or, a page at a time, readArticleSlices.
 */
const ARTICLE_PROPS = `a {.id, .url, .title, .source, .publishedAt, .publishedAtText, .publishedAtPrecision, .language,
  .bodyStart, .bodyEnd, .contentHash, .ingestedAt, .extractorVersion, textPoints: size(a.text)}`;

/** Articles by id, in the order asked (null for unknown ids), without their text. One query per batch. */
export async function readArticlesByIds(
  graph: GraphConnection,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<(ArticleRow | null)[]> {
  if (ids.length === 0) return [];
  const rows = await graph.readRows<{ props: Record<string, unknown> }>(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${ARTICLE_PROPS} AS props`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(
    rows.map((r) => {
      const a = articleRow(toPlain(r.props) as Record<string, unknown>);
      return [a.id, a];
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

/** Articles' whole texts by id, in the order asked (null for unknown ids). One query per batch. */
export async function readArticleTexts(
  graph: GraphConnection,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<(string | null)[]> {
  if (ids.length === 0) return [];
  const rows = await graph.readRows<{ id: string; text: string }>(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.text AS text`,
    { ids: [...new Set(ids)] },
    options,
  );
  const byId = new Map(rows.map((r) => [r.id, r.text]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A part of an article's text: `length` code points from code point `start`, while its text has `contentHash`. */
export interface ArticleSliceRequest {
  id: string;
  contentHash: string;
  start: number;
  length: number;
}

/**
 * Parts of articles' texts, in the order asked: only the part crosses from Neo4j, not the text. Offsets count code
 * points, as Cypher's substring does (JavaScript's count UTF-16 units: an emoji is one here, two there). Null where
 * the article is gone or its text changed (another content hash): the caller's offsets are for a text no longer stored.
 */
export async function readArticleSlices(
  graph: GraphConnection,
  slices: readonly ArticleSliceRequest[],
  options: ReadOptions = {},
): Promise<(string | null)[]> {
  if (slices.length === 0) return [];
  const rows = await graph.readRows<{ i: number; text: string }>(
    `UNWIND range(0, size($slices) - 1) AS i
     WITH i, $slices[i] AS s
     MATCH (a:Article {id: s.id}) WHERE a.contentHash = s.contentHash
     RETURN i, substring(a.text, s.start, s.length) AS text`,
    { slices: slices.map((s) => ({ ...s, start: int(s.start), length: int(s.length) })) },
    options,
  );
  const texts: (string | null)[] = slices.map(() => null);
  for (const r of rows) texts[r.i] = r.text;
  return texts;
}

export interface ArticleListArgs {
  text?: string | null;
  source?: string | null;
  published?: DateWindow | null;
  mentioning?: readonly string[] | null;
  skip: number;
  limit: number;
}

const ARTICLE_FILTER = `
  WHERE ($text IS NULL OR toLower(a.title) CONTAINS $text OR toLower(a.text) CONTAINS $text)
    AND ($source IS NULL OR a.source = $source)
    AND ($from IS NULL OR date(${ARTICLE_TIME('a')}) >= date($from))
    AND ($to IS NULL OR date(${ARTICLE_TIME('a')}) <= date($to))
    AND ($mentioning IS NULL OR all(id IN $mentioning WHERE EXISTS { MATCH (:Entity {id: id})-[:MENTIONED_IN]->(a) }))`;

/** A page of articles, newest first, with the total count (one transaction). */
export async function listArticles(
  graph: GraphConnection,
  args: ArticleListArgs,
  options: ReadOptions = {},
): Promise<{ items: ArticleRow[]; total: number }> {
  const params = {
    text: args.text ? args.text.toLowerCase() : null,
    source: args.source ?? null,
    from: args.published?.from ?? null,
    to: args.published?.to ?? null,
    mentioning: args.mentioning?.length ? args.mentioning : null,
    skip: int(args.skip),
    limit: int(args.limit),
  };
  return graph.read(async (tx) => {
    const page = await tx.run(
      `MATCH (a:Article) ${ARTICLE_FILTER} RETURN ${ARTICLE_PROPS} AS props ORDER BY ${ARTICLE_TIME('a')} DESC, a.id SKIP $skip LIMIT $limit`,
      params,
    );
    const total = await tx.run(`MATCH (a:Article) ${ARTICLE_FILTER} RETURN count(a) AS n`, params);
    return {
      items: page.records.map((r) => articleRow(toPlain(r.get('props')) as Record<string, unknown>)),
      total: Number(total.records[0]?.get('n') ?? 0),
    };
  }, options);
}

/** Entities mentioned in each article with their offsets (for highlighting). One query per batch. */
export async function readArticleMentions(
  graph: GraphConnection,
  articleIds: readonly string[],
  options: ReadOptions = {},
): Promise<MentionRow[][]> {
  if (articleIds.length === 0) return [];
  const rows = await graph.readRows<{ articleId: string; entityId: string; count: unknown; offsets: unknown }>(
    `UNWIND $ids AS id
     MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article {id: id})
     RETURN a.id AS articleId, e.id AS entityId, m.count AS count, m.offsets AS offsets
     ORDER BY articleId, coalesce(m.offsets[0], 0)`,
    { ids: [...new Set(articleIds)] },
    options,
  );
  return groupBy(articleIds, rows.map(mentionRow), (m) => m.articleId);
}

export function mentionRow(r: { articleId: string; entityId: string; count: unknown; offsets: unknown }): MentionRow {
  const offsets = Array.isArray(r.offsets) ? r.offsets.map(Number) : [];
  return { articleId: r.articleId, entityId: r.entityId, count: num(r.count) ?? offsets.length / 2, offsets };
}

/** Ids of the events and statements each article reports, in text order. One query per batch. */
export async function readArticleFactIds(
  graph: GraphConnection,
  articleIds: readonly string[],
  label: 'Event' | 'Statement',
  options: ReadOptions = {},
): Promise<string[][]> {
  if (articleIds.length === 0) return [];
  const cypher =
    label === 'Event'
      ? `UNWIND $ids AS id MATCH (f:Event)-[r:REPORTED_IN]->(a:Article {id: id}) RETURN a.id AS articleId, f.id AS factId ORDER BY articleId, r.start, f.id`
      : `UNWIND $ids AS id MATCH (f:Statement)-[r:REPORTED_IN]->(a:Article {id: id}) RETURN a.id AS articleId, f.id AS factId ORDER BY articleId, r.start, f.id`;
  const rows = await graph.readRows<{ articleId: string; factId: string }>(
    cypher,
    { ids: [...new Set(articleIds)] },
    options,
  );
  return groupBy(articleIds, rows, (r) => r.articleId).map((list) => list.map((r) => r.factId));
}

/** Reader comments of each article, in page order. One query per batch. */
export async function readArticleComments(
  graph: GraphConnection,
  articleIds: readonly string[],
  options: ReadOptions = {},
): Promise<CommentRow[][]> {
  if (articleIds.length === 0) return [];
  const rows = await graph.readRows<{ articleId: string; id: string; index: unknown; text: string | null }>(
    `UNWIND $ids AS id
     MATCH (c:Comment)-[:ON]->(a:Article {id: id})
     RETURN a.id AS articleId, c.id AS id, c.index AS index, c.text AS text ORDER BY articleId, c.index`,
    { ids: [...new Set(articleIds)] },
    options,
  );
  return groupBy(
    articleIds,
    rows.map((r) => ({ articleId: r.articleId, id: r.id, index: num(r.index) ?? 0, text: r.text ?? '' })),
    (c) => c.articleId,
  );
}

/** Entities each comment mentions. One query per batch. */
export async function readCommentMentions(
  graph: GraphConnection,
  commentIds: readonly string[],
  options: ReadOptions = {},
): Promise<EntityRow[][]> {
  if (commentIds.length === 0) return [];
  const rows = await graph.readRows<{ commentId: string; props: Record<string, unknown>; labels: string[] }>(
    `UNWIND $ids AS id
     MATCH (c:Comment {id: id})-[:MENTIONS]->(e:Entity)
     RETURN c.id AS commentId, e {.*} AS props, labels(e) AS labels ORDER BY commentId, e.name`,
    { ids: [...new Set(commentIds)] },
    options,
  );
  return groupBy(
    commentIds,
    rows.map((r) => ({
      commentId: r.commentId,
      entity: entityRow(toPlain(r.props) as Record<string, unknown>, r.labels),
    })),
    (r) => r.commentId,
  ).map((list) => list.map((r) => r.entity));
}

/** Items grouped under each key, in the order of `keys` (empty lists for keys without items). */
export function groupBy<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
