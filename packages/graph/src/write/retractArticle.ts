import type { GraphConnection } from '../connection.ts';
import { collectOrphans } from './collectOrphans.ts';
import { detachArticleFacts } from './detachArticleFacts.ts';
import { refreshFactCounts } from './refreshFactCounts.ts';
import { TxCounters } from './txCounters.ts';

export interface RetractResult {
  /** The retracted article's id, or null when nothing matched. */
  articleId: string | null;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

/**
 * Removes an article (by id or URL) and every fact only it supported, in one transaction; facts and
 * entities other articles still back stay, with their counts recomputed.
 */
export async function retractArticle(graph: GraphConnection, idOrUrl: string): Promise<RetractResult> {
  return graph.write(async (tx) => {
    const counters = new TxCounters();
    const found = await tx.run(
      `OPTIONAL MATCH (byId:Article {id: $key})
       OPTIONAL MATCH (byUrl:Article {url: $key})
       RETURN coalesce(byId.id, byUrl.id) AS id`,
      { key: idOrUrl },
    );
    const articleId = (found.records[0]?.get('id') as string | null) ?? null;
    if (!articleId) return { articleId: null, nodesDeleted: 0, relationshipsDeleted: 0 };
    const touched = await detachArticleFacts(tx, [articleId], counters);
    counters.add(await tx.run('MATCH (a:Article {id: $id}) DETACH DELETE a', { id: articleId }));
    await collectOrphans(tx, touched, counters);
    await refreshFactCounts(tx, touched, counters);
    return { articleId, nodesDeleted: counters.nodesDeleted, relationshipsDeleted: counters.relationshipsDeleted };
  });
}
