import neo4j from 'neo4j-driver';
import type { GraphConnection } from './connection.ts';

/**
 * Deletes every node and relationship except the schema bookkeeping, in batches so a large graph does not
 * need one huge transaction. For tests and `pnpm curate reset`; constraints and indexes stay.
 */
export async function clearGraphData(graph: GraphConnection, batchSize = 10_000): Promise<void> {
  for (;;) {
    const result = await graph.writeQuery(
      'MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT $batchSize DETACH DELETE n RETURN count(*) AS deleted',
      // JS numbers travel as floats; LIMIT needs an integer.
      { batchSize: neo4j.int(batchSize) },
    );
    if ((result.records[0]?.get('deleted') as number) < batchSize) return;
  }
}
