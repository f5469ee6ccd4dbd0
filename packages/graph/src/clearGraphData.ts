import neo4j from 'neo4j-driver';
import type { GraphConnection } from './connection.ts';

/**
 * Deletes every node and relationship except the schema bookkeeping, in batches so a large graph does not
 * need one huge transaction. For tests, benchmarks and `pnpm curate reset`; constraints and indexes stay.
 * Relationships go first, `batchSize` at a time: detaching 10 000 nodes at once also deletes all their
 * relationships in the same transaction, and after a 100 000-article ingest (countries with tens of thousands of
 * edges each) that went over Neo4j's transaction memory limit (MemoryPoolOutOfMemoryError).
 */
export async function clearGraphData(graph: GraphConnection, batchSize = 10_000): Promise<void> {
  // JS numbers travel as floats; LIMIT needs an integer.
  const limit = { batchSize: neo4j.int(batchSize) };
  for (;;) {
    const result = await graph.writeQuery(
      'MATCH (n)-[r]->() WHERE NOT n:SchemaMigration WITH r LIMIT $batchSize DELETE r RETURN count(*) AS deleted',
      limit,
    );
    if ((result.records[0]?.get('deleted') as number) < batchSize) break;
  }
  for (;;) {
    const result = await graph.writeQuery(
      'MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT $batchSize DETACH DELETE n RETURN count(*) AS deleted',
      limit,
    );
    if ((result.records[0]?.get('deleted') as number) < batchSize) return;
  }
}
