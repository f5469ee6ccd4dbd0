import type { GraphConnection } from '../connection.ts';

export interface ArticleVersion {
  id: string;
  contentHash: string;
  extractorVersion: string;
}

/** The stored content hash and extractor version of each of these articles that exists (one query). */
export async function findArticleVersions(graph: GraphConnection, ids: string[]): Promise<Map<string, ArticleVersion>> {
  if (ids.length === 0) return new Map();
  const rows = await graph.readRows<{ id: string; contentHash: string; extractorVersion: string }>(
    `UNWIND $ids AS id
     MATCH (a:Article {id: id})
     RETURN a.id AS id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Whether the graph holds any article at all (the start command seeds an empty graph). */
export async function hasAnyArticle(graph: GraphConnection): Promise<boolean> {
  const rows = await graph.readRows<{ any: boolean }>('MATCH (a:Article) RETURN count(a) > 0 AS any LIMIT 1');
  return rows[0]?.any ?? false;
}
