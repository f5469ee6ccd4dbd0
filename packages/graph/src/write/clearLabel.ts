import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../connection.ts';

const ALLOWED = new Set(['BenchNode']);

/** Deletes every node with one of a fixed set of scratch labels, in batches. */
export async function clearLabel(graph: GraphConnection, label: 'BenchNode', batchSize = 10_000): Promise<void> {
  if (!ALLOWED.has(label)) throw new Error(`not a scratch label: ${label}`);
  for (;;) {
    const result = await graph.writeQuery(
      `MATCH (n:${label}) WITH n LIMIT $batchSize DETACH DELETE n RETURN count(*) AS deleted`,
      { batchSize: neo4j.int(batchSize) },
    );
    if ((result.records[0]?.get('deleted') as number) < batchSize) return;
  }
}
