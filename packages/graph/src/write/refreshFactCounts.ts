import type { ManagedTransaction } from 'neo4j-driver';
import type { TxCounters } from './txCounters.ts';

export interface CountTargets {
  eventIds: string[];
  statementIds: string[];
  entityIds: string[];
  personIds: string[];
}

/**
 * Recomputes the corroboration figures from the evidence itself (never incremented), so they stay right
 * after updates and retractions: distinct outlets, articles, earliest publication; for entities also the
 * latest; for roles the date of the newest supporting article.
 *
 * `outlets` is a set kept sorted, here and where the batch writer adds new evidence to them (`batchStatements.ts`): collected unsorted, its order
 * followed the order Neo4j walks a node's relationships (which reuse of deleted relationship ids changes),
 * so the same evidence written twice, or recounted rather than added to, could store a different list.
 */
export async function refreshFactCounts(
  tx: ManagedTransaction,
  targets: CountTargets,
  counters: TxCounters,
): Promise<void> {
  for (const label of ['Event', 'Statement'] as const) {
    const ids = label === 'Event' ? targets.eventIds : targets.statementIds;
    if (ids.length === 0) continue;
    counters.add(
      await tx.run(
        `UNWIND $ids AS id
         MATCH (f:${label} {id: id})
         CALL (f) {
           MATCH (f)-[:REPORTED_IN]->(a:Article)
           WITH a ORDER BY a.outlet
           RETURN count(DISTINCT a) AS articles, collect(DISTINCT a.outlet) AS outlets,
                  min(coalesce(a.publishedAt, a.ingestedAt)) AS first
         }
         SET f.articleCount = articles, f.outlets = outlets, f.sourceCount = size(outlets), f.firstSeen = first`,
        { ids },
      ),
    );
  }
  if (targets.entityIds.length > 0) {
    counters.add(
      await tx.run(
        `UNWIND $ids AS id
         MATCH (e:Entity {id: id})
         CALL (e) {
           OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
           WITH a ORDER BY a.outlet
           RETURN count(DISTINCT a) AS articles, collect(DISTINCT a.outlet) AS outlets,
                  min(coalesce(a.publishedAt, a.ingestedAt)) AS first, max(coalesce(a.publishedAt, a.ingestedAt)) AS last
         }
         SET e.articleCount = articles, e.outlets = outlets, e.sourceCount = size(outlets), e.firstSeen = first, e.lastSeen = last`,
        { ids: targets.entityIds },
      ),
    );
  }
  if (targets.personIds.length > 0) {
    counters.add(
      await tx.run(
        `UNWIND $ids AS id
         MATCH (:Person {id: id})-[h:HOLDS_ROLE]->()
         CALL (h) {
           UNWIND h.articleIds AS aid
           MATCH (a:Article {id: aid})
           RETURN max(a.publishedAt) AS latest
         }
         SET h.asOf = CASE WHEN latest IS NULL THEN null ELSE date(latest) END`,
        { ids: targets.personIds },
      ),
    );
  }
}
