import { inject } from 'vitest';
import { applySchema, clearGraphData, connectGraph, type GraphConnection } from '@newsgraph/graph';
import type { TestNeo4j } from '../setup/neo4j.global.ts';

/** The run's shared test server (see tests/setup/neo4j.global.ts). */
export function testNeo4j(): TestNeo4j {
  // vitest's ProvidedContext cannot be augmented through its re-export here, so the key is typed by hand.
  return (inject as (key: string) => unknown)('neo4j') as TestNeo4j;
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
