import type { GraphConnection } from '../connection.ts';
import { int, num, str, toPlain, type ReadOptions } from './values.ts';

/** One article as it was last written, with what it brought: for the live-update channel. */
export interface ArticleWriteRow {
  id: string;
  title: string;
  publishedAt: string | null;
  publishedAtPrecision: string | null;
  source: string | null;
  /** When the writer stamped it (Article.ingestedAt, ISO). */
  ingestedAt: string;
  /** Entities mentioned in it. */
  entities: number;
  /** Events and statements it reports. */
  facts: number;
  /** Up to `maxEntityIds` of those entities, most mentioned first, so the page can bring them into view. */
  entityIds: string[];
}

/** The newest write stamp in the graph (null on an empty graph): where the watcher starts. */
export async function readLatestArticleWrite(
  graph: GraphConnection,
  options: ReadOptions = {},
): Promise<string | null> {
  const rows = await graph.readRows<{ at: unknown }>(
    `MATCH (a:Article) WHERE a.ingestedAt IS NOT NULL RETURN toString(a.ingestedAt) AS at ORDER BY a.ingestedAt DESC LIMIT 1`,
    {},
    options,
  );
  return rows.length ? str(rows[0]!.at) : null;
}

/**
 * Articles whose write stamp is at or after `since`, oldest first, at most `limit`. The stamp is an index seek
 * (schema 004), so polling this every few seconds costs next to nothing on a quiet graph.
 */
export async function readArticleWritesSince(
  graph: GraphConnection,
  since: string,
  args: { limit: number; maxEntityIds: number },
  options: ReadOptions = {},
): Promise<ArticleWriteRow[]> {
  const rows = await graph.readRows<Record<string, unknown>>(
    `MATCH (a:Article) WHERE a.ingestedAt >= datetime($since)
     WITH a ORDER BY a.ingestedAt, a.id LIMIT $limit
     CALL (a) {
       MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
       WITH e ORDER BY m.count DESC, e.id
       RETURN count(e) AS entities, collect(e.id)[..$maxEntityIds] AS entityIds
     }
     RETURN a.id AS id, a.title AS title, toString(a.publishedAt) AS publishedAt,
            a.publishedAtPrecision AS publishedAtPrecision, a.source AS source, toString(a.ingestedAt) AS ingestedAt,
            entities, entityIds, COUNT { ()-[:REPORTED_IN]->(a) } AS facts`,
    { since, limit: int(args.limit), maxEntityIds: int(args.maxEntityIds) },
    options,
  );
  return rows.map((raw) => {
    const r = toPlain(raw) as Record<string, unknown>;
    return {
      id: String(r.id),
      title: str(r.title) ?? '(untitled)',
      publishedAt: str(r.publishedAt),
      publishedAtPrecision: str(r.publishedAtPrecision),
      source: str(r.source),
      ingestedAt: String(r.ingestedAt),
      entities: num(r.entities) ?? 0,
      facts: num(r.facts) ?? 0,
      entityIds: Array.isArray(r.entityIds) ? r.entityIds.map(String) : [],
    };
  });
}
