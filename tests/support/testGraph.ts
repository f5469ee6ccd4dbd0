import { inject } from 'vitest';
import { applySchema, clearGraphData, connectGraph, type GraphConnection } from '@newsgraph/graph';

/** The run's shared test server (see tests/setup/neo4j.global.ts). */
export function testNeo4j() {
  return inject('neo4j');
}

/**
 * A connection to the shared test server with the schema applied and all data removed: call in beforeAll.
 * Files run one at a time, so a reset cannot disturb another file's data.
 */
export async function freshTestGraph(): Promise<GraphConnection> {
  const graph = await connectGraph(testNeo4j());
  await applySchema(graph);
  await clearGraphData(graph);
  return graph;
}
