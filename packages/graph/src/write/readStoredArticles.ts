import type { GraphConnection } from '../connection.ts';
import { STORED_ARTICLE_COLUMNS, toStoredArticleInput, type StoredArticleInput } from './loadArticleInputs.ts';

/** Which stored articles re-extraction reads: all, or those not written by `currentVersion` (missing counts as older). */
export interface StoredArticleSelection {
  /** null → every article; a version → only articles whose extractorVersion differs from it. */
  notVersion: string | null;
}

/**
 * One page of stored articles in id order after `afterId` (keyset paging: rewriting an article keeps its id, so
 * rewriting pages while reading them neither skips nor repeats one, and a page is an index range seek).
 */
export async function readStoredArticlePage(
  graph: GraphConnection,
  selection: StoredArticleSelection,
  afterId: string | null,
  limit: number,
): Promise<StoredArticleInput[]> {
  const rows = await graph.readRows<Record<string, unknown>>(
    `MATCH (a:Article)
     WHERE a.id > $afterId AND ($notVersion IS NULL OR a.extractorVersion IS NULL OR a.extractorVersion <> $notVersion)
     RETURN ${STORED_ARTICLE_COLUMNS}
     ORDER BY a.id
     LIMIT toInteger($limit)`,
    { afterId: afterId ?? '', notVersion: selection.notVersion, limit: Math.max(1, Math.floor(limit)) },
  );
  return rows.map(toStoredArticleInput);
}

/** Stored articles per extractor version ('' for articles without one). */
export async function countArticlesByExtractorVersion(graph: GraphConnection): Promise<Map<string, number>> {
  const rows = await graph.readRows<{ version: string; n: number }>(
    `MATCH (a:Article) RETURN coalesce(a.extractorVersion, '') AS version, count(*) AS n ORDER BY version`,
  );
  return new Map(rows.map((r) => [r.version, r.n]));
}
