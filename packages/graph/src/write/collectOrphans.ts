import type { ManagedTransaction } from 'neo4j-driver';
import type { TouchedIds } from './detachArticleFacts.ts';
import type { TxCounters } from './txCounters.ts';

/**
 * Deletes facts no article supports any more: events and statements without evidence, then entities left
 * with no relationship at all (and their resolution keys). Curated entities stay: they carry a person's
 * decision (a merge, a split, a rename) that a later re-ingest must find again.
 */
export async function collectOrphans(
  tx: ManagedTransaction,
  touched: TouchedIds,
  counters: TxCounters,
): Promise<string[]> {
  const entityIds = new Set(touched.entityIds);
  for (const label of ['Event', 'Statement'] as const) {
    const ids = label === 'Event' ? touched.eventIds : touched.statementIds;
    if (ids.length === 0) continue;
    const result = counters.add(
      await tx.run(
        `UNWIND $ids AS id
         MATCH (f:${label} {id: id}) WHERE NOT (f)-[:REPORTED_IN]->()
         OPTIONAL MATCH (f)--(x:Entity)
         WITH f, collect(DISTINCT x.id) AS xs
         DETACH DELETE f
         WITH xs UNWIND xs AS x
         RETURN collect(DISTINCT x) AS entityIds`,
        { ids },
      ),
    );
    for (const id of (result.records[0]?.get('entityIds') as string[] | undefined) ?? []) entityIds.add(id);
  }
  if (entityIds.size === 0) return [];
  const result = counters.add(
    await tx.run(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       WHERE NOT coalesce(e.curated, false)
         AND NOT (e)-[:MENTIONED_IN|HOLDS_ROLE|ACTOR_IN|LOCATED_IN|SAID|ABOUT|MENTIONS]-()
       OPTIONAL MATCH (e)<-[:IDENTIFIES]-(k:ResolutionKey)
       WITH e, collect(k) AS keys
       WITH e, keys, e.id AS deletedId
       DETACH DELETE e
       WITH deletedId, keys
       CALL (keys) { UNWIND keys AS k WITH DISTINCT k WHERE NOT (k)-[:IDENTIFIES]->() DELETE k }
       RETURN collect(deletedId) AS deleted`,
      { ids: [...entityIds] },
    ),
  );
  return (result.records[0]?.get('deleted') as string[] | undefined) ?? [];
}
