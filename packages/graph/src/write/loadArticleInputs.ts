import type { GraphConnection } from '../connection.ts';

export interface StoredArticleInput {
  id: string;
  text: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  source: string | null;
  language: string | null;
  origin: string | null;
  contentHash: string;
  externalId: string | null;
}

/** The RETURN clause of an article's stored inputs (`a` bound), read back by `toStoredArticleInput`. */
export const STORED_ARTICLE_COLUMNS = `a.id AS id, a.text AS text, a.title AS title, a.publishedAt AS publishedAt, a.url AS url,
            a.source AS source, a.language AS language, a.origin AS origin,
            a.contentHash AS contentHash, a.externalId AS externalId, a.publishedAtText AS publishedAtText`;

export function toStoredArticleInput(r: Record<string, unknown>): StoredArticleInput {
  return {
    id: r.id as string,
    text: r.text as string,
    title: (r.title as string | null) ?? null,
    // Temporal values arrive as driver objects; their toString() is ISO 8601.
    publishedAt:
      (r.publishedAtText as string | null) ??
      (r.publishedAt === null || r.publishedAt === undefined
        ? null
        : (r.publishedAt as { toString(): string }).toString()),
    url: (r.url as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    language: (r.language as string | null) ?? null,
    origin: (r.origin as string | null) ?? null,
    contentHash: r.contentHash as string,
    externalId: (r.externalId as string | null) ?? null,
  };
}

/** The stored inputs of these articles, so curation can re-run extraction and resolution on them. */
export async function loadArticleInputs(graph: GraphConnection, ids: string[]): Promise<StoredArticleInput[]> {
  if (ids.length === 0) return [];
  const rows = await graph.readRows<Record<string, unknown>>(
    `UNWIND $ids AS id
     MATCH (a:Article {id: id})
     RETURN ${STORED_ARTICLE_COLUMNS}`,
    { ids },
  );
  return rows.map(toStoredArticleInput);
}

/** Articles that mention any of these entities, optionally only under one of the given surface names. */
export async function findArticlesMentioning(
  graph: GraphConnection,
  entityIds: string[],
  names?: string[],
): Promise<string[]> {
  const rows = await graph.readRows<{ id: string }>(
    `UNWIND $entityIds AS eid
     MATCH (:Entity {id: eid})-[m:MENTIONED_IN]->(a:Article)
     WHERE $names IS NULL OR any(n IN coalesce(m.names, []) WHERE toLower(n) IN $names)
     RETURN DISTINCT a.id AS id`,
    { entityIds, names: names ? names.map((n) => n.toLowerCase()) : null },
  );
  return rows.map((r) => r.id);
}
